import { describe, expect, it } from 'vitest';
import { renderMarkdown, withoutPassageLinks } from '../../markdown/render';
import { feedArticles, feedDate, feedHtml, newestInFeedFirst, provenanceHtml } from '../../../../src/lib/formats/feed';

const ARTICLE = 'https://archive.example.org/articles/wang-lijun/';

describe('feedDate', () => {
  it('is the publication date the source states', () => {
    expect(feedDate({ published: '2012-06-20', added: '2026-11-20' })).toBe('2012-06-20');
  });

  it('falls back to the day the article was added when the source states no date', () => {
    expect(feedDate({ added: '2026-11-20' })).toBe('2026-11-20');
  });

  it('is nothing when neither is known, rather than a date made up', () => {
    expect(feedDate({})).toBeUndefined();
  });
});

describe('feedArticles', () => {
  const entry = (id: string, published?: string, added?: string) => ({ id, data: { published, added } });

  it('keeps the newest in feed order, however many articles there are', () => {
    const articles = [
      entry('2012', '2012-06-20'),
      entry('undated'),
      entry('2024', '2024-07-02'),
      entry('2019', '2019-01-01'),
    ];
    expect(feedArticles(articles, 2).map((a) => a.id)).toEqual(['2024', '2019']);
    expect(feedArticles(articles, 10).map((a) => a.id)).toEqual(['2024', '2019', '2012', 'undated']);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry(`a${i}`, `2001-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    expect(feedArticles(many, 50)).toHaveLength(50);
  });
});

describe('newestInFeedFirst', () => {
  const entry = (id: string, published?: string, added?: string) => ({ id, data: { published, added } });

  it('orders by feed date, newest first, items without one last, ties in the given order', () => {
    const articles = [
      entry('dated-2024', '2024-07-02'),
      entry('dated-2012', '2012-06-20'),
      entry('undated-a'),
      entry('undated-added-2020', undefined, '2020-01-10'),
      entry('undated-b'),
      entry('also-2012', '2012-06-20'),
    ];
    expect(newestInFeedFirst(articles).map((a) => a.id)).toEqual([
      'dated-2024',
      'undated-added-2020',
      'dated-2012',
      'also-2012',
      'undated-a',
      'undated-b',
    ]);
  });
});

describe('feedHtml', () => {
  it('drops the "link to this section" anchors, which read as stray text without the site’s styles', () => {
    const html =
      '<h2 id="background">Background<a class="heading-anchor" href="#background"><span class="visually-hidden">Link to the section Background</span></a></h2><p>Text.</p>';
    expect(feedHtml(html, ARTICLE)).toBe('<h2 id="background">Background</h2><p>Text.</p>');
  });

  it('drops the passage titles that only search reads', () => {
    expect(feedHtml('<p id="p-text-1abcdef" data-pagefind-title="Text.">Text.</p>', ARTICLE)).toBe(
      '<p id="p-text-1abcdef">Text.</p>',
    );
  });

  it('keeps a placeholder for media not preserved as its words, without search’s mark', async () => {
    const { code } = await renderMarkdown('Text.\n\n![Wang Lijun (Feng Li/Getty Images)](not-preserved:photo)');
    expect(feedHtml(withoutPassageLinks(code), ARTICLE)).toBe(
      '<p>Text.</p>\n<p class="media-not-preserved">[Photo not preserved: Wang Lijun (Feng Li/Getty Images)]</p>',
    );
  });

  it('makes relative links and images absolute against the article’s address', () => {
    const html =
      '<p><a href="#fn-1">1</a> <a href="/articles/other/">other</a> <a href="../x/">x</a> <img src="/favicon.svg" alt=""></p>';
    expect(feedHtml(html, ARTICLE)).toBe(
      '<p><a href="https://archive.example.org/articles/wang-lijun/#fn-1">1</a> ' +
        '<a href="https://archive.example.org/articles/other/">other</a> ' +
        '<a href="https://archive.example.org/articles/x/">x</a> ' +
        '<img src="https://archive.example.org/favicon.svg" alt=""></p>',
    );
  });

  it('leaves absolute links, mailto: links and text alone', () => {
    const html =
      '<p><a href="https://www.theepochtimes.com/a">source</a> <a href="mailto:a@example.org">mail</a> “quoted” &amp; more</p>';
    // The serialiser writes "&" as "&#x26;", which means the same.
    expect(feedHtml(html, ARTICLE)).toBe(html.replace('&amp;', '&#x26;'));
  });
});

describe('provenanceHtml', () => {
  it('states publication, authors, date and original link as the source gives them', () => {
    expect(
      provenanceHtml({
        publication: 'The Epoch Times',
        authors: ['Petr Svab', 'Sidney Hunt'],
        published: '2012-06-20',
        sourceUrl: 'https://www.theepochtimes.com/a?b=1&c=2',
      }),
    ).toBe(
      '<p><em>Publication: The Epoch Times · Authors: Petr Svab, Sidney Hunt · Published: 20 June 2012 · ' +
        'Original: <a href="https://www.theepochtimes.com/a?b=1&amp;c=2">www.theepochtimes.com</a></em></p>',
    );
  });

  it('says what is not stated, and when an undated article was added', () => {
    expect(provenanceHtml({ authors: [], added: '2026-11-20' })).toBe(
      '<p><em>Publication: not stated · Author: not stated · Published: Date not stated ' +
        '(added to the archive on 20 November 2026) · Original: link not recorded</em></p>',
    );
    expect(provenanceHtml({ authors: [] })).toContain('Published: Date not stated · ');
  });

  it('adds the editors’ note, escaped', () => {
    expect(provenanceHtml({ authors: ['A <b>'], editorNote: 'Unverified "quotes" & <claims>.' })).toBe(
      '<p><em>Publication: not stated · Author: A &lt;b&gt; · Published: Date not stated · Original: link not recorded</em></p>' +
        "<p><strong>Editor's note:</strong> Unverified &quot;quotes&quot; &amp; &lt;claims&gt;.</p>",
    );
  });
});
