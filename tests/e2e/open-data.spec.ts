/**
 * Open data: the data files parse, hold one record per published article (drafts never), agree with each other
 * and with the articles' front matter, and every field they hold is documented on /data/. The CSV is read by a
 * small RFC 4180 reader written here, so the site's own writer is not used to check itself.
 */
import type { APIRequestContext } from '@playwright/test';
import { dataFileUrl, dataIndexUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

/** Rows of an RFC 4180 file: quoted fields may hold commas, doubled quotes and line breaks; lines end in CRLF. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

interface ArticleRecord {
  slug: string;
  markdownUrl: string;
  title: string;
  authors: string[];
  published: string | null;
  tags: string[];
  text: string;
  [field: string]: unknown;
}

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

test('articles.json holds one record per published article, as its front matter states', async ({
  request,
  articles,
}) => {
  const file = await json<{ count: number; articles: ArticleRecord[] }>(request, dataFileUrl('articles.json'));
  const expected = published(articles);
  expect(file.count).toBe(expected.length);
  expect(file.articles.map((r) => r.slug).toSorted()).toEqual(expected.map((a) => a.slug).toSorted());
  for (const article of expected) {
    const record = file.articles.find((r) => r.slug === article.slug);
    expect(record, article.file).toMatchObject({
      title: article.data.title,
      authors: article.data.authors ?? [],
      description: article.data.description ?? null,
      publication: article.data.publication ?? null,
      published: article.data.published ?? null,
      updated: article.data.updated ?? null,
      added: article.data.added ?? null,
      sourceUrl: article.data.sourceUrl ?? null,
      tags: article.data.tags,
      lang: article.data.lang,
      editorNote: article.data.editorNote ?? null,
      removed: article.data.removed,
    });
    expect(record?.text.length, `${article.file} has its text`).toBeGreaterThan(0);
    expect(record?.text, 'no markup in the text').not.toMatch(/<\/?[a-z][^>]*>/);
  }
});

test('articles.csv is RFC 4180 and holds the same records as articles.json, all but their text', async ({
  request,
}) => {
  const { articles: records } = await json<{ articles: ArticleRecord[] }>(request, dataFileUrl('articles.json'));
  const response = await request.get(dataFileUrl('articles.csv'));
  expect(response.status()).toBe(200);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.body());
  const [header, ...rows] = readCsv(text);
  // The text is in articles.json and in each record's Markdown file (markdownUrl), not in a spreadsheet's cells.
  expect(header).toEqual(Object.keys(records[0] ?? {}).filter((name) => name !== 'text'));
  expect(rows).toHaveLength(records.length);
  rows.forEach((row, index) => {
    const record = records[index];
    const cells = Object.fromEntries((header ?? []).map((name, column) => [name, row[column]]));
    expect(cells.slug).toBe(record?.slug);
    expect(cells.title).toBe(record?.title);
    expect(cells.markdownUrl).toBe(record?.markdownUrl);
    expect(cells.authors).toBe(record?.authors.join('; '));
    expect(cells.published).toBe(record?.published ?? '');
  });
});

test('each record’s Markdown source is served with its front matter', async ({ request }) => {
  const { articles: records } = await json<{ articles: ArticleRecord[] }>(request, dataFileUrl('articles.json'));
  for (const record of records) {
    const response = await request.get(new URL(record.markdownUrl).pathname);
    expect(response.status(), record.markdownUrl).toBe(200);
    expect(await response.text()).toMatch(/^---\n/);
  }
});

test('timeline.json cites only published articles, each with its title', async ({ request, articles }) => {
  const file = await json<{ count: number; events: { sources: { article: string; title: string }[] }[] }>(
    request,
    dataFileUrl('timeline.json'),
  );
  expect(file.count).toBe(file.events.length);
  const titles = new Map(published(articles).map((a) => [a.slug, a.data.title]));
  for (const { article, title } of file.events.flatMap((event) => event.sources)) {
    expect(titles.get(article), `${article} is a published article`).toBe(title);
  }
});

test('/data/ links every data file and documents every field the files hold', async ({ page, request }) => {
  await page.goto(dataIndexUrl());
  for (const file of ['articles.json', 'articles.csv', 'timeline.json', 'entities.json'] as const) {
    await expect(page.locator(`a[href="${dataFileUrl(file)}"]`).first()).toBeVisible();
  }
  const documented = new Set(await page.locator('tbody th code').allTextContents());
  const articlesFile = await json<Record<string, unknown> & { articles: Record<string, unknown>[] }>(
    request,
    dataFileUrl('articles.json'),
  );
  const timelineFile = await json<
    Record<string, unknown> & { events: (Record<string, unknown> & { sources: Record<string, unknown>[] })[] }
  >(request, dataFileUrl('timeline.json'));
  type Nested = Record<string, unknown> & { articles: (Record<string, unknown> & { mentions: object[] })[] };
  const entitiesFile = await json<Record<string, unknown> & { entities: Nested[] }>(
    request,
    dataFileUrl('entities.json'),
  );
  const entityArticles = entitiesFile.entities.flatMap((entity) => entity.articles);
  const fields = [
    ...Object.keys(entitiesFile).filter((key) => key !== 'entities'),
    ...entitiesFile.entities.flatMap(Object.keys),
    ...entityArticles.flatMap(Object.keys),
    ...entityArticles.flatMap((article) => article.mentions.flatMap(Object.keys)),
    ...Object.keys(articlesFile).filter((key) => key !== 'articles'),
    ...articlesFile.articles.flatMap(Object.keys),
    ...timelineFile.events.flatMap(Object.keys),
    ...timelineFile.events.flatMap((event) => event.sources.flatMap(Object.keys)),
  ];
  expect([...new Set(fields)].filter((field) => !documented.has(field))).toEqual([]);
});
