import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { VFile } from 'vfile';

/**
 * GitHub's allowlist, kept as GFM renders it: footnote and task-list markup
 * passes; scripts, frames, forms, styles, event handlers and `javascript:` or
 * `data:` URLs do not. Ids keep their text: headings get theirs after this runs,
 * and footnote ids already carry `user-content-`.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  // Dropping these tags is not enough: their CSS or code would remain as visible text.
  strip: ['script', 'style'],
};

/**
 * Parses raw HTML written inside Markdown and passes the result through
 * `sanitizeSchema`, so an article copied from another site cannot run code on
 * this one. MDX files are code reviewed like code: their JSX is left alone.
 */
export function rehypeSafeHtml() {
  return (tree: Root, file: VFile): Root => {
    if (file.path?.endsWith('.mdx')) return tree;
    return sanitize(raw(tree, { file }), sanitizeSchema) as Root;
  };
}
