/**
 * Loads Pagefind for the search page in place of the Component UI's own loading, for two things it cannot do: merge
 * a search index written in parts (`src/lib/search/index-parts.ts`), whose parts the bundle lists only once built,
 * and leave the filters' data unfetched until a reader opens a filter or arrives with one, where the Component UI
 * fetches all of it with the first search (20 files and most of the bytes of a first search at 10,000 articles).
 */
import {
  SEARCH_PARTS_FILE,
  SEARCH_SORT_FILE,
  indexId,
  mergeSorted,
  searchPlan,
  type MergedIndex,
  type SearchPartsManifest,
  type SearchSortValues,
} from '../lib/search/index-parts';
import { filtersWithoutValues } from '../lib/search/filter-values';
import { LANGUAGE_FILTER, type PagefindFilterValue } from '../lib/search/search-state';
import type { SubResult } from '../lib/search/sub-results';
import type { FilterCounts } from './search-filters';

/** A result as `pagefind.js` (1.6) returns it, before its data is loaded. */
export interface PagefindResult {
  id: string;
  /** Its relevance, or for a sorted search its place among its own index's pages (negative when ascending). */
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results?: SubResult[] }>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}
export interface SearchOptions {
  filters?: Record<string, PagefindFilterValue>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** The parts of `pagefind.js` the Component UI calls, all plain functions. */
export interface PagefindApi {
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}
/** What `pagefind.js` (1.6) exports for an instance of its own. */
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi & {
    mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
    /** Fetches the parts of every merged index that a search for `term` will read, and searches nothing. */
    preload(term: string): Promise<void>;
  };
}
/** The search page's Pagefind once loaded: the Component UI's calls, and `preload`. */
type LoadedPagefind = PagefindApi & Pick<ReturnType<PagefindModule['createInstance']>, 'preload'>;

/** The search page's Pagefind, loaded on first use. */
export interface LazyPagefind extends PagefindApi {
  /** Starts loading, so the first search need not wait for it. */
  load(): void;
  /** Starts loading and fetching what a search for `term` will read, for the search the reader is about to make. */
  preload(term: string): void;
  /**
   * Fetches every filter's data, once; searches after it count every filter's values. Rejects when a list the page
   * offers got no values, and is then asked again by the next call.
   */
  wantFilters(): Promise<FilterCounts>;
  /** Whether filter data has been asked for and has not failed: until then searches report no counts worth showing. */
  readonly filtersWanted: boolean;
}

export interface LoaderSettings {
  /** The search bundle's address, ending in a slash. */
  bundle: string;
  /** The page's own language, by its index name (`en`) and its name on results (`English`). */
  ownIndex: string;
  ownLanguage: string;
  /** The other languages' names on results, by index name. */
  languageNames: Record<string, string>;
  /** Options for every index: excerpt length, highlight parameter. */
  options: Record<string, unknown>;
  /** The filters the page offers as lists: the filters' data must hold values of each. */
  lists: readonly string[];
}

/**
 * A filter each index's pages get from the page (Pagefind's `mergeFilter`), its `indexId`, so a search can be run on
 * one index alone: a sorted search over several is put in order that way (see `sortedSearch`).
 */
const INDEX_FILTER = 'search_index';

