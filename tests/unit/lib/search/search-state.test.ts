import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  emptySearch,
  inDateRange,
  isEmptySearch,
  isNarrowed,
  monthBoundaryYears,
  noFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  rangeEndLabel,
  rangeHasMonth,
  sameSearch,
  searchChips,
  searchStateFrom,
  searchStateToQueryString,
  shownDateMonth,
  shownSort,
  withoutChip,
  type SearchState,
} from '../../../../src/lib/search/search-state';
import { formatDate } from '../../../../src/lib/site/dates';

const state = (overrides: Partial<SearchState> = {}): SearchState => ({ ...emptySearch(), ...overrides });
const filters = (chosen: Partial<SearchState['filters']>): SearchState['filters'] => ({ ...noFilters(), ...chosen });

describe('parseSearchState', () => {
  it('reads the query, every filter, the date range and the sort', () => {
    expect(
      parseSearchState(
        '?q=organ+harvesting&topic=Falun+Gong&topic=United+States&publication=The+Epoch+Times&year=2012' +
          '&entity=David+Kilgour&language=English&from=2006-07&to=2012&sort=newest',
      ),
    ).toEqual({
      query: 'organ harvesting',
      filters: {
        topic: ['Falun Gong', 'United States'],
        publication: ['The Epoch Times'],
        year: ['2012'],
        entity: ['David Kilgour'],
        language: ['English'],
      },
      from: '2006-07',
      to: '2012',
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
      state({ query: 'a', filters: filters({ topic: ['X'] }) }),
    );
  });

  it('drops a range end that is not a year or a year and month', () => {
    for (const end of ['2012-13', '2012-6', '12', 'June 2012', '2012-06-20', '0999'])
      expect(parseSearchState(`?from=${end}&to=${end}`), end).toEqual(state());
  });

  it('swaps range ends given the wrong way round, comparing at the coarser end', () => {
    expect(parseSearchState('?from=2020&to=2010-05')).toMatchObject({ from: '2010-05', to: '2020' });
    expect(parseSearchState('?from=2012-06&to=2012')).toMatchObject({ from: '2012-06', to: '2012' });
    expect(parseSearchState('?from=2012-07&to=2012-06')).toMatchObject({ from: '2012-06', to: '2012-07' });
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

  it('writes filters in a fixed order with sorted values, then the range, so one search has one address', () => {
    const a = state({
      query: 'organ',
      filters: filters({ topic: ['B', 'A'], year: ['2012'], entity: ['David Matas', 'David Kilgour'] }),
      from: '2006',
      to: '2012-06',
      sort: 'newest',
    });
    expect(searchStateToQueryString(a)).toBe(
      '?q=organ&topic=A&topic=B&year=2012&entity=David+Kilgour&entity=David+Matas&from=2006&to=2012-06&sort=newest',
    );
  });

  it('round-trips through parseSearchState', () => {
    const a = state({
      query: '“器官” & <b>',
      filters: filters({ topic: ['Human Rights'], publication: ['A, B'], language: ['Chinese (China)'] }),
      from: '2019-11',
    });
    expect(parseSearchState(searchStateToQueryString(a))).toEqual(a);
  });
});

describe('sameSearch', () => {
  it('treats filter values in any order as the same search', () => {
    expect(
      sameSearch(
        state({ filters: filters({ topic: ['A', 'B'] }) }),
        state({ filters: filters({ topic: ['B', 'A'] }) }),
      ),
    ).toBe(true);
  });

  it('tells searches apart by query, filter, range or sort', () => {
    expect(sameSearch(state({ query: 'a' }), state({ query: 'b' }))).toBe(false);
    expect(sameSearch(state(), state({ filters: filters({ year: ['2012'] }) }))).toBe(false);
    expect(sameSearch(state(), state({ to: '2012' }))).toBe(false);
    expect(sameSearch(state(), state({ sort: 'newest' }))).toBe(false);
  });
});

describe('kinds of search', () => {
  it('tells a bare search from one narrowed by a filter or a range, with or without words', () => {
    expect(isEmptySearch(state())).toBe(true);
    expect(isEmptySearch(state({ query: ' ' }))).toBe(true);
    expect(isEmptySearch(state({ query: 'organ' }))).toBe(false);
    expect(isNarrowed(state({ query: 'organ' }))).toBe(false);
    expect(isNarrowed(state({ filters: filters({ publication: ['The Epoch Times'] }) }))).toBe(true);
    expect(isNarrowed(state({ from: '2012' }))).toBe(true);
  });

  it('lists filters alone newest first, whatever the address asks, since there are no words to rank by', () => {
    expect(shownSort(state({ filters: filters({ topic: ['A'] }) }))).toBe('newest');
    expect(shownSort(state({ query: 'organ' }))).toBe('relevance');
    expect(shownSort(state({ query: 'organ', sort: 'newest' }))).toBe('newest');
  });
});

describe('searchStateFrom', () => {
  it("keeps the archive's filters from what Pagefind reports and drops the rest", () => {
    const reported = { topic: ['A'], year: '2012', colour: ['red'], publication: [3], entity: ['China Tribunal'] };
    expect(searchStateFrom('q', reported, state({ sort: 'newest', from: '2010' }))).toEqual(
      state({
        query: 'q',
        filters: filters({ topic: ['A'], year: ['2012'], entity: ['China Tribunal'] }),
        from: '2010',
        sort: 'newest',
      }),
    );
  });

  it('keeps the reader’s own years where Pagefind holds the years the range derived', () => {
    const held = state({ filters: filters({ year: ['2012'] }), from: '2010' });
    expect(searchStateFrom('q', { year: { any: ['2012'] } }, held).filters.year).toEqual(['2012']);
  });
});

describe('pagefindFilters', () => {
  const years = ['2024', '2019', '2012', '2006', 'Undated'];

  it('passes only the filters that have values', () => {
    expect(pagefindFilters(state({ filters: filters({ year: ['2012'] }) }))).toEqual({ year: ['2012'] });
    expect(pagefindFilters(state(), years)).toEqual({});
  });

  it('turns a range into any of the years it spans, never the undated', () => {
    expect(pagefindFilters(state({ from: '2012' }), years)).toEqual({ year: { any: ['2024', '2019', '2012'] } });
    expect(pagefindFilters(state({ to: '2012-06' }), years)).toEqual({ year: { any: ['2012', '2006'] } });
    expect(pagefindFilters(state({ from: '2007', to: '2011' }), years)).toEqual({ year: { any: ['none'] } });
  });

  it('intersects a range with the years the reader chose', () => {
    const chosen = state({ filters: filters({ year: ['2006', '2019'], topic: ['A'] }), from: '2010' });
    expect(pagefindFilters(chosen, years)).toEqual({ topic: ['A'], year: { any: ['2019'] } });
  });
});

describe('date range', () => {
  it('takes in the whole year or month at either end', () => {
    const range = { from: '2012-06', to: '2019' };
    expect(inDateRange('2012-06-01', range)).toBe(true);
    expect(inDateRange('2012-05-31', range)).toBe(false);
    expect(inDateRange('2019-12-31', range)).toBe(true);
    expect(inDateRange('2020-01-01', range)).toBe(false);
    expect(inDateRange('2012-06', { from: '', to: '2012-06' })).toBe(true);
  });

  it('names the years whose results need their month checked', () => {
    expect(rangeHasMonth({ from: '2012', to: '2019' })).toBe(false);
    expect(monthBoundaryYears({ from: '2012-06', to: '2019' })).toEqual(['2012']);
    expect(monthBoundaryYears({ from: '2012-06', to: '2012-09' })).toEqual(['2012']);
  });

  it('reads back the month of every date the site shows, and nothing from other text', () => {
    for (let month = 1; month <= 12; month++) {
      const date = `2012-${String(month).padStart(2, '0')}-20`;
      expect(shownDateMonth(formatDate(date)), date).toBe(date.slice(0, 7));
    }
    expect(shownDateMonth('Date not stated')).toBeUndefined();
    expect(shownDateMonth('20 Juin 2012')).toBeUndefined();
  });

  it('labels range ends as readers read dates', () => {
    expect(rangeEndLabel('2012-06')).toBe('June 2012');
    expect(rangeEndLabel('2012')).toBe('2012');
  });
});

describe('chips', () => {
  const labels = { topic: 'Topic', publication: 'Publication', language: 'Language' };

  it('lists every chosen value and range end, in the order of the controls', () => {
    const chosen = state({
      query: 'organ',
      filters: filters({ publication: ['The Epoch Times'], topic: ['A', 'B'] }),
      from: '2012-06',
    });
    expect(searchChips(chosen, labels)).toEqual([
      { param: 'topic', value: 'A', label: 'Topic' },
      { param: 'topic', value: 'B', label: 'Topic' },
      { param: 'publication', value: 'The Epoch Times', label: 'Publication' },
      { param: 'from', value: '2012-06', label: 'From' },
    ]);
  });

  it('removes exactly one chip, keeping the words and the rest', () => {
    const chosen = state({ query: 'organ', filters: filters({ topic: ['A', 'B'] }), from: '2012', to: '2019' });
    expect(withoutChip(chosen, { param: 'topic', value: 'A', label: 'Topic' })).toEqual(
      state({ query: 'organ', filters: filters({ topic: ['B'] }), from: '2012', to: '2019' }),
    );
    expect(withoutChip(chosen, { param: 'to', value: '2019', label: 'To' })).toEqual({ ...chosen, to: '' });
  });
});

describe('pagefindSort', () => {
  it('sorts by nothing for relevance and by date, newest first, otherwise', () => {
    expect(pagefindSort('relevance')).toEqual({});
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
  });
});
