import { describe, expect, it } from 'vitest';
import { entitySummaries, mentionedNames } from '../../../../src/lib/content/entity-index';
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

  it('gives an article the same names that the entity summaries list it under', () => {
    const articles = [
      { article: 'one', mentions: [mention('etac'), mention('bo-xilai')] },
      { article: 'two', mentions: [mention('zhou-yongkang')] },
    ];
    const summaries = entitySummaries(ENTITIES, articles);
    for (const { article, mentions } of articles) {
      const listedUnder = summaries
        .filter((summary) => summary.articles.some((a) => a.article === article))
        .map(({ data }) => data.name);
      expect(mentionedNames(mentions, ENTITIES)).toEqual(listedUnder);
    }
  });
});
