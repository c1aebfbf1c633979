/** Words a reader gets through in a minute of careful reading. */
const WORDS_PER_MINUTE = 220;

/**
 * Minutes to read a text, at least one. Counts whitespace-separated words, and
 * each Chinese or Japanese character as a word, so CJK text is not counted as one.
 * @example readingMinutes('word '.repeat(440)) // 2
 */
export function readingMinutes(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const words = text
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round((words + cjk) / WORDS_PER_MINUTE));
}
