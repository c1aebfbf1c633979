/**
 * An article in another language is found from the one search page: Pagefind
 * keeps one index per page language, and the search page merges them all.
 */
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';
import { openSearch, results, titlesShown } from './search-helpers';

test.use({ viewport: { width: 1280, height: 2000 } });

test('the Chinese fixture is a Chinese page', async ({ page, articles }) => {
  const chinese = published(articles).find((a) => a.data.lang === 'zh-CN');
  expect(chinese, 'a fixture with lang: zh-CN').toBeDefined();
  await page.goto(articleUrl(chinese?.slug ?? ''));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

for (const [query, why] of [
  ['医院', 'a Chinese word inside a run of Chinese text'],
  ['等待时间', 'a Chinese phrase from the title'],
  // Other indexes are searched with the page's English word stemming, so an English word inside a Chinese article
  // is found when stemming leaves it as written ("transplant"), not when it changes it ("registry" to "registri").
  ['transplant', 'an English word in the Chinese text'],
] as const) {
  test(`the Chinese fixture is found by ${why}`, async ({ page, articles }) => {
    const chinese = published(articles).find((a) => a.data.lang === 'zh-CN');
    await openSearch(page, query);
    expect(await titlesShown(page)).toContain(chinese?.data.title);
    const result = results(page).filter({ hasText: chinese?.data.title ?? '' });
    await expect(result.locator('.result__source')).toContainText('Chinese (China)');
    await expect(result.locator('.result__title a')).toHaveAttribute(
      'href',
      new RegExp(`^${articleUrl(chinese?.slug ?? '')}`),
    );
  });
}

test('English results say they are English', async ({ page }) => {
  await openSearch(page, 'Chongqing');
  await expect(results(page).first().locator('.result__source')).toContainText('English');
});
