import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, newsArticle } from '../../../../src/lib/site/structured-data';

const minimal = {
  headline: 'Skeptical About Organ Harvesting in China? Then Watch This',
  url: 'https://archive.example.org/articles/skeptical/',
  image: 'https://archive.example.org/cards/articles/skeptical.png',
  lang: 'en',
  authors: [],
  tags: [],
};

describe('newsArticle', () => {
  it('carries every fact the source states', () => {
    expect(
      newsArticle({
        ...minimal,
        description: 'One sentence.',
        authors: [{ name: 'Petr Svab', url: 'https://archive.example.org/authors/petr-svab/' }],
        publication: 'The Epoch Times',
        published: '2012-06-20',
        updated: '2015-10-01',
        sourceUrl: 'https://www.theepochtimes.com/a',
        tags: ['Falun Gong', 'Wang Lijun'],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: minimal.headline,
      description: 'One sentence.',
      url: minimal.url,
      mainEntityOfPage: minimal.url,
      image: [minimal.image],
      inLanguage: 'en',
      author: [{ '@type': 'Person', name: 'Petr Svab', url: 'https://archive.example.org/authors/petr-svab/' }],
      publisher: { '@type': 'Organization', name: 'The Epoch Times' },
      datePublished: '2012-06-20',
      dateModified: '2015-10-01',
      isBasedOn: 'https://www.theepochtimes.com/a',
      keywords: 'Falun Gong, Wang Lijun',
    });
  });

  it('leaves out author, publisher and dates the source does not state, rather than inventing them', () => {
    const data = newsArticle(minimal);
    for (const key of [
      'author',
      'publisher',
      'datePublished',
      'dateModified',
      'isBasedOn',
      'keywords',
      'description',
    ]) {
      expect(data, key).not.toHaveProperty(key);
    }
    expect(data.headline).toBe(minimal.headline);
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from one, each step with its name and address', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://a.example/' },
        { name: '2012', url: 'https://a.example/articles/2012/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://a.example/' },
        { '@type': 'ListItem', position: 2, name: '2012', item: 'https://a.example/articles/2012/' },
      ],
    });
  });
});

describe('jsonLdText', () => {
  it('cannot end its script element early, whatever a title holds', () => {
    const text = jsonLdText({ headline: 'A </script><script>alert(1)</script> title' });
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: 'A </script><script>alert(1)</script> title' });
  });

  it('escapes line and paragraph separators and reads back the same', () => {
    const data = { headline: 'one\u2028two\u2029three' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
