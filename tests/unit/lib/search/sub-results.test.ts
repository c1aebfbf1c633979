import { describe, expect, it } from 'vitest';
import { distinctSubResults, MAX_SUB_RESULTS } from '../../../../src/lib/search/sub-results';

const page = {
  url: '/articles/a/',
  excerpt: 'Wang Lijun gave U.S. officials files about <mark>organ</mark> harvesting from executed prisoners.',
};
const sub = (id: string, excerpt: string, matches = 1) => ({
  url: `/articles/a/#${id}`,
  excerpt,
  locations: Array.from({ length: matches }, (_, i) => i),
});

describe('distinctSubResults', () => {
  it('leaves out the page itself, and lists the passage the excerpt repeats first, by its link alone', () => {
    const repeat = sub('p-1', 'Lijun gave U.S. officials files about <mark>organ</mark> harvesting from executed', 3);
    const other = sub('p-2', 'In July 2006 a report on <mark>organ</mark> transplants in Chinese hospitals');
    expect(distinctSubResults(page, [{ ...page, locations: [1] }, other, repeat])).toEqual([
      { ...repeat, excerpt: '' },
      other,
    ]);
  });

  it('lists the passages the excerpt repeats before those that add to it, within the most it lists', () => {
    const repeats = [
      sub('p-1', 'Wang Lijun gave U.S. officials files about <mark>organ</mark> harvesting', 1),
      sub('p-2', 'officials files about <mark>organ</mark> harvesting from executed prisoners', 2),
    ];
    const other = sub('p-3', 'a report on <mark>organ</mark> transplants', 5);
    expect(distinctSubResults(page, [...repeats, other]).map((s) => [s.url, s.excerpt])).toEqual([
      ['/articles/a/#p-2', ''],
      ['/articles/a/#p-1', ''],
    ]);
    expect(
      distinctSubResults(
        page,
        [repeats[0], other].filter((s) => s !== undefined),
      ).map((s) => s.url),
    ).toEqual(['/articles/a/#p-1', '/articles/a/#p-3']);
  });

  it(`keeps at most ${MAX_SUB_RESULTS}, those with most matches first`, () => {
    const passages = [
      sub('p-1', 'A first passage about <mark>organ</mark> registries', 1),
      sub('p-2', 'A second passage on <mark>organ</mark> waiting times, <mark>organ</mark> supply', 2),
      sub(
        'p-3',
        'A third passage: <mark>organ</mark> tourism, <mark>organ</mark> brokers and <mark>organ</mark> fees',
        3,
      ),
    ];
    expect(distinctSubResults(page, passages).map((s) => s.url)).toEqual(['/articles/a/#p-3', '/articles/a/#p-2']);
  });

  it('treats an empty excerpt as adding nothing to the page’s', () => {
    expect(distinctSubResults(page, [sub('p-1', '')])).toEqual([{ ...sub('p-1', ''), excerpt: '' }]);
  });

  it('compares words in any script, not only Latin letters', () => {
    const chinese = { url: '/articles/zh/', excerpt: '医院<mark>等待时间</mark>调查' };
    expect(distinctSubResults(chinese, [{ url: '/articles/zh/#p', excerpt: '医院<mark>等待时间</mark>调查' }])).toEqual(
      [{ url: '/articles/zh/#p', excerpt: '' }],
    );
  });
});
