import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const REMOTE = /^(?:https?:)?\/\//i;

/**
 * Replaces each image hosted on another site with a visible link to it, so no
 * page loads anything from another host and the reader still sees that the
 * source had an image there.
 */
export function rehypeRemoteImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || index === undefined || !parent) return;
      const src = String(node.properties.src ?? '');
      if (!REMOTE.test(src)) return;
      const alt = String(node.properties.alt ?? '').trim();
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: src, className: ['remote-image'] },
        children: [{ type: 'text', value: alt ? `Image: ${alt}` : 'Image without a description' }],
      };
      parent.children.splice(index, 1, link as ElementContent);
    });
  };
}
