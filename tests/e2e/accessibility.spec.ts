/**
 * Readable by everyone: axe-core finds no WCAG 2.2 A or AA violation on any kind of page, in the light and the
 * dark colour scheme. Each page is checked in the state a reader sees it in, search with its results drawn. It runs
 * on the fixture site, whose articles carry every kind of markup, and on the real site, whose articles and names
 * are the ones readers meet.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nameSlug } from '../../src/lib/content/slugs';
import { groupByTag } from '../../src/lib/site/groups';
import {
  aboutUrl,
  articlesIndexUrl,
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  dataIndexUrl,
  entitiesIndexUrl,
  entityUrl,
  homeUrl,
  publicationsIndexUrl,
  publicationUrl,
  searchUrl,
  tagsIndexUrl,
  tagUrl,
  timelineUrl,
  yearUrl,
} from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT, published, type SourceArticle } from './content';
import { entityOfTopic, readEntities } from './entity-oracle';
import {
  chips,
  failFilterData,
  filterButton,
  filterMenu,
  filterOptions,
  filterValuesList,
  holdFilterData,
  openSearch,
  resultTitles,
} from './search-helpers';

/** Every WCAG success criterion at levels A and AA, up to WCAG 2.2, as axe-core tags its rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A word of the seed articles and of the fixtures alike, so "search with results" has results in both projects. */
const FOUND_WORD = 'organ';
const NOT_FOUND_WORD = 'xylophonequartz';
/** An entity that published articles mention, in tests/fixtures/entities/ and content/entities/ alike. */
const NAMED_ENTITY = 'wang-lijun';

interface PageKind {
  name: string;
  /** Opens the page and waits until it looks as a reader would see it. */
  open: (page: Page, articles: readonly SourceArticle[], contentDir: string) => Promise<void>;
}

/**
 * The article with the richest markup: the fixtures' GFM showcase (table, footnotes, task list), or on the real
 * site the longest article file, front matter and all, which carries the most of an article page's parts.
 */
function richestArticle(articles: readonly SourceArticle[]): SourceArticle {
  const list = published(articles);
  const size = (a: SourceArticle): number => statSync(join(PROJECT_ROOT, a.file)).size;
  const article = list.find((a) => a.slug === 'gfm-showcase') ?? list.toSorted((a, b) => size(b) - size(a))[0];
  if (!article) throw new Error('No published article to check');
  return article;
}

/** The year an article is listed under; `undefined` for the undated ones. */
const yearOf = (article: SourceArticle): number | undefined =>
  article.data.published ? Number(article.data.published.slice(0, 4)) : undefined;

/** The first name of a kind (an author, a publication) that a published article gives. */
function firstNamed(articles: readonly SourceArticle[], namesOf: (a: SourceArticle) => string[]): string {
  const name = published(articles).flatMap(namesOf)[0];
  if (!name) throw new Error('No published article gives a name of this kind');
  return name;
}

/** Opens `path`, which must answer with a page of its own. */
async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

