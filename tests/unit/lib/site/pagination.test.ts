import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../../src/lib/site/pagination';

describe('pageLinks', () => {
  it('shows every page of a short listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 5)).toEqual([1, 2, 'gap', 5]);
  });

  it('keeps the first, the last and the pages next to the current one, with gaps between', () => {
    expect(pageLinks(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12]);
    expect(pageLinks(1, 400)).toEqual([1, 2, 'gap', 400]);
    expect(pageLinks(400, 400)).toEqual([1, 'gap', 399, 400]);
  });

  it('shows a single left-out page instead of a gap standing for it', () => {
    expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageLinks(3, 8)).toEqual([1, 2, 3, 4, 'gap', 8]);
  });

  it('widens the window when asked', () => {
    expect(pageLinks(10, 20, 2)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
  });

  it('always offers the current, first and last page, each once and in order', () => {
    for (let last = 1; last <= 30; last++) {
      for (let current = 1; current <= last; current++) {
        const pages = pageLinks(current, last).filter((link): link is number => link !== 'gap');
        expect(pages).toContain(current);
        expect(pages[0]).toBe(1);
        expect(pages.at(-1)).toBe(last);
        expect(pages).toEqual([...new Set(pages)].toSorted((a, b) => a - b));
      }
    }
  });
});
