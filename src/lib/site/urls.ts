/** Every internal URL the site links to is built here, so routes and links cannot drift apart. */
import type { CaptureKind } from '../content/faithfulness';
import { LISTING_KIND_NAMES, LISTING_KINDS, listingKind, UNDATED_SEGMENT, type ListingKindName } from './listing-kinds';

/** The home page. */
export const homeUrl = (): string => '/';

/** @example listingIndexUrl('topic') // '/tags/', the index of every topic */
export const listingIndexUrl = (kind: ListingKindName): string => `/${LISTING_KINDS[kind].section}/`;

/**
 * Page `page` of a paginated listing whose first page is `firstPage`: page 1 is the
 * listing's own address, later pages add their number.
 * @example listingPageUrl('/tags/falun-gong/', 3) // '/tags/falun-gong/3/'
 */
export const listingPageUrl = (firstPage: string, page = 1): string => (page <= 1 ? firstPage : `${firstPage}${page}/`);

/** @example listingUrl('author', 'petr-svab', 2) // '/authors/petr-svab/2/' */
export const listingUrl = (kind: ListingKindName, slug: string, page = 1): string =>
  listingPageUrl(`${listingIndexUrl(kind)}${encodeURIComponent(slug)}/`, page);

/** Every article, newest first, with the years as navigation. */
export const articlesIndexUrl = (): string => listingIndexUrl('year');

/**
 * Page `page` of the list of every article. Later pages sit below `page/`, since a number right after
 * `/articles/` is a year.
 * @example articlesPageUrl(2) // '/articles/page/2/'; articlesPageUrl(1) // '/articles/'
 */
export const articlesPageUrl = (page = 1): string =>
  page <= 1 ? articlesIndexUrl() : `${articlesIndexUrl()}page/${page}/`;

/** @example articleUrl('wang-lijun') // '/articles/wang-lijun/' */
export const articleUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}/`;

/** The reference formats each article can be downloaded in, by file extension. */
export type CitationFormat = 'bib' | 'ris' | 'json';

/** @example citationFileUrl('wang-lijun', 'bib') // '/articles/wang-lijun/cite.bib' */
export const citationFileUrl = (slug: string, format: CitationFormat): string => `${articleUrl(slug)}cite.${format}`;

/** @example articleSourceUrl('wang-lijun') // '/articles/wang-lijun.md', the article's Markdown as the archive keeps it */
export const articleSourceUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}.md`;

/** @example captureChangesUrl('wang-lijun') // '/articles/wang-lijun/source/', the capture beside the archive's changes */
export const captureChangesUrl = (slug: string): string => `${articleUrl(slug)}source/`;

/**
 * The original capture, byte for byte, always under a `.txt` name so every host serves it as plain text and no
 * browser renders or runs a saved page.
 * @example captureFileUrl('wang-lijun', 'html') // '/articles/wang-lijun/capture.html.txt'
 */
export const captureFileUrl = (slug: string, kind: CaptureKind): string =>
  `${articleUrl(slug)}capture${kind === 'html' ? '.html' : ''}.txt`;

/** @example passageUrl('wang-lijun', 'p-a-source-said-1abcdef') // '/articles/wang-lijun/#p-a-source-said-1abcdef' */
export const passageUrl = (slug: string, id: string): string => `${articleUrl(slug)}#${encodeURIComponent(id)}`;

/** The slug of a year's listing; `undefined` gives the undated list's. */
export const yearSlug = (year: number | undefined): string => (year === undefined ? UNDATED_SEGMENT : String(year));

/** @example yearUrl(2012) // '/articles/2012/'; `undefined` gives the undated list, '/articles/undated/'. */
export const yearUrl = (year: number | undefined, page = 1): string => listingUrl('year', yearSlug(year), page);

/** Every topic with its number of articles. */
export const tagsIndexUrl = (): string => listingIndexUrl('topic');

/** @example tagUrl('human-rights') // '/tags/human-rights/'; tagUrl('human-rights', 2) // '/tags/human-rights/2/' */
export const tagUrl = (slug: string, page = 1): string => listingUrl('topic', slug, page);

