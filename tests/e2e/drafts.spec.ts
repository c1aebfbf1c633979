/** A draft is work in progress: no page, listing, neighbour link or built file may reveal it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  searchBundleUrl,
  searchUrl,
  tagsIndexUrl,
  tagUrl,
  yearUrl,
} from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT, published } from './content';

/** A word found only in the draft fixture's title, so any leak of it is easy to spot anywhere. */
const DRAFT_MARK = 'zebra-lantern-4417';
/** What a built file must never contain, in its name or its text: the mark, the draft's slug and its former slug. */
const DRAFT_NAMES = [DRAFT_MARK, 'draft-never-published', 'draft-old-address'];

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

test('no built file is named after the draft or mentions it', async ({ outDir }) => {
  const root = join(PROJECT_ROOT, outDir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  expect(files.length, `${outDir} has been built`).toBeGreaterThan(0);
  // A card image, a page at the draft's address or its former one: the name alone gives the draft away.
  const named = files
    .map((file) => relative(root, file))
    .filter((file) => DRAFT_NAMES.some((name) => file.includes(name)));
  expect(named, 'files named after the draft').toEqual([]);
  // Pagefind's index is compressed and cards are images, so this reads only what is text; the index is searched below.
  const leaks = files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return DRAFT_NAMES.some((name) => text.includes(name));
  });
  expect(leaks).toEqual([]);
});

test('the search index knows nothing of the draft: its words, its names and its filters', async ({ page }) => {
  await page.goto(searchUrl());
  const found = await page.evaluate(
    async ({ bundle, queries }) => {
      const pagefind = await import(bundle);
      const answers: { query: string; urls: string[]; texts: string[] }[] = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const data = await Promise.all(
          search.results.map((result: { data: () => Promise<{ url: string; content: string; meta: object }> }) =>
            result.data(),
          ),
        );
        answers.push({
          query,
          urls: data.map((d) => d.url),
          texts: data.map((d) => `${d.content} ${JSON.stringify(d.meta)}`),
        });
      }
      return { answers, filters: JSON.stringify(await pagefind.filters()) };
    },
    { bundle: searchBundleUrl('pagefind.js'), queries: [DRAFT_MARK, 'zebra', 'lantern', '"Draft Fixture Council"'] },
  );
  for (const { query, urls, texts } of found.answers) {
    expect(urls, `"${query}" finds no page at the draft's address`).not.toContain(articleUrl('draft-never-published'));
    expect(
      texts.filter((text) => text.includes(DRAFT_MARK)),
      `"${query}" finds nothing that carries the draft's mark`,
    ).toEqual([]);
  }
  expect(found.answers.find((a) => a.query === DRAFT_MARK)?.urls, 'the mark is in no indexed page').toEqual([]);
  expect(found.filters, 'no filter value comes from the draft').not.toContain(DRAFT_MARK);
  expect(found.filters, 'the entity only the draft names is no filter').not.toContain('Draft Fixture Council');
});
