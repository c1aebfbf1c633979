import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../../../src/lib/content/model';
import { closestArchiveWord, maxEdits, suggestQuery } from '../../../../src/lib/search/did-you-mean';
import { buildVocabulary } from '../../../../src/lib/search/vocabulary';

describe('closestArchiveWord', () => {
  const vocabulary = { kilgour: 12, kilgoor: 1, matas: 5, mates: 9, report: 30, reports: 4 };

  it('corrects a word one edit from the archive’s word: added, left out, changed or swapped letters', () => {
    expect(closestArchiveWord('kilgor', vocabulary)).toBe('kilgour');
    expect(closestArchiveWord('kilgoure', { kilgour: 1 })).toBe('kilgour');
    expect(closestArchiveWord('kolgour', vocabulary)).toBe('kilgour');
    expect(closestArchiveWord('kilgoru', vocabulary)).toBe('kilgour');
  });

  it('takes the word the archive uses most when two are as close', () => {
    // "kilgor" is one edit from both; the archive writes "kilgour" twelve times and "kilgoor" once.
    expect(closestArchiveWord('kilgor', vocabulary)).toBe('kilgour');
    expect(closestArchiveWord('matus', vocabulary)).toBe('mates');
  });

  it('never corrects a word the archive holds, nor the start of one, which search finds as it is', () => {
    expect(closestArchiveWord('matas', vocabulary)).toBeUndefined();
    expect(closestArchiveWord('Kilgour', vocabulary)).toBeUndefined();
    expect(closestArchiveWord('kilgo', vocabulary)).toBeUndefined();
    // Search finds "Kilgore" for "kilgor", so there is nothing to correct.
    expect(closestArchiveWord('kilgor', { kilgour: 12, kilgore: 1 })).toBeUndefined();
  });

  it('leaves short words, numbers and Chinese alone, and words nothing is close to', () => {
    expect(closestArchiveWord('cpp', vocabulary)).toBeUndefined();
    expect(closestArchiveWord('2006', vocabulary)).toBeUndefined();
    expect(closestArchiveWord('器官移植', vocabulary)).toBeUndefined();
    expect(closestArchiveWord('banana', vocabulary)).toBeUndefined();
  });

  it('allows two edits only in words of eight letters or more', () => {
    expect(maxEdits('kilgour')).toBe(1);
    expect(maxEdits('consulate')).toBe(2);
    expect(closestArchiveWord('kilgaur', { kilgour: 1 })).toBe('kilgour');
    expect(closestArchiveWord('kalgaur', { kilgour: 1 })).toBeUndefined();
    expect(closestArchiveWord('cansulute', { consulate: 1 })).toBe('consulate');
  });
});

describe('suggestQuery', () => {
  const vocabulary = { david: 3, kilgour: 12, matas: 5, report: 30 };

  it('corrects each word the archive does not hold and keeps the rest as typed', () => {
    expect(suggestQuery('David kilgor', vocabulary)).toBe('David kilgour');
    expect(suggestQuery('kilgor matsa report', vocabulary)).toBe('kilgour matas report');
    expect(suggestQuery('"kilgor report"', vocabulary)).toBe('"kilgour report"');
  });

  it('suggests nothing when no word changes', () => {
    expect(suggestQuery('David Kilgour', vocabulary)).toBeUndefined();
    expect(suggestQuery('banana', vocabulary)).toBeUndefined();
    expect(suggestQuery('', vocabulary)).toBeUndefined();
  });
});

