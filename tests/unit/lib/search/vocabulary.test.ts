import { describe, expect, it } from 'vitest';
import { buildVocabulary, vocabularyWords } from '../../../../src/lib/search/vocabulary';

const article = (
  title: string,
  body: string,
  more: { authors?: string[]; publication?: string; tags?: string[] } = {},
) => ({
  data: { title, tags: [], ...more },
  body,
});

describe('vocabularyWords', () => {
  it('keeps words of four letters or more, lowercased, repeats included', () => {
    expect(vocabularyWords('Kilgour and Matas: the Kilgour–Matas report.')).toEqual([
      'kilgour',
      'matas',
      'kilgour',
      'matas',
      'report',
    ]);
  });
  it('leaves out web addresses, markup, link targets and Chinese', () => {
    expect(
      vocabularyWords(
        'See https://example.org/kilgour-report and <a href="/elsewhere">Gutmann</a>, [Matas](https://example.org/matas) 器官移植 <!-- hidden note -->',
      ),
    ).toEqual(['gutmann', 'matas']);
  });
  it('keeps accented letters as written', () => {
    expect(vocabularyWords('Société, Kärnten')).toEqual(['société', 'kärnten']);
  });
});

describe('buildVocabulary', () => {
  it('counts the words of titles, text, bylines, publications, topics and entity names, sorted by word', () => {
    const vocabulary = buildVocabulary(
      [
        article('Kilgour speaks', 'Kilgour said the report was ignored.', {
          authors: ['Matthew Robertson'],
          publication: 'The Epoch Times',
          tags: ['Falun Gong'],
        }),
        article('Another report', 'The report was read.'),
      ],
      [{ name: 'David Kilgour', aliases: [], shortNames: ['Kilgour'] }],
    );
    expect(vocabulary).toEqual({
      another: 1,
      david: 1,
      epoch: 1,
      falun: 1,
      gong: 1,
      ignored: 1,
      kilgour: 4,
      matthew: 1,
      read: 1,
      report: 3,
      robertson: 1,
      said: 1,
      speaks: 1,
      times: 1,
    });
    expect(Object.keys(vocabulary)).toEqual(Object.keys(vocabulary).toSorted());
  });
});
