import { describe, expect, it } from 'vitest';
import { isPassageId, passageId, passageOpening, passageText } from '../../../../src/lib/content/passage-ids';

describe('passageId', () => {
  it('opens with the first four words and ends with a hash of the whole text', () => {
    expect(passageId('Their uncovering of this state-sanctioned crime has been no easy feat.')).toBe(
      'p-their-uncovering-of-this-0cfj0nh',
    );
  });

  it('depends on the passage’s own text only, so it survives edits to other passages', () => {
    const text = 'The report attracted widespread media coverage.';
    expect(passageId(text)).toBe(passageId(text));
    expect(passageId(`  The report attracted\nwidespread   media coverage. `)).toBe(passageId(text));
  });

  it('differs for passages that share their opening words', () => {
    const one = passageId('Watch part two of the round-table discussion here:');
    const two = passageId('Watch part three here:');
    const three = passageId('Watch part two of the video here:');
    expect(new Set([one, two, three]).size).toBe(3);
    expect(one.startsWith('p-watch-part-two-of-')).toBe(true);
  });

  it('falls back to the hash alone for text without Latin letters or digits', () => {
    expect(passageId('活摘器官')).toMatch(/^p-[a-z0-9]{7}$/);
  });

  it('makes ids that isPassageId recognises, and nothing else', () => {
    expect(isPassageId(passageId('A claim.'))).toBe(true);
    expect(isPassageId(passageId('活摘器官'))).toBe(true);
    expect(isPassageId('victims-and-numbers')).toBe(false);
    expect(isPassageId('user-content-fn-1')).toBe(false);
  });
});

describe('passageText', () => {
  it('collapses whitespace and trims', () => {
    expect(passageText(' a\n b\t c ')).toBe('a b c');
  });
});

describe('passageOpening', () => {
  it('names a long passage by its first eight words', () => {
    expect(passageOpening('Their uncovering of this state-sanctioned crime has been no easy feat.')).toBe(
      'Their uncovering of this state-sanctioned crime has been…',
    );
  });

  it('gives a short passage whole', () => {
    expect(passageOpening('  Watch the\n video here: ')).toBe('Watch the video here:');
  });

  it('drops the punctuation the cut leaves at the end', () => {
    expect(passageOpening('One, two, three, four, five, six, seven, eight, nine.')).toBe(
      'One, two, three, four, five, six, seven, eight…',
    );
  });

  it('never breaks a word when long words make the opening too long', () => {
    expect(
      passageOpening('An updated report they released with investigative journalist Ethan Gutmann in 2016 said more.'),
    ).toBe('An updated report they released with investigative…');
  });

  it('cuts text written without spaces by characters', () => {
    const chinese = '国际联盟呼吁中共立即停止强摘器官'.repeat(5);
    expect(passageOpening(chinese)).toBe(`${chinese.slice(0, 60)}…`);
  });
});
