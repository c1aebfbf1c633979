/** Browsing: the home page, every article and the archive by year, and stepping from one article to the next. */
import type { APIRequestContext } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SITE } from '../../src/consts';
import { articlesIndexUrl, articlesPageUrl, articleUrl, homeUrl, yearUrl } from '../../src/lib/site/urls';
import { allowPages, expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import {
  expectEntriesMatchFrontMatter,
  expectNewestFirst,
  listedArticles,
  walkListing,
  type ListedArticle,
} from './page-helpers';

const slugs = (entries: readonly ListedArticle[]): string[] => entries.map((e) => e.article.slug);
/** The year an article is filed under; `undefined` for the "Undated" list. */
const yearOf = ({ data }: SourceArticle): number | undefined =>
  data.published ? Number(data.published.slice(0, 4)) : undefined;
/** The years the source files give, newest first, undated last. */
const expectedYears = (articles: readonly SourceArticle[]): (number | undefined)[] =>
  [...new Set(published(articles).map(yearOf))].toSorted((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : b - a,
  );

test('the home page lists the newest articles, newest first, undated last', async ({ page, articles }) => {
  await page.goto(homeUrl());
  const entries = await listedArticles(page.getByRole('region', { name: 'Newest articles' }), articles);
  const expected = published(articles);

  expect(entries).toHaveLength(Math.min(expected.length, SITE.homeArticleCount));
  expect(new Set(slugs(entries)).size, 'no article is listed twice').toBe(entries.length);
  for (const { article } of entries) expect(article.data.draft, `${article.file} is a draft`).toBe(false);
  if (expected.length <= SITE.homeArticleCount) {
    expect(slugs(entries).toSorted()).toEqual(expected.map((a) => a.slug).toSorted());
  }
  expectNewestFirst(entries.map((e) => e.article));
  expectEntriesMatchFrontMatter(entries);
});

test('"All articles" lists every article across its pages, newest first, undated last', async ({
  page,
  articles,
  pageSize,
}) => {
  await page.goto(homeUrl());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL(new RegExp(`${articlesIndexUrl()}$`));
  await expect(page.locator('h1')).toHaveText('All articles');
  const total = published(articles).length;
  await expect(page.locator('.listing-header__meta')).toContainText(`${total} ${total === 1 ? 'article' : 'articles'}`);

  const { entries, pages } = await walkListing(page, articlesIndexUrl(), articles, pageSize);
  expect(slugs(entries).toSorted()).toEqual(
    published(articles)
      .map((a) => a.slug)
      .toSorted(),
  );
  expect(new Set(slugs(entries)).size, 'no article is listed twice').toBe(entries.length);
  expect(pages).toHaveLength(Math.ceil(total / pageSize));
  // Later pages sit below page/, since a number right after /articles/ is a year.
  expect(pages.slice(1)).toEqual(pages.slice(1).map((_, index) => articlesPageUrl(index + 2)));
  expectNewestFirst(entries.map((e) => e.article));
  expectEntriesMatchFrontMatter(entries);
});

test('"All articles" links each year, newest first with undated last, with its number of articles', async ({
  page,
  articles,
}) => {
  await page.goto(articlesIndexUrl());
  const years = expectedYears(articles);
  const items = page.getByRole('navigation', { name: 'By year of publication' }).getByRole('listitem');
  await expect(items).toHaveCount(years.length);
  for (const [index, year] of years.entries()) {
    const count = published(articles).filter((a) => yearOf(a) === year).length;
    const link = items.nth(index).getByRole('link');
    await expect(link).toHaveAccessibleName(
      `${year === undefined ? 'Undated' : String(year)} ${count} ${count === 1 ? 'article' : 'articles'}`,
    );
    await expect(link).toHaveAttribute('href', yearUrl(year));
  }
});

test('each year lists exactly its articles across its pages, newest first, and every article is in one year', async ({
  page,
  articles,
  pageSize,
}) => {
  allowPages(published(articles).length / pageSize + expectedYears(articles).length);
  const seen: string[] = [];
  for (const year of expectedYears(articles)) {
    await test.step(String(year ?? 'undated'), async () => {
      const { entries, pages } = await walkListing(page, yearUrl(year), articles, pageSize);
      const expected = published(articles).filter((a) => yearOf(a) === year);
      expect(slugs(entries).toSorted()).toEqual(expected.map((a) => a.slug).toSorted());
      expect(pages).toHaveLength(Math.ceil(expected.length / pageSize));
      expectNewestFirst(entries.map((e) => e.article));
      expectEntriesMatchFrontMatter(entries);
      if (year === undefined) {
        // Undated articles are listed by title.
        const titles = entries.map((e) => e.title);
        expect(titles).toEqual(titles.toSorted((a, b) => a.localeCompare(b, 'en')));
      }
      seen.push(...slugs(entries));
    });
  }
  expect(seen.toSorted()).toEqual(
    published(articles)
      .map((a) => a.slug)
      .toSorted(),
  );
});

test('a year that has no articles, and a page past the last, answer 404', async ({ page, articles, pageSize }) => {
  const years = expectedYears(articles).filter((y): y is number => y !== undefined);
  const emptyYear = Math.min(...years) - 1;
  expect((await page.goto(yearUrl(emptyYear)))?.status()).toBe(404);
  const [newest] = years;
  const inNewest = published(articles).filter((a) => yearOf(a) === newest).length;
  expect((await page.goto(yearUrl(newest, Math.ceil(inNewest / pageSize) + 1)))?.status()).toBe(404);
});

/** The "Older" and "Newer" links of an article page as served, read without a browser. */
async function neighbourLinks(request: APIRequestContext, slug: string): Promise<{ older?: string; newer?: string }> {
  const response = await request.get(articleUrl(slug));
  expect(response.status(), articleUrl(slug)).toBe(200);
  const nav = select('nav[aria-label="More articles by date"]', fromHtml(await response.text()));
  const links = nav ? selectAll('a', nav) : [];
  const hrefOf = (label: string): string | undefined =>
    links.find((link) => toString(link).trim().startsWith(label))?.properties.href?.toString();
  return { older: hrefOf('Older'), newer: hrefOf('Newer') };
}

/** How many steps the browser takes by clicking from each end; every other link is read from its page. */
const STEPS_CLICKED = 3;

test('"Older" and "Newer" walk through the dated articles in date order; undated articles have neither', async ({
  page,
  request,
  articles,
  pageSize,
}) => {
  allowPages(published(articles).length / pageSize + expectedYears(articles).length + 2 * STEPS_CLICKED);
  const order: string[] = [];
  for (const year of expectedYears(articles).filter((y) => y !== undefined)) {
    order.push(...slugs((await walkListing(page, yearUrl(year), articles, pageSize)).entries));
  }
  // Every dated article's links lead to its neighbours in that order; the first has no "Newer", the last no "Older".
  const wrong: string[] = [];
  for (const [index, slug] of order.entries()) {
    const { older, newer } = await neighbourLinks(request, slug);
    const expected = {
      older: order[index + 1] && articleUrl(order[index + 1] ?? ''),
      newer: order[index - 1] && articleUrl(order[index - 1] ?? ''),
    };
    if (older !== expected.older) wrong.push(`${slug}: "Older" leads to ${older}, not ${expected.older}`);
    if (newer !== expected.newer) wrong.push(`${slug}: "Newer" leads to ${newer}, not ${expected.newer}`);
  }
  expect(wrong).toEqual([]);

  // And the links work as a reader uses them, from each end.
  const byDate = page.getByRole('navigation', { name: 'More articles by date' });
  const walk = async (label: 'Older' | 'Newer', start: string): Promise<string[]> => {
    await page.goto(articleUrl(start));
    const visited = [start];
    for (let step = 0; step < Math.min(STEPS_CLICKED, order.length - 1); step++) {
      const next = byDate.getByRole('link', { name: new RegExp(`^${label}`) });
      const href = (await next.getAttribute('href')) ?? '';
      await next.click();
      // Waiting for the new page keeps the next look for a link from reading the old one as it unloads.
      await page.waitForURL((url) => url.pathname === href);
      const slug = order.find((s) => page.url().endsWith(articleUrl(s)));
      expect(slug, `"${label}" leads to a dated article, not ${page.url()}`).toBeDefined();
      visited.push(slug ?? '');
    }
    return visited;
  };

  const [newest, oldest] = [order[0], order.at(-1)];
  if (!newest || !oldest) throw new Error('there are no dated articles to walk through');
  const steps = Math.min(STEPS_CLICKED, order.length - 1) + 1;
  expect(await walk('Older', newest)).toEqual(order.slice(0, steps));
  expect(await walk('Newer', oldest)).toEqual(order.toReversed().slice(0, steps));

  // Undated articles are listed by title, which is no order to read in.
  const undated = published(articles).filter((a) => !a.data.published);
  expect(undated.length, 'the content has undated articles to check').toBeGreaterThan(0);
  for (const article of undated) expect(await neighbourLinks(request, article.slug), article.file).toEqual({});
});
