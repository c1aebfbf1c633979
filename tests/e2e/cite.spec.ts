/**
 * Citing an article: references in three styles with a Copy button each, downloads that independent parsers read
 * back field by field, tags for Zotero, and ¶ links that copy a paragraph's address, all of it usable without
 * JavaScript and with the keyboard.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { SITE, SITE_URL } from '../../src/consts';
import { absoluteUrl, articleUrl, citationFileUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published, type SourceArticle } from './content';

const STYLES = ['APA (7th edition)', 'MLA (9th edition)', 'Chicago (author-date, 17th edition)'];

/** What every download must say of an article, read from its front matter rather than from the site's code. */
function expected(article: SourceArticle) {
  const { title, authors = [], publication, published: date, added, sourceUrl, lang } = article.data;
  const citesCopy = sourceUrl === undefined;
  return {
    title,
    authors,
    container: publication ?? (citesCopy ? SITE.title : undefined),
    archive: citesCopy && publication ? SITE.title : undefined,
    date: date?.split('-').map(Number),
    accessed: citesCopy && added ? added.split('-').map(Number) : undefined,
    url: sourceUrl ?? absoluteUrl(articleUrl(article.slug), SITE_URL),
    lang,
  };
}

/** A CSL date's parts as numbers (the RIS parser gives strings). */
const parts = (date: unknown): number[] | undefined =>
  (date as { 'date-parts': unknown[][] } | undefined)?.['date-parts'][0]?.map(Number);

/** An article with several paragraphs: the fixture site's GFM showcase, or the real site's first article. */
function longArticle(articles: readonly SourceArticle[]): SourceArticle {
  const article = published(articles).find((a) => a.slug === 'gfm-showcase') ?? published(articles)[0];
  if (!article) throw new Error('No published article');
  return article;
}

/** A CSL name as one string, given names first, as front matter writes it. */
const written = (name: { given?: string; family?: string; literal?: string }): string =>
  name.literal ?? [name.given, name.family].filter(Boolean).join(' ');

test('each article offers three references naming the archive where they cite its copy, and tags for Zotero', async ({
  page,
  articles,
}) => {
  for (const article of published(articles)) {
    const want = expected(article);
    await page.goto(articleUrl(article.slug));
    const cite = page.getByRole('region', { name: 'Cite this article' });
    for (const style of STYLES) {
      const reference = cite.locator('dt', { hasText: style }).locator('+ dd');
      // MLA and Chicago write titles in title case.
      await expect(reference).toContainText(article.data.title.slice(0, 20), { ignoreCase: true });
      await expect(reference).toContainText(want.url);
      if (want.container) await expect(reference, `${article.file}: ${style}`).toContainText(want.container);
      if (want.archive) await expect(reference, `${article.file}: ${style}`).toContainText(want.archive);
    }

    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('DC.type')).toHaveAttribute('content', 'newspaperArticle');
    await expect(meta('citation_title')).toHaveAttribute('content', article.data.title);
    expect(await meta('citation_author').evaluateAll((tags) => tags.map((t) => t.getAttribute('content')))).toEqual(
      want.authors,
    );
    if (article.data.published) {
      await expect(meta('citation_date')).toHaveAttribute('content', article.data.published.replaceAll('-', '/'));
    } else {
      // The archive never makes up a publication date.
      await expect(meta('citation_date')).toHaveCount(0);
    }
    await expect(meta('citation_language')).toHaveAttribute('content', article.data.lang);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', SITE.title);
  }
});

