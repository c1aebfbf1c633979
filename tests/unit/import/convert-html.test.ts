import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../scripts/import/article';
import { HTML_CHROME_SELECTORS } from '../../../scripts/import/chrome-rules';
import { convertHtml } from '../../../scripts/import/convert-html';
import { toArticleMarkdown } from '../../../scripts/import/markdown';
import type { Draft } from '../../../scripts/import/types';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);
const PAGE = 'page-with-chrome.html';

const page = (bodyHtml: string, head = '') =>
  `<!doctype html><html><head><title>Page Title</title>${head}</head><body>${bodyHtml}</body></html>`;
const body = (draft: Draft) => toArticleMarkdown(draft.body);
const found = (draft: Draft, field: string) => draft.found.find((finding) => finding.field === field);

describe('a saved page with navigation, scripts, a form and a sidebar', () => {
  const result = importArticle({
    file: `tests/fixtures/import/${PAGE}`,
    bytes: readFileSync(new URL(PAGE, FIXTURES)),
    options: {},
    contentDir: 'content/articles',
    existing: new Map(),
    capturesDir: 'content/captures',
    captures: new Map(),
    force: false,
  });
  const markdown = result.ok ? result.markdown : result.error;
  const [, , articleBody = ''] = markdown.split(/^---$/m);

  it('becomes the expected article', () => {
    expect(markdown).toBe(readFileSync(new URL('page-with-chrome.md', FIXTURES), 'utf8'));
  });

  it.each([
    'The Example Tribune</a>',
    'World',
    'Most read',
    'Another story',
    'Book your holiday',
    'Get the newsletter',
    'trackRead',
    'dataLayer',
    'font-family',
    '©',
    'ward.jpg',
  ])('holds nothing of %j in its text', (chrome) => {
    expect(articleBody).not.toContain(chrome);
  });

  it('lists every element it left out, with its line and the reason', () => {
    expect(result.report?.draft.droppedElements).toEqual([
      { line: 19, element: '<header class="site-header">', reason: 'outside the article', text: 'The Example Tribune' },
      { line: 21, element: '<nav class="site-nav">', reason: 'navigation', text: 'World China' },
      {
        line: 31,
        element: '<h1>',
        reason: 'the headline, which becomes the title',
        text: 'Hospital Records Show Wait Times of Days',
      },
      {
        line: 37,
        element: '<div class="ad ad-inline">',
        reason: 'advertisement',
        text: 'Advertisement: Book your holiday now',
      },
      { line: 60, element: '<form class="newsletter">', reason: 'form', text: 'Get the newsletter Subscribe' },
      { line: 64, element: '<script>', reason: 'script', text: '' },
      { line: 69, element: '<aside class="sidebar">', reason: 'sidebar', text: 'Most read Another story' },
      {
        line: 76,
        element: '<footer class="site-footer">',
        reason: 'outside the article',
        text: '© The Example Tribune',
      },
    ]);
  });
});

