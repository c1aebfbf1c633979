import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATE_SORT_KEY,
  SEARCH_FILTERS,
  SEARCH_META,
  SEARCH_SORTS,
  searchFilterMenus,
  UNDATED_SORT_VALUE,
  UNDATED_YEAR,
} from '../../../../src/lib/search/index-contract';
import { searchIndexFields, type IndexField } from '../../../../src/lib/search/index-fields';
import { LISTING_KIND_NAMES, listingKind } from '../../../../src/lib/site/listing-kinds';

const RESULT_TEMPLATE = join(import.meta.dirname, '../../../../src/components/search-result.pagefind.html');

const dated = searchIndexFields(
  { published: '2012-06-20', lang: 'zh-Hans', authors: ['Matthew Robertson', 'Li Yun'] },
  { topics: ['Falun Gong', 'Human Rights'], publication: 'The Epoch Times', entities: ['Wang Lijun'] },
);
const undated = searchIndexFields({ published: undefined, lang: 'en' }, { topics: [], entities: [] });

const namesOf = (fields: readonly IndexField[], role: 'filter' | 'meta' | 'sort'): Set<string> =>
  new Set(fields.flatMap((field) => field[role] ?? []));

describe('the search index contract', () => {
  it('filters by each kind of listing with a search menu, in the list’s order, and offers a menu for each', () => {
    expect(SEARCH_FILTERS).toEqual(LISTING_KIND_NAMES.filter((kind) => listingKind(kind).search));
    expect(searchFilterMenus().map((menu) => menu.filter)).toEqual(SEARCH_FILTERS);
    expect(searchFilterMenus().every((menu) => menu.label.trim() !== '')).toBe(true);
  });

  it('has every filter the search page offers written by an article page, and no other', () => {
    expect(namesOf(dated, 'filter')).toEqual(new Set(searchFilterMenus().map((menu) => menu.filter)));
    // An article with no topic, publication or entity still has a year to be found by.
    expect(namesOf(undated, 'filter')).toEqual(new Set(['year']));
  });

  it('has every sort key an order uses written by every article page, undated ones included', () => {
    const used = new Set(Object.values(SEARCH_SORTS).flatMap(({ pagefind }) => Object.keys(pagefind)));
    expect(used).toEqual(new Set([DATE_SORT_KEY]));
    expect(namesOf(dated, 'sort')).toEqual(used);
    expect(namesOf(undated, 'sort')).toEqual(used);
  });

  it('has the result template show every detail an article page records, and read no other', () => {
    const read = new Set([...readFileSync(RESULT_TEMPLATE, 'utf8').matchAll(/\bmeta\.(\w+)/g)].map((m) => m[1]));
    // Pagefind records the title itself, and the template falls back to the page's own address for `url`.
    read.delete('title');
    read.delete('url');
    expect(read).toEqual(new Set(SEARCH_META));
    expect(namesOf(dated, 'meta')).toEqual(new Set(SEARCH_META));
  });
});

describe('searchIndexFields', () => {
  it('records a dated article’s byline, facets, date and language in the order the page writes them', () => {
    expect(dated).toEqual([
      { meta: 'authors', value: 'Matthew Robertson, Li Yun' },
      { filter: 'publication', meta: 'publication', value: 'The Epoch Times' },
      { filter: 'topic', value: 'Falun Gong' },
      { filter: 'topic', value: 'Human Rights' },
      { filter: 'entity', value: 'Wang Lijun' },
      { filter: 'year', value: '2012' },
      { meta: 'date', value: '20 June 2012' },
      { sort: 'date', value: '2012-06-20' },
      { meta: 'language', value: 'Simplified Chinese' },
    ]);
  });

  it('gives an undated article a year to filter by, a date to show and a value that sorts last', () => {
    expect(undated).toEqual([
      { filter: 'year', value: UNDATED_YEAR },
      { meta: 'date', value: 'Date not stated' },
      { sort: 'date', value: UNDATED_SORT_VALUE },
      { meta: 'language', value: 'English' },
    ]);
  });
});