test('every download is read back by an independent parser, every field as the front matter states it', async ({
  request,
  articles,
}) => {
  for (const article of published(articles)) {
    const want = expected(article);
    const where = (format: string) => `${article.file}: cite.${format}`;

    // Sentence case off: the parser would otherwise lower-case an English title as a style might.
    const bib = parseBibtex(await (await request.get(citationFileUrl(article.slug, 'bib'))).text(), {
      sentenceCase: false,
    });
    expect(bib.errors, where('bib')).toEqual([]);
    expect(bib.entries, where('bib')).toHaveLength(1);
    const fields = bib.entries[0]?.fields ?? {};
    expect(fields.title, where('bib')).toBe(want.title);
    expect(
      (fields.author ?? []).map((n) => [n.firstName, n.lastName].filter(Boolean).join(' ')),
      where('bib'),
    ).toEqual(want.authors);
    expect(fields[article.data.publication ? 'journal' : 'howpublished'], where('bib')).toBe(want.container);
    expect(fields.year, where('bib')).toBe(want.date && String(want.date[0]));
    expect(fields.month, where('bib')).toBe(want.date && String(want.date[1]));
    expect(fields.date, where('bib')).toBe(article.data.published);
    expect(fields.url, where('bib')).toBe(want.url);
    expect(fields.urldate, where('bib')).toBe(want.accessed && article.data.added);

    const risText = await (await request.get(citationFileUrl(article.slug, 'ris'))).text();
    expect(
      risText
        .split('\n')
        .filter(Boolean)
        .every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line)),
      where('ris'),
    ).toBe(true);
    const [ris, ...more] = parseRis(risText) as unknown as Record<string, unknown>[];
    expect(more, where('ris')).toEqual([]);
    expect(ris?.type, where('ris')).toBe(article.data.publication ? 'article-newspaper' : 'webpage');
    expect(ris?.title, where('ris')).toBe(want.title);
    expect(((ris?.author as object[] | undefined) ?? []).map(written), where('ris')).toEqual(want.authors);
    expect(ris?.['container-title'], where('ris')).toBe(want.container);
    expect(ris?.source, where('ris')).toBe(want.archive);
    expect(parts(ris?.issued), where('ris')).toEqual(want.date);
    expect(parts(ris?.accessed), where('ris')).toEqual(want.accessed);
    expect(ris?.URL, where('ris')).toBe(want.url);
    expect(ris?.language, where('ris')).toBe(want.lang);

    const csl = JSON.parse(await (await request.get(citationFileUrl(article.slug, 'json'))).text()) as Record<
      string,
      unknown
    >[];
    expect(csl, where('json')).toHaveLength(1);
    const [item] = csl;
    expect(item?.title, where('json')).toBe(want.title);
    expect(((item?.author as object[] | undefined) ?? []).map(written), where('json')).toEqual(want.authors);
    expect(item?.['container-title'], where('json')).toBe(want.container);
    expect(item?.archive, where('json')).toBe(want.archive);
    expect(parts(item?.issued), where('json')).toEqual(want.date);
    expect(parts(item?.accessed), where('json')).toEqual(want.accessed);
    expect(item?.URL, where('json')).toBe(want.url);
    expect(item?.language, where('json')).toBe(want.lang);
  }
});

test.describe('copying', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

  test("a reference's Copy button copies it and says so", async ({ page, articles }) => {
    const [article] = published(articles);
    if (!article) throw new Error('No published article');
    await page.goto(articleUrl(article.slug));
    const cite = page.getByRole('region', { name: 'Cite this article' });
    await cite.getByRole('button', { name: 'Copy the MLA (9th edition) reference' }).click();
    await expect(page.getByRole('status')).toHaveText('MLA (9th edition) reference copied.');
    const reference = await cite.locator('dt', { hasText: 'MLA (9th edition)' }).locator('+ dd').innerText();
    expect(await clipboard(page)).toBe(reference.trim());
  });

  test('a ¶ link copies its paragraph’s public address, says so, and still goes to the paragraph', async ({
    page,
    articles,
  }) => {
    const [article] = published(articles);
    if (!article) throw new Error('No published article');
    await page.goto(articleUrl(article.slug));
    const pilcrow = page.locator('a.passage-anchor').nth(1);
    const id = ((await pilcrow.getAttribute('href')) ?? '').slice(1);
    await pilcrow.click();
    await expect(page.getByRole('status')).toHaveText('Link to this paragraph copied.');
    expect(await clipboard(page)).toBe(`${absoluteUrl(articleUrl(article.slug), SITE_URL)}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  });

  test('Tab reaches one ¶ link; the arrow keys move between them and Enter copies', async ({ page, articles }) => {
    const article = longArticle(articles);
    await page.goto(articleUrl(article.slug));
    const pilcrows = page.locator('a.passage-anchor');
    expect(await pilcrows.count()).toBeGreaterThan(2);
    const tabStops = await pilcrows.evaluateAll((links) => links.filter((link) => link.tabIndex >= 0).length);
    expect(tabStops, 'one ¶ link in the tab order').toBe(1);

    await pilcrows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(pilcrows.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(pilcrows.last()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(pilcrows.nth(-2)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link to this paragraph copied.');
    // Tab now comes back to the ¶ link last used, and it is still the only one in the tab order.
    expect(await pilcrows.evaluateAll((links) => links.filter((link) => link.tabIndex >= 0).length)).toBe(1);
    await expect(pilcrows.nth(-2)).toHaveAttribute('tabindex', '0');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('references stay readable, no Copy button shows, and every ¶ is a link in the tab order', async ({
    page,
    articles,
  }) => {
    const [article] = published(articles);
    if (!article) throw new Error('No published article');
    await page.goto(articleUrl(article.slug));
    const cite = page.getByRole('region', { name: 'Cite this article' });
    for (const style of STYLES) await expect(cite.locator('dt', { hasText: style }).locator('+ dd')).toBeVisible();
    await expect(cite.getByRole('button')).toHaveCount(0);
    const pilcrows = page.locator('a.passage-anchor');
    expect(
      await pilcrows.evaluateAll((links) =>
        links.every((link) => link.tabIndex === 0 && /^#./.test(link.getAttribute('href') ?? '')),
      ),
    ).toBe(true);
    await pilcrows.first().click();
    expect(new URL(page.url()).hash).toBe(await pilcrows.first().getAttribute('href'));
  });
});
