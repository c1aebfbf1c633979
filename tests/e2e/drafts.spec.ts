/** A draft is work in progress: no page, listing, neighbour link or built file may reveal it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameSlug } from '../../src/lib/content/slugs';
import {
  articlesIndexUrl,
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  feedUrl,
  homeUrl,
  publicationsIndexUrl,
  publicationUrl,
  tagsIndexUrl,
  tagUrl,
  yearUrl,
} from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT, published } from './content';

/** A word found only in the draft fixture's title, so any leak of it is easy to spot anywhere. */
const DRAFT_MARK = 'zebra-lantern-4417';

test('the draft fixture is a draft, and the only one', async ({ articles }) => {
  const drafts = articles.filter((a) => a.data.draft);
  expect(drafts.map((a) => a.slug)).toEqual(['draft-never-published']);
  expect(drafts[0]?.data.title).toContain(DRAFT_MARK);
});

test('a draft has no page: its address answers 404', async ({ page }) => {
  const response = await page.goto(articleUrl('draft-never-published'));
  expect(response?.status()).toBe(404);
});

test('the names only the draft carries have no pages, and its year lists only published articles', async ({
  page,
  articles,
}) => {
  const draft = articles.find((a) => a.data.draft);
  const onlyInDraft = [
    ...(draft?.data.tags ?? []).filter((t) => t.includes(DRAFT_MARK)).map((t) => tagUrl(nameSlug(t))),
    ...(draft?.data.authors ?? []).map((n) => authorUrl(nameSlug(n))),
    ...(draft?.data.publication ? [publicationUrl(nameSlug(draft.data.publication))] : []),
    ...(draft?.data.aliases ?? []).map((alias) => articleUrl(alias)),
  ];
  expect(onlyInDraft).toHaveLength(4);
  for (const path of onlyInDraft) expect((await page.goto(path))?.status(), path).toBe(404);
  // The draft's year lists that year's published articles, never the draft.
  expect((await page.goto(yearUrl(2019)))?.status()).toBe(200);
  await expect(page.locator('main')).not.toContainText(DRAFT_MARK);
});

test('no page names or links to the draft', async ({ page, articles }) => {
  const pages = [
    homeUrl(),
    articlesIndexUrl(),
    tagsIndexUrl(),
    tagUrl('test-fixture'),
    tagUrl('test-fixture', 2),
    tagUrl('test-fixture', 3),
    authorsIndexUrl(),
    publicationsIndexUrl(),
    feedUrl(),
    '/no-such-page/',
    ...published(articles).map((a) => articleUrl(a.slug)),
  ];
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.locator('body')).not.toContainText(DRAFT_MARK);
      await expect(page.locator(`a[href*="draft-never-published"]`)).toHaveCount(0);
    });
  }
});

test('no built file mentions the draft', async ({ outDir }) => {
  const root = join(PROJECT_ROOT, outDir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.length, `${outDir} has been built`).toBeGreaterThan(0);
  const leaks = files
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text.includes(DRAFT_MARK) || text.includes('draft-never-published');
    });
  expect(leaks).toEqual([]);
});
