import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PART_SIZE,
  mergeSorted,
  partCount,
  partOf,
  partPath,
  partition,
  indexId,
  searchPlan,
  sortRuns,
  valueAt,
} from '../../../../src/lib/search/index-parts';

const paths = (count: number): string[] => Array.from({ length: count }, (_, i) => `articles/article-${i}/index.html`);

describe('partCount', () => {
  it('keeps an archive under one part size in one part, and adds a part per part size past it', () => {
    expect(partCount(0, DEFAULT_PART_SIZE)).toBe(1);
    expect(partCount(5, DEFAULT_PART_SIZE)).toBe(1);
    expect(partCount(2_500, 2_500)).toBe(1);
    expect(partCount(2_501, 2_500)).toBe(2);
    expect(partCount(10_000, 2_500)).toBe(4);
  });
});

describe('partition', () => {
  it('puts every page in exactly one part, the parts of about equal size', () => {
    const pages = paths(10_000);
    const parts = partition(pages, (path) => path, 2_500);
    expect(parts).toHaveLength(4);
    expect(parts.flat().toSorted()).toEqual(pages.toSorted());
    for (const part of parts) expect(part.length).toBeGreaterThan(2_300);
  });

  it('keeps each page in its part when other pages are added or removed, while the number of parts holds', () => {
    const before = partition(paths(6_000), (path) => path, 2_500);
    const after = partition([...paths(6_000), 'articles/a-new-one/index.html'].slice(1), (path) => path, 2_500);
    const partsOf = (parts: string[][]) => new Map(parts.flatMap((part, i) => part.map((path) => [path, i] as const)));
    const [was, is] = [partsOf(before), partsOf(after)];
    for (const path of paths(6_000).slice(1)) expect(is.get(path)).toBe(was.get(path));
  });

  it('files a page by its path alone, the same way every time', () => {
    expect(partOf('articles/wang-lijun/index.html', 4)).toBe(partOf('articles/wang-lijun/index.html', 4));
    expect(partOf('articles/wang-lijun/index.html', 1)).toBe(0);
    const spread = new Set(paths(100).map((path) => partOf(path, 4)));
    expect(spread).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe('partPath', () => {
  it('keeps the first part in the bundle itself and the others in folders inside it', () => {
    expect(partPath(0)).toBe('');
    expect(partPath(3)).toBe('part-3/');
  });
});

describe('searchPlan', () => {
  it('opens the first part holding the page language, and merges every other part and language', () => {
    const plan = searchPlan(
      {
        parts: [
          { path: '', languages: ['zh-cn'] },
          { path: 'part-1/', languages: ['en', 'zh-cn'] },
          { path: 'part-2/', languages: ['en'] },
        ],
      },
      'en',
    );
    expect(plan.primary).toEqual({ path: 'part-1/', language: 'en', part: 1 });
    expect(plan.merged).toEqual([
      { path: '', language: 'zh-cn', part: 0 },
      { path: 'part-1/', language: 'zh-cn', part: 1 },
      { path: 'part-2/', language: 'en', part: 2 },
    ]);
  });

  it('keeps the one index of a small archive as it was', () => {
    expect(searchPlan({ parts: [{ path: '', languages: ['en'] }] }, 'en')).toEqual({
      primary: { path: '', language: 'en', part: 0 },
      merged: [],
    });
  });
});

describe('indexId', () => {
  it('names an index by its part and its language', () => {
    expect(indexId({ part: 2, language: 'zh-cn' })).toBe('2:zh-cn');
  });
});

describe('sort values', () => {
  it('records a part’s dates in ascending order as runs, and finds the date at each place', () => {
    const runs = sortRuns(['2019-03-14', '0000-00-00', '2019-03-14', '2012', '2019-03']);
    expect(runs).toEqual([
      ['0000-00-00', 1],
      ['2012', 1],
      ['2019-03', 1],
      ['2019-03-14', 2],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((place) => valueAt(runs, place))).toEqual([
      '0000-00-00',
      '2012',
      '2019-03',
      '2019-03-14',
      '2019-03-14',
      undefined,
    ]);
  });

  it('orders results from several indexes by the date at each one’s place, newest or oldest first', () => {
    const values = { '0:en': sortRuns(['2010', '2015', '2020']), '1:en': sortRuns(['2011', '2012', '2021']) };
    // Pagefind scores a descending sort's results by place, highest first, and an ascending one's by minus the place.
    const newest = [
      { index: '0:en', score: 2, id: 'a2020' },
      { index: '0:en', score: 1, id: 'a2015' },
      { index: '0:en', score: 0, id: 'a2010' },
      { index: '1:en', score: 2, id: 'b2021' },
      { index: '1:en', score: 1, id: 'b2012' },
      { index: '1:en', score: 0, id: 'b2011' },
    ];
    expect(mergeSorted(newest, values, 'desc').map(({ id }) => id)).toEqual([
      'b2021',
      'a2020',
      'a2015',
      'b2012',
      'b2011',
      'a2010',
    ]);
    const oldest = newest.map((result) => ({ ...result, score: -result.score })).reverse();
    expect(mergeSorted(oldest, values, 'asc').map(({ id }) => id)).toEqual([
      'a2010',
      'b2011',
      'b2012',
      'a2015',
      'a2020',
      'b2021',
    ]);
  });
});
