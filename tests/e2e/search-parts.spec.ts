/**
 * A large archive's search index is written in parts that the search page merges (src/lib/search/index-parts.ts).
 * Here the site under test is indexed again in parts of three pages, so the merged search runs in the browser at
 * small size, and each search is held to the same search on the site's own one-part index: the same results, the
 * same filter values and counts, and newest first in date order across the parts. The filters' data is fetched
 * only once a reader opens a filter.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { serveStatic } from '../../scripts/bench/static-server';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { SEARCH_PARTS_FILE, type SearchPartsManifest } from '../../src/lib/search/index-parts';
import { SEARCH_BUNDLE_DIR, articleUrl, searchUrl } from '../../src/lib/site/urls';
import { expect, expectNoMisconduct, test, watchContext } from './archive-test';
import { PROJECT_ROOT, published } from './content';
import { expectSearchDone, filterButton, filterOptions, resultTitles } from './search-helpers';

/**
 * Past the ports the test servers and nginx take (playwright.config.ts), one for the split site and one for the whole
 * one, a pair for each worker: this file runs in more than one project, and two workers may run it at once.
 */
const SPLIT_PORT = Number(process.env.E2E_PORT ?? 4321) + 4 + 2 * Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const WHOLE_PORT = SPLIT_PORT + 1;
const PART_SIZE = 3;
/** Words several fixture articles share, so each search's results come from several parts. */
const QUERIES = ['organ', 'hospital', 'transplant', 'Falun Gong'];

let site: { dir: string; close(): Promise<void>; closeWhole(): Promise<void> } | undefined;

test.beforeAll(async ({ outDir }) => {
  const dir = await mkdtemp(join(tmpdir(), 'archive-search-parts-'));
  await cp(join(PROJECT_ROOT, outDir), dir, { recursive: true });
  await writeSearchIndex(dir, { partSize: PART_SIZE, cacheDir: null });
  const split = await serveStatic(dir, SPLIT_PORT);
  const whole = await serveStatic(join(PROJECT_ROOT, outDir), WHOLE_PORT);
  site = { dir, close: split.close, closeWhole: whole.close };
});

test.afterAll(async () => {
  await site?.close();
  await site?.closeWhole();
  if (site) await rm(site.dir, { recursive: true, force: true });
});

test.use({ baseURL: `http://127.0.0.1:${SPLIT_PORT}` });
// One worker runs this file's tests in turn, so its two servers start once.
test.describe.configure({ mode: 'default' });

/** The result addresses shown for `query` (with `params` added to the address), in order. */
async function resultUrls(page: Page, query: string, params = ''): Promise<string[]> {
  await page.goto(`${searchUrl(query)}${params}`);
  await expectSearchDone(page, query);
  return resultTitles(page).evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

/** Runs `check` on a page of the site's own one-part index, held to the same guard as every test's page. */
async function onWholeSite<T>(browser: Browser, check: (page: Page) => Promise<T>): Promise<T> {
  const origin = `http://127.0.0.1:${WHOLE_PORT}`;
  const context = await browser.newContext({ baseURL: origin });
  const misconduct = watchContext(context, origin);
  try {
    return await check(await context.newPage());
  } finally {
    await context.close();
    expectNoMisconduct(misconduct);
  }
}

test('the index is written in parts, each article in one of them', async ({ articles }) => {
  const manifest = JSON.parse(
    await readFile(join(site?.dir ?? '', SEARCH_BUNDLE_DIR, SEARCH_PARTS_FILE), 'utf8'),
  ) as SearchPartsManifest;
  expect(manifest.parts.length).toBe(Math.ceil(published(articles).length / PART_SIZE));
});

test('a search finds the same articles in the parts as in the one index', async ({ page, browser }) => {
  for (const query of QUERIES) {
    const split = await resultUrls(page, query);
    const whole = await onWholeSite(browser, (other) => resultUrls(other, query));
    expect(split.length, `"${query}" finds something`).toBeGreaterThan(0);
    // Each part weighs words by its own pages, so the order may differ. And an index without the word itself matches
    // the words that start with it ("organ": "organised"), as Pagefind does in any index; so a part without the word
    // can add such results, but none the one index finds is lost.
    expect(split, `"${query}"`).toEqual(expect.arrayContaining(whole));
  }
});

test('newest first puts every part’s results in date order', async ({ page, articles }) => {
  const dates = new Map(published(articles).map((a) => [articleUrl(a.slug), a.data.published ?? '0000-00-00']));
  for (const query of QUERIES) {
    const shown = (await resultUrls(page, query, '&sort=newest')).map((url) => dates.get(url) ?? '');
    expect(shown, `"${query}", newest first`).toEqual(shown.toSorted().reverse());
  }
});

test('filter values and counts are the merged ones, fetched when a filter is opened', async ({ page, browser }) => {
  const filterFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/${SEARCH_BUNDLE_DIR}/`) && request.url().includes('/filter/'))
      filterFiles.push(request.url());
  });
  const query = QUERIES[0] ?? '';
  await resultUrls(page, query);
  expect(filterFiles, 'no filter data with the first search').toEqual([]);

  const topicsIn = async (other: Page): Promise<string[]> => {
    await filterButton(other, 'topic').click();
    await expect(filterOptions(other, 'topic').first()).toBeVisible();
    return filterOptions(other, 'topic').evaluateAll((labels) => labels.map((l) => l.textContent?.trim() ?? ''));
  };
  const split = await topicsIn(page);
  expect(filterFiles.length, 'the filters’ data, once a filter is opened').toBeGreaterThan(0);
  const whole = await onWholeSite(browser, async (other) => {
    await resultUrls(other, query);
    return topicsIn(other);
  });
  // The same values; a count may be higher where a part without the word adds words that start with it (see above).
  const counts = (labels: string[]) =>
    new Map(labels.map((l) => [l.replace(/ \d+$/, ''), Number(/\d+$/.exec(l)?.[0])]));
  const [splitCounts, wholeCounts] = [counts(split), counts(whole)];
  expect([...splitCounts.keys()]).toEqual([...wholeCounts.keys()]);
  for (const [value, count] of wholeCounts) expect(splitCounts.get(value), value).toBeGreaterThanOrEqual(count);
});