describe('"Did you mean" over the fixture site', async () => {
  // Built by the build's own code from the fixture site's published articles and entities.
  const content = await loadContent({
    articlesDir: 'tests/fixtures/site',
    entitiesDir: 'tests/fixtures/entities',
    redirectsFile: 'tests/fixtures/redirects.txt',
    timelineFile: 'tests/fixtures/timeline.yaml',
    capturesDir: 'tests/fixtures/captures',
  });
  const published = content.articles.flatMap(({ draft, data, body }) => (!draft && data ? [{ data, body }] : []));
  const vocabulary = buildVocabulary(
    published,
    content.entities.map(({ data }) => data),
  );

  /** One-edit misspellings of names and terms the fixture site writes, each with the word meant. */
  const TYPOS: [typo: string, meant: string, edit: 'insertion' | 'deletion' | 'substitution' | 'swap'][] = [
    ['kilgor', 'kilgour', 'deletion'],
    ['kilgoru', 'kilgour', 'swap'],
    ['kilgoure', 'kilgour', 'insertion'],
    ['kolgour', 'kilgour', 'substitution'],
    ['matsa', 'matas', 'swap'],
    ['mattas', 'matas', 'insertion'],
    ['gutmnn', 'gutmann', 'deletion'],
    ['gtumann', 'gutmann', 'swap'],
    ['chonqging', 'chongqing', 'swap'],
    ['chongquing', 'chongqing', 'insertion'],
    ['chengu', 'chengdu', 'deletion'],
    ['lijn', 'lijun', 'deletion'],
    ['lijum', 'lijun', 'substitution'],
    ['consualte', 'consulate', 'swap'],
    ['cosulate', 'consulate', 'deletion'],
    ['falung', 'falun', 'insertion'],
    ['anastasa', 'anastasia', 'deletion'],
    ['chapell', 'chappell', 'deletion'],
    ['robertsen', 'robertson', 'substitution'],
    ['gazete', 'gazette', 'deletion'],
    ['gazzette', 'gazette', 'insertion'],
    ['epcoh', 'epoch', 'swap'],
    ['practitoners', 'practitioners', 'deletion'],
    ['harvseting', 'harvesting', 'swap'],
    ['transplnat', 'transplant', 'swap'],
    ['hospitl', 'hospital', 'deletion'],
    ['journalsit', 'journalist', 'swap'],
    ['amnesyt', 'amnesty', 'swap'],
    ['meditaton', 'meditation', 'deletion'],
    ['persecutd', 'persecuted', 'deletion'],
    ['bylinewrigth', 'bylinewright', 'swap'],
    ['wirter', 'writer', 'swap'],
    ['uncensord', 'uncensored', 'deletion'],
    ['secretery', 'secretary', 'substitution'],
    ['kidnyes', 'kidneys', 'swap'],
    ['slaughtr', 'slaughter', 'deletion'],
    ['independant', 'independent', 'substitution'],
    ['investigatve', 'investigative', 'deletion'],
  ];

  it('holds every word meant, and the list covers each kind of edit', () => {
    expect(TYPOS.length).toBeGreaterThanOrEqual(30);
    expect(TYPOS.filter(([, meant]) => !Object.hasOwn(vocabulary, meant))).toEqual([]);
    expect(new Set(TYPOS.map(([, , edit]) => edit))).toEqual(
      new Set(['insertion', 'deletion', 'substitution', 'swap']),
    );
  });

  it('suggests the word meant first for at least 90 % of one-edit misspellings', () => {
    const wrong = TYPOS.filter(([typo, meant]) => suggestQuery(typo, vocabulary) !== meant);
    const rate = (TYPOS.length - wrong.length) / TYPOS.length;
    const gzipped = gzipSync(JSON.stringify(vocabulary)).length;
    console.log(
      `Did you mean: ${TYPOS.length - wrong.length} of ${TYPOS.length} misspellings corrected first (${(rate * 100).toFixed(1)} %); ` +
        `the fixture vocabulary holds ${Object.keys(vocabulary).length} words, ${gzipped} bytes gzipped` +
        (wrong.length > 0 ? `; missed: ${wrong.map(([typo]) => typo).join(', ')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('never corrects a word the archive holds, in any case', () => {
    const words = Object.keys(vocabulary);
    expect(words.filter((word) => suggestQuery(word, vocabulary) !== undefined)).toEqual([]);
    expect(words.filter((word) => suggestQuery(word.toUpperCase(), vocabulary) !== undefined)).toEqual([]);
  });
});
