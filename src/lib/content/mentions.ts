import type { Element, ElementContent, Text } from 'hast';

/** The names of one person, organisation or report, as mention finding needs them. */
export interface EntityNames {
  /** The entity's slug, which names its page. */
  slug: string;
  /** The name and its aliases: found wherever they stand as whole words. */
  names: readonly string[];
  /** Short forms such as a surname: found only in an article that also writes one of `names`. */
  shortNames: readonly string[];
}

/** One mention of an entity in an article: the passage it stands in and its sentence, as the entity page lists it. */
export interface EntityMention {
  /** The entity's slug. */
  entity: string;
  /** The id of the paragraph, list item or quotation it stands in. */
  passage: string;
  /** The sentence around the mention, whitespace collapsed. */
  sentence: string;
}

/**
 * Where the mentions go: Astro hands `file.data.astro.frontmatter` to pages as
 * `remarkPluginFrontmatter` (`render(entry)`), for `.md` and `.mdx` alike.
 */
export const MENTIONS_KEY = 'entityMentions';

/** One name found in a text, by its position (UTF-16 offsets, end excluded). */
export interface NameMatch {
  slug: string;
  start: number;
  end: number;
}

/** Letters (with their combining marks) and digits: a name must not start or end inside a run of them. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Scripts written without spaces between words, where a name has no word boundary to respect. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const IS_WORD_CHAR = new RegExp(WORD_CHAR, 'u');
/**
 * Before a name: no letter or digit, and no letter with an apostrophe ("O'Brien" does not name "Brien").
 * After it: no letter or digit, and no apostrophe with letters unless it is the possessive "'s".
 */
const BEFORE = `(?<!${WORD_CHAR}|\\p{L}['’])`;
const AFTER = `(?!${WORD_CHAR}|['’](?!s(?!${WORD_CHAR}))\\p{L})`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names are compared with their spaces collapsed, so a line break inside a name still matches it. */
const collapseSpaces = (text: string): string => text.trim().replace(/\s+/g, ' ');

function namePattern(name: string): string {
  const collapsed = collapseSpaces(name);
  const first = collapsed.at(0) ?? '';
  const last = collapsed.at(-1) ?? '';
  const needsEdge = (char: string): boolean => IS_WORD_CHAR.test(char) && !UNSPACED.test(char);
  const body = collapsed.split(' ').map(escapeRegExp).join('\\s+');
  return `${needsEdge(first) ? BEFORE : ''}${body}${needsEdge(last) ? AFTER : ''}`;
}

/**
 * A function finding every one of `names` in a text: whole words only, capitals as written,
 * and where names overlap the one starting first wins, then the longest ("U.S. State
 * Department" over "State Department"). Each name belongs to the entity `slug`.
 */
export function nameFinder(names: readonly { slug: string; name: string }[]): (text: string) => NameMatch[] {
  const owners = new Map(names.map(({ slug, name }) => [collapseSpaces(name), slug]));
  if (owners.size === 0) return () => [];
  // A regular expression tries alternatives in order, so the longest name goes first.
  const pattern = [...owners.keys()]
    .toSorted((a, b) => b.length - a.length || a.localeCompare(b))
    .map(namePattern)
    .join('|');
  const regex = new RegExp(pattern, 'gu');
  return (text) =>
    [...text.matchAll(regex)].map((match) => ({
      slug: owners.get(collapseSpaces(match[0])) ?? '',
      start: match.index,
      end: match.index + match[0].length,
    }));
}

/**
 * The name finder for one article, given all of its searchable text: every entity's name and
 * aliases, plus the short names of each entity that the text names in full, so "Nice" is
 * Sir Geoffrey Nice only in an article that writes "Sir Geoffrey Nice".
 * @example articleNameFinder([{ slug: 'david-kilgour', names: ['David Kilgour'], shortNames: ['Kilgour'] }], 'David Kilgour said.')('Kilgour said')
 *   // [{ slug: 'david-kilgour', start: 0, end: 7 }]
 */
export function articleNameFinder(
  entities: readonly EntityNames[],
  articleText: string,
): (text: string) => NameMatch[] {
  const fullNames = entities.flatMap(({ slug, names }) => names.map((name) => ({ slug, name })));
  const named = new Set(nameFinder(fullNames)(articleText).map((match) => match.slug));
  const shortNames = entities
    .filter(({ slug }) => named.has(slug))
    .flatMap(({ slug, shortNames }) => shortNames.map((name) => ({ slug, name })));
  return nameFinder([...fullNames, ...shortNames]);
}

/** A text node of a passage, where it starts in the passage's text, and whether names may be found in it. */
export interface TextRun {
  node: Text;
  /** The node's offset in the passage's whole text. */
  offset: number;
  /** `false` inside a link (it already leads somewhere) and inside code (it is not prose). */
  findable: boolean;
}

/** Elements whose text is never a mention: links, code, and what a browser never shows as prose. */
const UNFINDABLE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template']);

/**
 * Every text node of `element` in reading order, each with its offset in the element's
 * whole text, so a name found in one node can be placed in its sentence.
 */
export function textRuns(element: Element): TextRun[] {
  const runs: TextRun[] = [];
  let offset = 0;
  const walk = (children: readonly ElementContent[], findable: boolean): void => {
    for (const child of children) {
      if (child.type === 'text') {
        runs.push({ node: child, offset, findable });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child.children, findable && !UNFINDABLE.has(child.tagName));
      }
    }
  };
  walk(element.children, true);
  return runs;
}

/** Abbreviations whose full stop ends no sentence ("U.S. officials", "Feb. 6", "Mr. Wang"). */
const ABBREVIATION_AT_END =
  /(?:(?<![\p{L}\p{N}])(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Col|Lt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs)\.)\s*$/u;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentence of `text` that holds the characters from `start` to `end`, trimmed. Intl's
 * sentence breaks are joined again after abbreviations, which they take for sentence ends.
 * @example sentenceAround('In May, the U.S. Department of State spoke. Then it stopped.', 11, 36)
 *   // 'In May, the U.S. Department of State spoke.'
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const merged: { index: number; segment: string }[] = [];
  // A line break inside a Markdown paragraph is only a wrapped line, which Intl would take for a sentence end;
  // one space for each whitespace character keeps the offsets.
  for (const { index, segment } of sentences.segment(text.replace(/\s/g, ' '))) {
    const previous = merged.at(-1);
    if (previous && ABBREVIATION_AT_END.test(previous.segment)) previous.segment += segment;
    else merged.push({ index, segment });
  }
  const first = merged.findLast((s) => s.index <= start) ?? merged[0];
  const last = merged.findLast((s) => s.index < end) ?? first;
  if (!first || !last) return text.trim();
  return text
    .slice(first.index, last.index + last.segment.length)
    .replace(/\s+/g, ' ')
    .trim();
}
