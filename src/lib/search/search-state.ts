/**
 * A search as the address bar holds it, so that a search can be bookmarked,
 * shared, reloaded and walked through with Back and Forward. Pagefind's UI keeps
 * none of this in the URL; the search page uses these helpers to do it.
 */
import { formatDate } from '../site/dates';
import { SEARCH_FILTERS, SEARCH_SORTS, UNDATED_YEAR, type SearchFilter, type SearchSort } from './index-contract';

/**
 * The filter by the language an article is written in. Pagefind keeps one index per language rather than a filter,
 * so the search page gives each index's pages a filter value as it loads them (Pagefind's `mergeFilter`).
 */
export const LANGUAGE_FILTER = 'language';

/** A filter the search page offers: the index's own, and the language once the archive holds more than one. */
export type SearchPageFilter = SearchFilter | typeof LANGUAGE_FILTER;

/** Every filter the address can hold, in the order the page offers them and the address writes them. */
export const SEARCH_PAGE_FILTERS: readonly SearchPageFilter[] = [...SEARCH_FILTERS, LANGUAGE_FILTER];

export interface SearchState {
  query: string;
  filters: Record<SearchPageFilter, string[]>;
  /** The start of the date range, `YYYY` or `YYYY-MM`, or `''` for none. */
  from: string;
  /** The end of the date range, `YYYY` or `YYYY-MM` (that whole year or month included), or `''` for none. */
  to: string;
  sort: SearchSort;
}

/** Longest query kept from an address: Pagefind gains nothing from more, and a pasted page should not hang the tab. */
export const MAX_QUERY_LENGTH = 500;

/** A year, or a year and month, as the range's ends are written in the address. */
const RANGE_END = /^[1-9]\d{3}(?:-(?:0[1-9]|1[0-2]))?$/;

/** An empty set of filters, one list per filter. */
export const noFilters = (): Record<SearchPageFilter, string[]> =>
  Object.fromEntries(SEARCH_PAGE_FILTERS.map((name) => [name, []])) as unknown as Record<SearchPageFilter, string[]>;

/** The search of a page opened bare: no words, no filter, no range, best match first. */
export const emptySearch = (): SearchState => ({
  query: '',
  filters: noFilters(),
  from: '',
  to: '',
  sort: 'relevance',
});

/**
 * The search an address describes. Unknown parameters and sort names are ignored, repeated filter values collapse
 * to one, a range end that is not a year or a year and month is dropped, and ends given the wrong way round are
 * swapped, so any hand-edited link still opens a search.
 * @example parseSearchState('?q=organ&topic=Falun+Gong&from=2012-06&sort=newest')
 *   // { query: 'organ', filters: { topic: ['Falun Gong'], …: [] }, from: '2012-06', to: '', sort: 'newest' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = noFilters();
  for (const name of SEARCH_PAGE_FILTERS)
    filters[name] = [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))];
  const sort = params.get('sort');
  const [from, to] = orderedRange(rangeEnd(params.get('from')), rangeEnd(params.get('to')));
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    from,
    to,
    sort: isSearchSort(sort) ? sort : 'relevance',
  };
}

const rangeEnd = (value: string | null): string => (value && RANGE_END.test(value) ? value : '');

/** Both ends of a range, the earlier first: `to=2010&from=2020` means 2010 to 2020. */
function orderedRange(from: string, to: string): [string, string] {
  if (from === '' || to === '') return [from, to];
  // Compared at the coarser end's precision, so 2012-06 to 2012 is one year's range rather than a reversed one.
  const precision = Math.min(from.length, to.length);
  return from.slice(0, precision) > to.slice(0, precision) ? [to, from] : [from, to];
}

