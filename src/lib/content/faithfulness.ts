import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * The faithfulness rule. An article is faithful to its capture when the article's words, read as text, equal the
 * capture's words once every listed removal has been taken out of the capture, where:
 * - Markdown syntax does not count: `**bold**`, `## Heading`, `> quote`, `[text](url)` read as their text;
 * - line wrapping and white space do not count: every run of white space is one space;
 * - in copied text, a bullet (`•`) opening a line is a list's layout, as `- ` is in Markdown, and a numbered list's
 *   numbers are words the Markdown list must number the same way;
 * - Unicode is compared in NFC, so the same letter typed two ways is one letter;
 * - everything else counts: every letter, digit, punctuation mark and quotation mark, in order.
 * Each removal names the exact text it took out; the first place that text stands in the capture, among what the
 * removals before it left, is taken out (white space in it matching any white space). An HTML capture is read as a browser shows it (scripts, styles and other
 * invisible elements left out); a text capture is read as it is, markup included.
 */

/** How the archive holds an original: as copied text, or as a saved HTML page. */
export type CaptureKind = 'text' | 'html';

/** One difference between the capture and the article that the article's front matter owns up to. */
export interface ListedRemoval {
  /** The exact text taken out of the capture. */
  text: string;
}

/** Why an article is not faithful to its capture: the sentence that differs, as each side has it. */
export type Unfaithfulness =
  | {
      kind: 'removal-not-in-capture';
      /** Index of the removal in the article's list. */
      index: number;
      text: string;
    }
  | {
      kind: 'text-differs';
      /** The article's sentence where the two first differ (empty when the article has ended). */
      article: string;
      /** The capture's sentence at the same place (empty when the capture has ended). */
      capture: string;
    };

/** Folds white space and Unicode forms, the two things the rule does not count. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const INVISIBLE_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head']);

/** What a browser would show of a saved page, without scripts, styles and the document head. */
export function visibleTextOfHtml(html: string): string {
  const tree = fromHtml(html);
  const prune = (node: HastNodes): void => {
    if (!('children' in node)) return;
    node.children = node.children.filter((child) => !(child.type === 'element' && INVISIBLE_ELEMENTS.has(child.tagName)));
    node.children.forEach(prune);
  };
  prune(tree);
  return toText(tree);
}

/** A bullet opening a line of copied text is the list's layout, as `- ` is in Markdown. */
const TEXT_BULLET = /^[ \t]*[•◦▪‣][ \t\u00a0]*/gmu;

/** The capture as a reader is shown it: copied text as it is, a saved page as a browser shows its text; NFC. */
export function readableCapture(capture: string, kind: CaptureKind): string {
  return (kind === 'html' ? visibleTextOfHtml(capture) : capture).normalize('NFC');
}

/** The capture's words as the rule reads them. */
export function captureText(capture: string, kind: CaptureKind): string {
  return comparableWords(readableCapture(capture, kind), kind);
}

function comparableWords(readable: string, kind: CaptureKind): string {
  return comparableText(kind === 'text' ? readable.replace(TEXT_BULLET, '') : readable);
}

/** A stretch of the readable capture: kept in the article, or taken out by the removal at `removal`. */
export interface CaptureSegment {
  text: string;
  removal?: number;
}

/** A removal's text as a pattern that matches it however the capture wraps or spaces it. */
function removalPattern(text: string): RegExp | undefined {
  const words = comparableText(text).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
}

/**
 * The readable capture cut into what the article keeps and what each removal took out, in the capture's order.
 * Each removal takes the first place its text stands in what earlier removals left; a removal whose text is not
 * there is returned by its index instead.
 */
export function captureSegments(
  readable: string,
  removed: readonly ListedRemoval[],
): { segments: CaptureSegment[] } | { missing: number } {
  let segments: CaptureSegment[] = [{ text: readable }];
  for (const [index, removal] of removed.entries()) {
    const pattern = removalPattern(removal.text);
    const found = pattern && findInKept(segments, pattern);
    if (!found) return { missing: index };
    const { at, match, kept } = found;
    segments = [
      ...segments.slice(0, at),
      ...(match.index > 0 ? [{ text: kept.slice(0, match.index) }] : []),
      { text: match[0], removal: index },
      ...(match.index + match[0].length < kept.length ? [{ text: kept.slice(match.index + match[0].length) }] : []),
      ...segments.slice(at + 1),
    ];
  }
  return { segments };
}

