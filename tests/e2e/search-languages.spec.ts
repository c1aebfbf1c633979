/**
 * An article in another language is found from the one search page: Pagefind keeps one index per page language, and
 * the search page merges them all. An article whose front matter states no language gets the one its text shows,
 * and Chinese inside an article in another language is found by any word of it.
 */
import type { Page } from '@playwright/test';
import { articleUrl, searchBundleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import { openSearch, results, titlesShown } from './search-helpers';

test.use({ viewport: { width: 1280, height: 2000 } });

/** The fixtures of this spec, by slug, with the language the build must give each and a word from inside a run. */
const FIXTURES = {
  'chinese-language-fixture': { lang: 'zh-Hans', label: 'Simplified Chinese', word: '医院', stated: true },
  'chinese-simplified-without-lang': { lang: 'zh-Hans', label: 'Simplified Chinese', word: '登记', stated: false },
  'chinese-traditional-without-lang': { lang: 'zh-Hant', label: 'Traditional Chinese', word: '統計', stated: false },
  'english-with-chinese-phrase': { lang: 'en', label: 'English', word: '名单', stated: false },
} as const;

const fixture = (articles: readonly SourceArticle[], slug: string): SourceArticle => {
  const found = published(articles).find((a) => a.slug === slug);
  if (!found) throw new Error(`tests/fixtures/site/${slug}.md is missing or a draft; this spec is about it`);
  return found;
};

/** The addresses of the results of `query` through Pagefind's own API, every language's index merged in. */
async function pagefindUrls(page: Page, query: string): Promise<string[]> {
  await page.goto('/search/');
  // The search page names each other language's index (and the language's name, for its filter).
  const languages = (
    JSON.parse((await page.locator('[data-archive-search]').getAttribute('data-other-languages')) ?? '[]') as {
      index: string;
    }[]
  ).map(({ index }) => index);
  return page.evaluate(
    async ({ bundle, query, languages }) => {
      const pagefind = await import(`${bundle}pagefind.js`);
      await pagefind.options({ bundlePath: bundle });
      for (const language of languages)
        await pagefind.mergeIndex(new URL(bundle, location.origin).href, { language, baseUrl: '/' });
      const search = await pagefind.search(query);
      const data = await Promise.all(
        search.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
      );
      return data.map((d) => d.url);
    },
    { bundle: searchBundleUrl(), query, languages },
  );
}

for (const [slug, { lang, label, word, stated }] of Object.entries(FIXTURES)) {
  test(`${slug} is a page in ${lang}${stated ? '' : ', read from its text'}`, async ({ page, articles }) => {
    const article = fixture(articles, slug);
    await page.goto(articleUrl(slug));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(article.data.lang, 'the oracle reads the language as the build does').toBe(lang);
  });

  test(`${slug} is found by ${word}, a word from inside a run, on the search page`, async ({ page, articles }) => {
    const article = fixture(articles, slug);
    await openSearch(page, word);
    expect(await titlesShown(page)).toContain(article.data.title);
    const result = results(page).filter({ hasText: article.data.title });
    await expect(result.locator('.result__source')).toContainText(label);
    await expect(result.locator('.result__title a')).toHaveAttribute('href', new RegExp(`^${articleUrl(slug)}`));
  });

  test(`${slug} is found by ${word} through pagefind.js`, async ({ page }) => {
    expect(await pagefindUrls(page, word)).toContain(articleUrl(slug));
  });
}

// Other indexes are searched with the page's English word stemming, so an English word inside a Chinese article
// is found when stemming leaves it as written ("transplant"), not when it changes it ("registry" to "registri").
test('the Chinese fixture is found by an English word in its text, and by a phrase from its title', async ({
  page,
  articles,
}) => {
  const chinese = fixture(articles, 'chinese-language-fixture');
  for (const query of ['transplant', '等待时间']) {
    await openSearch(page, query);
    expect(await titlesShown(page), query).toContain(chinese.data.title);
  }
});

test('a Chinese phrase in an English article is found by each of its words and by a name the dictionary splits', async ({
  page,
}) => {
  for (const query of ['器官', '移植', '等待', '公开', '查询', '名单公开']) {
    expect(await pagefindUrls(page, query), query).toContain(articleUrl('english-with-chinese-phrase'));
  }
});

test('readers see the Chinese phrase once, as written, and screen readers meet nothing added', async ({ page }) => {
  await page.goto(articleUrl('english-with-chinese-phrase'));
  const body = page.locator('[data-pagefind-body]');
  const text = (await body.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('read 器官移植等待名单公开查询 in large characters');
  expect(text.match(/移植/g)).toHaveLength(1);
  // What only the index reads is one empty element's attribute, out of the text and the accessibility tree.
  const carrier = page.locator('[data-chinese-terms]');
  await expect(carrier).toHaveCount(1);
  await expect(carrier).toHaveText('');
  await expect(carrier).toHaveAttribute('data-pagefind-meta', 'chinese_terms[data-chinese-terms]');
  expect((await page.locator('main').ariaSnapshot()).match(/移植/g)).toHaveLength(1);
});

test('a result for a word of the Chinese phrase shows the text once, without the index’s terms', async ({ page }) => {
  await openSearch(page, '名单');
  const result = results(page).filter({ hasText: 'Phrase fixture' });
  await expect(result).toHaveCount(1);
  const shown = (await result.innerText()).replace(/\s+/g, ' ');
  expect(shown).toContain('read 器官移植等待名单公开查询 in large characters');
  expect(shown.match(/名单/g)).toHaveLength(1);
});

test('a Chinese page gets no index-only terms, as search splits its text itself', async ({ page }) => {
  for (const slug of [
    'chinese-language-fixture',
    'chinese-simplified-without-lang',
    'chinese-traditional-without-lang',
  ]) {
    await page.goto(articleUrl(slug));
    await expect(page.locator('[data-chinese-terms]'), slug).toHaveCount(0);
  }
});

test('English results say they are English', async ({ page }) => {
  await openSearch(page, 'Chongqing');
  await expect(results(page).first().locator('.result__source')).toContainText('English');
});