const PAGE_KINDS: PageKind[] = [
  { name: 'home', open: async (page) => void (await page.goto(homeUrl())) },
  { name: 'article listing', open: async (page) => void (await page.goto(articlesIndexUrl())) },
  {
    name: 'article',
    open: async (page, articles) => void (await page.goto(articleUrl(richestArticle(articles).slug))),
  },
  {
    name: 'tag page',
    open: async (page, articles) => {
      const tag = richestArticle(articles).data.tags[0] ?? '';
      const response = await page.goto(tagUrl(nameSlug(tag)));
      expect(response?.status(), `the page of the topic "${tag}"`).toBe(200);
    },
  },
  { name: 'a year’s articles', open: (page, articles) => openPage(page, yearUrl(yearOf(richestArticle(articles)))) },
  { name: 'topic index', open: (page) => openPage(page, tagsIndexUrl()) },
  { name: 'author index', open: (page) => openPage(page, authorsIndexUrl()) },
  {
    name: 'author page',
    open: (page, articles) => openPage(page, authorUrl(nameSlug(firstNamed(articles, (a) => a.data.authors ?? [])))),
  },
  { name: 'publication index', open: (page) => openPage(page, publicationsIndexUrl()) },
  {
    name: 'publication page',
    open: (page, articles) =>
      openPage(
        page,
        publicationUrl(nameSlug(firstNamed(articles, (a) => (a.data.publication ? [a.data.publication] : [])))),
      ),
  },
  { name: 'entity index', open: async (page) => void (await page.goto(entitiesIndexUrl())) },
  {
    name: 'entity page',
    open: async (page) => {
      // Named in full and by surname in the seed article and in the fixtures' copy of it.
      const response = await page.goto(entityUrl(NAMED_ENTITY));
      expect(response?.status(), `the page of the entity "${NAMED_ENTITY}"`).toBe(200);
    },
  },
  {
    name: 'search with results, a filter open',
    open: async (page) => {
      await openSearch(page, FOUND_WORD);
      await expect(resultTitles(page).first()).toBeVisible();
      await filterButton(page, 'topic').click();
      await expect(filterOptions(page, 'topic').first()).toBeVisible();
    },
  },
  {
    name: 'search with a filter open while its values load',
    open: async (page) => {
      // Held back for the rest of the test: the list stays as a reader on a slow link sees it.
      await holdFilterData(page);
      await openSearch(page, FOUND_WORD);
      await filterButton(page, 'topic').click();
      await expect(filterValuesList(page, 'topic')).toHaveAttribute('aria-busy', 'true');
    },
  },
  {
    name: 'search with a filter open whose values failed to load',
    open: async (page) => {
      await failFilterData(page);
      await openSearch(page, FOUND_WORD);
      await filterButton(page, 'topic').click();
      await expect(filterMenu(page, 'topic').getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
  {
    name: 'search by filters alone, with chips and the date range open',
    open: async (page, articles, contentDir) => {
      // Spelt as the topic's page spells it, which is the value search filters by; one with a dated article, so the
      // range leaves a result, and a topic of its own, not one whose name is an entity's (that is the entity's filter).
      const entities = readEntities(contentDir);
      const topic = groupByTag(published(articles)).find(
        (group) => group.articles.some((a) => a.data.published) && !entityOfTopic(group.label, entities),
      );
      await page.goto(`${searchUrl()}?${new URLSearchParams({ topic: topic?.label ?? '', from: '2000' })}`);
      await expect(chips(page)).toHaveCount(2);
      await expect(resultTitles(page).first()).toBeVisible();
      await filterButton(page, 'range').click();
      await expect(page.getByLabel('From year')).toBeVisible();
    },
  },
  { name: 'search with no results', open: (page) => openSearch(page, NOT_FOUND_WORD) },
  {
    name: 'search with "Did you mean"',
    open: async (page) => {
      // A misspelling of a name the seed articles and the fixtures' copy of one both write.
      await openSearch(page, 'kilgor');
      await expect(page.locator('[data-search-suggestion] a')).toHaveText('kilgour');
    },
  },
  { name: 'timeline', open: async (page) => void (await page.goto(timelineUrl())) },
  { name: 'open data, its field tables', open: async (page) => void (await page.goto(dataIndexUrl())) },
  { name: 'about', open: async (page) => void (await page.goto(aboutUrl())) },
  {
    name: 'article on a phone, its record and the menu open',
    open: async (page, articles) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(articleUrl(richestArticle(articles).slug));
      // The record first: the open menu lies over the page below the header.
      await page.locator('summary', { hasText: 'Where this text comes from' }).click();
      await page.getByText('Menu', { exact: true }).click();
    },
  },
  {
    name: '404',
    open: async (page) => {
      const response = await page.goto('/this-page-is-not-in-the-archive/');
      expect(response?.status()).toBe(404);
    },
  },
];

// Tall enough that Pagefind draws every result, which it does only once a result scrolls into view.
test.use({ viewport: { width: 1280, height: 2400 } });

for (const kind of PAGE_KINDS) {
  test(`${kind.name}: no WCAG 2.2 A or AA violations, light or dark`, async ({ page, articles, contentDir }) => {
    await kind.open(page, articles, contentDir);
    // The scheme switches in place, so the page keeps its state (search results, an open menu) for both checks.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      // One line per offending element, so a failure reads as a to-do list.
      const found = violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}`),
      );
      expect(found, `${colorScheme} colour scheme`).toEqual([]);
    }
  });
}
