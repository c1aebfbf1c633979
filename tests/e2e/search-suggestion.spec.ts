/**
 * "Did you mean …": a search that finds few or no results offers the archive's own spelling of each word it does
 * not hold, as a link to that search. Runs on the real site and the fixture site, which both write "Kilgour".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleUrl, searchVocabularyUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT, published } from './content';
import { expectSearchDone, openSearch, resultTitles, searchBox } from './search-helpers';

test.use({ viewport: { width: 1280, height: 2000 } });

const suggestion = (page: import('@playwright/test').Page) => page.locator('[data-search-suggestion]');

test('kilgor is offered "kilgour", which finds every article naming Kilgour', async ({ page, articles }) => {
  const naming = published(articles).filter((a) =>
    readFileSync(join(PROJECT_ROOT, a.file), 'utf8').includes('Kilgour'),
  );
  expect(naming.length, 'the content names Kilgour').toBeGreaterThan(0);
  await openSearch(page, 'kilgor');
  await expect(suggestion(page)).toHaveText('Did you mean kilgour?');
  await suggestion(page).getByRole('link', { name: 'kilgour' }).click();
  await expect(page).toHaveURL(/[?&]q=kilgour(&|$)/);
  await expectSearchDone(page, 'kilgour');
  const found = await resultTitles(page).evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  for (const article of naming) expect(found, article.file).toContain(articleUrl(article.slug));
});

test('the suggestion keeps the sort, and goes once the words are the archive’s', async ({ page }) => {
  await openSearch(page, 'kilgor', '&sort=newest');
  const link = suggestion(page).getByRole('link', { name: 'kilgour' });
  await expect(link).toHaveAttribute('href', '/search/?q=kilgour&sort=newest');
  await searchBox(page).fill('kilgour');
  await expectSearchDone(page, 'kilgour');
  await expect(suggestion(page)).toBeEmpty();
  await expect(suggestion(page)).toBeHidden();
});

test('the archive’s words are fetched only when a search finds little', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === searchVocabularyUrl()) fetched.push(request.url());
  });
  // Every article carries "the", so this search finds enough and needs no advice.
  await openSearch(page, 'the');
  expect(fetched, 'no vocabulary for a search with results enough').toEqual([]);
  await searchBox(page).fill('kilgor');
  await expectSearchDone(page, 'kilgor');
  await expect(suggestion(page)).toHaveText('Did you mean kilgour?');
  expect(fetched).toHaveLength(1);
});
