import { describe, expect, it } from 'vitest';
import { parsePublishedUrls, permanentPath, publishedUrlsText } from '../../../../src/lib/deploy/published-urls';
import { articleUrl, feedUrl, homeUrl, tagFeedUrl, tagUrl, yearUrl } from '../../../../src/lib/site/urls';

describe('permanentPath', () => {
  it.each([
    ['index.html', homeUrl()],
    ['articles/wang-lijun/index.html', articleUrl('wang-lijun')],
    ['articles/2012/index.html', yearUrl(2012)],
    ['tags/falun-gong/index.html', tagUrl('falun-gong')],
    ['rss.xml', feedUrl()],
    ['tags/falun-gong/rss.xml', tagFeedUrl('falun-gong')],
    ['tags/法轮功/index.html', tagUrl('法轮功')],
    ['tags\\human-rights\\index.html', tagUrl('human-rights')],
  ])('%s is the permanent address %s', (file, path) => {
    expect(permanentPath(file)).toBe(path);
  });

  it.each([
    'tags/falun-gong/2/index.html',
    'articles/2012/3/index.html',
    '404.html',
    'cards/articles/a.png',
    '_astro/BaseLayout.css',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'robots.txt',
    '_redirects',
    'favicon.svg',
  ])('%s is not a permanent address', (file) => {
    expect(permanentPath(file)).toBeUndefined();
  });
});

describe('the list', () => {
  it('is written sorted, each path once, after a header, and reads back the same', () => {
    const text = publishedUrlsText(['/tags/b/', '/', '/articles/a/', '/tags/b/']);
    expect(text.startsWith('# Every permanent address')).toBe(true);
    expect(parsePublishedUrls(text)).toEqual(['/', '/articles/a/', '/tags/b/']);
  });

  it('ignores comments and blank lines when read', () => {
    expect(parsePublishedUrls('# note\n\n/a/  # kept\n  /b/\n')).toEqual(['/a/', '/b/']);
  });
});
