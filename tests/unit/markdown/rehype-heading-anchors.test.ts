import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { FOOTNOTES_HEADING_ID } from '../../../src/lib/site/contents';
import { headingAnchorOptions } from '../../../src/markdown/rehype-heading-anchors';
import { renderFixture, renderMarkdown } from './render';

describe('heading anchors', () => {
  it('gives each heading an id and a link to itself, Markdown and raw HTML headings alike', async () => {
    const { actual, expected } = await renderFixture('heading-anchors');
    expect(actual).toBe(expected);
  });

  it('names the link for screen readers after the heading, and leaves its mark empty for CSS to draw', async () => {
    const { code } = await renderMarkdown('## Victims and numbers');
    expect(code).toBe(
      '<h2 id="victims-and-numbers">Victims and numbers' +
        '<a class="heading-anchor" aria-label="Link to the section “Victims and numbers”" href="#victims-and-numbers">' +
        '<span class="heading-anchor-mark" aria-hidden="true"></span></a></h2>',
    );
  });

  it('numbers headings that repeat a text, so every anchor is unique', async () => {
    const { actual, expected } = await renderFixture('duplicate-headings');
    expect(actual).toBe(expected);
    expect([...actual.matchAll(/<h\d id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'background',
      'background-1',
      'background-2',
    ]);
  });

  it('keeps the anchor out of the heading text that the contents list shows', async () => {
    const { headings } = (await renderMarkdown('## The *first* report\n\n### Details')).metadata;
    expect(headings).toEqual([
      { depth: 2, slug: 'the-first-report', text: 'The first report' },
      { depth: 3, slug: 'details', text: 'Details' },
    ]);
  });

  it('adds no anchor to the footnotes heading, which is visually hidden', async () => {
    const { code } = await renderMarkdown('A claim.[^1]\n\n[^1]: The source.');
    expect(code).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
    expect(code).not.toContain('heading-anchor');
  });

  it('tests headings by id', () => {
    const test = headingAnchorOptions.test as (element: Element) => boolean;
    const heading = (id: string): Element => ({ type: 'element', tagName: 'h2', properties: { id }, children: [] });
    expect(test(heading('background'))).toBe(true);
    expect(test(heading(FOOTNOTES_HEADING_ID))).toBe(false);
  });
});
