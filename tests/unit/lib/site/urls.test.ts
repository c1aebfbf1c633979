import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articleCardUrl,
  articlesIndexUrl,
  articlesPageUrl,
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  editorPageUrl,
  editUrl,
  feedUrl,
  homeUrl,
  isLaterListingPage,
  isYearListingSegment,
  listingPageUrl,
  passageUrl,
  publicationsIndexUrl,
  publicationUrl,
  searchBundleUrl,
  searchUrl,
  siteCardUrl,
  sitemapIndexUrl,
  tagFeedUrl,
  tagsIndexUrl,
  tagUrl,
  yearUrl,
} from '../../../../src/lib/site/urls';

describe('urls', () => {
  it('ends every page address with a slash, as the site is built with trailingSlash: always', () => {
    expect(homeUrl()).toBe('/');
    expect(articlesIndexUrl()).toBe('/articles/');
    expect(articlesPageUrl(3)).toBe('/articles/page/3/');
    expect(editorPageUrl('about')).toBe('/about/');
    expect(articleUrl('wang-lijun-organ-harvest-files')).toBe('/articles/wang-lijun-organ-harvest-files/');
    expect(tagsIndexUrl()).toBe('/tags/');
    expect(authorsIndexUrl()).toBe('/authors/');
    expect(publicationsIndexUrl()).toBe('/publications/');
  });

  it('encodes a slug that is not URL-safe, so it cannot escape its folder', () => {
    expect(articleUrl('café')).toBe('/articles/caf%C3%A9/');
    expect(articleUrl('a b')).toBe('/articles/a%20b/');
    expect(articleUrl('../admin')).toBe('/articles/..%2Fadmin/');
    expect(articleUrl('a?b#c')).toBe('/articles/a%3Fb%23c/');
    expect(tagUrl('法轮功')).toBe('/tags/%E6%B3%95%E8%BD%AE%E5%8A%9F/');
    expect(authorUrl('../x')).toBe('/authors/..%2Fx/');
  });

  it('links to a passage on the article page, after the trailing slash', () => {
    expect(passageUrl('wang-lijun', 'p-a-source-said-1abcdef')).toBe('/articles/wang-lijun/#p-a-source-said-1abcdef');
  });

  it('serves the search bundle from one folder', () => {
    expect(searchBundleUrl()).toBe('/pagefind/');
    expect(searchBundleUrl('pagefind-highlight.js')).toBe('/pagefind/pagefind-highlight.js');
  });

  describe('listings', () => {
    it('gives page 1 the listing’s own address and later pages their number', () => {
      expect(listingPageUrl('/tags/falun-gong/')).toBe('/tags/falun-gong/');
      expect(listingPageUrl('/tags/falun-gong/', 1)).toBe('/tags/falun-gong/');
      expect(listingPageUrl('/tags/falun-gong/', 2)).toBe('/tags/falun-gong/2/');
      expect(listingPageUrl('/tags/falun-gong/', 31)).toBe('/tags/falun-gong/31/');
    });

    it('builds each listing and its later pages', () => {
      expect(tagUrl('human-rights')).toBe('/tags/human-rights/');
      expect(tagUrl('human-rights', 3)).toBe('/tags/human-rights/3/');
      expect(authorUrl('petr-svab', 2)).toBe('/authors/petr-svab/2/');
      expect(publicationUrl('the-epoch-times')).toBe('/publications/the-epoch-times/');
      expect(publicationUrl('the-epoch-times', 2)).toBe('/publications/the-epoch-times/2/');
    });

    it('files years under /articles/, with the undated articles in a list of their own', () => {
      expect(yearUrl(2012)).toBe('/articles/2012/');
      expect(yearUrl(2012, 2)).toBe('/articles/2012/2/');
      expect(yearUrl(undefined)).toBe('/articles/undated/');
      expect(yearUrl(undefined, 4)).toBe('/articles/undated/4/');
    });

    it('knows which slugs the year lists take, so no article can', () => {
      expect(['2012', '1999', '7', 'undated'].filter(isYearListingSegment)).toEqual(['2012', '1999', '7', 'undated']);
      expect(['2012-report', 'wang-lijun', '0012', 'undated-report'].filter(isYearListingSegment)).toEqual([]);
    });

    it('tells later pages of a listing, which move as articles are added, from permanent pages', () => {
      const later = [
        tagUrl('falun-gong', 2),
        authorUrl('petr-svab', 12),
        publicationUrl('x', 3),
        yearUrl(2012, 2),
        articlesPageUrl(2),
      ];
      const permanent = [
        tagUrl('falun-gong'),
        tagUrl('1989'),
        yearUrl(2012),
        yearUrl(undefined),
        articleUrl('report-2012'),
        articlesIndexUrl(),
        articlesPageUrl(1),
        homeUrl(),
        tagFeedUrl('falun-gong'),
      ];
      expect(later.filter(isLaterListingPage)).toEqual(later);
      expect(permanent.filter(isLaterListingPage)).toEqual([]);
    });
  });

  it('puts the feeds, the sitemap and the card images where their routes write them', () => {
    expect(feedUrl()).toBe('/rss.xml');
    expect(tagFeedUrl('human-rights')).toBe('/tags/human-rights/rss.xml');
    expect(sitemapIndexUrl()).toBe('/sitemap-index.xml');
    expect(articleCardUrl('wang-lijun')).toBe('/cards/articles/wang-lijun.png');
    expect(siteCardUrl()).toBe('/cards/site.png');
  });

  describe('searchUrl', () => {
    it('is the bare search page without a query', () => {
      expect(searchUrl()).toBe('/search/');
      expect(searchUrl('')).toBe('/search/');
      expect(searchUrl('   ')).toBe('/search/');
    });

    it('puts the query in q, encoded as a form would', () => {
      expect(searchUrl('wang lijun organ')).toBe('/search/?q=wang+lijun+organ');
      expect(searchUrl(' falun gong ')).toBe('/search/?q=falun+gong');
      expect(searchUrl('a&b=c #d')).toBe('/search/?q=a%26b%3Dc+%23d');
      expect(searchUrl('法轮功')).toBe('/search/?q=%E6%B3%95%E8%BD%AE%E5%8A%9F');
    });
  });

  it('resolves a path against the public site, with or without its trailing slash', () => {
    expect(absoluteUrl(articleUrl('a'), 'https://archive.example.org')).toBe('https://archive.example.org/articles/a/');
    expect(absoluteUrl(articleUrl('a'), new URL('https://archive.example.org/'))).toBe(
      'https://archive.example.org/articles/a/',
    );
  });

  describe('editUrl', () => {
    it('appends the file’s path in the repository to the edit address', () => {
      expect(editUrl('https://github.com/o/r/edit/main/', 'content/articles/a.md')).toBe(
        'https://github.com/o/r/edit/main/content/articles/a.md',
      );
      expect(editUrl('https://gitlab.example.org/o/r/-/edit/main', 'content/articles/2012/a.md')).toBe(
        'https://gitlab.example.org/o/r/-/edit/main/content/articles/2012/a.md',
      );
    });

    it('encodes each part of the path but keeps its slashes', () => {
      expect(editUrl('https://github.com/o/r/edit/main/', 'content/articles/a b#c.md')).toBe(
        'https://github.com/o/r/edit/main/content/articles/a%20b%23c.md',
      );
    });
  });
});
