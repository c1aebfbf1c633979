import { dirname, join } from 'node:path';
import { publicAddress } from './lib/site/public-address';

/** Site-wide settings. The public address is `PUBLIC_URL` below. */
export const SITE = {
  title: 'Organ Harvesting Archive',
  description:
    'A searchable archive of articles about forced organ harvesting in China, each with its source, author and dates as the original states them.',
  lang: 'en',
  /** The `og:locale` of every page, matching `lang`. */
  locale: 'en_GB',
  /** How many of the newest articles the home page lists. */
  homeArticleCount: 20,
  /**
   * How many search results are drawn at first. Pagefind's results list draws one element per result, which
   * took over ten seconds for a word found in 10,000 articles; the reader can still ask for all of them.
   */
  searchResultsShown: 100,
  /** How many articles the 404 page suggests. */
  notFoundArticleCount: 5,
  /** How many related articles follow an article, at most. */
  relatedArticleCount: 5,
  /** How many of a year's articles the timeline lists; the year's own list has them all. */
  timelineArticlesPerYear: 10,
  /**
   * How many of the newest articles each feed carries, with their full text. A feed of every article would grow
   * with the archive (about 10 KB an article: 100 MB at 10,000), more than feed readers fetch or accept.
   */
  feedArticleCount: 50,
} as const;

/**
 * Articles on each page of a listing (a topic, author, publication or year). Tests
 * build the fixture site with a small `ARCHIVE_PAGE_SIZE` so that it has several pages.
 */
export const PAGE_SIZE = readPageSize(process.env.ARCHIVE_PAGE_SIZE);

/** The size of every link-preview card image, in pixels: the 1.91:1 shape Open Graph and X expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where editors keep articles, relative to the project root; tests point `ARCHIVE_CONTENT_DIR` at fixtures. */
export const CONTENT_DIR = process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles';

/**
 * Where editors keep the people, organisations and reports that articles mention, one YAML file each:
 * `content/entities/`, beside the articles folder (so a fixture tree brings its own).
 */
export const ENTITIES_DIR = process.env.ARCHIVE_ENTITIES_DIR ?? join(dirname(CONTENT_DIR), 'entities');

/**
 * Where editors keep the archive's own pages, one Markdown file each (`about.md` is the About page):
 * `content/pages/`, beside the articles folder (so a fixture tree brings its own).
 */
export const PAGES_DIR = process.env.ARCHIVE_PAGES_DIR ?? join(dirname(CONTENT_DIR), 'pages');

/**
 * Where readers report a mistake (a wrong date, a misquoted passage), shown on the About page: a `mailto:` or
 * web address and the words to show for it. `undefined` until the archive's owners set one; the page then says so.
 */
export const CORRECTIONS_CONTACT: { label: string; url: string } | undefined = undefined;

/**
 * The licence of the open data (`/data/`), shown on the About page: its name and the address of its text.
 * `undefined` while the owners have chosen none; the page then says that no licence has been stated.
 */
export const DATA_LICENCE: { name: string; url: string } | undefined = undefined;

/** The entity files the `entities` collection loads, below `ENTITIES_DIR`. */
export const ENTITY_PATTERN = '**/*.{yaml,yml}';

/**
 * Where the original captures of the articles are kept, byte for byte, each named after its article's file
 * (`content/captures/<slug>.txt` or `.html`); beside the articles folder, like the entities.
 */
export const CAPTURES_DIR = process.env.ARCHIVE_CAPTURES_DIR ?? join(dirname(CONTENT_DIR), 'captures');

/** Every file below `CAPTURES_DIR`: each must be a capture, so a stray file is reported rather than ignored. */
export const CAPTURE_PATTERN = '**/*.*';

/** The article files the `articles` collection loads, below `CONTENT_DIR`. */
export const ARTICLE_PATTERN = '**/*.{md,mdx}';

/**
 * Redirects for addresses that are not articles (a renamed topic, say), one "old new" pair
 * a line, beside the articles folder: `content/redirects.txt`. The file is optional.
 */
export const REDIRECTS_FILE = process.env.ARCHIVE_REDIRECTS_FILE ?? join(dirname(CONTENT_DIR), 'redirects.txt');

/**
 * The timeline's dated events, each citing the articles that state it, beside the articles folder:
 * `content/timeline.yaml`. The file is optional; without it the timeline lists only the articles.
 */
export const TIMELINE_FILE = process.env.ARCHIVE_TIMELINE_FILE ?? join(dirname(CONTENT_DIR), 'timeline.yaml');

/**
 * THE ARCHIVE'S PUBLIC ADDRESS: set it once, when the archive has one, for example 'https://archive.example.org'.
 * Every citation, canonical link, feed, sitemap entry and link preview is built on it. Until it is set, builds use
 * http://localhost:4321, which works for `npm start` and the tests, and each build ends by saying it is not fit to
 * publish. `SITE_URL` in the environment overrides it for one build.
 */
export const PUBLIC_URL: string | undefined = undefined;

/** The address this build uses, where it came from, and whether it is local (`src/lib/site/public-address.ts`). */
export const PUBLIC_ADDRESS = publicAddress(PUBLIC_URL, process.env.SITE_URL);

/** The public origin the site is served from, without a trailing slash. */
export const SITE_URL = PUBLIC_ADDRESS.url;

/**
 * The repository's address for editing a file, ending in a slash, for example
 * `https://github.com/owner/archive/edit/main/`. When set, each article links to its file there.
 */
export const EDIT_BASE_URL = readEditBase(process.env.ARCHIVE_EDIT_URL);

/**
 * Where Astro keeps its caches, the rendered articles among them. Tests that build several sites at once give
 * each build its own with `ARCHIVE_CACHE_DIR`, so no build reads another's half-written cache.
 */
export const CACHE_DIR = process.env.ARCHIVE_CACHE_DIR;

function readPageSize(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 50;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`ARCHIVE_PAGE_SIZE must be a whole number of articles, 1 or more; found "${value}"`);
  }
  return size;
}

function readEditBase(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!URL.canParse(trimmed) || !/^https?:$/.test(new URL(trimmed).protocol)) {
    throw new Error(
      `ARCHIVE_EDIT_URL must be a web address such as https://github.com/owner/archive/edit/main/; found "${value}"`,
    );
  }
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
