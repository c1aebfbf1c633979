/**
 * The kinds of listing the archive has: pages that gather articles under one topic, publication, year, author or
 * entity, and the index of each kind. Each kind is stated here once; its addresses and their shapes
 * (`src/lib/site/urls.ts`), the site's navigation, the words a dead address drops before it is searched, the search
 * filters and the benchmark's page kinds all follow from this list. Adding a kind means an entry here and its routes
 * under `src/pages/<section>/`. This module imports nothing, so the browser scripts that read it stay small.
 */

/** What the site needs to know about one kind of listing. */
export interface ListingKind {
  /** The kind's name for many, as reports name its index: "topics index". */
  plural: string;
  /** The first segment of every address of the kind, and the folder of its routes in `src/pages/`. */
  section: string;
  /** The title of the kind's index page, which the site's navigation also shows. */
  indexTitle: string;
  /**
   * The shape of a listing's slug (a regular expression's source), where the section also holds other pages: the
   * year listings share `/articles/` with the articles. Any path segment when absent.
   */
  slug?: string;
  /** Whether a long listing runs over numbered pages (`…/2/`) rather than one page. */
  paginated: boolean;
  /**
   * Every article is in exactly one listing of this kind, so its index is the way into the whole archive,
   * and the navigation puts it first.
   */
  wholeArchive?: true;
  /**
   * The search filter holding each article's names of this kind, named after the kind, with its menu on the search
   * page: the menu's label and the order of its options (Pagefind's own order, by count, when absent).
   */
  search?: { label: string; order?: 'alphabetical' };
}

/** The path segment of the list of articles whose source states no date: `/articles/undated/`. */
export const UNDATED_SEGMENT = 'undated';

/**
 * Every kind of listing, by name. The order is the search page's order of filters; the navigation follows it too,
 * after the whole archive.
 */
export const LISTING_KINDS = {
  topic: {
    plural: 'topics',
    section: 'tags',
    indexTitle: 'Topics',
    paginated: true,
    search: { label: 'Topic', order: 'alphabetical' },
  },
  publication: {
    plural: 'publications',
    section: 'publications',
    indexTitle: 'Publications',
    paginated: true,
    search: { label: 'Publication', order: 'alphabetical' },
  },
  year: {
    plural: 'years',
    section: 'articles',
    indexTitle: 'All articles',
    // A year, or the undated list; article slugs may take neither (see isYearListingSegment).
    slug: `[1-9]\\d*|${UNDATED_SEGMENT}`,
    paginated: true,
    wholeArchive: true,
    search: { label: 'Year' },
  },
  author: { plural: 'authors', section: 'authors', indexTitle: 'Authors', paginated: true },
  entity: {
    plural: 'entities',
    section: 'entities',
    indexTitle: 'People and organisations',
    paginated: false,
    search: { label: 'People and organisations', order: 'alphabetical' },
  },
} as const satisfies Record<string, ListingKind>;

/** The name of a kind of listing: `'topic'`, `'year'`. */
export type ListingKindName = keyof typeof LISTING_KINDS;

/** The names of every kind of listing, in the list's order. */
export const LISTING_KIND_NAMES = Object.keys(LISTING_KINDS) as ListingKindName[];

/** The kind of listing called `name`, with every field of a kind (those it leaves out as `undefined`). */
export const listingKind = (name: ListingKindName): ListingKind => LISTING_KINDS[name];
