import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * The address scheme of the "media not preserved" marker: an ordinary Markdown image,
 * `![caption and credit](not-preserved:photo)`, standing for a photo, video, audio clip or graphic the source had
 * and the archive did not keep. Its alt text is the source's caption, so the faithfulness check reads it as words.
 */
export const NOT_PRESERVED_SCHEME = 'not-preserved:';

/** The kinds of media the marker can stand for, in the order the editor's guide lists them. */
export const NOT_PRESERVED_KINDS = ['photo', 'video', 'audio', 'graphic'] as const;

export type NotPreservedKind = (typeof NOT_PRESERVED_KINDS)[number];

/** The class of the placeholder a marker renders as, styled as a muted note in `global.css`. */
export const NOT_PRESERVED_CLASS = 'media-not-preserved';

/**
 * Whether an image address is meant as the marker's, whatever kind it names. Capitals count as a mistake to
 * report rather than as another address: the sanitiser lets only the lowercase scheme through.
 */
export const isNotPreservedAddress = (address: string): boolean =>
  address.toLowerCase().startsWith(NOT_PRESERVED_SCHEME);

/** The kind an address names, or `undefined` when it is not exactly the scheme and a kind the archive knows. */
export function notPreservedKind(address: string): NotPreservedKind | undefined {
  if (!address.startsWith(NOT_PRESERVED_SCHEME)) return undefined;
  const kind = address.slice(NOT_PRESERVED_SCHEME.length);
  return (NOT_PRESERVED_KINDS as readonly string[]).includes(kind) ? (kind as NotPreservedKind) : undefined;
}

/**
 * The placeholder's words, as a reader, a feed reader and the open data's plain text show them.
 * @example placeholderText('photo', 'Wang Lijun (Feng Li/Getty Images)') // '[Photo not preserved: Wang Lijun (Feng Li/Getty Images)]'
 * @example placeholderText('video', '') // '[Video not preserved]'
 */
export function placeholderText(kind: NotPreservedKind, caption: string): string {
  const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} not preserved`;
  const trimmed = caption.trim();
  return trimmed === '' ? `[${label}]` : `[${label}: ${trimmed}]`;
}

// No Markdown link syntax in these words: Astro's error report would render it as a link and drop the brackets.
const KINDS_HINT =
  `the kinds are ${NOT_PRESERVED_KINDS.slice(0, -1).join(', ')} and ${NOT_PRESERVED_KINDS.at(-1)}, ` +
  'written as in "not-preserved:photo" (docs/editing.md#media-not-preserved)';

/** The most of a caption an error quotes. */
const QUOTE_LENGTH = 60;

/** The marker as an editor can find it in the file: its address and the start of its caption. */
function describeMarker(address: string, caption: string): string {
  const trimmed = caption.trim();
  const quoted = trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH)}…` : trimmed;
  return `the media marker "${address}" ${quoted === '' ? 'without a caption' : `captioned "${quoted}"`}`;
}

/**
 * What is wrong with one marker, in the editor's words, or `undefined` when it is right: it must name a known kind,
 * in lowercase, and stand alone as a paragraph, since it stands for media that sat between paragraphs.
 * @example notPreservedMistake('not-preserved:picture', true, 'A caption') // 'the media marker "not-preserved:picture" captioned "A caption" names the unknown kind "picture"; the kinds are …'
 */
export function notPreservedMistake(address: string, alone: boolean, caption: string): string | undefined {
  const marker = describeMarker(address, caption);
  if (notPreservedKind(address) === undefined) {
    const lowercase = address.toLowerCase();
    if (notPreservedKind(lowercase) !== undefined) return `${marker} must be written in lowercase: "${lowercase}"`;
    const kind = address.slice(NOT_PRESERVED_SCHEME.length);
    return `${marker} names ${kind === '' ? 'no kind' : `the unknown kind "${kind}"`}; ${KINDS_HINT}`;
  }
  if (!alone) {
    return (
      `${marker} stands inside a paragraph of other text or a link; it must stand alone, ` +
      `with a blank line before and after it; ${KINDS_HINT}`
    );
  }
  return undefined;
}

/** Where in a text a marker mistake is: the line counts from 1 at the text's first line. */
export interface MarkerMistake {
  line: number;
  message: string;
}

/** A paragraph holding the marker and nothing else but white space. */
const standsAlone = (parent: MdastParent | undefined, node: MdastNodes): boolean =>
  parent?.type === 'paragraph' &&
  parent.children.every((child) => child === node || (child.type === 'text' && child.value.trim() === ''));

/**
 * Every wrong marker in an article's Markdown, read as the pipeline reads it (GFM, and MDX for `.mdx` files). The
 * check is done on the source, before the build renders anything, so each mistake names its line; a text without
 * the scheme is not parsed at all, which keeps the content check's cost flat as the archive grows.
 */
export function findMarkerMistakes(body: string, format: 'md' | 'mdx' = 'md'): MarkerMistake[] {
  if (!body.toLowerCase().includes(NOT_PRESERVED_SCHEME)) return [];
  const tree = fromMarkdown(body, {
    extensions: format === 'mdx' ? [gfm(), mdxjs()] : [gfm()],
    mdastExtensions: format === 'mdx' ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
  });
  const mistakes: MarkerMistake[] = [];
  const walk = (node: MdastNodes | MdastRoot, parent: MdastParent | undefined): void => {
    if (node.type === 'image' && isNotPreservedAddress(node.url)) {
      const message = notPreservedMistake(node.url, standsAlone(parent, node), node.alt ?? '');
      if (message) mistakes.push({ line: node.position?.start.line ?? 1, message });
    }
    if ('children' in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, undefined);
  return mistakes;
}
