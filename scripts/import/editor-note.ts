/**
 * The editor's note of an imported article: the editor's own words first, then what the archive did
 * to the source, in the same sentences every imported article uses, so readers learn to read them.
 */
import { chromeRule, joinAnd, type ChromeRuleId, type NoteContext } from './chrome-rules';
import type { Removal } from './types';

export interface NoteFacts {
  /** The editor's own words, as written. */
  editorNote?: string;
  /** How the title came about when the editor supplied it. */
  suppliedTitle?: { fromOpeningSentence: boolean; replacedHeadline?: string };
  /** Set when the byline stands after the article's text. */
  bylineAtEnd?: { authors: number };
  /** What the source does not state. */
  missing: readonly ('author' | 'publication' | 'date')[];
  /** `true` when the editor supplied a publication the text does not state. */
  publicationSupplied?: boolean;
  removals: readonly Removal[];
  context: NoteContext;
}

/**
 * The note, or `undefined` when there is nothing to say.
 * @example composeEditorNote({ missing: ['author'], removals: [], context: {} }) // 'The text names no author.'
 */
export function composeEditorNote(facts: NoteFacts): string | undefined {
  const sentences: string[] = [];
  if (facts.editorNote?.trim()) sentences.push(facts.editorNote.trim());
  if (facts.suppliedTitle) {
    const { fromOpeningSentence, replacedHeadline } = facts.suppliedTitle;
    sentences.push(
      replacedHeadline === undefined
        ? `The source text has no headline; the archive supplied this title${fromOpeningSentence ? ' from the words of its opening sentence' : ''}.`
        : `The archive supplied this title; the source's headline is "${replacedHeadline}".`,
    );
  }
  if (facts.bylineAtEnd)
    sentences.push(
      facts.bylineAtEnd.authors === 1
        ? "The author's name comes from the byline at the end of the text."
        : "The authors' names come from the byline at the end of the text.",
    );
  if (facts.missing.length > 0) sentences.push(`The text names no ${joinAnd(facts.missing, 'or')}.`);
  if (facts.publicationSupplied)
    sentences.push("The archive supplied the publication's name; the text does not state it.");
  const removed = describeRemovals(facts.removals, facts.context);
  if (removed) sentences.push(removed);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * One sentence naming everything removed as page chrome, grouped by rule in source order; what
 * came after the article's text is named last.
 */
export function describeRemovals(removals: readonly Removal[], context: NoteContext): string | undefined {
  if (removals.length === 0) return undefined;
  const phrases = (group: readonly Removal[]) => {
    const byRule = Map.groupBy(group, (removal) => removal.rule as ChromeRuleId);
    return [...byRule].map(([rule, items]) => chromeRule(rule).describe(items, context));
  };
  const within = phrases(removals.filter((removal) => !removal.afterArticle));
  const after = phrases(removals.filter((removal) => removal.afterArticle));
  if (within.length === 0) return sentence(`Removed from the end of the source text as page chrome: ${joinAnd(after)}`);
  if (after.length === 0) return sentence(`Removed from the source text as page chrome: ${joinAnd(within)}`);
  return sentence(
    `Removed from the source text as page chrome: ${within.join('; ')}; and, after the article, ${joinAnd(after)}`,
  );
}

/**
 * Ends a sentence with a full stop unless it already ends with a quoted sentence's own.
 * @example sentence('the line "Subscribe."') // 'the line "Subscribe."'
 */
const sentence = (text: string): string => (/[.!?]["”’]$/.test(text) ? text : `${text}.`);
