/**
 * The search page's filters, on the real archive and the fixtures alike: lists made by filters alone, the language
 * filter and label only where the archive holds more than one language, long lists narrowed by typing, a list's
 * values while they load and when they fail to, results that read in little space, and nothing wider than a phone.
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
  expectSearchDone,
  failFilterData,
  filterButton,
  filterCounts,
  filterMenu,
  filterOptions,
  filterValuesList,
  filterValuesState,
  holdFilterData,
  openSearch,
  results,
  searchBox,
  summary,
  titlesShown,
} from './search-helpers';

/** A word of the seed articles and of the fixtures alike. */
const FOUND_WORD = 'organ';
/** A name some seed articles and one fixture write, so that its search leaves some topics without an article. */
const RARER_WORD = 'kilgour';

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

test.describe('a list while its values load', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('says it is loading, and is busy, until the values come with their counts; so does a list opened meanwhile, and one opened after they came never does', async ({
    page,
  }) => {
    const release = await holdFilterData(page);
    await openSearch(page, FOUND_WORD);
    await filterButton(page, 'topic').click();
    await expect(filterValuesState(page, 'topic')).toHaveText('Loading the topic list…');
    await expect(filterValuesState(page, 'topic')).toBeVisible();
    await expect(filterValuesList(page, 'topic')).toHaveAttribute('aria-busy', 'true');
    await expect(filterOptions(page, 'topic')).toHaveCount(0);
    // Only one list is open at a time: opening another closes the first, and it loads the same data.
    await filterButton(page, 'publication').click();
    await expect(filterMenu(page, 'topic')).not.toHaveAttribute('open');
    await expect(filterValuesState(page, 'publication')).toHaveText('Loading the publication list…');
    await expect(filterValuesList(page, 'publication')).toHaveAttribute('aria-busy', 'true');

    release();
    await expect(filterOptions(page, 'publication').first()).toBeVisible();
    await expect(filterValuesState(page, 'publication')).toHaveText('');
    await expect(filterValuesList(page, 'publication')).not.toHaveAttribute('aria-busy');
    const counts = Object.values(await filterCounts(page, 'publication'));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);

    // Read as the list opens, before anything could change it: the values are there and nothing says "Loading".
    const opened = await filterMenu(page, 'topic').evaluate(async (menu) => {
      if (!(menu instanceof HTMLDetailsElement)) return undefined;
      const toggled = new Promise((resolve) => menu.addEventListener('toggle', resolve, { once: true }));
      menu.open = true;
      await toggled;
      return {
        message: menu.querySelector('[data-filter-state]')?.textContent,
        busy: menu.querySelector('[data-filter-options]')?.getAttribute('aria-busy'),
        values: menu.querySelectorAll('[data-filter-options] li').length > 0,
      };
    });
    expect(opened).toEqual({ message: '', busy: null, values: true });
  });

  test('values that come after the search changed are counted for the search shown', async ({ page }) => {
    await openSearch(page, RARER_WORD);
    await filterButton(page, 'topic').click();
    await expect(filterOptions(page, 'topic').first()).toBeVisible();
    const expected = await filterCounts(page, 'topic');
    // A bare search counts every topic's articles, each at least one: only counts for the word can tell them apart.
    expect(Object.values(expected), `some topic has no article with "${RARER_WORD}"`).toContain(0);

    const release = await holdFilterData(page);
    await page.goto(searchUrl());
    await filterButton(page, 'topic').click();
    await expect(filterValuesState(page, 'topic')).toHaveText('Loading the topic list…');
    // The data comes while the reader is typing, each letter within the pause Pagefind's box waits out after the last,
    // so no search for the word has started: it stays in the box, and its search is the one counted.
    release();
    await searchBox(page).pressSequentially(RARER_WORD, { delay: 100 });
    await expectSearchDone(page, RARER_WORD);
    await expect(searchBox(page)).toHaveValue(RARER_WORD);
    if ((await filterMenu(page, 'topic').getAttribute('open')) === null) await filterButton(page, 'topic').click();
    await expect.poll(() => filterCounts(page, 'topic')).toEqual(expected);
  });

  test('that fail to come are said to, the search still answers, and reopening the list or its button tries again', async ({
    page,
  }) => {
    const failure = 'The topic list could not be loaded. Check your connection, then try again.';
    const retry = filterMenu(page, 'topic').getByRole('button', { name: 'Try again' });
    const network = await failFilterData(page);
    await openSearch(page, FOUND_WORD);
    await filterButton(page, 'topic').click();
    await expect(filterValuesState(page, 'topic')).toHaveText(failure);
    await expect(retry).toBeVisible();
    await expect(filterValuesList(page, 'topic')).not.toHaveAttribute('aria-busy');
    await expect(filterOptions(page, 'topic')).toHaveCount(0);

    await searchBox(page).fill(RARER_WORD);
    await expectSearchDone(page, RARER_WORD);

    // Closing and opening the list asks again: the data is fetched anew, and fails anew.
    const failed = network.failed();
    await filterButton(page, 'topic').click();
    await expect(filterMenu(page, 'topic')).not.toHaveAttribute('open');
    await filterButton(page, 'topic').click();
    await expect.poll(network.failed).toBeGreaterThan(failed);
    await expect(filterValuesState(page, 'topic')).toHaveText(failure);

    await network.restore();
    await retry.click();
    await expect(filterOptions(page, 'topic').first()).toBeVisible();
    await expect(filterValuesState(page, 'topic')).toHaveText('');
    await expect(retry).toBeHidden();
    await expect(filterValuesList(page, 'topic')).not.toHaveAttribute('aria-busy');
    // The button went with the failure; the focus waits on the list's own button.
    await expect(filterButton(page, 'topic')).toBeFocused();
    const counts = Object.values(await filterCounts(page, 'topic'));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
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
