/**
 * Links and images in HTML, made safe for the archive before conversion to Markdown: every address
 * absolute, no script links, and no image loaded from another site. An image whose caption is
 * already in the text is removed (the caption stays); any other becomes a link named by its
 * description, the way the site shows remote images.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { LayoutChange } from './types';

/** Link text for an image that has no description, as the site's own remote-image links say. */
export const UNDESCRIBED_IMAGE = 'Image without a description';

/**
 * An absolute web address for `href`, or `undefined` when none can be made.
 * @example absoluteUrl('/a.jpg', 'https://example.org/news/1') // 'https://example.org/a.jpg'
 */
export function absoluteUrl(href: string, base: string | undefined): string | undefined {
  const value = href.trim();
  if (value === '') return undefined;
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface ImageFacts {
  src: string;
  /** The image's own description: its `alt`, else its `title`. */
  description: string;
  /** Both texts a caption might repeat. */
  names: string[];
}

/** What the importer needs to know of an `<img>`, or `undefined` when it has no usable address. */
export function imageFacts(image: Element, base: string | undefined): ImageFacts | undefined {
  const src = absoluteUrl(String(image.properties.src ?? ''), base);
  if (!src) return undefined;
  const alt = String(image.properties.alt ?? '').trim();
  const title = String(image.properties.title ?? '').trim();
  return { src, description: alt || title, names: [alt, title].filter(Boolean) };
}

/** How an image reads in a removal: its tag with the attributes that say what it was. */
export function imageSummary(facts: ImageFacts): string {
  return `<img src="${facts.src}"${facts.description ? ` alt="${facts.description}"` : ''}>`;
}

/** A link to an image, named by its description. */
export function imageLink(facts: ImageFacts): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: facts.src },
    children: [{ type: 'text', value: facts.description || UNDESCRIBED_IMAGE }],
  };
}

/** `true` when `caption` is the text that names this image. */
export function isCaptionOf(caption: string, facts: ImageFacts): boolean {
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return caption.trim() !== '' && facts.names.some((name) => plain(name) === plain(caption));
}

/**
 * Rewrites the links and the remaining images of `tree` in place: relative addresses made absolute
 * against `base`, links that cannot be followed reduced to their text, and each image replaced by a
 * link to it. Returns what changed, with `line` numbers from `lineOf`.
 */
export function settleLinksAndImages(
  tree: Root | Element,
  base: string | undefined,
  lineOf: (node: Element) => number,
): { changes: LayoutChange[]; warnings: string[] } {
  const changes: LayoutChange[] = [];
  const warnings: string[] = [];
  visit(tree, 'element', (node, index, parent) => {
    if (index === undefined || !parent) return;
    if (node.tagName === 'img') {
      const facts = imageFacts(node, base);
      const line = lineOf(node);
      if (!facts) {
        warnings.push(
          `line ${line}: an image with the address "${String(node.properties.src ?? '')}" was left out: ` +
            'it is not a web address the archive can link to',
        );
        parent.children.splice(index, 1);
        return index;
      }
      parent.children.splice(index, 1, imageLink(facts));
      changes.push({ lines: [line], what: `image ${facts.src} replaced by a link to it` });
      if (!facts.description)
        warnings.push(`line ${line}: the image ${facts.src} has no description; its link reads "${UNDESCRIBED_IMAGE}"`);
      return index;
    }
    if (node.tagName !== 'a') return;
    const href = node.properties.href;
    if (href === undefined) return unwrap(node, index, parent);
    const url = String(href).startsWith('#') ? undefined : absoluteUrl(String(href), base);
    if (url) {
      node.properties = { href: url };
      return;
    }
    warnings.push(
      `line ${lineOf(node)}: the link "${toString(node).trim()}" to "${String(href)}" is kept as text: ` +
        (base === undefined
          ? 'its address is relative and the page does not say where it was'
          : 'it leads nowhere on the web'),
    );
    return unwrap(node, index, parent);
  });
  return { changes, warnings };
}

// The parent is any hast parent (the MDX types widen hast's to JSX elements), whose children all take an element's.
function unwrap(node: Element, index: number, parent: { children: unknown[] }): number {
  parent.children.splice(index, 1, ...node.children);
  return index;
}
