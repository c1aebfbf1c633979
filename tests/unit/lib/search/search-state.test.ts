import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  sameSearch,
  searchStateFrom,
  searchStateToQueryString,
  type SearchState,
} from '../../../../src/lib/search/search-state';

const noFilters = { topic: [], publication: [], year: [], entity: [] };
const state = (overrides: Partial<SearchState> = {}): SearchState => ({
  query: '',
  filters: noFilters,
  sort: 'relevance',
  ...overrides,
});

describe('parseSearchState', () => {
  it('reads the query, every filter and the sort', () => {
    expect(
      parseSearchState(
        '?q=organ+harvesting&topic=Falun+Gong&topic=United+States&publication=The+Epoch+Times&year=2012' +
          '&entity=David+Kilgour&sort=newest',
      ),
    ).toEqual({
      query: 'organ harvesting',
      filters: {
        topic: ['Falun Gong', 'United States'],
        publication: ['The Epoch Times'],
        year: ['2012'],
        entity: ['David Kilgour'],
      },
      sort: 'newest',
    });
  });

  it('gives an empty search for an address without parameters', () => {
    expect(parseSearchState('')).toEqual(state());
  });

  it('keeps a query exactly as typed, quotes and spaces included', () => {
    expect(parseSearchState('?q=%22Wang+Lijun%22++files').query).toBe('"Wang Lijun"  files');
  });

  it('ignores unknown parameters, unknown sorts, empty and repeated filter values', () => {
    expect(parseSearchState('?q=a&colour=red&sort=oldest&topic=&topic=X&topic=X')).toEqual(
      state({ query: 'a', filters: { ...noFilters, topic: ['X'] } }),
    );
  });

  it('cuts a query longer than any search needs', () => {
    expect(parseSearchState(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 100)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('accepts URLSearchParams as well as text', () => {
    expect(parseSearchState(new URLSearchParams({ q: 'x' })).query).toBe('x');
  });
});

describe('searchStateToQueryString', () => {
  it('leaves defaults out, so an empty search is the bare page', () => {
    expect(searchStateToQueryString(state())).toBe('');
    expect(searchStateToQueryString(state({ query: '   ' }))).toBe('');
  });

  it('writes filters in a fixed order with sorted values, so one search has one address', () => {
    const a = state({
      query: 'organ',
      filters: { topic: ['B', 'A'], publication: [], year: ['2012'], entity: ['David Matas', 'David Kilgour'] },
      sort: 'newest',
    });
    expect(searchStateToQueryString(a)).toBe(
      '?q=organ&topic=A&topic=B&year=2012&entity=David+Kilgour&entity=David+Matas&sort=newest',
    );
  });

  it('round-trips through parseSearchState', () => {
    const a = state({
      query: '“器官” & <b>',
      filters: { topic: ['Human Rights'], publication: ['A, B'], year: [], entity: [] },
    });
    expect(parseSearchState(searchStateToQueryString(a))).toEqual(a);
  });
});

describe('sameSearch', () => {
  it('treats filter values in any order as the same search', () => {
    expect(
      sameSearch(
        state({ filters: { ...noFilters, topic: ['A', 'B'] } }),
        state({ filters: { ...noFilters, topic: ['B', 'A'] } }),
      ),
    ).toBe(true);
  });

  it('tells searches apart by query, filter or sort', () => {
    expect(sameSearch(state({ query: 'a' }), state({ query: 'b' }))).toBe(false);
    expect(sameSearch(state(), state({ filters: { ...noFilters, year: ['2012'] } }))).toBe(false);
    expect(sameSearch(state(), state({ sort: 'newest' }))).toBe(false);
  });
});

describe('searchStateFrom', () => {
  it("keeps the archive's filters from what Pagefind reports and drops the rest", () => {
    const reported = { topic: ['A'], year: '2012', colour: ['red'], publication: [3], entity: ['China Tribunal'] };
    expect(searchStateFrom('q', reported, 'newest')).toEqual(
      state({
        query: 'q',
        filters: { topic: ['A'], publication: [], year: ['2012'], entity: ['China Tribunal'] },
        sort: 'newest',
      }),
    );
  });
});

describe('pagefind arguments', () => {
  it('passes only the filters that have values', () => {
    expect(pagefindFilters(state({ filters: { ...noFilters, year: ['2012'] } }))).toEqual({ year: ['2012'] });
    expect(pagefindFilters(state())).toEqual({});
  });

  it('sorts by nothing for relevance and by date, newest first, otherwise', () => {
    expect(pagefindSort('relevance')).toEqual({});
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
  });
});