function findInKept(
  segments: CaptureSegment[],
  pattern: RegExp,
): { at: number; match: RegExpExecArray; kept: string } | undefined {
  for (const [at, segment] of segments.entries()) {
    if (segment.removal !== undefined) continue;
    const match = pattern.exec(segment.text);
    if (match) return { at, match, kept: segment.text };
  }
  return undefined;
}

/**
 * The article body's words as the rule reads them: the text of every block, Markdown syntax left out. Raw HTML in
 * the body counts as written against a text capture (the editor copied the markup) and as its text against an HTML
 * capture (the page showed the text).
 * @example articleText('## Victims\n\nThe **report** said', 'text') // 'Victims The report said'
 */
export function articleText(body: string, captureKind: CaptureKind, format: 'md' | 'mdx' = 'md'): string {
  const tree = fromMarkdown(body, {
    extensions: format === 'mdx' ? [gfm(), mdxjs()] : [gfm()],
    mdastExtensions: format === 'mdx' ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
  });
  const words: string[] = [];
  const read = (node: MdastNodes | MdastRoot): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        words.push(node.value);
        return;
      case 'html':
        words.push(captureKind === 'html' ? visibleTextOfHtml(node.value) : node.value);
        return;
      case 'image':
        words.push(node.alt ?? '');
        return;
      case 'break':
      case 'thematicBreak':
        words.push(' ');
        return;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'definition':
        return;
    }
    if (node.type === 'list' && node.ordered && captureKind === 'text') {
      // Copied text keeps a numbered list's numbers as words; a page shows them as list markers.
      node.children.forEach((item, i) => {
        words.push(`${(node.start ?? 1) + i}. `);
        read(item);
        words.push(' ');
      });
      return;
    }
    if ('children' in node) {
      for (const child of node.children) {
        read(child);
        // Blocks are separated by white space however the Markdown wrote them.
        if (!isInline(child)) words.push(' ');
      }
    }
  };
  read(tree);
  return comparableText(words.join(''));
}

const INLINE_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'break',
  'html',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

function isInline(node: MdastNodes): boolean {
  return INLINE_TYPES.has(node.type);
}

/**
 * Checks an article against its capture under the faithfulness rule; `undefined` when it is faithful. Nothing is
 * taken out of the capture that the list does not name, not even the headline that became the `title` field.
 */
export function findUnfaithfulness(input: {
  body: string;
  format?: 'md' | 'mdx';
  capture: string;
  captureKind: CaptureKind;
  removed: readonly ListedRemoval[];
}): Unfaithfulness | undefined {
  const cut = captureSegments(readableCapture(input.capture, input.captureKind), input.removed);
  if ('missing' in cut) {
    return { kind: 'removal-not-in-capture', index: cut.missing, text: input.removed[cut.missing]?.text ?? '' };
  }
  const kept = cut.segments.map((segment) => (segment.removal === undefined ? segment.text : '\n'));
  const rest = comparableWords(kept.join(''), input.captureKind);

  const article = articleText(input.body, input.captureKind, input.format);
  if (article === rest) return undefined;
  const at = firstDifference(article, rest);
  // Where one side has ended, what the other holds from there on is the difference, not the sentence it ends in.
  if (at >= article.length) return { kind: 'text-differs', article: '', capture: sentenceAt(rest.slice(at), 0) };
  if (at >= rest.length) return { kind: 'text-differs', article: sentenceAt(article.slice(at), 0), capture: '' };
  return { kind: 'text-differs', article: sentenceAt(article, at), capture: sentenceAt(rest, at) };
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const SENTENCE_END = /[.!?。！？]["'”’)]?\s/gu;
const MOST_SHOWN = 240;

/**
 * The sentence of `text` that holds position `at`, cut to a readable length around it.
 * @example sentenceAt('One. Two three. Four.', 7) // 'Two three.'
 */
export function sentenceAt(text: string, at: number): string {
  if (at >= text.length) return '';
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= at) start = boundary;
    else {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  let sentence = text.slice(start, end).trim();
  if (sentence.length > MOST_SHOWN) {
    const from = Math.max(0, at - start - MOST_SHOWN / 2);
    sentence = `${from > 0 ? '…' : ''}${sentence.slice(from, from + MOST_SHOWN).trim()}…`;
  }
  return sentence;
}
