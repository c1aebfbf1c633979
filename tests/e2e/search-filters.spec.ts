/**
 * The search page's filters, on the real archive and the fixtures alike: lists made by filters alone, the language
 * filter and label only where the archive holds more than one language, long lists narrowed by typing, results
 * that read in little space, and nothing wider than a phone.
 */
import { SITE } from '../../src/consts';
import { languageName, searchIndexLanguage } from '../../src/lib/content/languages';
import { emptySearch, searchStateToQueryString, type SearchPageFilter } from '../../src/lib/search/search-state';
import { groupByPublication, groupByTag } from '../../src/lib/site/groups';
import { searchUrl } from '../../src/lib/site/urls';
import { FIND_FROM } from '../../src/scripts/search-filters';
import { expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import {
  chips,
  filterButton,
  filterMenu,
  filterOptions,
  openSearch,
  results,
  searchBox,
  summary,
  titlesShown,
} from './search-helpers';

/** A word of the seed articles and of the fixtures alike. */
const FOUND_WORD = 'organ';

/** The search page listing the articles of one filter value, with no word. */
const filteredUrl = (filter: SearchPageFilter, value: string): string =>
  `${searchUrl()}${searchStateToQueryString({ ...emptySearch(), filters: { ...emptySearch().filters, [filter]: [value] } })}`;

/**
 * The dates of `titles` as a list made by filters alone must show them: newest first across every language's index,
 * undated articles (no date: the empty string) last.
 */
function datesOf(titles: readonly string[], articles: readonly SourceArticle[]): string[] {
  const dates = new Map(articles.map((a) => [a.data.title, a.data.published ?? '']));
  return titles.map((title) => dates.get(title) ?? '');
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 2400 } });

  test('filters alone list every article of a publication, and of a topic, newest first with their count', async ({
    page,
    articles,
  }) => {
    const biggest = <T extends { articles: unknown[] }>(groups: T[]): T | undefined =>
      groups.toSorted((a, b) => b.articles.length - a.articles.length)[0];
    const cases = [
      { filter: 'publication', group: biggest(groupByPublication(published(articles))) },
      { filter: 'topic', group: biggest(groupByTag(published(articles))) },
    ] as const;
    for (const { filter, group } of cases) {
      await test.step(`${filter} ${group?.label}`, async () => {
        expect(group, `a ${filter} some article names`).toBeDefined();
        if (!group) return;
        await page.goto(filteredUrl(filter, group.label));
        const count = group.articles.length;
        await expect(summary(page)).toHaveText(`${count} ${count === 1 ? 'article' : 'articles'}`);
        await expect(results(page)).toHaveCount(count);
        const shown = await titlesShown(page);
        expect(shown.toSorted()).toEqual(group.articles.map((a) => a.data.title).toSorted());
        // One date order across the languages' indexes, which Pagefind sorts each on its own (src/scripts/search-loader.ts).
        const dates = datesOf(shown, group.articles);
        expect(dates).toEqual(dates.toSorted().reverse());
        await expect(chips(page)).toHaveCount(1);
        await expect(searchBox(page)).toHaveValue('');
      });
    }
  });

  test('a language filter and a language on each result only when the archive holds more than one language', async ({
    page,
    articles,
  }) => {
    const languages = new Set(published(articles).map((a) => searchIndexLanguage(a.data.lang)));
    await openSearch(page, FOUND_WORD);
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    if (languages.size > 1) {
      await expect(filterButton(page, 'language')).toHaveText('Language');
      await expect(results(page).locator('.result__language')).toHaveCount(count);
      await filterButton(page, 'language').click();
      await expect(filterOptions(page, 'language')).toHaveCount(languages.size);
      await expect(filterOptions(page, 'language').first()).toBeVisible();
    } else {
      await expect(filterMenu(page, 'language')).toHaveCount(0);
      await expect(results(page).locator('.result__language')).toHaveCount(0);
      await expect(results(page).locator('.result__source').first()).not.toContainText(languageName(SITE.lang));
    }
  });

  test(`a list of more than ${FIND_FROM} values is narrowed by typing; a shorter one needs no box`, async ({
    page,
  }) => {
    await openSearch(page, FOUND_WORD);
    const menus = await page.locator('details[data-filter]').evaluateAll((all) => all.map((d) => d.dataset.filter));
    for (const filter of menus) {
      if (!filter) continue;
      await test.step(filter, async () => {
        await filterButton(page, filter).click();
        const options = filterOptions(page, filter);
        await expect(options.first()).toBeVisible();
        const values = await options.locator('.filter__value').allTextContents();
        const find = filterMenu(page, filter).getByRole('searchbox');
        if (values.length <= FIND_FROM) {
          await expect(find).toBeHidden();
        } else {
          await expect(find).toBeVisible();
          const target = values.at(-1) ?? '';
          const letters = target.slice(0, 3);
          await find.fill(letters.toUpperCase());
          const kept = await options.locator('.filter__value').allTextContents();
          expect(kept).toContain(target);
          expect(kept.length).toBeLessThan(values.length);
          expect(kept.every((value) => value.toLowerCase().includes(letters.toLowerCase()))).toBe(true);
          await expect(filterMenu(page, filter).locator('[data-filter-status]')).toHaveText(
            `${kept.length} of ${values.length} shown`,
          );
          await find.fill('qqzzqq');
          await expect(options).toHaveCount(0);
          await expect(filterMenu(page, filter).locator('[data-filter-none]')).toBeVisible();
          await find.fill('');
          await expect(options).toHaveCount(values.length);
          // The value found is chosen from the narrowed list like any other.
          await find.fill(letters);
          await options.filter({ hasText: target }).first().click();
          await expect(chips(page).filter({ hasText: target })).toHaveCount(1);
        }
        await page.keyboard.press('Escape');
      });
    }
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('nothing is wider than the screen: results, every filter open, long chips', async ({ page, articles }) => {
    const widest = async (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
    await openSearch(page, FOUND_WORD);
    expect(await widest()).toBeLessThanOrEqual(390);
    for (const filter of [
      ...(await page.locator('details[data-filter]').evaluateAll((all) => all.map((d) => d.dataset.filter ?? ''))),
      'range',
    ]) {
      await filterButton(page, filter).click();
      const panel = filterMenu(page, filter).locator('.filter__panel');
      await expect(panel).toBeVisible();
      const box = await panel.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, `the ${filter} panel lies within the screen`).toBe(true);
      expect(await widest(), `the page with the ${filter} list open`).toBeLessThanOrEqual(390);
      await page.keyboard.press('Escape');
    }
    // The longest names chosen at once, with a range, as chips.
    const longest = published(articles)
      .flatMap((a) => a.data.tags)
      .toSorted((a, b) => b.length - a.length)[0];
    await page.goto(`${filteredUrl('topic', longest ?? '')}&from=2001-09&to=2024-12`);
    await expect(chips(page)).toHaveCount(3);
    expect(await widest()).toBeLessThanOrEqual(390);
  });
});

test('ten results fit in about two desktop screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 2400 });
  await openSearch(page, FOUND_WORD);
  const heights = await results(page).evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  const average = heights.reduce((sum, height) => sum + height, 0) / heights.length;
  // A desktop screen of 1280 by 800 shows about 800 px of page; ten results of this size take about two of them,
  // within a tenth: each passage's link keeps the 24 px line a touch target needs.
  expect(average * 10, `results of ${heights.map(Math.round).join(', ')} px`).toBeLessThanOrEqual(2 * 800 * 1.1);
});
