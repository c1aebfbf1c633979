import { describe, expect, it } from 'vitest';
import { groupByYear, publishedNewestFirst, withNeighbours, type Listable } from '../../../../src/lib/site/listing';

/** A listable article; only what listings look at. */
const entry = (id: string, published?: string, extra: { title?: string; draft?: boolean } = {}): Listable => ({
  id,
  data: { title: extra.title ?? id, published, draft: extra.draft ?? false },
});

const ids = (articles: readonly Listable[]): string[] => articles.map((a) => a.id);

describe('publishedNewestFirst', () => {
  it('leaves drafts out', () => {
    const articles = [entry('kept', '2012-06-20'), entry('draft', '2024-07-02', { draft: true })];
    expect(ids(publishedNewestFirst(articles))).toEqual(['kept']);
  });

  it('puts the newest first, comparing whole dates', () => {
    const articles = [
      entry('june-2012', '2012-06-20'),
      entry('july-2024', '2024-07-02'),
      entry('january-2024', '2024-01-15'),
      entry('december-2012', '2012-12-01'),
    ];
    expect(ids(publishedNewestFirst(articles))).toEqual(['july-2024', 'january-2024', 'december-2012', 'june-2012']);
  });

  it('puts undated articles after every dated one, by title', () => {
    const articles = [
      entry('undated-b', undefined, { title: 'Skeptical About Organ Harvesting' }),
      entry('dated-old', '2012-06-20'),
      entry('undated-a', undefined, { title: 'CCP officials worry' }),
      entry('dated-new', '2024-07-02'),
    ];
    expect(ids(publishedNewestFirst(articles))).toEqual(['dated-new', 'dated-old', 'undated-a', 'undated-b']);
  });

  it('orders articles of the same day by title, then by id, whatever order they came in', () => {
    const sameDay = [
      entry('c', '2021-02-24', { title: 'Beta' }),
      entry('b', '2021-02-24', { title: 'Alpha' }),
      entry('a', '2021-02-24', { title: 'Beta' }),
    ];
    const expected = ['b', 'a', 'c'];
    expect(ids(publishedNewestFirst(sameDay))).toEqual(expected);
    expect(ids(publishedNewestFirst(sameDay.toReversed()))).toEqual(expected);
  });

  it('does not change the list it is given', () => {
    const articles = [entry('old', '2012-06-20'), entry('new', '2024-07-02')];
    publishedNewestFirst(articles);
    expect(ids(articles)).toEqual(['old', 'new']);
  });

  it('returns an empty list when everything is a draft', () => {
    expect(publishedNewestFirst([entry('draft', '2024-07-02', { draft: true })])).toEqual([]);
  });
});

describe('groupByYear', () => {
  it('groups by year, newest year first, keeping the order within a year', () => {
    const articles = [
      entry('2012-a', '2012-06-20'),
      entry('2024-a', '2024-07-02'),
      entry('2012-b', '2012-01-01'),
      entry('2021-a', '2021-02-24'),
    ];
    expect(groupByYear(articles).map((group) => ({ year: group.year, ids: ids(group.articles) }))).toEqual([
      { year: 2024, ids: ['2024-a'] },
      { year: 2021, ids: ['2021-a'] },
      { year: 2012, ids: ['2012-a', '2012-b'] },
    ]);
  });

  it('puts the undated articles in a last group whose year is undefined', () => {
    const articles = [
      entry('undated-a'),
      entry('2012-a', '2012-06-20'),
      entry('undated-b'),
      entry('2024-a', '2024-07-02'),
    ];
    expect(groupByYear(articles).map((group) => ({ year: group.year, ids: ids(group.articles) }))).toEqual([
      { year: 2024, ids: ['2024-a'] },
      { year: 2012, ids: ['2012-a'] },
      { year: undefined, ids: ['undated-a', 'undated-b'] },
    ]);
  });

  it('gives only the undated group when no article has a date, and nothing for no articles', () => {
    expect(groupByYear([entry('a'), entry('b')]).map((group) => group.year)).toEqual([undefined]);
    expect(groupByYear([])).toEqual([]);
  });
});

describe('withNeighbours', () => {
  const list = [entry('newest', '2024-07-02'), entry('middle', '2021-02-24'), entry('oldest', '2012-06-20')];
  const around = (id: string) => withNeighbours(list).find(({ article }) => article.id === id);

  it('gives the newer and the older article around one in the middle', () => {
    expect(around('middle')?.newer?.id).toBe('newest');
    expect(around('middle')?.older?.id).toBe('oldest');
  });

  it('has no newer article for the newest one', () => {
    expect(around('newest')?.newer).toBeUndefined();
    expect(around('newest')?.older?.id).toBe('middle');
  });

  it('has no older article for the oldest one', () => {
    expect(around('oldest')?.newer?.id).toBe('middle');
    expect(around('oldest')?.older).toBeUndefined();
  });

  it('keeps the order and every article, and has neither neighbour for the only one', () => {
    expect(withNeighbours(list).map(({ article }) => article.id)).toEqual(['newest', 'middle', 'oldest']);
    expect(withNeighbours([entry('only', '2024-07-02')])).toEqual([
      { article: entry('only', '2024-07-02'), newer: undefined, older: undefined },
    ]);
    expect(withNeighbours([])).toEqual([]);
  });

  it("gives an undated article no neighbours, and makes it no dated article's neighbour", () => {
    // Undated articles follow the dated ones, by title: an order for the listing, not one to read in.
    const mixed = [
      ...list,
      entry('undated-a', undefined, { title: 'A' }),
      entry('undated-b', undefined, { title: 'B' }),
    ];
    const of = (id: string) => withNeighbours(mixed).find(({ article }) => article.id === id);
    expect(of('oldest')?.newer?.id).toBe('middle');
    expect(of('oldest')?.older).toBeUndefined();
    for (const id of ['undated-a', 'undated-b']) {
      expect(of(id)?.newer, id).toBeUndefined();
      expect(of(id)?.older, id).toBeUndefined();
    }
  });
});