/**
 * The query string for a search, `?`-prefixed, or `''` for an empty search. Defaults
 * are left out and filter values sorted, so one search always has one address.
 * @example searchStateToQueryString({ query: 'organ', filters: { …, year: ['2012'] }, from: '', to: '', sort: 'relevance' })
 *   // '?q=organ&year=2012'
 */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const name of SEARCH_PAGE_FILTERS) {
    for (const value of state.filters[name].toSorted()) params.append(name, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** `true` when two states are the same search, whatever order their filter values came in. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToQueryString(a) === searchStateToQueryString(b);
}

/** `true` when a search has words to look for. */
export const hasQuery = (state: SearchState): boolean => state.query.trim() !== '';

/** `true` when a search narrows by a filter or a date range, whether or not it has words. */
export const isNarrowed = (state: SearchState): boolean =>
  state.from !== '' || state.to !== '' || SEARCH_PAGE_FILTERS.some((name) => state.filters[name].length > 0);

/** `true` for the search of a page opened bare: no words, no filter, no range. */
export const isEmptySearch = (state: SearchState): boolean => !hasQuery(state) && !isNarrowed(state);

/**
 * The order results are shown in. Without words there is nothing to rank by relevance, so a list made by filters
 * alone is always newest first.
 */
export const shownSort = (state: SearchState): SearchSort => (hasQuery(state) ? state.sort : 'newest');

/**
 * The state after Pagefind reports a search, from the state the page held: Pagefind's filters hold every filter it
 * knows, the archive's and any other, with an array or a single value for each. A filter it holds in another form
 * is one the page derived (the date range's years), not the reader's choice, so the page's own choice is kept.
 */
export function searchStateFrom(
  query: string,
  pagefindFilters: Record<string, unknown>,
  held: SearchState,
): SearchState {
  const filters = noFilters();
  for (const name of SEARCH_PAGE_FILTERS) {
    const value = pagefindFilters[name];
    filters[name] = Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : typeof value === 'string'
        ? [value]
        : value === undefined
          ? []
          : held.filters[name];
  }
  return { ...held, query, filters };
}

/** What Pagefind takes for one filter: every value (all of them), or any of them. */
export type PagefindFilterValue = string[] | { any: string[] };

/**
 * The `filters` argument for Pagefind: only the filters with values chosen, and a date range as any of the years it
 * spans (of `years`, the year-filter values the index holds). Years chosen by the reader as well are intersected
 * with the range. Undated articles, whose year is `Undated`, are never in a range; the months at either end are
 * checked on each result afterwards (`inDateRange`).
 */
export function pagefindFilters(
  state: SearchState,
  years: readonly string[] = [],
): Partial<Record<SearchPageFilter, PagefindFilterValue>> {
  const filters: Partial<Record<SearchPageFilter, PagefindFilterValue>> = Object.fromEntries(
    SEARCH_PAGE_FILTERS.filter((name) => state.filters[name].length > 0).map((name) => [name, state.filters[name]]),
  );
  if (state.from || state.to) {
    const chosen = state.filters.year.length > 0 ? state.filters.year : years;
    const inRange = chosen.filter((year) => year !== UNDATED_YEAR && yearInRange(Number(year), state));
    // Pagefind treats a filter with no values as no filter at all; a range that spans no year must match nothing.
    filters.year = { any: inRange.length > 0 ? inRange : [NO_YEAR] };
  }
  return filters;
}

/** A year-filter value no article has, for a range that holds none of the index's years. */
const NO_YEAR = 'none';

function yearInRange(year: number, { from, to }: Pick<SearchState, 'from' | 'to'>): boolean {
  return (from === '' || year >= Number(from.slice(0, 4))) && (to === '' || year <= Number(to.slice(0, 4)));
}

/**
 * Whether an article of a given date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) lies in the range; an end given as a year
 * takes in that whole year, one given as a month that whole month.
 * @example inDateRange('2012-06-20', { from: '2012-06', to: '' }) // true
 * @example inDateRange('2012-05-31', { from: '2012-06', to: '' }) // false
 */
export function inDateRange(date: string, { from, to }: Pick<SearchState, 'from' | 'to'>): boolean {
  return (from === '' || date.slice(0, from.length) >= from) && (to === '' || date.slice(0, to.length) <= to);
}

/** `true` when the range ends within a year rather than at its edge, so results of that year need their month checked. */
export const rangeHasMonth = ({ from, to }: Pick<SearchState, 'from' | 'to'>): boolean =>
  from.length > 4 || to.length > 4;

/** The years whose results a month at either end of the range can leave out. */
export const monthBoundaryYears = ({ from, to }: Pick<SearchState, 'from' | 'to'>): string[] => [
  ...new Set([from, to].filter((end) => end.length > 4).map((end) => end.slice(0, 4))),
];

/** The English month names in the form the site shows dates in, derived from it rather than listed again. */
const MONTH_NAMES = Array.from(
  { length: 12 },
  (_, i) => formatDate(`2000-${String(i + 1).padStart(2, '0')}-01`).split(' ')[1],
);

/**
 * The month, `YYYY-MM`, of a date as results show it (`formatDate`'s form), or `undefined` for any other text, such
 * as "Date not stated".
 * @example shownDateMonth('20 June 2012') // '2012-06'
 */
export function shownDateMonth(text: string): string | undefined {
  const match = /^\d{1,2} (\p{L}+) (\d{4})$/u.exec(text.trim());
  const month = match ? MONTH_NAMES.indexOf(match[1] ?? '') + 1 : 0;
  return match && month > 0 ? `${match[2]}-${String(month).padStart(2, '0')}` : undefined;
}

/**
 * A range end as readers read it.
 * @example rangeEndLabel('2012-06') // 'June 2012'
 */
export function rangeEndLabel(end: string): string {
  const [year, month] = end.split('-');
  return month ? `${MONTH_NAMES[Number(month) - 1]} ${year}` : (year ?? '');
}

/** One choice the search holds besides its words, shown as a chip that removes it. */
export interface SearchChip {
  /** The address parameter it comes from. */
  param: SearchPageFilter | 'from' | 'to';
  value: string;
  /** What it narrows by, as its control is labelled: "Topic", "From". */
  label: string;
}

/**
 * Every filter value and range end a search holds, in the order the page offers its controls, each with the label
 * of its control (`labels`, by filter name).
 */
export function searchChips(state: SearchState, labels: Partial<Record<SearchPageFilter, string>>): SearchChip[] {
  const chips: SearchChip[] = SEARCH_PAGE_FILTERS.flatMap((param) =>
    state.filters[param].map((value) => ({ param, value, label: labels[param] ?? param })),
  );
  if (state.from) chips.push({ param: 'from', value: state.from, label: 'From' });
  if (state.to) chips.push({ param: 'to', value: state.to, label: 'To' });
  return chips;
}

/** The search without one of its chips. */
export function withoutChip(state: SearchState, chip: SearchChip): SearchState {
  if (chip.param === 'from' || chip.param === 'to') return { ...state, [chip.param]: '' };
  return {
    ...state,
    filters: { ...state.filters, [chip.param]: state.filters[chip.param].filter((value) => value !== chip.value) },
  };
}

/** The `sort` argument for Pagefind: none for relevance, newest date first for newest. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  return { ...SEARCH_SORTS[sort].pagefind };
}

/** `true` for the name of an order the search page offers. */
export function isSearchSort(value: unknown): value is SearchSort {
  return typeof value === 'string' && Object.hasOwn(SEARCH_SORTS, value);
}
