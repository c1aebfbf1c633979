/**
 * Sharing a link: every page says what it is to link previews and search engines,
 * and every article has its own card image and structured data.
 */
import type { Page } from '@playwright/test';
import { CARD_SIZE, SITE_URL } from '../../src/consts';
import { nameSlug } from '../../src/lib/content/slugs';
import {
  absoluteUrl,
  articleCardUrl,
  articlesIndexUrl,
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  homeUrl,
  publicationsIndexUrl,
  tagsIndexUrl,
  tagUrl,
  yearUrl,
} from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
const content = async (page: Page, key: string): Promise<string | null> =>
  (await meta(page, key).count()) === 0 ? null : meta(page, key).first().getAttribute('content');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'a PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('every kind of page has a canonical address, a description, and Open Graph and Twitter card tags', async ({
  page,
  request,
  articles,
}) => {
  const [first] = published(articles);
  if (!first) throw new Error('no published article');
  const pages = [
    homeUrl(),
    articlesIndexUrl(),
    yearUrl(first.data.published ? Number(first.data.published.slice(0, 4)) : undefined),
    tagsIndexUrl(),
    tagUrl(nameSlug(first.data.tags[0] ?? '')),
    authorsIndexUrl(),
    publicationsIndexUrl(),
    ...published(articles).map((a) => articleUrl(a.slug)),
  ];
  const authors = published(articles).flatMap((a) => a.data.authors ?? []);
  if (authors[0]) pages.push(authorUrl(nameSlug(authors[0])));
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      const canonical = absoluteUrl(path, SITE_URL);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', canonical);
      expect(await content(page, 'description')).toBeTruthy();
      expect(await content(page, 'og:title')).toBeTruthy();
      expect(await content(page, 'og:description')).toBe(await content(page, 'description'));
      expect(await content(page, 'og:url')).toBe(canonical);
      const isArticle = published(articles).some((a) => articleUrl(a.slug) === path);
      expect(await content(page, 'og:type')).toBe(isArticle ? 'article' : 'website');
      expect(await content(page, 'twitter:card')).toBe('summary_large_image');
      // X falls back to og:title, og:description and og:image; a twitter: copy of them would only repeat them.
      for (const repeated of ['twitter:title', 'twitter:description', 'twitter:image']) {
        expect(await content(page, repeated), `${repeated} is left to its og: tag`).toBeNull();
      }
      expect(await content(page, 'twitter:image:alt')).toBe(await content(page, 'og:image:alt'));
      expect(await content(page, 'og:image:width')).toBe(String(CARD_SIZE.width));
      expect(await content(page, 'og:image:height')).toBe(String(CARD_SIZE.height));
      expect(await content(page, 'og:image:alt')).toBeTruthy();

      const image = new URL((await content(page, 'og:image')) ?? '');
      expect(image.origin, 'the image is on the public site').toBe(new URL(SITE_URL).origin);
      const response = await request.get(image.pathname);
      expect(response.status(), `${image.pathname} answers`).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual(CARD_SIZE);
    });
  }
});

test('each article has its own card image: a PNG of the declared size', async ({ page, request, articles }) => {
  for (const article of published(articles)) {
    await test.step(article.file, async () => {
      await page.goto(articleUrl(article.slug));
      expect(await content(page, 'og:image')).toBe(absoluteUrl(articleCardUrl(article.slug), SITE_URL));
      expect(await content(page, 'og:image:alt')).toContain(article.data.title);
      const response = await request.get(articleCardUrl(article.slug));
      expect(response.status()).toBe(200);
      const size = pngSize(await response.body());
      expect(size).toEqual({
        width: Number(await content(page, 'og:image:width')),
        height: Number(await content(page, 'og:image:height')),
      });
    });
  }
});

test('an article’s Open Graph tags carry its dates, authors and topics only as far as its source states them', async ({
  page,
  articles,
}) => {
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      expect(await content(page, 'og:type')).toBe('article');
      expect(await content(page, 'og:title')).toBe(data.title);
      expect(await content(page, 'article:published_time')).toBe(data.published ?? null);
      expect(await content(page, 'article:modified_time')).toBe(data.updated ?? null);
      const tags = await meta(page, 'article:tag').evaluateAll((els) => els.map((e) => e.getAttribute('content')));
      expect(tags).toEqual(data.tags);
      const authors = await meta(page, 'article:author').evaluateAll((els) =>
        els.map((e) => e.getAttribute('content')),
      );
      expect(authors).toEqual((data.authors ?? []).map((name) => absoluteUrl(authorUrl(nameSlug(name)), SITE_URL)));
    });
  }
});

test('an article’s JSON-LD parses and holds its headline, dates, authors, publisher and breadcrumbs', async ({
  page,
  articles,
}) => {
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      const blocks = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
      const parsed = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
      const article = parsed.find((p) => p['@type'] === 'NewsArticle');
      const trail = parsed.find((p) => p['@type'] === 'BreadcrumbList');
      const url = absoluteUrl(articleUrl(slug), SITE_URL);

      expect(article).toMatchObject({ '@context': 'https://schema.org', headline: data.title, url });
      expect(article?.datePublished).toBe(data.published);
      expect(article?.dateModified).toBe(data.updated);
      expect((article?.author as { name: string }[] | undefined)?.map((a) => a.name)).toEqual(data.authors);
      expect((article?.publisher as { name: string } | undefined)?.name).toBe(data.publication);
      expect(article?.isBasedOn).toBe(data.sourceUrl);

      const items = (trail?.itemListElement ?? []) as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index + 1));
      expect(items[0]).toMatchObject({ name: 'Home', item: absoluteUrl(homeUrl(), SITE_URL) });
      expect(items.at(-1)).toMatchObject({ name: data.title, item: url });
      const year = data.published ? Number(data.published.slice(0, 4)) : undefined;
      expect(items.at(-2)).toMatchObject({ item: absoluteUrl(yearUrl(year), SITE_URL) });

      // The visible breadcrumb trail is the same as the structured one, without the page itself.
      const visible = await page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(visible.map((href) => new URL(href).pathname)).toEqual(
        items.slice(0, -1).map((i) => new URL(i.item).pathname),
      );
    });
  }
});
