import { describe, expect, it } from 'vitest';
import {
  htmlParagraphs,
  markdownParagraphs,
  sameAuthors,
  sameLanguage,
  sameTitle,
  scoreText,
  verdict,
  words,
} from '../../../scripts/import/score';

describe('words', () => {
  it('lowercases, drops punctuation and splits Chinese into characters', () => {
    expect(words('The “Most Read” list, 2015.')).toEqual(['the', 'most', 'read', 'list', '2015']);
    expect(words('器官 移植')).toEqual(['器', '官', '移', '植']);
  });
});

describe('paragraphs', () => {
  it('reads the paragraphs, headings and list items of Markdown and of HTML alike', () => {
    expect(markdownParagraphs('## Head\n\nOne [link](https://x.org).\n\n- item\n')).toEqual([
      'Head',
      'One link.',
      'item',
    ]);
    expect(htmlParagraphs('<h2>Head</h2><p>One <a href="x">link</a>.</p><ul><li>item</li></ul>')).toEqual([
      'Head',
      'One link.',
      'item',
    ]);
  });

  it('counts the caption of a marker of media not preserved, and a marker without one as no paragraph', () => {
    expect(
      markdownParagraphs('![](not-preserved:photo)\n\n![A caption (AFP)](not-preserved:photo)\n\nText.\n'),
    ).toEqual(['A caption (AFP)', 'Text.']);
  });

  it('does not count an image’s description in the reference, which a reader of the page never sees', () => {
    expect(
      htmlParagraphs('<p><img src="a.jpg" alt="A ward"></p><figure><figcaption>Seen</figcaption></figure>'),
    ).toEqual(['Seen']);
  });
});

describe('scoreText', () => {
  const reference = ['The minister said the registry was complete.', 'Critics disagreed with him on Monday.'];

  it('is perfect for the same paragraphs', () => {
    expect(scoreText(reference, reference)).toEqual({ recall: 1, precision: 1, extra: [] });
  });

  it('counts a kept teaser against precision and a lost paragraph against recall', () => {
    const score = scoreText([reference[0] ?? '', 'Most read: ten things about cats'], reference);
    expect(score.precision).toBe(0.5);
    expect(score.extra).toEqual(['Most read: ten things about cats']);
    // Five of the nine word triples of the reference (5 in the first paragraph, 4 in the second).
    expect(score.recall).toBeCloseTo(5 / 9);
  });

  it('does not mind paragraphs split or joined differently', () => {
    expect(scoreText([reference.join(' ')], reference).recall).toBe(1);
  });
});

describe('comparisons', () => {
  it('compares titles as readers do', () => {
    expect(sameTitle('Apple’s “Vision”', ['apple\'s "vision"'])).toBe(true);
    expect(sameTitle('Salon', ['The sharing economy is a lie'])).toBe(false);
  });
  it('compares authors in any order and case', () => {
    expect(sameAuthors(['JOE HILDEBRAND', 'Ann Lee'], ['Ann Lee', 'Joe Hildebrand'])).toBe(true);
  });
  it('compares languages, and the script of Chinese', () => {
    expect(sameLanguage('en', 'en-AU')).toBe(true);
    expect(sameLanguage('zh-Hans', 'zh-CN')).toBe(true);
    expect(sameLanguage('zh-Hans', 'zh-TW')).toBe(false);
  });
  it('tells a wrong value from a missed one', () => {
    const same = (a: string, b: string) => a === b;
    expect(verdict('a', 'a', same)).toBe('right');
    expect(verdict('a', 'b', same)).toBe('wrong');
    expect(verdict(undefined, 'b', same)).toBe('missed');
    expect(verdict(undefined, undefined, same)).toBe('none stated');
    expect(verdict('a', undefined, same)).toBe('wrong');
  });
});
