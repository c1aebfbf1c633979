import { describe, expect, it } from 'vitest';
import { isValidSlug, nameSlug, slugFromPath, suggestSlug } from '../../../../src/lib/content/slugs';

describe('slugFromPath', () => {
  it.each([
    ['content/articles/wang-lijun.md', 'wang-lijun'],
    ['content/articles/2012/wang-lijun.md', 'wang-lijun'],
    ['content/articles/wang-lijun.mdx', 'wang-lijun'],
    ['wang-lijun.md', 'wang-lijun'],
    ['content\\articles\\2012\\wang-lijun.md', 'wang-lijun'],
    ['content/articles/WANG.MD', 'WANG'],
    // Only the last extension goes, and only a Markdown one.
    ['content/articles/notes.v2.md', 'notes.v2'],
    ['content/articles/readme.txt', 'readme.txt'],
  ])('%s → %s', (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });
});

describe('isValidSlug', () => {
  it.each(['a', 'wang-lijun', 'wang-lijun-organ-harvest-files', '2012', '2012-06-20-report'])('accepts %j', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each([
    ['capital letters', 'Wang-Lijun'],
    ['a space', 'wang lijun'],
    ['a doubled hyphen', 'wang--lijun'],
    ['a leading hyphen', '-wang'],
    ['a trailing hyphen', 'wang-'],
    ['an underscore', 'wang_lijun'],
    ['an accented letter', 'café'],
    ['Chinese characters', '王立军'],
    ['a dot', 'notes.v2'],
    ['nothing', ''],
  ])('refuses a slug with %s (%j)', (_, slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});

describe('suggestSlug', () => {
  it.each([
    ['Wang Lijun’s Files (2012)', 'wang-lijuns-files-2012'],
    ["Wang Lijun's Files", 'wang-lijuns-files'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['wang_lijun__files', 'wang-lijun-files'],
    ['Already-a-slug', 'already-a-slug'],
    // An abbreviation keeps its letters together; a lone initial is a word of its own.
    ['Told U.S. Officials', 'told-us-officials'],
    ['Dr. J. Smith, e.g. in the U.K.', 'dr-j-smith-eg-in-the-uk'],
    ['Version 2.5', 'version-2-5'],
  ])('%j → %j', (text, slug) => {
    expect(suggestSlug(text)).toBe(slug);
  });

  it.each(['Wang Lijun’s Files (2012)', 'Café Déjà Vu', 'A  B -- C', 'Source: Wang Lijun Told U.S. Officials'])(
    'always suggests a valid slug for %j',
    (text) => {
      expect(isValidSlug(suggestSlug(text))).toBe(true);
    },
  );
});

describe('nameSlug', () => {
  it.each([
    ['Human Rights', 'human-rights'],
    ['Falun Gong', 'falun-gong'],
    ['U.S. Congress', 'u-s-congress'],
    ['Chinese Communist Party (CCP)', 'chinese-communist-party-ccp'],
    ['Wang Lijun’s files', 'wang-lijuns-files'],
    ['Petr Šváb', 'petr-svab'],
    ['Ελλάδα', 'ελλαδα'],
    ['Москва́', 'москва'],
    ['法轮功', '法轮功'],
    ['한국어', '한국어'],
    ['  --Edges--  ', 'edges'],
  ])('%j → %j', (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
  });

  it('gives spellings that differ in case, accents, apostrophes or punctuation one slug, so they are one name', () => {
    const spellings = ['Human Rights', 'human rights', 'HUMAN RIGHTS', 'Human-Rights', 'Human  Rights', 'Hümän Rights'];
    expect(new Set(spellings.map(nameSlug))).toEqual(new Set(['human-rights']));
  });

  it('keeps marks that are letters’ vowels in scripts other than Latin, Greek and Cyrillic', () => {
    // Devanagari vowel signs are combining marks; dropping them would change the word.
    expect(nameSlug('हिन्दी')).toBe('हिन्दी');
  });

  it('is empty for a name without a letter or digit', () => {
    expect(nameSlug('!!! — ***')).toBe('');
  });
});
