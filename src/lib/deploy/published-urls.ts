import { isLaterListingPage } from '../site/urls';

/** The committed list of every permanent address the site has published, at the project root. */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

const HEADER = [
  '# Every permanent address this site has published, one path a line, sorted.',
  '# `npm run urls:update` adds new ones after a build. A test fails when a build no longer',
  '# serves a listed address and no alias or redirect keeps it alive: see docs/editing.md.',
];

/** The paths a list holds, without comments and blank lines. */
export function parsePublishedUrls(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** The list's text: a header explaining it, then every path once, sorted. */
export function publishedUrlsText(paths: Iterable<string>): string {
  return [...HEADER, ...[...new Set(paths)].toSorted(), ''].join('\n');
}

/**
 * The site path of a built file that is a permanent address, or `undefined` for any
 * other file: pages (`…/index.html`) and feeds (`…/rss.xml`) count; later pages of a
 * listing, the 404 page, images, styles, sitemaps and the like do not.
 * @example permanentPath('articles/wang-lijun/index.html') // '/articles/wang-lijun/'
 */
export function permanentPath(builtFile: string): string | undefined {
  const file = builtFile.split('\\').join('/');
  let path: string | undefined;
  if (file === 'index.html') path = '/';
  else if (file.endsWith('/index.html')) path = `/${file.slice(0, -'index.html'.length)}`;
  else if (file === 'rss.xml' || file.endsWith('/rss.xml')) path = `/${file}`;
  if (path === undefined || isLaterListingPage(path)) return undefined;
  return encodeURI(path);
}
