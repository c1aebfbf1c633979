/**
 * Links and images in HTML, made safe for the archive before conversion to Markdown: every address
 * absolute, no script links, and no image loaded from another site. An image whose caption is in the
 * text becomes the "not preserved" marker with that caption (see convert-html.ts and convert-text.ts);
 * any other becomes the marker without one. Its description (`alt`) is not taken as text: a reader of
 * the page never saw it, so it is not the source's text; the report gives the image's address.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { markerElement, NOT_PRESERVED } from './media';
import type { LayoutChange } from './types';

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

/**
 * The "not preserved" marker for a photo, as an element the Markdown conversion turns into
 * `![caption](not-preserved:photo)`.
 */
export function photoMarker(caption = ''): Element {
  return markerElement('photo', caption);
}

const isMarkerElement = (node: Element): boolean =>
  node.tagName === 'img' && String(node.properties.src ?? '').startsWith(NOT_PRESERVED);

/** `true` when `caption` is the text that names this image. */
export function isCaptionOf(caption: string, facts: ImageFacts): boolean {
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return caption.trim() !== '' && facts.names.some((name) => plain(name) === plain(caption));
}

/**
 * Rewrites the links and the remaining images of `tree` in place: relative addresses made absolute
 * against `base`, links that cannot be followed reduced to their text, and each image (or a link that
 * holds nothing but images) replaced by the marker of a photo not preserved. Returns what changed,
 * with `line` numbers from `lineOf`.
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
    if (isMarkerElement(node)) return;
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
      parent.children.splice(index, 1, photoMarker());
      changes.push({ lines: [line], what: `image ${facts.src} marked as a photo not preserved` });
      return index;
    }
    if (node.tagName !== 'a') return;
    const href = node.properties.href;
    if (toString(node).trim() === '' && selectImages(node).length > 0) {
      const target = absoluteUrl(String(href ?? ''), base) ?? 'nowhere';
      for (const image of selectImages(node))
        changes.push({
          lines: [lineOf(image)],
          what: `image ${imageFacts(image, base)?.src ?? String(image.properties.src ?? '(no address)')} inside the link to ${target}: marked as a photo not preserved, without the link`,
        });
      parent.children.splice(index, 1, photoMarker());
      // The link's own images were accounted for above; the marker in its place needs no visit.
      return [SKIP, index + 1];
    }
    settleImagesInLink(node, base, lineOf, changes);
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

/**
 * Images inside a link that has words of its own (a thumbnail beside its headline) are left out: the link keeps
 * its words, and the image's address goes to the report, beside the link's.
 */
function settleImagesInLink(
  link: Element,
  base: string | undefined,
  lineOf: (node: Element) => number,
  changes: LayoutChange[],
): void {
  const target = absoluteUrl(String(link.properties.href ?? ''), base) ?? 'nowhere';
  const walk = (node: Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      if (child.tagName !== 'img') {
        walk(child);
        return [child];
      }
      const address = imageFacts(child, base)?.src ?? String(child.properties.src ?? '');
      changes.push({
        lines: [lineOf(child)],
        what: `image ${address || '(no address)'} inside the link to ${target}: left out, the link keeps its own words`,
      });
      return [];
    });
  };
  walk(link);
}

/** The `<img>` elements inside `node`. */
function selectImages(node: Element): Element[] {
  const images: Element[] = [];
  visit(node, 'element', (child) => {
    if (child.tagName === 'img') images.push(child);
  });
  return images;
}

// The parent is any hast parent (the MDX types widen hast's to JSX elements), whose children all take an element's.
function unwrap(node: Element, index: number, parent: { children: unknown[] }): number {
  parent.children.splice(index, 1, ...node.children);
  return index;
}
