/**
 * Following a person, organisation or report across the archive: `/entities/` lists each, its page lists
 * every article that names it with the sentence linked to its paragraph, and articles link back.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { articleUrl, dataFileUrl, entitiesIndexUrl, entityUrl } from '../../src/lib/site/urls';
import { normalizeSpace, PROJECT_ROOT, published, type SourceArticle } from './content';
import { expect, test } from './archive-test';

test.use({ javaScriptEnabled: false });

interface SourceEntity {
  slug: string;
  name: string;
  kind: string;
  /** The names that count as naming it in full; short names count only beside one of these. */
  fullNames: string[];
}

/** The entity files beside the articles folder, read straight from disk as the oracle. */
function readEntities(contentDir: string): SourceEntity[] {
  const dir = join(PROJECT_ROOT, dirname(contentDir), 'entities');
  return globSync('*.yaml', { cwd: dir }).map((file) => {
    const data = load(readFileSync(join(dir, file), 'utf8')) as { name: string; kind: string; aliases?: string[] };
    return {
      slug: basename(file, '.yaml'),
      name: data.name,
      kind: data.kind,
      fullNames: [data.name, ...(data.aliases ?? [])],
    };
  });
}

/** The article's Markdown after its front matter. */
function bodyOf(article: SourceArticle): string {
  return parseFrontmatter(readFileSync(join(PROJECT_ROOT, article.file), 'utf8')).content;
}

/** Whether `text` holds `name` as whole words, written as the entity file writes it. */
const names = (text: string, name: string): boolean =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'u',
  ).test(text);

/** The published articles whose text names the entity in full: exactly those its page must list. */
const namingArticles = (entity: SourceEntity, articles: readonly SourceArticle[]): string[] =>
  published(articles)
    .filter((article) => entity.fullNames.some((name) => names(bodyOf(article), name)))
    .map((article) => article.slug)
    .toSorted();

const KIND_HEADINGS: Record<string, string> = { person: 'People', organisation: 'Organisations', report: 'Reports' };

test('entities.json holds one record per entity file, each listing exactly the articles that name it', async ({
  request,
  articles,
  contentDir,
}) => {
  const response = await request.get(dataFileUrl('entities.json'));
  expect(response.status()).toBe(200);
  const file = (await response.json()) as { count: number; entities: { slug: string; articles: { slug: string }[] }[] };
  const entities = readEntities(contentDir);
  expect(file.count).toBe(entities.length);
  expect(file.entities.map((entity) => entity.slug).toSorted()).toEqual(entities.map((e) => e.slug).toSorted());
  for (const entity of entities) {
    const record = file.entities.find((candidate) => candidate.slug === entity.slug);
    expect(record?.articles.map((article) => article.slug).toSorted(), entity.slug).toEqual(
      namingArticles(entity, articles),
    );
  }
});

test('/entities/ lists every entity under its kind, with the number of articles naming it', async ({
  page,
  articles,
  contentDir,
}) => {
  const entities = readEntities(contentDir);
  expect(entities.length).toBeGreaterThan(0);
  await page.goto(entitiesIndexUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People and organisations');
  for (const entity of entities) {
    const list = page.getByRole('list', { name: KIND_HEADINGS[entity.kind], exact: true });
    const link = list.getByRole('link', { name: entity.name, exact: true });
    await expect(link).toHaveAttribute('href', entityUrl(entity.slug));
    const count = namingArticles(entity, articles).length;
    const item = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: entity.name, exact: true }) });
    await expect(item).toContainText(
      count === 0 ? 'not named in any article' : `in ${count} ${count === 1 ? 'article' : 'articles'}`,
    );
  }
});

test('an entity page lists exactly the published articles that name it, each mention linked to its paragraph', async ({
  page,
  articles,
  contentDir,
}) => {
  for (const entity of readEntities(contentDir)) {
    await page.goto(entityUrl(entity.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entity.name);
    const listed = await page
      .locator('.mentioning__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = namingArticles(entity, articles);
    expect(listed.toSorted(), `the articles on ${entityUrl(entity.slug)}`).toEqual(expected.map(articleUrl).toSorted());
    for (const slug of expected) {
      const mentions = page
        .locator('.mentioning')
        .filter({ has: page.locator(`h3 a[href="${articleUrl(slug)}"]`) })
        .locator('li a');
      expect(await mentions.count()).toBeGreaterThan(0);
      for (const href of await mentions.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^${articleUrl(slug)}#p-[a-z0-9-]+$`));
      }
    }
  }
});

test('every mention link lands on the paragraph that holds its sentence', async ({ page, articles, contentDir }) => {
  const mentions: { from: string; href: string; sentence: string }[] = [];
  for (const entity of readEntities(contentDir).filter((e) => namingArticles(e, articles).length > 0)) {
    const from = entityUrl(entity.slug);
    await page.goto(from);
    const links = await page
      .locator('.mentioning li a')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href') ?? '', sentence: a.textContent ?? '' })),
      );
    mentions.push(...links.map((link) => ({ from, ...link })));
  }
  expect(mentions.length, 'some entity is named in some article').toBeGreaterThan(0);
  // In order of address, so each article loads once and its other mentions are followed within the page.
  for (const { from, href, sentence } of mentions.toSorted((a, b) => a.href.localeCompare(b.href))) {
    await test.step(`${from} → ${href}`, async () => {
      await page.goto(href);
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      const paragraph = page.locator(`[id="${href.split('#')[1]}"]`);
      await expect(paragraph, `${href} is a paragraph of the article`).toHaveCount(1);
      await expect(paragraph).toBeInViewport();
      expect(normalizeSpace((await paragraph.textContent()) ?? '')).toContain(normalizeSpace(sentence));
    });
  }
});

test('an article links the first mention of each entity it names, once, to that entity’s page', async ({
  page,
  articles,
  contentDir,
}) => {
  const entities = readEntities(contentDir);
  for (const article of published(articles)) {
    const expected = entities.filter((e) => namingArticles(e, [article]).length > 0).map((e) => entityUrl(e.slug));
    await page.goto(articleUrl(article.slug));
    const links = await page
      .locator('.article__body a.entity-link')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.toSorted(), `entity links in ${article.file}`).toEqual(expected.toSorted());
  }
});
