/**
 * "Did you mean …" for a search that found little: each word of the query the archive does not hold is replaced by
 * the archive's closest word (`./vocabulary.ts`). This module reaches the browser, so it stays small.
 */
import { editDistance } from './closest-word';
import { VOCABULARY_MIN_LETTERS, type Vocabulary } from './vocabulary';

/** Below this many results the search page offers a corrected query. */
export const FEW_RESULTS = 3;

/**
 * How far a word may be from the archive's word it is taken for: one edit (a letter added, left out, changed, or two
 * neighbours swapped), two for words of eight letters or more, where two words that close are rarely both real.
 */
export const maxEdits = (word: string): number => (word.length >= 8 ? 2 : 1);

/**
 * Whether search finds `word` as it is: the archive writes it, or it begins a word the archive writes (Pagefind
 * matches the start of words), or it is too short or not in Latin letters for the vocabulary to judge.
 */
function isKnown(word: string, vocabulary: Vocabulary, words: readonly string[]): boolean {
  if (word.length < VOCABULARY_MIN_LETTERS || /\P{L}/u.test(word) || /\p{Script=Han}/u.test(word)) return true;
  return Object.hasOwn(vocabulary, word) || words.some((known) => known.startsWith(word));
}

/**
 * The archive's word closest to `word`, fewest edits first, then the one the archive uses most, then the first
 * alphabetically; `undefined` when the archive holds `word`, or none is close enough.
 * @example closestArchiveWord('kilgor', { kilgour: 12, kilgore: 1 }) // 'kilgour'
 */
export function closestArchiveWord(word: string, vocabulary: Vocabulary): string | undefined {
  const lowered = word.toLocaleLowerCase('en');
  const words = Object.keys(vocabulary);
  if (isKnown(lowered, vocabulary, words)) return undefined;
  const limit = maxEdits(lowered);
  let best: { word: string; edits: number; count: number } | undefined;
  for (const candidate of words) {
    if (Math.abs(candidate.length - lowered.length) > limit) continue;
    const edits = editDistance(lowered, candidate);
    if (edits > limit) continue;
    const count = vocabulary[candidate] ?? 0;
    if (!best || edits < best.edits || (edits === best.edits && count > best.count))
      best = { word: candidate, edits, count };
  }
  return best?.word;
}

/**
 * The query with each word the archive does not hold replaced by its closest word, everything else (quotes, spaces,
 * words it holds) as typed; `undefined` when no word changes.
 * @example suggestQuery('david kilgor', { david: 3, kilgour: 12 }) // 'david kilgour'
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const suggested = query.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const closest = closestArchiveWord(word, vocabulary);
    if (closest === undefined) return word;
    changed = true;
    return closest;
  });
  return changed ? suggested : undefined;
}
