/** Browsing: the home page, the list of all articles by year, and stepping from one article to the next. */
import { SITE } from '../../src/consts';
import { articlesIndexUrl, articleUrl, homeUrl, yearAnchor } from '../../src/lib/urls';
import { expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import {
  expectEntriesMatchFrontMatter,
  expectNewestFirst,
  expectScrolledTo,
  listedArticles,
  type ListedArticle,
} from './page-helpers';

const slugs = (entries: readonly ListedArticle[]): string[] => entries.map((e) => e.article.slug);
/** The year an article is filed under on the list of all articles; `undefined` for the "Undated" group. */
const yearOf = ({ data }: SourceArticle): number | undefined =>
  data.published ? Number(data.published.slice(0, 4)) : undefined;

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

test('"All articles" lists every article once, newest first, grouped by year with undated last', async ({
  page,
  articles,
}) => {
  await page.goto(homeUrl());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL(new RegExp(`${articlesIndexUrl()}$`));

  const entries = await listedArticles(page.locator('main'), articles);
  expect(slugs(entries).toSorted()).toEqual(
    published(articles)
      .map((a) => a.slug)
      .toSorted(),
  );
  expectNewestFirst(entries.map((e) => e.article));
  expectEntriesMatchFrontMatter(entries);

  // Each year's section holds exactly that year's articles; undated ones have a section of their own, last.
  const years = [...new Set(entries.map((e) => yearOf(e.article)))];
  const sectionIds = await page
    .locator('main section')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('aria-labelledby')));
  expect(sectionIds).toEqual(years.map(yearAnchor));
  for (const year of years) {
    const section = page.locator(`main section[aria-labelledby="${yearAnchor(year)}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(year === undefined ? 'Undated' : String(year));
    const inSection = await listedArticles(section, articles);
    expect(slugs(inSection)).toEqual(slugs(entries.filter((e) => yearOf(e.article) === year)));
  }
});

test('the year links jump to their year', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto(articlesIndexUrl());
  const yearLinks = page.getByRole('navigation', { name: 'Years' }).getByRole('link');
  const count = await yearLinks.count();
  for (let i = 0; i < count; i++) {
    const href = (await yearLinks.nth(i).getAttribute('href')) ?? '';
    await page.evaluate(() => window.scrollTo(0, 0));
    await yearLinks.nth(i).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expectScrolledTo(page.locator(`[id="${href.slice(1)}"]`));
  }
});

test('"Older" and "Newer" links walk through the articles in listing order', async ({ page, articles }) => {
  await page.goto(articlesIndexUrl());
  const order = slugs(await listedArticles(page.locator('main'), articles));
  const byDate = page.getByRole('navigation', { name: 'More articles by date' });

  const walk = async (label: 'Older' | 'Newer', start: string): Promise<string[]> => {
    await page.goto(articleUrl(start));
    const visited = [start];
    // Bounded, so a loop in the links fails the test instead of hanging it.
    for (let step = 0; step < order.length; step++) {
      const next = byDate.getByRole('link', { name: new RegExp(`^${label}`) });
      if ((await next.count()) === 0) break;
      await next.click();
      const slug = order.find((s) => page.url().endsWith(articleUrl(s)));
      expect(slug, `"${label}" leads to an article page, not ${page.url()}`).toBeDefined();
      visited.push(slug ?? '');
    }
    return visited;
  };

  const [newest, oldest] = [order[0], order.at(-1)];
  if (!newest || !oldest) throw new Error('there are no articles to walk through');
  expect(await walk('Older', newest)).toEqual(order);
  expect(await walk('Newer', oldest)).toEqual(order.toReversed());
});
