import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../../src/lib/site/reading-time';

/** `count` distinct words separated by single spaces. */
const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('readingMinutes', () => {
  it('counts 220 words as a minute', () => {
    expect(readingMinutes(words(220))).toBe(1);
    expect(readingMinutes(words(440))).toBe(2);
    expect(readingMinutes(words(2200))).toBe(10);
  });

  it('rounds to the nearest minute', () => {
    expect(readingMinutes(words(329))).toBe(1); // 1.495 minutes
    expect(readingMinutes(words(330))).toBe(2); // 1.5 minutes
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('   \n\t ')).toBe(1);
    expect(readingMinutes('One sentence.')).toBe(1);
  });

  it('counts words across any whitespace, including line breaks and tabs', () => {
    expect(readingMinutes(words(440).replaceAll(' ', '\n\t  '))).toBe(2);
  });

  it('counts each Chinese character as a word, so unspaced text is not one long word', () => {
    const chinese = '活摘器官'.repeat(110); // 440 characters and not a single space
    expect(readingMinutes(chinese)).toBe(2);
  });

  it('counts Japanese kana as words too', () => {
    expect(readingMinutes('ひらがなカタカナ'.repeat(55))).toBe(2); // 440 characters
  });

  it('adds English words and Chinese characters in mixed text', () => {
    // 220 English words and 220 characters, with no space between the languages.
    const mixed = `${words(220)}法轮功${'中'.repeat(217)}`;
    expect(readingMinutes(mixed)).toBe(2);
  });
});
