import { relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { passageId, passageOpening, passageText } from '../lib/content/passage-ids';
import { isPlaceholder } from './rehype-not-preserved';
import { PASSAGE_ANCHOR_CLASS } from './site-marks';

/** The elements that are passages a reader can link to and cite. */
const PASSAGES: Record<string, string> = {
  p: 'paragraph',
  li: 'list item',
  blockquote: 'quotation',
};

/** The most of a passage that an error quotes, so the editor can find it. */
const QUOTE_LENGTH = 80;

/** Thrown when two passages of one article would share an id; the build stops with this message. */
export class DuplicatePassageError extends Error {
  constructor(text: string, id: string, file: string | undefined) {
    const quoted = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
    super(
      `Two passages of ${file ?? 'this article'} have the same text, so both would get the link #${id}: "${quoted}". ` +
        'Each paragraph, list item and quotation is linked by its own text. Check whether the passage was pasted twice; ' +
        'if the source itself repeats it, keep the text and ask a developer (docs/editing.md#links-to-passages).',
    );
    this.name = 'DuplicatePassageError';
  }
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/**
 * Footnotes have ids of their own, tables hold cells rather than passages, and a placeholder for media not
 * preserved is the archive's note, not the article's text to cite (search leaves it out, too).
 */
const isSkipped = (element: Element): boolean =>
  element.tagName === 'table' ||
  isPlaceholder(element) ||
  (element.tagName === 'section' && element.properties.dataFootnotes !== undefined) ||
  (Array.isArray(element.properties.className) && element.properties.className.includes('footnotes'));

function anchor(id: string, kind: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [PASSAGE_ANCHOR_CLASS], href: `#${id}`, ariaLabel: `Link to this ${kind}` },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: [`${PASSAGE_ANCHOR_CLASS}-mark`], ariaHidden: 'true' },
        children: [],
      },
    ],
  };
}

/** A footnote mark ("1") is not the passage's own text: renumbering footnotes must not change an id. */
const isFootnoteReference = (element: Element): boolean =>
  element.tagName === 'sup' &&
  element.children.some((child) => isElement(child) && child.properties.dataFootnoteRef !== undefined);

/** The text of a passage without its footnote marks and placeholders. */
function ownText(element: Element): string {
  const copy: Element = {
    ...element,
    // A placeholder in a list item is the archive's note, as it is on its own.
    children: element.children.filter(
      (child) => !(isElement(child) && (isFootnoteReference(child) || isPlaceholder(child))),
    ),
  };
  return copy.children.map((child) => (isElement(child) ? ownText(child) : toString(child))).join('');
}

/** A quotation or loose list item ends in a paragraph: its link goes at that paragraph's end, on the same line. */
function anchorParent(passage: Element): Element {
  const last = passage.children.filter(isElement).at(-1);
  const after = last ? passage.children.slice(passage.children.indexOf(last) + 1) : [];
  const endsInParagraph =
    last?.tagName === 'p' && after.every((child) => child.type === 'text' && child.value.trim() === '');
  return endsInParagraph && last ? last : passage;
}

/**
 * Gives every paragraph, list item and block quote of an article an id made from its
 * own text (`passageId`) and a visible "link to this passage" anchor at its end, so a
 * reader can point at a precise passage without any script, and search can point a match at its passage. A passage inside one that
 * already has a link (a paragraph in a quotation or a list item) is left alone, as is a
 * passage whose raw HTML gave it an id. The build fails when two passages would share an id.
 */
export function rehypePassageLinks() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, string>();
    const walk = (children: (RootContent | ElementContent)[]): void => {
      for (const node of children) {
        if (!isElement(node) || isSkipped(node)) continue;
        const kind = PASSAGES[node.tagName];
        const text = kind ? passageText(ownText(node)) : '';
        if (!kind || node.properties.id !== undefined || text === '') {
          walk(node.children);
          continue;
        }
        const id = passageId(text);
        if (seen.has(id))
          throw new DuplicatePassageError(text, id, file.path ? relative(process.cwd(), file.path) : undefined);
        seen.set(id, text);
        node.properties.id = id;
        // Pagefind makes a search sub-result of each element with an id and a title, so a match links to its passage.
        node.properties.dataPagefindTitle = passageOpening(text);
        anchorParent(node).children.push(anchor(id, kind));
      }
    };
    walk(tree.children);
  };
}
