/**
 * What the search index holds about each article besides its text, declared once: the filters it can be narrowed by,
 * the details (Pagefind's meta) a result shows, and the keys it can be sorted by. Article pages write them
 * (`searchIndexFields`); the search page offers them, its script puts them in the address, and the result template
 * (`src/components/search-result.pagefind.html`) shows them. This module reaches the browser, so it stays small.
 */
import { LISTING_KIND_NAMES, listingKind, type LISTING_KINDS, type ListingKindName } from '../site/listing-kinds';

/** A filter readers can narrow a search by: a kind of listing whose entry names a search menu. */
export type SearchFilter = {
  [K in ListingKindName]: (typeof LISTING_KINDS)[K] extends { search: object } ? K : never;
}[ListingKindName];

const isSearchFilter = (kind: ListingKindName): kind is SearchFilter => listingKind(kind).search !== undefined;

/**
 * The filters readers can narrow a search by, in the order the search page offers them; each is a Pagefind filter
 * and a URL parameter of the same name.
 */
export const SEARCH_FILTERS: readonly SearchFilter[] = LISTING_KIND_NAMES.filter(isSearchFilter);

/**
 * The search page's menu of each filter: its label, and the order of its options (Pagefind's own when `undefined`).
 */
export const searchFilterMenus = (): { filter: SearchFilter; label: string; order?: 'alphabetical' }[] =>
  SEARCH_FILTERS.flatMap((filter) => {
    const menu = listingKind(filter).search;
    return menu ? [{ filter, ...menu }] : [];
  });

/**
 * The details a result shows besides its title, each a Pagefind meta key the result template reads as `meta.<key>`.
 * Pagefind records the page's title itself, and searches every meta key beside the text: so the byline (`authors`)
 * finds every article a name signs, not only those whose text repeats it, and the publication finds its articles.
 */
export const SEARCH_META = ['publication', 'authors', 'date', 'language'] as const;
export type SearchMeta = (typeof SEARCH_META)[number];

/**
 * The meta key holding the Chinese inside an article in another language, split into terms search matches (written
 * by `src/markdown/rehype-han-words.ts`); meta, so that no result's excerpt shows it twice.
 */
export const CHINESE_TERMS_META = 'chinese_terms';

/** The sort key of an article's date as its source states it. */
export const DATE_SORT_KEY = 'date';
export type SearchSortKey = typeof DATE_SORT_KEY;

/**
 * The sort value of an article whose source states no date. Pagefind leaves a page
 * out of sorted results when it lacks the sort key, so undated articles get one that
 * sorts after every real date; it is never shown.
 */
export const UNDATED_SORT_VALUE = '0000-00-00';

/** The year-filter value of an article whose source states no date. */
export const UNDATED_YEAR = 'Undated';

/**
 * How results can be ordered, by their name in the address (`sort=`), in the order the search page offers them:
 * each with its label there and Pagefind's `sort` argument (none: Pagefind's relevance ranking).
 */
export const SEARCH_SORTS = {
  relevance: { label: 'Best match', pagefind: {} },
  newest: { label: 'Newest first', pagefind: { [DATE_SORT_KEY]: 'desc' } },
} as const satisfies Record<string, { label: string; pagefind: Partial<Record<SearchSortKey, 'asc' | 'desc'>> }>;
export type SearchSort = keyof typeof SEARCH_SORTS;
