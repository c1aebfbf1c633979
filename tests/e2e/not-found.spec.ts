/** A reader who follows a dead link gets an honest 404 and a way back into the archive. */
import { SITE } from '../../src/consts';
import { articlesIndexUrl, articleUrl, homeUrl, searchUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';
import { listedArticles } from './page-helpers';

const MISSING = ['/this-page-is-not-in-the-archive/', articleUrl('no-such-article-in-the-archive')];

for (const path of MISSING) {
  test(`${path} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    // Status 404, not a 200 "soft 404": search engines and link checkers must see that the page is gone.
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/not found/i);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(/not in the archive/i);
    // Found by the link checker: the page named /404/, which does not exist, as its canonical address.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

    const allArticles = page.getByRole('main').getByRole('link', { name: 'All articles' });
    await expect(allArticles).toHaveAttribute('href', articlesIndexUrl());
    await expect(page.getByRole('main').getByRole('link', { name: 'home page' })).toHaveAttribute('href', homeUrl());

    await allArticles.click();
    await expect(page).toHaveURL(new RegExp(`${articlesIndexUrl()}$`));
    await expect(page.locator('h1')).toHaveText('All articles');
  });
}

test('the search box is filled with the words of the missing address', async ({ page }) => {
  await page.goto(articleUrl('wang-lijun-organ'));
  const box = page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox');
  await expect(box).toHaveValue('wang lijun organ');
  await page.goto('/tags/human_rights/2/');
  await expect(box).toHaveValue('human rights 2');
});

test('the search form sends the words to the search page', async ({ page }) => {
  await page.goto(articleUrl('wang-lijun-organ'));
  const form = page.getByRole('search', { name: 'Search the archive' });
  await expect(form).toHaveAttribute('action', searchUrl());
  await expect(form).toHaveAttribute('method', 'get');
  await form.getByRole('searchbox').fill('falun gong');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`${searchUrl('falun gong').replace(/[?+]/g, '\\$&')}$`));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form still works, starting empty', async ({ page }) => {
    await page.goto(articleUrl('wang-lijun-organ'));
    const form = page.getByRole('search', { name: 'Search the archive' });
    await expect(form.getByRole('searchbox')).toHaveValue('');
    await form.getByRole('searchbox').fill('wang lijun');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`${searchUrl('wang lijun').replace(/[?+]/g, '\\$&')}$`));
  });
});

test('the not-found page offers the newest articles, as the home page lists them', async ({ page, articles }) => {
  const newest = (region: string) =>
    listedArticles(page.getByRole('region', { name: region }), articles).then((entries) =>
      entries.map((e) => e.article.slug),
    );
  await page.goto(homeUrl());
  const onHome = await newest('Newest articles');
  await page.goto('/this-page-is-not-in-the-archive/');
  const offered = await newest('Newest articles');
  expect(offered).toHaveLength(Math.min(SITE.notFoundArticleCount, published(articles).length));
  expect(offered).toEqual(onHome.slice(0, offered.length));
});

test('no link text on the not-found page runs into the words around it', async ({ page }) => {
  await page.goto(MISSING[0] ?? '/');
  // Astro's HTML compression drops the space before a link on its own line ("listed onAll articles").
  const glued = await page
    .getByRole('main')
    .locator('p a')
    .evaluateAll((links) =>
      links
        .filter((link) => {
          const before = link.previousSibling?.textContent ?? ' ';
          const after = link.nextSibling?.textContent ?? ' ';
          return /[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after);
        })
        .map(
          (link) =>
            `${link.previousSibling?.textContent ?? ''}[${link.textContent}]${link.nextSibling?.textContent ?? ''}`,
        ),
    );
  expect(glued).toEqual([]);
});