describe('convertHtml: each kind of page chrome', () => {
  it.each<[string, string]>([
    ['script', '<script>track()</script><noscript>Enable scripts</noscript>'],
    ['style sheet', '<style>p { color: red }</style>'],
    ['navigation', '<nav><a href="/">Home</a></nav><div role="navigation">Menu</div>'],
    ['form', '<form><label>Email <input name="e"></label></form><button>Subscribe</button>'],
    ['sidebar', '<aside>Most read</aside>'],
    [
      'embedded frame or media player',
      '<iframe src="https://ads.example/1"></iframe><object data="widget.swf"></object><canvas></canvas>',
    ],
    ['advertisement', '<div class="ad">Buy now</div><div id="ad-top">Buy</div><ins class="adsbygoogle">x</ins>'],
    ['hidden element', '<div hidden>Secret</div><span aria-hidden="true">Icon</span>'],
  ])('removes a %s', (reason, chrome) => {
    const draft = convertHtml(page(`<article><h1>Headline</h1><p>Text of the article.</p>${chrome}</article>`));
    expect(body(draft)).toBe('Text of the article.\n');
    expect(draft.droppedElements.map((element) => element.reason)).toContain(reason);
  });

  it('marks a video or audio player where it stood as media not preserved, and lists the player', () => {
    const draft = convertHtml(
      page(
        '<article><h1>Headline</h1><p>Watch it here: <iframe src="https://www.youtube.com/embed/x1"></iframe></p>' +
          '<video src="v.mp4">Your browser cannot play this</video><audio src="a.mp3"></audio><p>Text.</p></article>',
      ),
    );
    expect(body(draft)).toBe(
      'Watch it here:\n\n![](not-preserved:video)\n\n![](not-preserved:video)\n\n![](not-preserved:audio)\n\nText.\n',
    );
    expect(draft.droppedElements.filter((element) => element.reason.includes('player'))).toEqual([
      {
        line: 1,
        element: '<iframe>',
        reason: 'video player, marked in the text as video not preserved',
        text: '',
      },
      {
        line: 1,
        element: '<video>',
        reason: 'video player, marked in the text as video not preserved',
        text: 'Your browser cannot play this',
      },
      { line: 1, element: '<audio>', reason: 'audio player, marked in the text as audio not preserved', text: '' },
    ]);
  });

  it('removes the site header and footer of a page without an article element', () => {
    const draft = convertHtml(page('<header>Site name</header><h1>Headline</h1><p>Text.</p><footer>© Site</footer>'));
    expect(body(draft)).toBe('Text.\n');
    expect(draft.droppedElements.map((element) => element.reason)).toEqual([
      'site header or footer',
      'site header or footer',
    ]);
  });

  it('keeps an article’s own header, which holds its headline and byline', () => {
    const draft = convertHtml(
      page('<article><header><h1>Headline</h1><p>By Jane Doe</p></header><p>Text.</p></article>'),
    );
    expect(found(draft, 'title')).toMatchObject({ value: 'Headline', how: "the article's <h1>" });
    expect(found(draft, 'authors')).toMatchObject({ value: ['Jane Doe'] });
  });

  it('has a test for every selector rule', () => {
    expect(HTML_CHROME_SELECTORS.map((rule) => rule.reason)).toEqual([
      'script',
      'style sheet',
      'navigation',
      'form',
      'sidebar',
      'embedded frame or media player',
      'advertisement',
      'hidden element',
      'site header or footer',
    ]);
  });
});

describe('convertHtml: choosing the article', () => {
  it('takes <main> when there is no <article>, and says so', () => {
    const draft = convertHtml(page('<div>Outside</div><main><h1>Headline</h1><p>Inside.</p></main>'));
    expect(body(draft)).toBe('Inside.\n');
    expect(draft.changes[0]?.what).toBe('the article is the <main> element');
  });

  it('takes the longest <article> when there are several', () => {
    const draft = convertHtml(
      page('<article><p>Teaser.</p></article><article><h1>H</h1><p>The real article text.</p></article>'),
    );
    expect(body(draft)).toBe('The real article text.\n');
  });
});

