import { describe, expect, it } from 'vitest';
import { citationItem, cslDate, type CitableArticle } from '../../../../src/lib/formats/citation-item';

const byWords = (name: string) => {
  const words = name.split(' ');
  return { given: words.slice(0, -1).join(' '), family: words.at(-1) };
};
const article: CitableArticle = {
  slug: 'a-slug',
  title: 'A title',
  added: '2026-11-22',
  archiveUrl: 'https://archive.example.org/articles/a-slug/',
  archiveName: 'The Archive',
};

describe('citationItem', () => {
  it('cites the original address as its source gives it, without the archive', () => {
    const item = citationItem(
      { ...article, publication: 'The Times', published: '2024-07-02', sourceUrl: 'https://times.example/a' },
      byWords,
    );
    expect(item).toEqual({
      id: 'a-slug',
      'citation-key': 'a_slug',
      type: 'article-newspaper',
      title: 'A title',
      'container-title': 'The Times',
      issued: cslDate('2024-07-02'),
      URL: 'https://times.example/a',
    });
  });

  it("cites the archive's copy when the original address is unknown: the archive beside the publication", () => {
    const item = citationItem({ ...article, publication: 'The Times', authors: ['Ann Lee'] }, byWords);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      author: [{ given: 'Ann', family: 'Lee' }],
      'container-title': 'The Times',
      archive: 'The Archive',
      accessed: { 'date-parts': [[2026, 11, 22]] },
      URL: article.archiveUrl,
    });
  });

  it('makes the archive the container of a copy whose source names no publication, and invents no date', () => {
    const item = citationItem({ ...article, lang: 'zh-CN' }, byWords);
    expect(item).toEqual({
      id: 'a-slug',
      'citation-key': 'a_slug',
      type: 'webpage',
      title: 'A title',
      'container-title': 'The Archive',
      accessed: cslDate('2026-11-22'),
      URL: article.archiveUrl,
      language: 'zh-CN',
    });
  });
});