/** @example tagFeedUrl('human-rights') // '/tags/human-rights/rss.xml' */
export const tagFeedUrl = (slug: string): string => `${tagUrl(slug)}rss.xml`;

/** Every author with their number of articles. */
export const authorsIndexUrl = (): string => listingIndexUrl('author');

/** @example authorUrl('petr-svab') // '/authors/petr-svab/' */
export const authorUrl = (slug: string, page = 1): string => listingUrl('author', slug, page);

/** Every publication with its number of articles. */
export const publicationsIndexUrl = (): string => listingIndexUrl('publication');

/** @example publicationUrl('the-epoch-times') // '/publications/the-epoch-times/' */
export const publicationUrl = (slug: string, page = 1): string => listingUrl('publication', slug, page);

/** Every person, organisation and report the articles mention, by kind, with counts. */
export const entitiesIndexUrl = (): string => listingIndexUrl('entity');

/** @example entityUrl('david-kilgour') // '/entities/david-kilgour/' */
export const entityUrl = (slug: string): string => listingUrl('entity', slug);

/** One page of one listing, as an address shows it. */
export interface ListingPage {
  kind: ListingKindName;
  /** The listing's slug, decoded: `'falun-gong'`, `'2012'`. */
  slug: string;
  /** The page number, 1 for the listing's own address. */
  page: number;
}

/** Each kind's route shape: a listing's first page, and its later pages when the kind has them. */
const LISTING_ROUTES = LISTING_KIND_NAMES.map((kind) => {
  const { section, slug = '[^/]+', paginated } = listingKind(kind);
  const later = paginated ? '(?:([2-9]|[1-9]\\d+)/)?' : '';
  return { kind, shape: new RegExp(`^/${section}/(${slug})/${later}$`) };
});

/**
 * The listing page an address shows, or `undefined` for any other address (an index, an article, a feed).
 * @example listingAt('/tags/falun-gong/2/') // { kind: 'topic', slug: 'falun-gong', page: 2 }
 */
export function listingAt(path: string): ListingPage | undefined {
  for (const { kind, shape } of LISTING_ROUTES) {
    const match = shape.exec(path);
    if (!match?.[1]) continue;
    try {
      return { kind, slug: decodeURIComponent(match[1]), page: Number(match[2] ?? 1) };
    } catch {
      // Not valid percent-encoding, so no slug the site made.
    }
  }
  return undefined;
}

/**
 * `true` for page 2 or later of a paginated listing. Such pages move as articles are
 * added, so unlike every other page they are not permanent addresses.
 * @example isLaterListingPage('/tags/falun-gong/2/') // true
 */
export const isLaterListingPage = (path: string): boolean =>
  (listingAt(path)?.page ?? 1) > 1 || ALL_ARTICLES_LATER_PAGE.test(path);

/** Page 2 or later of the list of every article, as `articlesPageUrl` writes it. */
const ALL_ARTICLES_LATER_PAGE = new RegExp(`^${articlesPageUrl(2).replace(/2\/$/, '')}(?:[2-9]|[1-9]\\d+)/$`);

/**
 * `true` for a slug that `/articles/<year>/` uses, so no article may take it:
 * a number (a year) or the undated list's name.
 */
export const isYearListingSegment = (slug: string): boolean => listingAt(listingUrl('year', slug))?.kind === 'year';

/**
 * The slug of the article an address shows, or `undefined` for any other address.
 * @example articleSlugAt('/articles/wang-lijun/') // 'wang-lijun'; articleSlugAt('/articles/2012/') // undefined
 */
export function articleSlugAt(path: string): string | undefined {
  const prefix = articlesIndexUrl();
  const slug = path.startsWith(prefix) ? /^([^/]+)\/$/.exec(path.slice(prefix.length))?.[1] : undefined;
  if (slug === undefined || listingAt(path)) return undefined;
  try {
    return decodeURIComponent(slug);
  } catch {
    return undefined;
  }
}

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

/** The archive's words for "Did you mean …", which the search page fetches when a search finds little. */
export const searchVocabularyUrl = (): string => '/search/vocabulary.json';
