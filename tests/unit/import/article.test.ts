import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportRequest } from '../../../scripts/import/article';

const SEED_003 = readFileSync(new URL('../../fixtures/seeds/003_d78681dd366caea6.txt', import.meta.url));
const TEXT = new TextEncoder().encode('A Plain Headline\n\nThe only paragraph.\n');

const request = (extra: Partial<ImportRequest> = {}): ImportRequest => ({
  file: 'in/article.txt',
  bytes: TEXT,
  options: {},
  contentDir: 'content/articles',
  existing: new Map(),
  capturesDir: 'content/captures',
  captures: new Map(),
  force: false,
  ...extra,
});

describe('importArticle', () => {
  it('writes to content/articles/<short slug>.md', () => {
    const result = importArticle(request());
    expect(result).toMatchObject({
      ok: true,
      slug: 'plain-headline',
      target: 'content/articles/plain-headline.md',
      replaces: false,
    });
  });

  it('lets the options win over what the text states, and says where each value came from', () => {
    const result = importArticle(
      request({
        bytes: SEED_003,
        options: {
          title: 'Another Title',
          publication: 'A Paper',
          sourceUrl: 'https://example.org/a',
          tags: ['X'],
          added: '2026-11-23',
        },
      }),
    );
    expect(result.ok && result.markdown.split('\n---\n')[0]).toBe(
      [
        '---',
        'title: Another Title',
        'description: Amid escalating international scrutiny, the United States government has issued a compelling call for the Chinese Communist Party (CCP) to permit an independent investigation into allegations of systematic organ harvesting from prisoners of conscience and minority groups.',
        'authors: [Sidney Hunt]',
        'publication: A Paper',
        'sourceUrl: https://example.org/a',
        'published: 2024-07-02',
        'added: 2026-11-23',
        'tags: [X]',
        'editorNote: >-',
        '  The archive supplied this title; the source\'s headline is "US Urges CCP to Allow Independent Probe into Alleged Organ',
        '  Harvesting Practices". The archive supplied the publication\'s name; the text does not state it.',
        'removed:',
        '  - what: "the source\'s headline, which the editor\'s note quotes"',
        '    text: "US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting Practices"',
        '  - what: "the byline"',
        '    text: "by Sidney Hunt"',
        '    keptAs: authors',
        '  - what: "the publication date"',
        '    text: "Published: July 2, 2024"',
        '    keptAs: published',
        '  - what: "the relative date \\"(3 weeks ago)\\" after the publication date"',
        '    text: "(3 weeks ago)"',
        '  - what: "after the article, the stray widget text \\"HTML tutorial\\""',
        '    text: "HTML tutorial"',
        'capture:',
        '  sha256: 0baa89b32c3c18f8831dcbde738b1003b8685f9368fdc9cd6ffeedb14ed791d5',
      ].join('\n'),
    );
    expect(result.report?.used.find((used) => used.field === 'title')?.from).toEqual({ option: '--title' });
  });

  it('files a Chinese text under its language, so search splits its words as Chinese', () => {
    const result = importArticle(
      request({
        bytes: new TextEncoder().encode('强摘器官\n\n国际联盟呼吁中共立即停止强摘器官。\n'),
        options: { slug: 'qiang-zhai-qi-guan' },
      }),
    );
    expect(result.ok && result.markdown).toContain('\nlang: zh-Hans\n');
    expect(result.report?.language).toEqual({ lang: 'zh-Hans', how: 'the text: mostly Han characters, Simplified' });
  });

  it('keeps the source as the capture, byte for byte, and records its hash', () => {
    const result = importArticle(request());
    expect(result).toMatchObject({
      ok: true,
      capture: {
        target: 'content/captures/plain-headline.txt',
        bytes: TEXT,
        sha256: '08345d8af00f78b45073f0aa63b0c2cb9bca61f9423f4e5bc8701fe78334422c',
        replaces: false,
      },
    });
    expect(result.ok && result.markdown).toContain(
      '\nremoved:\n  - what: "the headline"\n    text: "A Plain Headline"\n    keptAs: title\ncapture:\n  sha256: ',
    );
  });

  it('keeps a saved page as an .html capture', () => {
    const page = new TextEncoder().encode(
      '<html><head><title>A Page Headline</title></head><body><article><h1>A Page Headline</h1>' +
        '<p>The only paragraph of the page, long enough to be an article by any measure.</p></article></body></html>',
    );
    const result = importArticle(request({ file: 'saved/page.htm', bytes: page }));
    expect(result.ok && result.capture.target).toBe('content/captures/page-headline.html');
  });

  it('records the day the capture was collected only when the editor gives it', () => {
    const plain = importArticle(request());
    expect(plain.ok && plain.markdown).not.toContain('captured:');
    const result = importArticle(request({ options: { captured: '2024-07-02' } }));
    expect(result.ok && result.markdown).toContain('\ncapture:\n  sha256: ');
    expect(result.ok && result.markdown).toContain('\n  captured: 2024-07-02\n---\n');
  });

  it('refuses to overwrite an existing capture without --force, and replaces it with --force', () => {
    const captures = new Map([['plain-headline', 'content/captures/plain-headline.txt']]);
    expect(importArticle(request({ captures }))).toMatchObject({
      ok: false,
      error:
        'in/article.txt: content/captures/plain-headline.txt already exists and was not changed; pass --slug to ' +
        'import under another name, or --force to replace it; nothing was written.',
    });
    expect(importArticle(request({ captures, force: true }))).toMatchObject({
      ok: true,
      capture: { target: 'content/captures/plain-headline.txt', replaces: true },
    });
  });

  it('never leaves an article two captures, even with --force', () => {
    const captures = new Map([['plain-headline', 'content/captures/plain-headline.html']]);
    expect(importArticle(request({ captures, force: true }))).toMatchObject({
      ok: false,
      error:
        'in/article.txt: content/captures/plain-headline.html is already the capture of "plain-headline" and was ' +
        'not changed; an article has one capture, so pass --slug to import under another name, or remove that ' +
        'capture first; nothing was written.',
    });
  });

  it('refuses an article the build could not hold to its capture, quoting the sentence', () => {
    // The link's markup comes out of the capture, but the comma it touches would then stand apart: "this ,".
    const bytes = new TextEncoder().encode('A Plain Headline\n\nRead <a href="https://e.org">this</a>, then.\n');
    expect(importArticle(request({ bytes }))).toMatchObject({
      ok: false,
      error:
        "in/article.txt: expected the article's words to be the capture's words less what was taken out, found " +
        'words the capture does not show as text in that order: "Read this, then." ' +
        '(content/captures/plain-headline.txt); nothing was written.',
    });
  });

  it('records the day the article entered the archive', () => {
    const result = importArticle(request({ options: { added: '2026-11-23' } }));
    expect(result.ok && result.markdown).toContain('\nadded: 2026-11-23\n');
  });

  it('names the field when --added is no date', () => {
    const result = importArticle(request({ options: { added: '23/11/2026' } }));
    expect(result.ok ? '' : result.error).toContain('"added" must be');
  });

  it('does not call a --title the same as the headline a supplied title', () => {
    const result = importArticle(request({ options: { title: 'A Plain Headline' } }));
    expect(result.ok && result.markdown).not.toContain('supplied this title');
  });

  it('refuses a text without a headline unless the editor supplies a title', () => {
    const result = importArticle(
      request({ bytes: new TextEncoder().encode('The first sentence of the article.\nMore.') }),
    );
    expect(result).toMatchObject({
      ok: false,
      error:
        'in/article.txt: expected a headline line at the top of the text, found the sentence "The first sentence of the article."; ' +
        'pass --title "…" to supply one; nothing was written.',
    });
    expect(result.report?.todo[0]).toBe('title: the text has no headline line; pass --title "…"');
  });

  it('refuses to overwrite an existing article, naming it', () => {
    const existing = new Map([['plain-headline', 'content/articles/2019/plain-headline.md']]);
    expect(importArticle(request({ existing }))).toMatchObject({
      ok: false,
      error:
        'in/article.txt: content/articles/2019/plain-headline.md already exists and was not changed; ' +
        'pass --slug to import under another name, or --force to replace it; nothing was written.',
    });
  });

  it('imports under another name with --slug', () => {
    const existing = new Map([['plain-headline', 'content/articles/plain-headline.md']]);
    expect(importArticle(request({ existing, options: { slug: 'plain-headline-2' } }))).toMatchObject({
      ok: true,
      target: 'content/articles/plain-headline-2.md',
    });
  });

  it('replaces the existing file, wherever it is, with --force', () => {
    const existing = new Map([['plain-headline', 'content/articles/2019/plain-headline.md']]);
    expect(importArticle(request({ existing, force: true }))).toMatchObject({
      ok: true,
      target: 'content/articles/2019/plain-headline.md',
      replaces: true,
    });
  });

  it('refuses a --slug that cannot be a web address, suggesting one', () => {
    expect(importArticle(request({ options: { slug: 'My Slug' } }))).toMatchObject({
      ok: false,
      error:
        'in/article.txt: --slug must be lowercase letters, digits and single hyphens, found "My Slug"; for example --slug my-slug; nothing was written.',
    });
  });

  it('makes the slug of a Chinese title from its pinyin, and says so', () => {
    const result = importArticle(request({ bytes: new TextEncoder().encode('王立军\n\n正文。') }));
    expect(result).toMatchObject({ ok: true, slug: 'wang-li-jun' });
    expect(result.report?.todo).toContain(
      'slug: wang-li-jun, made from the pinyin of the title; pass --slug to choose another',
    );
  });

  it('asks for --slug when the title has no letters or digits', () => {
    const result = importArticle(
      request({ bytes: new TextEncoder().encode('The text of it, without a headline.'), options: { title: '★ ★ ★' } }),
    );
    expect(result).toMatchObject({
      ok: false,
      error:
        'in/article.txt: expected a title with letters or digits to make the file name from, found "★ ★ ★"; pass --slug; nothing was written.',
    });
  });

  it('refuses what the content check would refuse', () => {
    expect(importArticle(request({ options: { sourceUrl: 'ftp://example.org/a' } }))).toMatchObject({
      ok: false,
      error:
        'in/article.txt: the article would not pass the content check: "sourceUrl" must be a full web address starting ' +
        'with http:// or https://; found "ftp://example.org/a"; nothing was written.',
    });
  });

  it('refuses a source with nothing left but chrome', () => {
    expect(
      importArticle(request({ bytes: new TextEncoder().encode('Sign up to receive our latest news!\nHTML tutorial') })),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining(
        'found nothing left once metadata and page chrome were taken out; nothing was written.',
      ),
    });
  });

  it('passes bad bytes on as a one-line error naming the file', () => {
    expect(importArticle(request({ bytes: new Uint8Array() }))).toEqual({
      ok: false,
      error: 'in/article.txt: expected the text of an article, found an empty file; nothing was written.',
    });
  });
});
