/** Permanent links: an article's former addresses and the redirects list keep old links working. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_URL } from '../../src/consts';
import { nameSlug } from '../../src/lib/content/slugs';
import { absoluteUrl, articleUrl, entityUrl, tagUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT, published } from './content';
import { entityOfTopic, readEntities } from './entity-oracle';

/** The fixture redirects list's one line. */
const RENAMED_TOPIC = { from: tagUrl('fixture-old-topic'), to: tagUrl('human-rights') };

test('the fixtures have an article with former addresses', ({ articles }) => {
  expect(published(articles).flatMap((a) => a.data.aliases)).toEqual(['fixture-old-address', 'fixture-older-address']);
});

test('each former address lands on the article, through a redirect page with a canonical link', async ({
  page,
  request,
  articles,
}) => {
  for (const article of published(articles)) {
    for (const alias of article.data.aliases) {
      await test.step(articleUrl(alias), async () => {
        const response = await request.get(articleUrl(alias), { maxRedirects: 0 });
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0;url=${articleUrl(article.slug)}">`));
        expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(articleUrl(article.slug), SITE_URL)}">`);
        expect(html).toContain('<meta name="robots" content="noindex">');

        await page.goto(articleUrl(alias));
        await expect(page).toHaveURL(new RegExp(`${articleUrl(article.slug)}$`));
        await expect(page.locator('h1')).toHaveText(article.data.title);
      });
    }
  }
});

test('a draft’s former address leads nowhere', async ({ page, articles }) => {
  const draftAliases = articles.filter((a) => a.data.draft).flatMap((a) => a.data.aliases);
  expect(draftAliases.length, 'the draft fixture has an alias').toBeGreaterThan(0);
  for (const alias of draftAliases) expect((await page.goto(articleUrl(alias)))?.status()).toBe(404);
});

test('an address in the redirects list lands on its new page', async ({ page }) => {
  await page.goto(RENAMED_TOPIC.from);
  await expect(page).toHaveURL(new RegExp(`${RENAMED_TOPIC.to}$`));
  await expect(page.locator('h1')).toHaveText(/human rights/i);
});

test('the _redirects file gives hosts that read it every redirect as a 301', ({ articles, outDir, contentDir }) => {
  const lines = readFileSync(join(PROJECT_ROOT, outDir, '_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  // A topic with an entity's name has the entity's page instead (one page per subject); its address leads there.
  const entities = readEntities(contentDir);
  const mergedTopics = new Map(
    published(articles).flatMap((a) =>
      a.data.tags.flatMap((tag) => {
        const entity = entityOfTopic(tag, entities);
        return entity ? [[nameSlug(tag), entity.slug] as const] : [];
      }),
    ),
  );
  expect(mergedTopics.size, "the fixtures have a topic with an entity's name").toBeGreaterThan(0);
  const expected = [
    ...published(articles).flatMap((a) =>
      a.data.aliases.map((alias) => `${articleUrl(alias)} ${articleUrl(a.slug)} 301`),
    ),
    `${RENAMED_TOPIC.from} ${RENAMED_TOPIC.to} 301`,
    ...[...mergedTopics].map(([topic, entity]) => `${tagUrl(topic)} ${entityUrl(entity)} 301`),
  ];
  expect(lines.toSorted()).toEqual(expected.toSorted());
});