export function lazyPagefind(settings: LoaderSettings): LazyPagefind {
  let loading: Promise<LoadedPagefind> | undefined;
  let filtersLoaded: Promise<FilterCounts> | undefined;
  // A failed load is forgotten, so the reader's next try fetches again rather than repeating the failure.
  const load = (): Promise<LoadedPagefind> =>
    (loading ??= loadParts(settings).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const wantFilters = (): Promise<FilterCounts> =>
    (filtersLoaded ??= load()
      .then((api) => api.filters())
      .then((counts) => {
        const missing = filtersWithoutValues(counts, settings.lists);
        if (missing.length > 0)
          throw new Error(`Search could not load the values of the filters ${missing.join(', ')}.`);
        return counts;
      })
      .catch((error: unknown) => {
        // Pagefind forgets a filter file it could not fetch, so asking again fetches only what is missing.
        filtersLoaded = undefined;
        throw error;
      }));
  return {
    load() {
      load().catch((error: unknown) => console.error(error));
    },
    preload(term) {
      if (term.trim() === '') return;
      load()
        .then((api) => api.preload(term))
        .catch((error: unknown) => console.error(error));
    },
    wantFilters,
    get filtersWanted() {
      return filtersLoaded !== undefined;
    },
    async search(term, options) {
      const api = await load();
      // With every filter's data in, Pagefind counts each filter's values for the search as well. Data that failed
      // to come is the lists' to report (`wantFilters`): the search still answers.
      await filtersLoaded?.catch(() => undefined);
      return api.search(term, options);
    },
    // The Component UI asks for every filter's values as it loads and whenever the box is cleared; before a reader
    // wants them, or when they failed to come, there are none to draw.
    async filters() {
      const loaded = await filtersLoaded?.catch(() => undefined);
      return loaded ? (await load()).filters() : {};
    },
  };
}

async function loadParts(settings: LoaderSettings): Promise<LoadedPagefind> {
  const { bundle } = settings;
  const [pagefind, manifest] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
    fetchJson<SearchPartsManifest>(`${bundle}${SEARCH_PARTS_FILE}`),
  ]);
  const { primary, merged } = searchPlan(manifest, settings.ownIndex);
  const languageName = (index: string): string =>
    index === settings.ownIndex ? settings.ownLanguage : (settings.languageNames[index] ?? index);
  const filtersOf = (index: MergedIndex) => ({
    [LANGUAGE_FILTER]: [languageName(index.language)],
    [INDEX_FILTER]: [indexId(index)],
  });
  const api = pagefind.createInstance({
    ...settings.options,
    basePath: `${bundle}${primary.path}`,
    baseUrl: '/',
    mergeFilter: filtersOf(primary),
  });
  // Pagefind skips a merge whose path starts its own bundle path, taking it for itself (every part is inside the
  // first, and the other languages share their part's folder): the full URL keeps them apart, and the base URL keeps
  // the origin out of result links.
  await Promise.all(
    merged.map((index) =>
      api.mergeIndex(new URL(`${bundle}${index.path}`, location.origin).href, {
        ...settings.options,
        baseUrl: '/',
        language: index.language,
        mergeFilter: filtersOf(index),
      }),
    ),
  );
  if (merged.length === 0) return api;
  const indexes = [primary, ...merged].map(indexId);
  // Fetched with the first sorted search: a search by relevance never needs it.
  let sortValues: Promise<SearchSortValues> | undefined;
  return {
    filters: () => api.filters(),
    preload: (term) => api.preload(term),
    search: (term, options = {}) =>
      Object.keys(options.sort ?? {}).length === 0
        ? api.search(term, options)
        : sortedSearch(api, indexes, (sortValues ??= fetchJson(`${bundle}${SEARCH_SORT_FILE}`)), term, options),
  };
}

/**
 * A sorted search over several indexes. Pagefind scores each sorted result by its place among its own index's pages
 * and orders merged results by score, which would interleave the indexes rather than sort them; so each index is
 * also searched alone, and its results are put in order by the value at each one's place (`mergeSorted`).
 */
async function sortedSearch(
  api: PagefindApi,
  indexes: readonly string[],
  sortValues: Promise<SearchSortValues>,
  term: string | null,
  options: SearchOptions,
): Promise<PagefindResponse | null> {
  const [key = '', direction = 'desc'] = Object.entries(options.sort ?? {})[0] ?? [];
  const [whole, values, ...each] = await Promise.all([
    api.search(term, options),
    sortValues,
    ...indexes.map((index) =>
      api.search(term, { ...options, filters: { ...options.filters, [INDEX_FILTER]: [index] } }),
    ),
  ]);
  if (!whole) return whole;
  const placed = each.flatMap((answer, i) =>
    (answer?.results ?? []).map((result) => ({ index: indexes[i] ?? '', score: result.score, result })),
  );
  return { ...whole, results: mergeSorted(placed, values[key] ?? {}, direction).map(({ result }) => result) };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search could not load ${url}: the server answered ${response.status}.`);
  return (await response.json()) as T;
}
