import { describe, expect, it } from 'vitest';
import { closestWord } from '../../../../src/lib/search/closest-word';
import { ARTICLE_FIELDS } from '../../../../src/schema';

describe('closestWord', () => {
  it.each([
    ['tilte', 'title'], // two neighbouring letters swapped count as one edit
    ['titel', 'title'],
    ['dratf', 'draft'],
    ['tag', 'tags'],
    ['author', 'authors'],
    ['publshed', 'published'],
    ['pubished', 'published'],
    ['update', 'updated'],
    ['descripton', 'description'],
    ['sourceurl', 'sourceUrl'], // case is ignored, and the field comes back as the schema spells it
    ['source_url', 'sourceUrl'],
    ['editor_note', 'editorNote'],
    ['Title', 'title'],
  ])('reads the typo %j as the field %j', (typo, field) => {
    expect(closestWord(typo, ARTICLE_FIELDS)).toBe(field);
  });

  it.each(['colour', 'date', 'author_name', 'xyz', 'url'])(
    'suggests nothing for %j, which resembles no field',
    (word) => {
      expect(closestWord(word, ARTICLE_FIELDS)).toBeUndefined();
    },
  );

  it('allows about one edit per three letters', () => {
    // Six letters allow two edits, five allow one.
    expect(closestWord('abcdxy', ['abcdef'])).toBe('abcdef');
    expect(closestWord('abcxy', ['abcde'])).toBeUndefined();
    expect(closestWord('abcdx', ['abcde'])).toBe('abcde');
  });

  it('still allows one edit in a very short word', () => {
    expect(closestWord('a', ['b'])).toBe('b');
    expect(closestWord('ab', ['cd'])).toBeUndefined();
  });

  it('returns an exact match, whatever the other candidates', () => {
    expect(closestWord('tags', ['tag', 'tags', 'stags'])).toBe('tags');
  });

  it('prefers the first of two equally close candidates', () => {
    expect(closestWord('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('returns undefined when there are no candidates', () => {
    expect(closestWord('title', [])).toBeUndefined();
  });
});
