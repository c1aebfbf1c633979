import { relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  isNotPreservedAddress,
  NOT_PRESERVED_CLASS,
  notPreservedKind,
  notPreservedMistake,
  placeholderText,
} from './not-preserved';

/** Where a marker may stand alone, besides the top level (raw HTML): a link or emphasis around it makes it part of a sentence. */
const BLOCKS = new Set(['p', 'li', 'blockquote']);

const isBlank = (node: ElementContent): boolean => node.type === 'text' && node.value.trim() === '';

/** The placeholder a reader sees; search leaves it out, so its caption is never a match or an excerpt. */
function placeholder(text: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: [NOT_PRESERVED_CLASS], dataPagefindIgnore: '' },
    children: [{ type: 'text', value: text }],
  };
}

/**
 * Turns each "media not preserved" marker (`![caption](not-preserved:photo)`, see `not-preserved.ts`) into a
 * placeholder paragraph, "[Photo not preserved: caption]", so no such address ever reaches the page as an image.
 * Runs after the sanitiser, which lets the scheme through on `src`, and before anything else handles images.
 * The content check reports a wrong marker with its line before the build renders anything; a render that meets
 * one anyway (a test, a file the check did not read) stops with the same words.
 */
export function rehypeNotPreserved() {
  return (tree: Root, file: VFile) => {
    let placed = false;
    visit(tree, 'element', (node, index, parent) => {
      const src = String(node.properties.src ?? '');
      if (node.tagName !== 'img' || index === undefined || !parent || !isNotPreservedAddress(src)) return undefined;
      const alone =
        parent.type === 'root' ||
        (parent.type === 'element' &&
          BLOCKS.has(parent.tagName) &&
          parent.children.every((child) => child === node || isBlank(child)));
      const alt = String(node.properties.alt ?? '');
      const kind = notPreservedKind(src);
      const mistake = notPreservedMistake(src, alone, alt);
      if (mistake || !kind) {
        const where = file.path ? relative(process.cwd(), file.path) : 'the article';
        throw new Error(`${where}, line ${node.position?.start.line ?? '?'}: ${mistake}`);
      }
      parent.children.splice(index, 1, placeholder(placeholderText(kind, alt)));
      placed = true;
      return [SKIP, index];
    });
    if (!placed) return;
    // A marker written as its own Markdown paragraph is now a paragraph inside a paragraph; it takes its place.
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || index === undefined || !parent) return undefined;
      const inner = node.children.filter((child) => !isBlank(child));
      const only = inner.length === 1 ? inner[0] : undefined;
      if (only?.type !== 'element' || !isPlaceholder(only)) return undefined;
      parent.children.splice(index, 1, only);
      return [SKIP, index];
    });
  };
}

/** Whether an element is a placeholder this plugin made, so later plugins can leave it alone. */
export const isPlaceholder = (element: Element): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes(NOT_PRESERVED_CLASS);
