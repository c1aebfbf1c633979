import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import { FOOTNOTES_HEADING_ID } from '../lib/site/contents';
import { HEADING_ANCHOR_CLASS } from './site-marks';

/**
 * Options for rehype-autolink-headings: a visible "#" link after each heading's
 * text, named for screen readers by the heading it links to. The "#" is drawn by
 * CSS so it never enters the heading text that Astro records for the contents list.
 */
export const headingAnchorOptions: Options = {
  behavior: 'append',
  test: (element: Element) => element.properties.id !== FOOTNOTES_HEADING_ID,
  properties: (heading: Readonly<Element>) => ({
    className: [HEADING_ANCHOR_CLASS],
    ariaLabel: `Link to the section “${toString(heading as Element).trim()}”`,
  }),
  content: {
    type: 'element',
    tagName: 'span',
    properties: { className: [`${HEADING_ANCHOR_CLASS}-mark`], ariaHidden: 'true' },
    children: [],
  },
};

export { rehypeAutolinkHeadings };
