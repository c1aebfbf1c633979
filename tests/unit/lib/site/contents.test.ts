import type { MarkdownHeading } from 'astro';
import { describe, expect, it } from 'vitest';
import { contentsHeadings, FOOTNOTES_HEADING_ID, MIN_CONTENTS_HEADINGS } from '../../../../src/lib/site/contents';

const heading = (depth: number, slug: string): MarkdownHeading => ({ depth, slug, text: slug });

describe('contentsHeadings', () => {
  it('needs three section headings before a contents list is worth showing', () => {
    expect(MIN_CONTENTS_HEADINGS).toBe(3);
    const two = [heading(2, 'victims-and-numbers'), heading(2, 'suppression-by-the-ccp')];
    expect(contentsHeadings(two)).toEqual([]);
    const three = [...two, heading(2, 'legislation-and-advocacy')];
    expect(contentsHeadings(three)).toEqual(three);
  });

  it('keeps levels 2 and 3 in their order and drops level 1 and levels 4 to 6', () => {
    const headings = [
      heading(1, 'title'),
      heading(2, 'a'),
      heading(3, 'a-detail'),
      heading(4, 'too-deep'),
      heading(5, 'deeper'),
      heading(6, 'deepest'),
      heading(2, 'b'),
    ];
    expect(contentsHeadings(headings).map((h) => h.slug)).toEqual(['a', 'a-detail', 'b']);
  });

  it('drops the generated footnotes heading, and does not count it towards the three', () => {
    expect(FOOTNOTES_HEADING_ID).toBe('footnote-label');
    const headings = [heading(2, 'a'), heading(2, 'b'), heading(2, FOOTNOTES_HEADING_ID)];
    expect(contentsHeadings(headings)).toEqual([]);
    expect(contentsHeadings([...headings, heading(3, 'c')]).map((h) => h.slug)).toEqual(['a', 'b', 'c']);
  });

  it('does not count dropped levels towards the three', () => {
    expect(contentsHeadings([heading(1, 'title'), heading(2, 'a'), heading(4, 'x'), heading(2, 'b')])).toEqual([]);
  });

  it('gives an empty list for an article without headings', () => {
    expect(contentsHeadings([])).toEqual([]);
  });
});
