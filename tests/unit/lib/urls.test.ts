import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlesIndexUrl,
  articleUrl,
  headingUrl,
  homeUrl,
  searchBundleUrl,
  searchUrl,
  yearAnchor,
} from '../../../src/lib/urls';

describe('urls', () => {
  it('ends every page address with a slash, as the site is built with trailingSlash: always', () => {
    expect(homeUrl()).toBe('/');
    expect(articlesIndexUrl()).toBe('/articles/');
    expect(articleUrl('wang-lijun-organ-harvest-files')).toBe('/articles/wang-lijun-organ-harvest-files/');
  });

  it('encodes a slug that is not URL-safe, so it cannot escape its folder', () => {
    expect(articleUrl('café')).toBe('/articles/caf%C3%A9/');
    expect(articleUrl('a b')).toBe('/articles/a%20b/');
    expect(articleUrl('../admin')).toBe('/articles/..%2Fadmin/');
    expect(articleUrl('a?b#c')).toBe('/articles/a%3Fb%23c/');
  });

  it('links to a heading on the article page, after the trailing slash', () => {
    expect(headingUrl('wang-lijun', 'background')).toBe('/articles/wang-lijun/#background');
  });

  it('encodes heading ids, which may hold any letter the heading had', () => {
    expect(headingUrl('wang-lijun', 'café--quotes')).toBe('/articles/wang-lijun/#caf%C3%A9--quotes');
    expect(headingUrl('wang-lijun', '法轮功')).toBe('/articles/wang-lijun/#%E6%B3%95%E8%BD%AE%E5%8A%9F');
  });

  it('links to the search page, with a query when one is given', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('  ')).toBe('/search/');
    expect(searchUrl(' wang lijun organ ')).toBe('/search/?q=wang+lijun+organ');
    expect(searchUrl('"a" & b')).toBe('/search/?q=%22a%22+%26+b');
  });

  it('serves the search bundle from one folder', () => {
    expect(searchBundleUrl()).toBe('/pagefind/');
    expect(searchBundleUrl('pagefind-highlight.js')).toBe('/pagefind/pagefind-highlight.js');
  });

  it('builds the ids of the year groups, with one for the undated group', () => {
    expect(yearAnchor(2012)).toBe('year-2012');
    expect(yearAnchor(undefined)).toBe('undated');
  });

  it('resolves a path against the public site, with or without its trailing slash', () => {
    expect(absoluteUrl(articleUrl('a'), 'https://archive.example.org')).toBe('https://archive.example.org/articles/a/');
    expect(absoluteUrl(articleUrl('a'), new URL('https://archive.example.org/'))).toBe(
      'https://archive.example.org/articles/a/',
    );
  });
});
