/** Every internal URL the site links to is built here, so routes and links cannot drift apart. */

/** The home page. */
export const homeUrl = (): string => '/';

/** Every article, newest first, with the years as navigation. */
export const articlesIndexUrl = (): string => '/articles/';

/**
 * Page `page` of the list of every article. Later pages sit below `page/`, since a number right after
 * `/articles/` is a year.
 * @example articlesPageUrl(2) // '/articles/page/2/'; articlesPageUrl(1) // '/articles/'
 */
export const articlesPageUrl = (page = 1): string =>
  page <= 1 ? articlesIndexUrl() : `${articlesIndexUrl()}page/${page}/`;

/** @example articleUrl('wang-lijun') // '/articles/wang-lijun/' */
export const articleUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}/`;

/** @example headingUrl('wang-lijun', 'background') // '/articles/wang-lijun/#background' */
export const headingUrl = (slug: string, headingId: string): string =>
  `${articleUrl(slug)}#${encodeURIComponent(headingId)}`;

/** The reference formats each article can be downloaded in, by file extension. */
export type CitationFormat = 'bib' | 'ris' | 'json';

/** @example citationFileUrl('wang-lijun', 'bib') // '/articles/wang-lijun/cite.bib' */
export const citationFileUrl = (slug: string, format: CitationFormat): string => `${articleUrl(slug)}cite.${format}`;

/** @example articleSourceUrl('wang-lijun') // '/articles/wang-lijun.md', the article's Markdown as the archive keeps it */
export const articleSourceUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}.md`;

/** @example passageUrl('wang-lijun', 'p-a-source-said-1abcdef') // '/articles/wang-lijun/#p-a-source-said-1abcdef' */
export const passageUrl = (slug: string, id: string): string => `${articleUrl(slug)}#${encodeURIComponent(id)}`;

/** The path segment of the list of articles whose source states no date: `/articles/undated/`. */
export const UNDATED_SEGMENT = 'undated';

/**
 * `true` for a slug that `/articles/<year>/` uses, so no article may take it:
 * a number (a year) or the undated list's name.
 */
export const isYearListingSegment = (slug: string): boolean => /^[1-9]\d*$/.test(slug) || slug === UNDATED_SEGMENT;

/**
 * Page `page` of a paginated listing whose first page is `firstPage`: page 1 is the
 * listing's own address, later pages add their number.
 * @example listingPageUrl('/tags/falun-gong/', 3) // '/tags/falun-gong/3/'
 */
export const listingPageUrl = (firstPage: string, page = 1): string => (page <= 1 ? firstPage : `${firstPage}${page}/`);

/**
 * `true` for page 2 or later of a paginated listing. Such pages move as articles are
 * added, so unlike every other page they are not permanent addresses.
 * @example isLaterListingPage('/tags/falun-gong/2/') // true
 */
export const isLaterListingPage = (path: string): boolean =>
  /^\/(?:tags|authors|publications|articles)\/[^/]+\/\d+\/$/.test(path);

/** @example yearUrl(2012) // '/articles/2012/'; `undefined` gives the undated list, '/articles/undated/'. */
export const yearUrl = (year: number | undefined, page = 1): string =>
  listingPageUrl(`/articles/${year === undefined ? UNDATED_SEGMENT : year}/`, page);

/** Every topic with its number of articles. */
export const tagsIndexUrl = (): string => '/tags/';

/** @example tagUrl('human-rights') // '/tags/human-rights/'; tagUrl('human-rights', 2) // '/tags/human-rights/2/' */
export const tagUrl = (slug: string, page = 1): string =>
  listingPageUrl(`${tagsIndexUrl()}${encodeURIComponent(slug)}/`, page);

/** @example tagFeedUrl('human-rights') // '/tags/human-rights/rss.xml' */
export const tagFeedUrl = (slug: string): string => `${tagUrl(slug)}rss.xml`;

