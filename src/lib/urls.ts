/** Every internal URL the site links to is built here, so routes and links cannot drift apart. */

/** The home page. */
export const homeUrl = (): string => '/';

/** The list of every article, grouped by year. */
export const articlesIndexUrl = (): string => '/articles/';

/** @example articleUrl('wang-lijun') // '/articles/wang-lijun/' */
export const articleUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}/`;

/** @example headingUrl('wang-lijun', 'background') // '/articles/wang-lijun/#background' */
export const headingUrl = (slug: string, headingId: string): string =>
  `${articleUrl(slug)}#${encodeURIComponent(headingId)}`;

/** @example yearAnchor(2012) // 'year-2012'; `undefined` gives the id of the "Undated" group. */
export const yearAnchor = (year: number | undefined): string => (year === undefined ? 'undated' : `year-${year}`);

/** An absolute URL on the public site, for canonical links. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;

/**
 * The search page, optionally with a query already typed in.
 * @example searchUrl('wang lijun') // '/search/?q=wang+lijun'
 */
export const searchUrl = (query?: string): string =>
  query?.trim() ? `/search/?${new URLSearchParams({ q: query.trim() })}` : '/search/';

/** The folder of the built site that holds the search index and Pagefind's scripts, and so its URL path. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Where the search index and Pagefind's scripts are served from. */
export const searchBundleUrl = (file = ''): string => `/${SEARCH_BUNDLE_DIR}/${file}`;
