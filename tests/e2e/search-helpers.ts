import type { Locator, Page } from '@playwright/test';
import { searchUrl } from '../../src/lib/site/urls';
import { expect } from './archive-test';

/** The search page's parts, as a reader finds them. */
export const searchBox = (page: Page): Locator => page.locator('pagefind-input input');
export const summary = (page: Page): Locator => page.locator('pagefind-summary');
export const results = (page: Page): Locator => page.locator('pagefind-results li.result');
export const resultTitles = (page: Page): Locator => results(page).locator('.result__title a');
export const filterButton = (page: Page, filter: string): Locator =>
  page.locator(`pagefind-filter-dropdown[filter="${filter}"] button`).first();
export const filterOption = (page: Page, filter: string, value: string | RegExp): Locator =>
  page.locator(`pagefind-filter-dropdown[filter="${filter}"] [role="option"]`).filter({ hasText: value });

/** Waits until Pagefind has answered the search for `query` and drawn every result it counted. */
export async function expectSearchDone(page: Page, query: string): Promise<void> {
  const counted = new RegExp(
    `^(\\d+) results? for ${escapeRegExp(query)}$|^No results for ${escapeRegExp(query)}$`,
    'i',
  );
  await expect(summary(page)).toHaveText(counted);
  const count = Number(counted.exec((await summary(page).textContent())?.trim() ?? '')?.[1] ?? 0);
  await expect(results(page), 'Pagefind draws as many results as it counted').toHaveCount(count);
  // Results fill in as Pagefind loads each one's data; placeholders have no title link yet.
  await expect(resultTitles(page)).toHaveCount(count);
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
