/** Search engines: robots.txt points at the sitemap, which lists every public page and nothing else. */
import { XMLParser } from 'fast-xml-parser';
import type { APIRequestContext, Page } from '@playwright/test';
import { SITE_URL } from '../../src/consts';
import { nameSlug } from '../../src/lib/content/slugs';
import {
  absoluteUrl,
  articlesIndexUrl,
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  entityUrl,
  homeUrl,
  publicationsIndexUrl,
  publicationUrl,
  sitemapIndexUrl,
  tagsIndexUrl,
  tagUrl,
  yearUrl,
} from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { entityOfTopic, readEntities } from './entity-oracle';
import { published } from './content';
import { expectWellFormedXml } from './page-helpers';

const parser = new XMLParser({ parseTagValue: false });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The site paths of every `<loc>` in a sitemap, through the index; each must be on the public site. */
async function sitemapPaths(request: APIRequestContext, page: Page): Promise<string[]> {
  const read = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), `${path} answers`).toBe(200);
    const xml = await response.text();
    await expectWellFormedXml(page, xml, path);
    return parser.parse(xml) as {
      sitemapindex?: { sitemap?: { loc: string } | { loc: string }[] };
      urlset?: { url?: { loc: string } | { loc: string }[] };
    };
  };
  const toPath = (loc: string): string => {
    const url = new URL(loc);
    expect(url.origin, `${loc} is on the public site`).toBe(new URL(SITE_URL).origin);
    return url.pathname;
  };
  const index = await read(sitemapIndexUrl());
  const sitemaps = asList(index.sitemapindex?.sitemap).map((s) => toPath(s.loc));
  expect(sitemaps.length).toBeGreaterThan(0);
  const paths: string[] = [];
  for (const sitemap of sitemaps) paths.push(...asList((await read(sitemap)).urlset?.url).map((u) => toPath(u.loc)));
  return paths;
}

test('robots.txt allows crawling and points at the sitemap index', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain('User-agent: *');
  expect(text).toContain(`Sitemap: ${absoluteUrl(sitemapIndexUrl(), SITE_URL)}`);
});

test('the sitemap lists every published article and every listing, no draft, no redirect, each once', async ({
  page,
  request,
  articles,
  contentDir,
}) => {
  const paths = await sitemapPaths(request, page);
  expect(new Set(paths).size, 'no page twice').toBe(paths.length);
  const live = published(articles);
  // A topic with an entity's name has the entity's page, and its own address only redirects there.
  const entities = readEntities(contentDir);
  const topicPage = (topic: string): string => {
    const entity = entityOfTopic(topic, entities);
    return entity ? entityUrl(entity.slug) : tagUrl(nameSlug(topic));
  };
  const expected = [
    homeUrl(),
    articlesIndexUrl(),
    tagsIndexUrl(),
    authorsIndexUrl(),
    publicationsIndexUrl(),
    ...live.map((a) => articleUrl(a.slug)),
    ...live.map((a) => yearUrl(a.data.published ? Number(a.data.published.slice(0, 4)) : undefined)),
    ...live.flatMap((a) => a.data.tags.map(topicPage)),
    ...live.flatMap((a) => (a.data.authors ?? []).map((n) => authorUrl(nameSlug(n)))),
    ...live.flatMap((a) => (a.data.publication ? [publicationUrl(nameSlug(a.data.publication))] : [])),
  ];
  for (const path of new Set(expected)) expect(paths, `the sitemap lists ${path}`).toContain(path);

  for (const draft of articles.filter((a) => a.data.draft)) expect(paths).not.toContain(articleUrl(draft.slug));
  for (const alias of articles.flatMap((a) => a.data.aliases)) expect(paths).not.toContain(articleUrl(alias));
  for (const topic of live.flatMap((a) => a.data.tags).filter((t) => entityOfTopic(t, entities))) {
    expect(paths).not.toContain(tagUrl(nameSlug(topic)));
  }
  expect(paths.filter((p) => /404/.test(p))).toEqual([]);
});

test('every page in the sitemap answers with a page of its own, not a redirect', async ({ page, request }) => {
  for (const path of await sitemapPaths(request, page)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), `${path} is not a redirect page`).not.toContain('http-equiv="refresh"');
  }
});
