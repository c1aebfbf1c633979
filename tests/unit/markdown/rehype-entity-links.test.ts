import { describe, expect, it } from 'vitest';
import { MENTIONS_KEY, type EntityMention } from '../../../src/lib/content/mentions';
import { passageId } from '../../../src/lib/content/passage-ids';
import { entityUrl } from '../../../src/lib/site/urls';
import { renderFixture, renderMarkdown } from './render';

const mentionsOf = async (markdown: string): Promise<EntityMention[]> =>
  (await renderMarkdown(markdown)).metadata.frontmatter[MENTIONS_KEY] as EntityMention[];

describe('entity links', () => {
  it('links the first mention of each entity, outside links and code, and nothing else', async () => {
    const { actual, expected } = await renderFixture('entity-links');
    expect(actual).toBe(expected);
    expect(actual.match(/class="entity-link"/g)).toHaveLength(2);
  });

  it('records every mention with its passage id and sentence, in reading order', async () => {
    const first = 'The China Tribunal met. It heard David Matas.';
    const second = 'Matas spoke; the China Tribunal listened.';
    expect(await mentionsOf(`${first}\n\n${second}`)).toEqual([
      { entity: 'china-tribunal', passage: passageId(first), sentence: 'The China Tribunal met.' },
      { entity: 'david-matas', passage: passageId(first), sentence: 'It heard David Matas.' },
      { entity: 'david-matas', passage: passageId(second), sentence: second },
      { entity: 'china-tribunal', passage: passageId(second), sentence: second },
    ]);
  });

  it('finds a short name only in an article that writes the full name', async () => {
    expect(await mentionsOf('Matas spoke.')).toEqual([]);
  });

  it('finds no mention in headings or tables, which are not passages a reader can link to', async () => {
    const { code } = await renderMarkdown('## David Matas\n\n| Name |\n| --- |\n| David Matas |');
    expect(code).not.toContain(entityUrl('david-matas'));
    expect(await mentionsOf('## David Matas\n\n| Name |\n| --- |\n| David Matas |')).toEqual([]);
  });

  it('leaves passage ids as they were, so links to passages survive a new entity', async () => {
    const markdown = 'David Matas wrote.';
    const { code } = await renderMarkdown(markdown);
    expect(code).toContain(`id="${passageId(markdown)}"`);
  });
});
