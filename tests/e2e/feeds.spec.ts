/** Following the archive in a feed reader: the site's feed and one per topic, valid RSS 2.0 with full text. */
import { XMLParser } from 'fast-xml-parser';
import { SITE, SITE_URL } from '../../src/consts';
import { nameSlug } from '../../src/lib/content/slugs';
import {
  absoluteUrl,
  articlesIndexUrl,
  articleUrl,
  authorsIndexUrl,
  feedUrl,
  homeUrl,
  publicationsIndexUrl,
  tagFeedUrl,
  tagsIndexUrl,
  tagUrl,
} from '../../src/lib/site/urls';
import type { APIRequestContext, Page } from '@playwright/test';
import { allowPages, expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import { articlesAbout, entityOfTopic, readEntities } from './entity-oracle';
import { expectWellFormedXml } from './page-helpers';

interface FeedItem {
  title?: string;
  link?: string;
  guid?: string | { '#text': string };
  description?: string;
  pubDate?: string;
  'content:encoded'?: string;
  'dc:creator'?: string | string[];
  category?: string | string[];
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Fetches a feed, checks that it is well-formed XML and has what RSS 2.0 requires (a
 * version, and a channel with title, link and description; each item a title or a
 * description), and returns its items.
 */
async function readFeed(
  request: APIRequestContext,
  page: Page,
  path: string,
): Promise<{ channel: Record<string, unknown>; items: FeedItem[] }> {
  const response = await request.get(path);
  expect(response.status(), `${path} answers`).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  await expectWellFormedXml(page, xml, path);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(
    xml,
  ) as {
    rss?: { '@version'?: string; channel?: Record<string, unknown> & { item?: FeedItem | FeedItem[] } };
  };
  expect(parsed.rss?.['@version'], 'an RSS 2.0 document').toBe('2.0');
  const channel = parsed.rss?.channel;
  expect(channel, 'one channel').toBeDefined();
  for (const element of ['title', 'link', 'description']) {
    expect(String(channel?.[element] ?? ''), `<channel> has a <${element}>`).not.toBe('');
  }
  const items = asList(channel?.item);
  for (const item of items) expect(item.title ?? item.description, 'an item has a title or description').toBeTruthy();
  return { channel: channel ?? {}, items };
}

/** The date a feed should give an article: published, else added, else none. */
const expectedFeedDate = ({ data }: SourceArticle): string | undefined => data.published ?? data.added;
/** A feed date as a sortable key, an article with none oldest of all. */
const feedRank = (article: SourceArticle): string => expectedFeedDate(article) ?? '';

/**
 * Asserts that a feed carries the newest of `candidates` as the site promises: all of them up to
 * `SITE.feedArticleCount`, beyond that that many, none older than any it left out, newest first. Which of several
 * articles of one date makes the cut is the site's choice.
 */
function expectNewestInFeed(
  items: readonly FeedItem[],
  candidates: readonly SourceArticle[],
  feed: string,
): SourceArticle[] {
  const byLink = new Map(candidates.map((a) => [absoluteUrl(articleUrl(a.slug), SITE_URL), a]));
  const carried = items.map((item) => byLink.get(item.link ?? ''));
  expect(
    items.filter((_, i) => carried[i] === undefined).map((item) => item.link),
    `${feed} carries only its published articles`,
  ).toEqual([]);
  const inFeed = carried.filter((a): a is SourceArticle => a !== undefined);
  expect(new Set(inFeed).size, `${feed} carries each article once`).toBe(inFeed.length);
  expect(inFeed.length, `${feed} carries the newest ${SITE.feedArticleCount}, or all if fewer`).toBe(
    Math.min(candidates.length, SITE.feedArticleCount),
  );
  const ranks = inFeed.map(feedRank);
  expect(ranks, `${feed} lists newest first`).toEqual(ranks.toSorted().toReversed());
  const oldestCarried = ranks.at(-1) ?? '';
  const newerLeftOut = candidates.filter((a) => !inFeed.includes(a) && feedRank(a) > oldestCarried);
  expect(
    newerLeftOut.map((a) => a.file),
    `${feed} leaves out no article newer than one it carries`,
  ).toEqual([]);
  return inFeed;
}

test('the site’s feed holds the 50 newest published articles, no draft, with their own dates and full text', async ({
  page,
  request,
  articles,
}) => {
  const { channel, items } = await readFeed(request, page, feedUrl());
  expect(channel.link).toBe(absoluteUrl(homeUrl(), SITE_URL));
  const expected = expectNewestInFeed(items, published(articles), feedUrl());

  for (const article of expected) {
    const item = items.find((i) => i.link === absoluteUrl(articleUrl(article.slug), SITE_URL));
    await test.step(article.file, () => {
      expect(item?.title).toBe(article.data.title);
      const guid = item?.guid;
      expect(typeof guid === 'object' ? guid['#text'] : guid).toBe(item?.link);
      const date = expectedFeedDate(article);
      if (date) expect(new Date(item?.pubDate ?? '').toISOString().slice(0, 10)).toBe(date);
      else expect(item?.pubDate, 'an item with no known date carries none').toBeUndefined();
      expect(asList(item?.['dc:creator'])).toEqual(article.data.authors ?? []);
      expect(asList(item?.category)).toEqual(article.data.tags);
      const content = item?.['content:encoded'] ?? '';
      expect(content).toContain(article.data.published ? 'Published: ' : 'Published: Date not stated');
      if (!article.data.published && article.data.added) expect(content).toContain('added to the archive on');
      expect(content, 'the section anchors are left out').not.toContain('Link to the section');
      expect(content, 'every link is absolute').not.toMatch(/(?:href|src)="(?!https?:|mailto:)/);
      expect(content.length, 'the full text, not a summary').toBeGreaterThan((article.data.description ?? '').length);
    });
  }
});

test('each topic has a feed of the 50 newest of its articles', async ({ page, request, articles, contentDir }) => {
  const entities = readEntities(contentDir);
  const byTopic = Map.groupBy(
    published(articles).flatMap((article) =>
      [...new Map(article.data.tags.map((tag) => [nameSlug(tag), tag])).entries()].map(([slug, tag]) => ({
        slug,
        tag,
        article,
      })),
    ),
    ({ slug }) => slug,
  );
  expect(byTopic.size).toBeGreaterThan(0);
  for (const [slug, tagged] of byTopic) {
    // A topic with an entity's name is the entity's subject (one page per subject): its feed keeps answering, with
    // the articles the entity's page lists, those filed under the topic and those that name the entity.
    const entity = entityOfTopic(tagged[0]?.tag ?? slug, entities);
    const about = entity && new Set(articlesAbout(entity, articles));
    const expected = about
      ? published(articles).filter((article) => about.has(article.slug))
      : tagged.map(({ article }) => article);
    await test.step(tagFeedUrl(slug), async () => {
      const { items } = await readFeed(request, page, tagFeedUrl(slug));
      expectNewestInFeed(items, expected, tagFeedUrl(slug));
    });
  }
});

test('every page names the site’s feed, and a topic page its own feed too', async ({ page, articles }) => {
  const [first] = published(articles);
  const [firstTag] = first?.data.tags ?? [];
  if (!first || !firstTag) throw new Error('the first article needs a topic for this test');
  const pages = [
    homeUrl(),
    articlesIndexUrl(),
    tagsIndexUrl(),
    authorsIndexUrl(),
    publicationsIndexUrl(),
    tagUrl(nameSlug(firstTag)),
    '/no-such-page-anywhere/',
    ...published(articles).map((a) => articleUrl(a.slug)),
  ];
  allowPages(pages.length);
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(
        page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${feedUrl()}"]`),
      ).toHaveCount(1);
    });
  }
  await page.goto(tagUrl(nameSlug(firstTag)));
  await expect(
    page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${tagFeedUrl(nameSlug(firstTag))}"]`),
  ).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', tagFeedUrl(nameSlug(firstTag)));
});
