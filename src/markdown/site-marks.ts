import type { Element } from 'hast';

/** The class of the "#" link the pipeline appends to each heading (`rehype-heading-anchors.ts`). */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';
/** The class of the "¶" link the pipeline appends to each passage (`rehype-passage-links.ts`). */
export const PASSAGE_ANCHOR_CLASS = 'passage-anchor';

const hasClass = (element: Element, name: string): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);

/**
 * The "link to this section" and "link to this passage" anchors the site adds to an article's body. Without the
 * site's CSS they read as stray "#" and "¶", so a feed reader is given the body without them.
 */
export const isAnchorMark = (element: Element): boolean =>
  hasClass(element, HEADING_ANCHOR_CLASS) || hasClass(element, PASSAGE_ANCHOR_CLASS);

/**
 * Every mark the site adds to an article's body that is not its text: the anchors, and GFM's footnote back links
 * ("↩"). The one list of them, for whatever turns a rendered article back into its words.
 */
export const isSiteMark = (element: Element): boolean =>
  isAnchorMark(element) || element.properties.dataFootnoteBackref !== undefined;
