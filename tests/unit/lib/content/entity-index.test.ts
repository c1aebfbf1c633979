import { describe, expect, it } from 'vitest';
import {
  entitySummaries,
  findTopicMerges,
  mentionedNames,
  topicEntityFinder,
} from '../../../../src/lib/content/entity-index';
import type { EntityData } from '../../../../src/schema';

const entity = (slug: string, name: string): { slug: string; id: string; data: EntityData } => ({
  slug,
  id: slug,
  data: { name, kind: 'person', aliases: [], shortNames: [], description: 'D.', source: 'a' },
});
const ENTITIES = [entity('zhou-yongkang', 'Zhou Yongkang'), entity('bo-xilai', 'Bo Xilai'), entity('etac', 'ETAC')];
const mention = (slug: string, passage = 'p-a-0000000') => ({ entity: slug, passage, sentence: `${slug} spoke.` });

describe('mentionedNames', () => {
  it('names each entity an article mentions once, in the entity index’s order, from its own mentions', () => {
    const mentions = [mention('zhou-yongkang'), mention('bo-xilai'), mention('zhou-yongkang', 'p-b-0000000')];
    expect(mentionedNames(mentions, ENTITIES)).toEqual(['Bo Xilai', 'Zhou Yongkang']);
    expect(mentionedNames([], ENTITIES)).toEqual([]);
  });

  it('adds the entities the article’s topics name, so search counts what the entity pages list', () => {
    expect(mentionedNames([mention('etac')], ENTITIES, ['bo xilai', 'Falun Gong', 'ETAC'])).toEqual(['Bo Xilai', 'ETAC']);
  });

  it('gives an article the same names that the entity summaries list it under', () => {
    const articles = [
      { article: 'one', mentions: [mention('etac'), mention('bo-xilai')], topics: [] },
      { article: 'two', mentions: [mention('zhou-yongkang')], topics: ['Bo Xilai'] },
      { article: 'three', mentions: [], topics: ['Zhou-Yongkang', 'Uyghurs'] },
    ];
    const summaries = entitySummaries(ENTITIES, articles);
    for (const { article, mentions, topics } of articles) {
      const listedUnder = summaries
        .filter((summary) => summary.articles.some((a) => a.article === article))
        .map(({ data }) => data.name);
      expect(mentionedNames(mentions, ENTITIES, topics)).toEqual(listedUnder);
    }
  });
});

describe('topicEntityFinder', () => {
  it('finds the entity whose name is the topic’s, with case, accents and punctuation set aside as topics are', () => {
    const entityOf = topicEntityFinder([...ENTITIES, entity('zhou-yongkang-2', 'Zhou Yongkang')]);
    expect(entityOf('Bo Xilai')).toBe('bo-xilai');
    expect(entityOf('bo xilai')).toBe('bo-xilai');
    expect(entityOf('Bo-Xilai!')).toBe('bo-xilai');
    expect(entityOf('Bó Xīlái')).toBe('bo-xilai');
    expect(entityOf('etac')).toBe('etac');
    // The first entity of a name wins; the content check stops two entities sharing one.
    expect(entityOf('Zhou Yongkang')).toBe('zhou-yongkang');
    expect(entityOf('Bo')).toBeUndefined();
    expect(entityOf('Falun Gong')).toBeUndefined();
  });
});

describe('findTopicMerges', () => {
  const files = ENTITIES.map(({ slug, data }) => ({ file: `content/entities/${slug}.yaml`, slug, data }));

  it('lists each topic that names an entity once, as the topic pages spell it, with the entity’s file', () => {
    const articles = [
      { data: { tags: ['Bo Xilai', 'Falun Gong'] } },
      { data: { tags: ['bo xilai', 'ETAC'] } },
      { data: { tags: ['Bo Xilai'] } },
    ];
    expect(findTopicMerges(articles, files)).toEqual([
      {
        topic: 'Bo Xilai',
        topicSlug: 'bo-xilai',
        entity: { file: 'content/entities/bo-xilai.yaml', slug: 'bo-xilai', name: 'Bo Xilai' },
      },
      { topic: 'ETAC', topicSlug: 'etac', entity: { file: 'content/entities/etac.yaml', slug: 'etac', name: 'ETAC' } },
    ]);
  });

  it('finds none when no topic names an entity', () => {
    expect(findTopicMerges([{ data: { tags: ['Falun Gong'] } }], files)).toEqual([]);
  });
});

describe('entitySummaries, one page per subject', () => {
  it('lists each article that mentions the entity or is filed under its topic, once, in the order given', () => {
    const [bo] = entitySummaries(
      [entity('bo-xilai', 'Bo Xilai')],
      [
        { article: 'newest', mentions: [], topics: ['Bo Xilai'] },
        { article: 'both', mentions: [mention('bo-xilai'), mention('bo-xilai')], topics: ['bo xilai'] },
        { article: 'named', mentions: [mention('bo-xilai', 'p-c-0000000')] },
        { article: 'neither', mentions: [], topics: ['Falun Gong'] },
      ],
    );
    expect(bo?.articles.map(({ article, mentionCount, filedUnder, passages }) => [article, mentionCount, filedUnder, passages.length])).toEqual([
      ['newest', 0, true, 0],
      ['both', 2, true, 1],
      ['named', 1, false, 1],
    ]);
    expect(bo?.mentionCount).toBe(3);
  });
});
