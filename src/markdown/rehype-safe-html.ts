import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { NOT_PRESERVED_SCHEME } from './not-preserved';

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
  // The "media not preserved" marker's scheme passes, so `rehypeNotPreserved` can make it a placeholder.
  protocols: {
    ...defaultSchema.protocols,
    src: [...(defaultSchema.protocols?.src ?? []), NOT_PRESERVED_SCHEME.slice(0, -1)],
  },
};

/** Whether the Markdown held any raw HTML (comments included), which reaches the tree as `raw` nodes. */
function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * Parses raw HTML written inside Markdown and passes the result through
 * `sanitizeSchema`, so an article copied from another site cannot run code on
 * this one. MDX files are code reviewed like code: their JSX is left alone.
 * Parsing is most of this plugin's cost, so an article without raw HTML (most
 * articles) is not parsed, only sanitised.
 */
export function rehypeSafeHtml() {
  return (tree: Root, file: VFile): Root => {
    if (file.path?.endsWith('.mdx')) return tree;
    const parsed = hasRawHtml(tree) ? (raw(tree, { file }) as Root) : tree;
    // GitHub's schema turns every <input> into a disabled checkbox, which suits GFM's task lists but makes a
    // copied form's text box a stray checkbox with no label; only checkboxes are kept.
    visit(parsed, 'element', (node, index, parent) => {
      if (node.tagName !== 'input' || String(node.properties.type).toLowerCase() === 'checkbox') return;
      if (index === undefined || !parent) return;
      parent.children.splice(index, 1);
      return index;
    });
    const clean = sanitize(parsed, sanitizeSchema) as Root;
    // An image whose only source was a data: URL is left without one: a broken image. Its description stays.
    visit(clean, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || node.properties.src !== undefined || index === undefined || !parent) return;
      const alt = String(node.properties.alt ?? '').trim();
      parent.children.splice(index, 1, ...(alt ? [{ type: 'text' as const, value: `Image: ${alt}` }] : []));
      return index;
    });
    return clean;
  };
}
