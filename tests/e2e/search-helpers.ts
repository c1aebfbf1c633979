import type { Locator, Page } from '@playwright/test';
import { searchUrl } from '../../src/lib/site/urls';
import { expect } from './archive-test';

/** The search page's parts, as a reader finds them. */
export const searchBox = (page: Page): Locator => page.locator('pagefind-input input');
export const summary = (page: Page): Locator => page.locator('pagefind-summary');
export const results = (page: Page): Locator => page.locator('pagefind-results li.result');
export const resultTitles = (page: Page): Locator => results(page).locator('.result__title a');
/** A filter's disclosure: `filter` is its name in the address, or `range` for the date range. */
export const filterMenu = (page: Page, filter: string): Locator =>
  page.locator(filter === 'range' ? 'details[data-filter-range]' : `details[data-filter="${filter}"]`);
/** The button that opens and closes a filter's list. */
export const filterButton = (page: Page, filter: string): Locator => filterMenu(page, filter).locator('> summary');
/** The options of a filter's list, each a label holding a checkbox, the value and its count. */
export const filterOptions = (page: Page, filter: string): Locator =>
  filterMenu(page, filter).locator('[data-filter-options] li:not([hidden]) label');
export const filterOption = (page: Page, filter: string, value: string | RegExp): Locator =>
  filterOptions(page, filter).filter({ hasText: value });
/** What a filter's list says while its values load or after they failed to: its live region. */
export const filterValuesState = (page: Page, filter: string): Locator =>
  filterMenu(page, filter).locator('[data-filter-state]');
/** The list that holds a filter's values once they have come: busy until then. */
export const filterValuesList = (page: Page, filter: string): Locator =>
  filterMenu(page, filter).locator('[data-filter-options]');
/** A filter's values, each with the count the search shows beside it. */
export const filterCounts = async (page: Page, filter: string): Promise<Record<string, number>> =>
  Object.fromEntries(
    await filterOptions(page, filter).evaluateAll((labels) =>
      labels.map((label) => [
        label.querySelector('.filter__value')?.textContent ?? '',
        Number(label.querySelector('.filter__count')?.textContent || Number.NaN),
      ]),
    ),
  );

/**
 * Pagefind's files of filter values, one per filter (`filter/*.pf_filter`), which its web worker fetches when a list
 * is first opened; the index's other files are fetched with the first search.
 */
const FILTER_DATA = '**/*.pf_filter';

/** Holds back the filters' data until the function returned is called, so a test sees a list while it loads. */
export async function holdFilterData(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(FILTER_DATA, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Fails every fetch of the filters' data, as a dropped connection would, until `restore` is awaited.
 * `failed()` says how many fetches failed so far.
 */
export async function failFilterData(page: Page): Promise<{ failed: () => number; restore: () => Promise<void> }> {
  let failed = 0;
  await page.route(FILTER_DATA, (route) => {
    failed++;
    return route.abort('connectionreset');
  });
  return { failed: () => failed, restore: () => page.unroute(FILTER_DATA) };
}

/** The chips of the values chosen, each a button that removes its value. */
export const chips = (page: Page): Locator => page.locator('[data-search-chip-list] button[data-chip]');

/** Waits until Pagefind has answered the search for `query` and drawn every result it counted. */
export async function expectSearchDone(page: Page, query: string): Promise<void> {
  const counted = new RegExp(
    `^(\\d+) results? for ${escapeRegExp(query)}$|^No results for ${escapeRegExp(query)}$`,
    'i',
  );
  await expect(summary(page)).toHaveText(counted);
  const count = Number(counted.exec((await summary(page).textContent())?.trim() ?? '')?.[1] ?? 0);
  const shown = await drawnOf(page, count);
  await expect(results(page), 'Pagefind draws as many results as it counted, up to its limit').toHaveCount(shown);
  // Results fill in as Pagefind loads each one's data; placeholders have no title link yet.
  await expect(resultTitles(page)).toHaveCount(shown);
}

/** How many of `count` results the results list draws: all, or at most its `maxResults` (the site's first 100). */
async function drawnOf(page: Page, count: number): Promise<number> {
  const limit = await page.locator('pagefind-results').evaluate((list) => (list as { maxResults?: number }).maxResults);
  return limit ? Math.min(limit, count) : count;
}

/**
 * Starts recording every search Pagefind finishes on this page, from the page's own Pagefind instance: its
 * `results` event fires once a search is answered, whatever the query (an empty one included), so a test can wait
 * for exactly that instead of reading the summary or sleeping. Call it after the search page has loaded.
 */
export async function recordSearches(page: Page): Promise<void> {
  await page.waitForFunction(() => 'PagefindComponents' in window);
  await page.evaluate(() => {
    interface Instance {
      searchTerm: string;
      on(event: 'results', callback: (search: { results: unknown[] }) => void): void;
    }
    const components = (
      window as { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): Instance } } }
    ).PagefindComponents;
    const instance = components?.getInstanceManager().getInstance('default');
    const finished: { term: string; count: number }[] = [];
    (window as { __searchesFinished?: typeof finished }).__searchesFinished = finished;
    instance?.on('results', ({ results }) => finished.push({ term: instance.searchTerm, count: results.length }));
  });
}

/**
 * Waits until Pagefind has finished searching for exactly `query` (see `recordSearches`) and the results list has
 * drawn what it found, and returns how many results it found.
 */
export async function searchFinished(page: Page, query: string): Promise<number> {
  // The search's record, not its count, so a search that found nothing (0) still ends the wait.
  const handle = await page.waitForFunction(
    (term) =>
      (window as { __searchesFinished?: { term: string; count: number }[] }).__searchesFinished?.findLast(
        (search) => search.term === term,
      ),
    query,
  );
  const count = (await handle.jsonValue())?.count ?? 0;
  const shown = await drawnOf(page, count);
  await expect(results(page), 'Pagefind draws the results it found').toHaveCount(shown);
  await expect(resultTitles(page)).toHaveCount(shown);
  return count;
}

/** Opens the search page for `query`, as a shared link would, and waits for the results. */
export async function openSearch(page: Page, query: string, params = ''): Promise<void> {
  await page.goto(`${searchUrl(query)}${params}`);
  await expectSearchDone(page, query);
}

/** The titles of the results, in order. */
export const titlesShown = (page: Page): Promise<string[]> =>
  resultTitles(page).evaluateAll((links) => links.map((link) => link.textContent?.trim() ?? ''));

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
