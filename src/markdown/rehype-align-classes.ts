import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The alignments a class stands in for; prose styles in `global.css` give each its `text-align`. */
const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify']);

/**
 * Replaces the obsolete `align` attribute, which GFM writes on aligned table cells and copied HTML carries on
 * paragraphs and cells, with an `align-*` class. The attribute is not valid HTML, and a `style` attribute instead
 * would need `'unsafe-inline'` in the content security policy.
 * @example '<td align="right">140</td>' // → '<td class="align-right">140</td>'
 */
export function rehypeAlignClasses() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.properties.align === undefined) return;
      const align = String(node.properties.align).trim().toLowerCase();
      delete node.properties.align;
      if (!ALIGNMENTS.has(align)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    });
  };
}
