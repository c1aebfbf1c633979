/**
 * A search as the address bar holds it, so that a search can be bookmarked,
 * shared, reloaded and walked through with Back and Forward. Pagefind's UI keeps
 * none of this in the URL; the search page uses these helpers to do it.
 */
import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from './index-contract';

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SearchSort;
}

/** Longest query kept from an address: Pagefind gains nothing from more, and a pasted page should not hang the tab. */
export const MAX_QUERY_LENGTH = 500;

/**
 * The search an address describes. Unknown parameters and sort names are ignored,
 * repeated filter values collapse to one, so any hand-edited link still opens a search.
 * @example parseSearchState('?q=organ&topic=Falun+Gong&sort=newest')
 *   // { query: 'organ', filters: { topic: ['Falun Gong'], publication: [], year: [], entity: [] }, sort: 'newest' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))]]),
  ) as Record<SearchFilter, string[]>;
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: isSearchSort(sort) ? sort : 'relevance',
  };
}

/**
 * The query string for a search, `?`-prefixed, or `''` for an empty search. Defaults
 * are left out and filter values sorted, so one search always has one address.
 * @example searchStateToQueryString({ query: 'organ', filters: { topic: [], publication: [], year: ['2012'], entity: [] }, sort: 'relevance' })
 *   // '?q=organ&year=2012'
 */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const name of SEARCH_FILTERS) {
    for (const value of state.filters[name].toSorted()) params.append(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** `true` when two states are the same search, whatever order their filter values came in. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToQueryString(a) === searchStateToQueryString(b);
}

/**
 * The state after Pagefind reports a search: its filters hold every filter it knows,
 * the archive's and any other, with an array or a single value for each.
 */
export function searchStateFrom(
  query: string,
  pagefindFilters: Record<string, unknown>,
  sort: SearchSort,
): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => {
      const value = pagefindFilters[name];
      const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      return [name, values.filter((v): v is string => typeof v === 'string')];
    }),
  ) as Record<SearchFilter, string[]>;
  return { query, filters, sort };
}

/** The `filters` argument for Pagefind: only the filters with values chosen. */
export function pagefindFilters(state: SearchState): Partial<Record<SearchFilter, string[]>> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter((name) => state.filters[name].length > 0).map((name) => [name, state.filters[name]]),
  );
}

/** The `sort` argument for Pagefind: none for relevance, newest date first for newest. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  return { ...SEARCH_SORTS[sort].pagefind };
}

/** `true` for the name of an order the search page offers. */
export function isSearchSort(value: unknown): value is SearchSort {
  return typeof value === 'string' && Object.hasOwn(SEARCH_SORTS, value);
}
