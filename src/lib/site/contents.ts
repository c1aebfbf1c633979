import type { MarkdownHeading } from 'astro';

/** A contents list is worth showing from this many section headings up. */
export const MIN_CONTENTS_HEADINGS = 3;

/** The id remark-rehype gives the generated "Footnotes" heading; it is not a section of the article. */
export const FOOTNOTES_HEADING_ID = 'footnote-label';

/**
 * The headings a table of contents lists: levels 2 and 3, without the footnotes
 * heading; empty when there are too few for a contents list to help.
 */
export function contentsHeadings(headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  const sections = headings.filter((h) => (h.depth === 2 || h.depth === 3) && h.slug !== FOOTNOTES_HEADING_ID);
  return sections.length >= MIN_CONTENTS_HEADINGS ? sections : [];
}
