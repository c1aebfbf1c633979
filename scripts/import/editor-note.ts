/**
 * The editor's note of an imported article: the editor's own words first, then how the archive came
 * by its title and byline and what the source does not state, in the same sentences every imported
 * article uses, so readers learn to read them. What was taken out of the capture is not in the note but
 * in its own list (`removed`, see removals.ts), which the article shows beside it.
 */
import { joinAnd } from './chrome-rules';

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
}

/**
 * The note, or `undefined` when there is nothing to say.
 * @example composeEditorNote({ missing: ['author'] }) // 'The text names no author.'
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
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}
