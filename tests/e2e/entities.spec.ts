/**
 * Following a person, organisation or report across the archive: `/entities/` lists each, its page lists
 * every article that names it with the sentence linked to its paragraph, and every article filed under the topic
 * of its name (one page per subject), and articles link back.
 */
import {
  articleUrl,
  dataFileUrl,
  entitiesIndexUrl,
  entityUrl,
  tagFeedUrl,
  tagsIndexUrl,
  tagUrl,
} from '../../src/lib/site/urls';
import { normalizeSpace, published } from './content';
import { articlesAbout, entityOfTopic, filedArticles, namingArticles, readEntities } from './entity-oracle';
import { nameSlug } from '../../src/lib/content/slugs';
import { expect, test } from './archive-test';

test.use({ javaScriptEnabled: false });

const KIND_HEADINGS: Record<string, string> = { person: 'People', organisation: 'Organisations', report: 'Reports' };

test('entities.json holds one record per entity file, each listing exactly the articles about it', async ({
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
      articlesAbout(entity, articles),
    );
  }
});

test('/entities/ lists every entity under its kind, with the number of articles about it', async ({
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
    const count = articlesAbout(entity, articles).length;
    const item = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: entity.name, exact: true }) });
    await expect(item).toContainText(
      count === 0 ? 'not named in any article' : `in ${count} ${count === 1 ? 'article' : 'articles'}`,
    );
  }
});

test('an entity page lists exactly the published articles about it, each mention linked to its paragraph', async ({
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
    const expected = articlesAbout(entity, articles);
    expect(listed.toSorted(), `the articles on ${entityUrl(entity.slug)}`).toEqual(expected.map(articleUrl).toSorted());
    // An article only filed under the topic is listed with no sentence to quote, and says why it is there.
    for (const slug of filedArticles(entity, articles).filter((s) => !namingArticles(entity, articles).includes(s))) {
      await expect(
        page.locator('.mentioning').filter({ has: page.locator(`h3 a[href="${articleUrl(slug)}"]`) }),
      ).toContainText(`Filed under the topic ${entity.name}`);
    }
    for (const slug of namingArticles(entity, articles)) {
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

test('a topic with an entity’s name has one page, the entity’s: its old address leads there, counts agree', async ({
  page,
  request,
  articles,
  contentDir,
}) => {
  const entities = readEntities(contentDir);
  const topics = [...new Set(published(articles).flatMap((article) => article.data.tags))];
  const merged = topics.flatMap((topic) => {
    const entity = entityOfTopic(topic, entities);
    return entity ? [{ topic, entity }] : [];
  });
  expect(merged.length, 'some topic has an entity’s name').toBeGreaterThan(0);
  await page.goto(tagsIndexUrl());
  const index = await page
    .getByRole('list', { name: 'Topics' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href'),
        count: Number.parseInt(li.querySelector('.name-index__count')?.textContent ?? '', 10),
      })),
    );
  for (const { topic, entity } of merged) {
    const count = articlesAbout(entity, articles).length;
    await test.step(topic, async () => {
      // The topic index leads to the entity's page and counts what that page lists.
      expect(index).toContainEqual({ href: entityUrl(entity.slug), count });
      // The old address answers with a redirect to the entity's page, and a reader following it lands there.
      const redirect = await request.get(tagUrl(nameSlug(topic)), { maxRedirects: 0 });
      expect(await redirect.text()).toContain(`<meta http-equiv="refresh" content="0;url=${entityUrl(entity.slug)}">`);
      await page.goto(tagUrl(nameSlug(topic)));
      await expect(page).toHaveURL(new RegExp(`${entityUrl(entity.slug)}$`));
      await expect(page.locator('.mentioning')).toHaveCount(count);
      await expect(page.locator('.entity-header__meta')).toContainText(
        `${count} ${count === 1 ? 'article' : 'articles'}`,
      );
      // Its feed keeps answering, with the articles the entity's page lists.
      const feed = await request.get(tagFeedUrl(nameSlug(topic)));
      expect(feed.status()).toBe(200);
      expect((await feed.text()).match(/<item>/g)?.length ?? 0).toBe(count);
    });
  }
  // Every article's topic pill leads to the entity's page, never to the redirect.
  for (const article of published(articles)) {
    for (const { topic, entity } of merged.filter(({ topic: t }) => article.data.tags.includes(t))) {
      await page.goto(articleUrl(article.slug));
      await expect(
        page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: topic, exact: true }),
      ).toHaveAttribute('href', entityUrl(entity.slug));
    }
  }
});
