/**
 * Browsing by topic, publication and author: each name has a page listing exactly
 * the articles that carry it, its index counts them, and every byline links to it. A topic with an entity's name
 * has the entity's page instead (entities.spec.ts).
 */
import { nameSlug } from '../../src/lib/content/slugs';
import {
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  entityUrl,
  homeUrl,
  publicationsIndexUrl,
  publicationUrl,
  tagsIndexUrl,
  tagUrl,
} from '../../src/lib/site/urls';
import { allowPages, expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import { articlesAbout, entityOfTopic, readEntities } from './entity-oracle';
import { expectEntriesMatchFrontMatter, expectNewestFirst, walkListing } from './page-helpers';

/** One kind of name: where its pages are and which names each source file gives. */
interface Taxonomy {
  kind: 'Topic' | 'Author' | 'Publication';
  heading: 'Topics' | 'Authors' | 'Publications';
  indexUrl: string;
  urlOf: (slug: string) => string;
  namesOf: (article: SourceArticle) => string[];
  /** Whether a name of this kind can be an entity's, whose page is then the name's (topics only). */
  entityPages?: true;
}

const TAXONOMIES: Taxonomy[] = [
  {
    kind: 'Topic',
    heading: 'Topics',
    indexUrl: tagsIndexUrl(),
    urlOf: tagUrl,
    namesOf: (a) => a.data.tags,
    entityPages: true,
  },
  {
    kind: 'Author',
    heading: 'Authors',
    indexUrl: authorsIndexUrl(),
    urlOf: authorUrl,
    namesOf: (a) => a.data.authors ?? [],
  },
  {
    kind: 'Publication',
    heading: 'Publications',
    indexUrl: publicationsIndexUrl(),
    urlOf: publicationUrl,
    namesOf: (a) => (a.data.publication ? [a.data.publication] : []),
  },
];

/** The names of one kind the published source files use, by slug: every spelling, and the articles that carry it. */
function expectedGroups(articles: readonly SourceArticle[], namesOf: Taxonomy['namesOf']) {
  const groups = new Map<string, { spellings: Set<string>; slugs: Set<string> }>();
  for (const article of published(articles)) {
    for (const name of namesOf(article)) {
      const slug = nameSlug(name);
      const group = groups.get(slug) ?? { spellings: new Set<string>(), slugs: new Set<string>() };
      group.spellings.add(name);
      group.slugs.add(article.slug);
      groups.set(slug, group);
    }
  }
  return groups;
}

for (const { kind, heading, indexUrl, urlOf, namesOf, entityPages } of TAXONOMIES) {
  /** The entity whose page a name has instead of its own (entities.spec.ts checks that page), if any. */
  const entityOf = (name: string, contentDir: string) =>
    entityPages ? entityOfTopic(name, readEntities(contentDir)) : undefined;

  test.describe(heading, () => {
    test(`the ${heading.toLowerCase()} index lists every ${kind.toLowerCase()} once, with its page and its count`, async ({
      page,
      articles,
      contentDir,
    }) => {
      await page.goto(homeUrl());
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: heading }).click();
      await expect(page).toHaveURL(new RegExp(`${indexUrl}$`));
      await expect(page.locator('h1')).toHaveText(heading);

      const groups = expectedGroups(articles, namesOf);
      const items = page.getByRole('list', { name: heading }).getByRole('listitem');
      await expect(items).toHaveCount(groups.size);
      const listed = await items.evaluateAll((elements) =>
        elements.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          label: li.querySelector('a')?.textContent?.trim() ?? '',
          count: Number.parseInt(li.querySelector('.name-index__count')?.textContent ?? '', 10),
        })),
      );
      for (const [slug, { spellings, slugs }] of groups) {
        // A topic with an entity's name leads to the entity's page, and counts the articles listed there.
        const entity = entityOf([...spellings][0] ?? '', contentDir);
        const url = entity ? entityUrl(entity.slug) : urlOf(slug);
        const entry = listed.find((l) => l.href === url);
        expect(entry, `${url} is listed`).toBeDefined();
        expect([...spellings], `the label of ${url} is one of its spellings`).toContain(entry?.label);
        expect(entry?.count, `the count of ${url}`).toBe(entity ? articlesAbout(entity, articles).length : slugs.size);
      }
    });

    test(`each ${kind.toLowerCase()} page lists exactly the articles that carry it, across its pages`, async ({
      page,
      articles,
      pageSize,
      contentDir,
    }) => {
      // A topic with an entity's name has no page of its own (entities.spec.ts follows its redirect).
      const groups = new Map(
        [...expectedGroups(articles, namesOf)].filter(
          ([, { spellings }]) => !entityOf([...spellings][0] ?? '', contentDir),
        ),
      );
      expect(groups.size, `the archive has ${heading.toLowerCase()}`).toBeGreaterThan(0);
      allowPages([...groups.values()].reduce((pages, { slugs }) => pages + 2 + slugs.size / pageSize, 0));
      for (const [slug, { spellings, slugs }] of groups) {
        await test.step(urlOf(slug), async () => {
          const { entries, pages } = await walkListing(page, urlOf(slug), articles, pageSize);
          expect(entries.map((e) => e.article.slug).toSorted()).toEqual([...slugs].toSorted());
          expect(pages).toHaveLength(Math.ceil(slugs.size / pageSize));
          expectNewestFirst(entries.map((e) => e.article));
          expectEntriesMatchFrontMatter(entries);

          await page.goto(urlOf(slug));
          await expect(page.locator('h1')).toHaveCount(1);
          expect([...spellings]).toContain((await page.locator('h1').textContent())?.trim());
          await expect(page.locator('.listing-header .page-kind')).toHaveText(kind);
          const count = `${slugs.size} ${slugs.size === 1 ? 'article' : 'articles'}`;
          await expect(page.locator('.listing-header__meta')).toContainText(count);
        });
      }
    });

    test(`every article links each of its ${heading.toLowerCase()} to its page`, async ({
      page,
      articles,
      contentDir,
    }) => {
      allowPages(published(articles).length);
      for (const article of published(articles)) {
        const names = namesOf(article);
        await test.step(article.file, async () => {
          await page.goto(articleUrl(article.slug));
          const where =
            kind === 'Topic'
              ? page.getByRole('region', { name: 'Topics' })
              : page.getByRole('region', { name: 'Where this text comes from' }).locator('dd');
          for (const name of names) {
            const entity = entityOf(name, contentDir);
            await expect(where.getByRole('link', { name, exact: true }).first()).toHaveAttribute(
              'href',
              entity ? entityUrl(entity.slug) : urlOf(nameSlug(name)),
            );
          }
        });
      }
    });
  });
}

test('the byline under the headline links each author', async ({ page, articles }) => {
  allowPages(published(articles).length);
  for (const article of published(articles).filter((a) => (a.data.authors ?? []).length > 0)) {
    await page.goto(articleUrl(article.slug));
    const byline = page.locator('.byline');
    for (const name of article.data.authors ?? []) {
      await expect(byline.getByRole('link', { name, exact: true })).toHaveAttribute('href', authorUrl(nameSlug(name)));
    }
  }
});

test('listings link each article’s publication', async ({ page, articles }) => {
  await page.goto(homeUrl());
  let checked = 0;
  for (const article of published(articles).filter((a) => a.data.publication)) {
    const summary = page
      .getByRole('region', { name: 'Newest articles' })
      .locator('article')
      .filter({ has: page.getByRole('link', { name: article.data.title, exact: true }) });
    if ((await summary.count()) === 0) continue;
    await expect(summary.getByRole('link', { name: article.data.publication, exact: true })).toHaveAttribute(
      'href',
      publicationUrl(nameSlug(article.data.publication ?? '')),
    );
    checked++;
  }
  expect(checked, 'the home page lists an article that names its publication').toBeGreaterThan(0);
});
