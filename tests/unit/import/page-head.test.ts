import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { jsonLdArticle, pageAddress, readHead } from '../../../scripts/import/page-head';

describe('jsonLdArticle', () => {
  it('reads the article of a JSON-LD block: headline, authors, dates, publisher', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ReportageNewsArticle',
      headline: 'Tite diz que errou',
      author: [{ '@type': 'Person', name: 'Bruno (Henrique Zecchin) Rodrigues ' }],
      datePublished: '2018-12-21T12:55:00Z',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Folha de S.Paulo' },
    });
    expect(jsonLdArticle(block, 7)).toEqual({
      line: 7,
      type: 'ReportageNewsArticle',
      headline: 'Tite diz que errou',
      authors: ['Bruno (Henrique Zecchin) Rodrigues'],
      datePublished: '2018-12-21T12:55:00Z',
      publisher: 'Folha de S.Paulo',
    });
  });

  it('looks through @graph and lists, and skips what is not an article', () => {
    const block = '<![CDATA[{"@graph":[{"@type":"WebPage"},{"@type":["BlogPosting"],"author":"Ann Lee"}]}]]>';
    expect(jsonLdArticle(block, 1)).toMatchObject({ type: 'BlogPosting', authors: ['Ann Lee'] });
    expect(jsonLdArticle('{"@type":"BreadcrumbList"}', 1)).toBeUndefined();
    expect(jsonLdArticle('{ &#34;not json', 1)).toBeUndefined();
  });
});

describe('pageAddress', () => {
  it.each<[string, (string | undefined)[], string | undefined]>([
    ['//us.yahoo.com/news/', [], 'https://us.yahoo.com/news/'],
    ['/news/a.html', ['https://example.org/other'], 'https://example.org/news/a.html'],
    ['/news/a.html', [undefined], undefined],
    ['javascript:void(0)', [], undefined],
    ['https://example.org/a', [], 'https://example.org/a'],
  ])('%s against %j → %s', (href, bases, address) => {
    expect(pageAddress(href, bases)).toBe(address);
  });
});

describe('readHead', () => {
  it('reads the title, meta tags, canonical link and JSON-LD with their lines', () => {
    const head = readHead(
      fromHtml(
        '<title>T | Site</title>\n<meta property="og:title" content="T">\n<link rel="canonical" href="//x.org/a">\n' +
          '<script type="application/ld+json">{"@type":"NewsArticle","headline":"T"}</script>',
      ),
    );
    expect(head.title).toEqual({ value: 'T | Site', line: 1, how: '<title>' });
    expect(head.meta.get('og:title')).toEqual({ value: 'T', line: 2, how: '<meta og:title>' });
    expect(head.canonical?.value).toBe('//x.org/a');
    expect(head.article).toMatchObject({ line: 4, headline: 'T' });
  });
});
