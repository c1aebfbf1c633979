import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements that end the run of text a task's checkbox is labelled by: a nested list or any other block. */
const BLOCKS = new Set([
  'address',
  'blockquote',
  'details',
  'div',
  'dl',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

/**
 * Gives each GFM task-list checkbox its task as a label, so screen readers announce "Open task, checkbox, not
 * checked" rather than an unnamed checkbox (WCAG 4.1.2). The checkbox and the text after it, up to any nested
 * list or block, are wrapped in a `<label>`.
 * @example '<li class="task-list-item"><input type="checkbox" disabled> Open task</li>'
 *   // → '<li class="task-list-item"><label><input type="checkbox" disabled> Open task</label></li>'
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      // GFM puts the checkbox first in its list item, or first in the item's paragraph in a loose list.
      if (node.tagName !== 'li' && node.tagName !== 'p') return;
      const first = node.children.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
      const checkbox = node.children[first];
      if (!checkbox || !isCheckbox(checkbox)) return;
      let end = first + 1;
      while (end < node.children.length) {
        const child = node.children[end];
        if (child?.type === 'element' && BLOCKS.has(child.tagName)) break;
        end++;
      }
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: node.children.slice(first, end),
      };
      node.children.splice(first, end - first, label);
    });
  };
}