/** Every author with their number of articles. */
export const authorsIndexUrl = (): string => '/authors/';

/** @example authorUrl('petr-svab') // '/authors/petr-svab/' */
export const authorUrl = (slug: string, page = 1): string =>
  listingPageUrl(`${authorsIndexUrl()}${encodeURIComponent(slug)}/`, page);

/** Every publication with its number of articles. */
export const publicationsIndexUrl = (): string => '/publications/';

/** @example publicationUrl('the-epoch-times') // '/publications/the-epoch-times/' */
export const publicationUrl = (slug: string, page = 1): string =>
  listingPageUrl(`${publicationsIndexUrl()}${encodeURIComponent(slug)}/`, page);

/** Every person, organisation and report the articles mention, by kind, with counts. */
export const entitiesIndexUrl = (): string => '/entities/';

/** @example entityUrl('david-kilgour') // '/entities/david-kilgour/' */
export const entityUrl = (slug: string): string => `${entitiesIndexUrl()}${encodeURIComponent(slug)}/`;

/** The timeline: dated events with their sources, and the articles by publication date. */
export const timelineUrl = (): string => '/timeline/';

/** @example timelineEventUrl('2012-02-06-wang-lijun-flees') // '/timeline/#2012-02-06-wang-lijun-flees' */
export const timelineEventUrl = (id: string): string => `${timelineUrl()}#${encodeURIComponent(id)}`;

/** @example editorPageUrl('about') // '/about/', the page `content/pages/about.md` */
export const editorPageUrl = (name: string): string => `/${encodeURIComponent(name)}/`;

/** The About page: scope, faithfulness rules, corrections and the open data's licence. */
export const aboutUrl = (): string => editorPageUrl('about');

/** The open data page, which documents every data file. */
export const dataIndexUrl = (): string => '/data/';

/** The data files, by name. */
export type DataFile = 'articles.json' | 'articles.csv' | 'timeline.json' | 'entities.json';

/** @example dataFileUrl('articles.csv') // '/data/articles.csv' */
export const dataFileUrl = (file: DataFile): string => `${dataIndexUrl()}${file}`;

/** Every entity with its names and mentions, as JSON for reuse. */
export const entitiesDataUrl = (): string => dataFileUrl('entities.json');

/** The feed of every article. */
export const feedUrl = (): string => '/rss.xml';

/** The index of the sitemaps, which `robots.txt` points at. */
export const sitemapIndexUrl = (): string => '/sitemap-index.xml';

/** @example articleCardUrl('wang-lijun') // '/cards/articles/wang-lijun.png' */
export const articleCardUrl = (slug: string): string => `/cards/articles/${encodeURIComponent(slug)}.png`;

/** The link-preview image of every page that is not an article. */
export const siteCardUrl = (): string => '/cards/site.png';

/**
 * The search page, with the query in `q` when there is one.
 * @example searchUrl('wang lijun') // '/search/?q=wang+lijun'
 */
export const searchUrl = (query?: string): string => {
  const trimmed = query?.trim();
  return trimmed ? `/search/?${new URLSearchParams({ q: trimmed })}` : '/search/';
};

/** An absolute URL on the public site, for canonical links. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;

/** The folder of the built site that holds the search index and Pagefind's scripts, and so its URL path. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Where the search index and Pagefind's scripts are served from. */
export const searchBundleUrl = (file = ''): string => `/${SEARCH_BUNDLE_DIR}/${file}`;

/**
 * The address that opens an article's file for editing, from the repository's edit
 * address (ending in a slash) and the file's path in the repository.
 * @example editUrl('https://github.com/o/r/edit/main/', 'content/articles/a.md') // 'https://github.com/o/r/edit/main/content/articles/a.md'
 */
export const editUrl = (editBase: string, filePath: string): string =>
  new URL(filePath.split('/').map(encodeURIComponent).join('/'), editBase.endsWith('/') ? editBase : `${editBase}/`)
    .href;
