import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../../src/lib/content/mentions';
import { filtersWithValues, searchFacetsByArticle } from '../../../../src/lib/search/index-fields';

const entities = [
  { slug: 'wang-lijun', data: { name: 'Wang Lijun' } },
  { slug: 'china-tribunal', data: { name: 'China Tribunal' } },
  { slug: 'amnesty-international', data: { name: 'Amnesty International' } },
];
const mention = (entity: string): EntityMention => ({ entity, passage: 'p-1', sentence: 'A sentence.' });
const article = (id: string, tags: string[], publication?: string) => ({
  id,
  data: { tags, ...(publication !== undefined && { publication }) },
});

describe('searchFacetsByArticle', () => {
  const articles = [
    article('a', ['Human Rights', 'China Tribunal'], 'The Epoch Times'),
    article('b', ['human rights', 'Organ transplants'], 'the epoch times'),
    article('c', []),
  ];
  const facets = searchFacetsByArticle(
    articles,
    new Map([['b', [mention('wang-lijun'), mention('wang-lijun')]]]),
    entities,
  );

  it('gives each article its topics and publication in the one spelling their pages use', () => {
    expect(facets.get('a')).toMatchObject({ topics: ['Human Rights'], publication: 'The Epoch Times' });
    expect(facets.get('b')).toMatchObject({
      topics: ['Human Rights', 'Organ transplants'],
      publication: 'The Epoch Times',
    });
  });

  it('files a topic that names an entity under the entity, not as a topic', () => {
    expect(facets.get('a')?.topics).not.toContain('China Tribunal');
    expect(facets.get('a')?.entities).toEqual(['China Tribunal']);
  });

  it('gives the entities an article mentions, each once, and none where it mentions none', () => {
    expect(facets.get('b')?.entities).toEqual(['Wang Lijun']);
    expect(facets.get('c')).toEqual({ topics: [], publication: undefined, entities: [] });
  });

  it('has one entry for each article and no other', () => {
    expect([...facets.keys()]).toEqual(['a', 'b', 'c']);
  });
});

describe('filtersWithValues', () => {
  it('always has the year, which every article has (undated ones included)', () => {
    expect(filtersWithValues([])).toEqual(new Set(['year']));
    expect(filtersWithValues([{ topics: [], entities: [] }])).toEqual(new Set(['year']));
  });

  it('has each optional filter once some article has a value for it', () => {
    expect(
      filtersWithValues([
        { topics: [], entities: [] },
        { topics: ['Human Rights'], entities: [] },
      ]),
    ).toEqual(new Set(['year', 'topic']));
    expect(filtersWithValues([{ topics: [], publication: 'The Epoch Times', entities: ['Wang Lijun'] }])).toEqual(
      new Set(['year', 'publication', 'entity']),
    );
  });

  it('leaves out a publication given as an empty name', () => {
    expect(filtersWithValues([{ topics: [], publication: '', entities: [] }])).toEqual(new Set(['year']));
  });
});
