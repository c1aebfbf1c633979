/**
 * Which of a result's passages (Pagefind's sub-results) the search page lists under it, and with what. Pagefind lists
 * up to three, the ones with most matches, and often the page's own excerpt again: the same words marked in the
 * same sentence.
 */

/** The parts of a Pagefind sub-result this choice reads. */
export interface SubResult {
  url: string;
  excerpt: string;
  locations?: readonly number[];
}

/** How many passages a result lists at most, so ten results fit in about two screens. */
export const MAX_SUB_RESULTS = 2;

/**
 * Above this share of its words also in the page's excerpt, a passage's excerpt repeats it rather than adds to it.
 * Pagefind cuts both around the matches, so a repeat shares most words but rarely all.
 */
export const REPEAT_SHARE = 0.6;

/**
 * The passages to list under a result, at most `max`. The page itself is left out (Pagefind's first sub-result when
 * the match is above the first heading). A passage whose excerpt repeats the page's excerpt, which Pagefind took
 * from it, is listed with its excerpt emptied: its link alone, by its opening words, leads straight to the words the
 * reader has just read. Those come first, then passages that add words of their own; each group by its number of
 * matches, then in the article's order.
 */
export function distinctSubResults<T extends SubResult>(
  page: { url: string; excerpt: string },
  subResults: readonly T[],
  max = MAX_SUB_RESULTS,
): T[] {
  const pageWords = words(page.excerpt);
  const byMatches = subResults
    .filter((sub) => sub.url !== page.url)
    .toSorted((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
  const repeating = byMatches.filter((sub) => repeats(words(sub.excerpt), pageWords));
  const adding = byMatches.filter((sub) => !repeating.includes(sub));
  return [...repeating.map((sub) => ({ ...sub, excerpt: '' })), ...adding].slice(0, max);
}

/** The words of an excerpt, its `<mark>`s and other tags left out, in lower case. */
function words(excerpt: string): string[] {
  return excerpt
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function repeats(passage: readonly string[], page: readonly string[]): boolean {
  if (passage.length === 0) return true;
  const inPage = new Set(page);
  return passage.filter((word) => inPage.has(word)).length / passage.length >= REPEAT_SHARE;
}