describe('convertHtml: metadata', () => {
  it('reads the <meta> tags when the text states nothing', () => {
    const draft = convertHtml(
      page(
        '<article><p>Text.</p></article>',
        '<meta property="og:title" content="OG Title"><meta name="author" content="Jane Doe">' +
          '<meta property="article:published_time" content="2019-03-14T23:30:00-05:00">' +
          '<meta property="article:modified_time" content="2019-03-15">' +
          '<meta name="description" content="What it is about."><meta property="og:url" content="https://example.org/a">',
      ),
    );
    expect(Object.fromEntries(draft.found.map((finding) => [finding.field, finding.value]))).toEqual({
      title: 'OG Title',
      authors: ['Jane Doe'],
      published: '2019-03-14',
      updated: '2019-03-15',
      description: 'What it is about.',
      sourceUrl: 'https://example.org/a',
    });
  });

  it('reads the language the page declares', () => {
    const html = '<!doctype html><html lang="zh-CN"><head><title>T</title></head><body><p>正文。</p></body></html>';
    expect(convertHtml(html).declaredLang).toBe('zh-CN');
    expect(convertHtml(page('<p>Text.</p>')).declaredLang).toBeUndefined();
  });

  it('falls back to <title> as written', () => {
    expect(found(convertHtml(page('<p>Text.</p>')), 'title')).toMatchObject({ value: 'Page Title', how: '<title>' });
  });

  it('reads a <time datetime> in the article', () => {
    const draft = convertHtml(
      page('<article><h1>H</h1><p>Text.</p><time datetime="2020-05-01T08:00">last May</time></article>'),
    );
    expect(found(draft, 'published')).toMatchObject({ value: '2020-05-01', how: '<time datetime="2020-05-01T08:00">' });
  });

  it('prefers the byline to <meta name=author>, and reports the disagreement', () => {
    const draft = convertHtml(
      page('<article><h1>H</h1><p>By Jane Doe</p><p>Text.</p></article>', '<meta name="author" content="John Roe">'),
    );
    expect(found(draft, 'authors')).toMatchObject({ value: ['Jane Doe'] });
    expect(draft.warnings).toEqual([
      'line 1: <meta author> names John Roe but byline "By Jane Doe" names Jane Doe, which is used',
    ]);
  });

  it('ignores an author that is an address', () => {
    const draft = convertHtml(
      page('<p>Text.</p>', '<meta property="article:author" content="https://facebook.com/x">'),
    );
    expect(found(draft, 'authors')).toBeUndefined();
  });
});

describe('convertHtml: structure', () => {
  it('keeps headings, emphasis, quotes, lists and tables', () => {
    const draft = convertHtml(
      page(
        '<article><h1>H</h1><h2>Part one</h2><p>A <em>key</em> and <strong>strong</strong> point.</p>' +
          '<blockquote><p>Quoted.</p></blockquote><ol><li>First</li><li>Second</li></ol>' +
          '<table><tr><th>A</th></tr><tr><td>1</td></tr></table></article>',
      ),
    );
    expect(body(draft)).toBe(
      '## Part one\n\nA _key_ and **strong** point.\n\n> Quoted.\n\n1. First\n2. Second\n\n| A |\n| - |\n| 1 |\n',
    );
  });

  it('makes a second top-level heading a subheading', () => {
    expect(body(convertHtml(page('<article><h1>Title</h1><p>Text.</p><h1>Another</h1><p>More.</p></article>')))).toBe(
      'Text.\n\n## Another\n\nMore.\n',
    );
  });

  it('drops links that lead nowhere but keeps their words', () => {
    const draft = convertHtml(
      page('<article><h1>H</h1><p><a href="javascript:void(0)">Click</a> and <a href="#n1">note</a>.</p></article>'),
    );
    expect(body(draft)).toBe('Click and note.\n');
  });

  it('resolves relative addresses against the canonical link', () => {
    const draft = convertHtml(
      page(
        '<article><h1>H</h1><p><a href="../other">Other</a>.</p></article>',
        '<link rel="canonical" href="https://example.org/a/b">',
      ),
    );
    expect(body(draft)).toBe('[Other](https://example.org/other).\n');
  });

  it('removes an image followed by its caption, marking the photo as not preserved with the caption', () => {
    const draft = convertHtml(
      page(
        '<article><h1>H</h1><p><a href="/big.jpg"><img src="https://example.org/w.jpg" alt="Wang Lijun"></a></p><p>Wang Lijun</p><p>Text.</p></article>',
      ),
    );
    expect(body(draft)).toBe('![Wang Lijun](not-preserved:photo)\n\nText.\n');
    expect(draft.removals[0]).toMatchObject({
      rule: 'captioned-image',
      image: { src: 'https://example.org/w.jpg', caption: 'Wang Lijun' },
    });
  });
});
