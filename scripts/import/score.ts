/**
 * How close an imported article comes to a reference extraction of the same page (for the Readability
 * test pages, Readability's own `expected.html`), and to what the page states about itself. Used by
 * `npm run bench:import`; pure, so each measure is tested on small strings.
 */
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { chineseScript } from '../../src/lib/content/languages';

/** Share of a paragraph's word triples that must occur in the reference for the paragraph to count as article. */
export const MATCHED_SHARE = 0.5;

/**
 * The words of a text, for comparing wording: lower case, punctuation and markup gone, and each Han,
 * kana or hangul character a word of its own, since those scripts do not separate words with spaces.
 * @example words('The “Most Read” list, 2015.') // ['the', 'most', 'read', 'list', '2015']
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The text of each paragraph, heading, list item, quotation line and table cell of a Markdown tree; with
 * `includeImageAlt`, an image's description counts as text.
 */
function paragraphsOf(tree: Root, includeImageAlt: boolean): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (['paragraph', 'heading', 'code', 'tableCell', 'html'].includes(node.type)) {
      const text = toString(node, { includeImageAlt }).trim();
      if (text !== '') out.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

/** The paragraphs of an article body written in Markdown. */
export function markdownParagraphs(markdown: string): string[] {
  // The description of a "not preserved" marker is the caption the page showed, so it counts.
  return paragraphsOf(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), true);
}

/** The paragraphs of a reference extraction given as HTML. */
export function htmlParagraphs(html: string): string[] {
  // An <img>'s alt is not text the page shows, and the importer no longer keeps it as text.
  return paragraphsOf(toMdast(fromHtml(html, { fragment: true }) as HastRoot) as Root, false);
}

const triples = (tokens: readonly string[]): string[] => {
  if (tokens.length < 3) return tokens.length === 0 ? [] : [tokens.join(' ')];
  return tokens.slice(2).map((_, i) => `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
};

/** Every run of one, two and three words in the paragraphs, so a short paragraph is looked up whole. */
function runsOf(paragraphs: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const paragraph of paragraphs) {
    const tokens = words(paragraph);
    for (let i = 0; i < tokens.length; i++)
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) runs.add(tokens.slice(i, i + n).join(' '));
  }
  return runs;
}

export interface TextScore {
  /** Share of the reference's word triples that the import holds: 1 when nothing of the article was lost. */
  recall: number;
  /** Share of the import's paragraphs that belong to the reference: 1 when no page chrome was kept. */
  precision: number;
  /** The import's paragraphs that the reference does not hold, for reading why precision fell. */
  extra: string[];
}

/**
 * Recall over words and precision over paragraphs, as an editor experiences them: a lost sentence is a
 * loss wherever it stood, and every kept teaser or footer line is one more paragraph to delete.
 */
export function scoreText(imported: readonly string[], reference: readonly string[]): TextScore {
  const referenceRuns = runsOf(reference);
  const importedRuns = runsOf(imported);
  const referenceTriples = reference.flatMap((paragraph) => triples(words(paragraph)));
  const found = referenceTriples.filter((triple) => importedRuns.has(triple)).length;
  const extra = imported.filter((paragraph) => {
    const own = triples(words(paragraph));
    if (own.length === 0) return false;
    return own.filter((triple) => referenceRuns.has(triple)).length / own.length < MATCHED_SHARE;
  });
  const counted = imported.filter((paragraph) => words(paragraph).length > 0).length;
  return {
    recall: referenceTriples.length === 0 ? 1 : found / referenceTriples.length,
    precision: counted === 0 ? 0 : (counted - extra.length) / counted,
    extra,
  };
}

/** Text compared as readers see it: case, spacing, quotation marks and dashes do not matter. */
const plain = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** `true` when `found` is the expected title or one of its alternatives. */
export function sameTitle(found: string | undefined, expected: readonly string[]): boolean {
  return found !== undefined && expected.some((title) => plain(title) === plain(found));
}

/** `true` when both name the same people, in any order and any case. */
export function sameAuthors(found: readonly string[], expected: readonly string[]): boolean {
  const set = (names: readonly string[]) => [...new Set(names.map(plain))].sort().join('|');
  return set(found) === set(expected);
}

/**
 * `true` when two language tags name the same language as an archive reader needs it: the same
 * language, and for Chinese the same script (zh-CN and zh-Hans are both Simplified); regions otherwise
 * do not matter (en-AU is English).
 */
export function sameLanguage(found: string, expected: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  if (primary(found) !== primary(expected)) return false;
  return primary(found) !== 'zh' || chineseScript(found) === chineseScript(expected);
}

/** The outcome of one compared value, as the table prints it. */
export type Verdict = 'right' | 'wrong' | 'missed' | 'none stated';

/** A found value against the expected one, where `undefined` means the page states none. */
export function verdict<Found, Expected>(
  found: Found | undefined,
  expected: Expected | undefined,
  same: (found: Found, expected: Expected) => boolean,
): Verdict {
  if (expected === undefined) return found === undefined ? 'none stated' : 'wrong';
  if (found === undefined) return 'missed';
  return same(found, expected) ? 'right' : 'wrong';
}
