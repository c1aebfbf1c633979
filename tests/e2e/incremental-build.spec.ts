/**
 * After an editor changes one article, a CI job that keeps Astro's cache folder rebuilds only what shows that
 * article: its own page and the listings, feeds and search index that carry it are new, and every other article's
 * page is copied from the earlier build, unchanged (astro.config.mjs: `experimental.incrementalBuild`).
 * No browser is needed; this lives here because it runs real builds, like the rest of this suite.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import {
  articleUrl,
  authorsIndexUrl,
  dataFileUrl,
  dataIndexUrl,
  entitiesIndexUrl,
  feedUrl,
  homeUrl,
  publicationsIndexUrl,
  searchUrl,
  tagsIndexUrl,
  timelineUrl,
} from '../../src/lib/site/urls';
import { PROJECT_ROOT } from './content';
import { build, rebuild } from './run-command';

/** The fixture tree's parts a build reads, copied so the test can edit an article without touching the fixtures. */
const FIXTURE_PARTS = ['site', 'entities', 'pages', 'captures', 'timeline.yaml', 'redirects.txt'];
const EDITED = 'seed-copy-wang-lijun';
const OLD_TITLE = 'Fixture copy: Wang Lijun';
/** A word in no fixture, added to the edited article's title and text. */
const MARKER = 'Quillwort';
const NEW_TITLE = `Fixture copy ${MARKER}: Wang Lijun`;

/** The file a page's address is written to in `dist`. */
const pageFile = (dist: string, url: string): string => join(dist, url, 'index.html');

/** A page's file as Astro's build log names it. */
const loggedFile = (url: string): string => (url.endsWith('/') ? `${url}index.html` : url);

/** Two articles a page, so that a listing has pages that show the edited article and pages that do not. */
const SETTINGS = { ARCHIVE_PAGE_SIZE: '2' };

/**
 * Pages every build makes afresh: their routes have no `getStaticPaths` (one page each), so they have no cache key
 * for Astro to reuse them by.
 */
const MADE_EVERY_BUILD = new Set(
  [
    homeUrl(),
    tagsIndexUrl(),
    authorsIndexUrl(),
    publicationsIndexUrl(),
    entitiesIndexUrl(),
    timelineUrl(),
    searchUrl(),
    dataIndexUrl(),
    feedUrl(),
    '/404.html',
  ].map(loggedFile),
);

/** Whether a page is one of Astro's redirects (an old address), which Astro writes afresh every build. */
const isRedirect = (html: string): boolean => /<meta http-equiv="refresh"/i.test(html);

/** The files of a build's log, each with whether it was copied from the earlier build rather than made. */
function loggedFiles(log: string): Map<string, boolean> {
  const files = new Map<string, boolean>();
  for (const [, file = '', copied] of log.matchAll(/├─ (\S+)( \((?:cached|restored)\))?/g)) files.set(file, !!copied);
  return files;
}

/** Every page and feed of a build, by its file as the log names it, with its text. */
async function pagesAndFeeds(dist: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await readdir(dist, { recursive: true })) {
    if (/\.(?:html|xml)$/.test(file))
      files.set(`/${file.split(sep).join('/')}`, await readFile(join(dist, file), 'utf8'));
  }
  return files;
}

/** Each article's plain text in a build's `articles.json`, by slug. */
async function openDataTexts(dist: string): Promise<Map<string, string>> {
  const { articles } = JSON.parse(await readFile(join(dist, dataFileUrl('articles.json')), 'utf8')) as {
    articles: { slug: string; text: string }[];
  };
  return new Map(articles.map(({ slug, text }) => [slug, text]));
}

async function searchIndexHolds(dist: string, word: string): Promise<boolean> {
  const dir = join(dist, 'pagefind', 'fragment');
  for (const file of await readdir(dir)) if (gunzipSync(await readFile(join(dir, file))).includes(word)) return true;
  return false;
}

// Two builds of the fixture site, each loading Astro and Vite, on a busy two-core machine.
test.setTimeout(300_000);

test('after one edit, an incremental build renders that article and its listings again and reuses the rest', async () => {
  const root = await mkdtemp(join(tmpdir(), 'archive-incremental-'));
  try {
    await Promise.all(
      FIXTURE_PARTS.map((part) =>
        cp(join(PROJECT_ROOT, 'tests/fixtures', part), join(root, part), { recursive: true }),
      ),
    );
    const content = join(root, 'site');
    const cache = join(root, 'astro-cache');
    const [first, second] = [join(root, 'dist-first'), join(root, 'dist-second')];

    const firstBuild = await build(content, first, cache, SETTINGS);
    expect(firstBuild.code, firstBuild.output).toBe(0);
    const htmlKeptFirst = await readdir(join(cache, 'article-html'));

    const file = join(content, `${EDITED}.md`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text.replace(OLD_TITLE, NEW_TITLE).trimEnd()}\n\nAn edited paragraph: ${MARKER}.\n`);
    // A fresh output folder, as a CI job has: reused pages come from the cache folder alone.
    const secondBuild = await rebuild(content, second, cache, SETTINGS);
    expect(secondBuild.code, secondBuild.output).toBe(0);
    const logged = loggedFiles(secondBuild.output);

    const edited = await readFile(pageFile(second, articleUrl(EDITED)), 'utf8');
    expect(edited).toContain(`An edited paragraph: ${MARKER}.`);
    expect(logged.get(loggedFile(articleUrl(EDITED))), 'the edited article is rendered again').toBe(false);
    expect(await readFile(join(second, 'rss.xml'), 'utf8')).toContain(`An edited paragraph: ${MARKER}.`);
    expect(await searchIndexHolds(second, MARKER), 'the search index holds the edit').toBe(true);
    // Articles' HTML is kept out of Astro's content store, a file each (src/lib/build/article-html.ts): the edited
    // article's new file replaces its old one, and the others stay.
    const store = await readFile(join(cache, 'data-store.json'), 'utf8');
    expect(store.includes('An edited paragraph'), "the store holds no article's text").toBe(false);
    const htmlKeptSecond = await readdir(join(cache, 'article-html'));
    const added = htmlKeptSecond.filter((name) => !htmlKeptFirst.includes(name));
    expect(added).toHaveLength(1);
    expect(htmlKeptFirst.filter((name) => !htmlKeptSecond.includes(name))).toHaveLength(1);
    expect(await readFile(join(cache, 'article-html', added[0] ?? ''), 'utf8')).toContain(MARKER);
    // Plain texts are kept between builds by a digest of each article's HTML (src/feeds/open-data.ts): the edited
    // article's is made again, the others are the ones the first build made.
    const [textsBefore, textsAfter] = [await openDataTexts(first), await openDataTexts(second)];
    expect(textsAfter.get(EDITED)).toContain(`An edited paragraph: ${MARKER}.`);
    expect(new Map([...textsAfter].filter(([slug]) => slug !== EDITED))).toEqual(
      new Map([...textsBefore].filter(([slug]) => slug !== EDITED)),
    );

    // Every page and feed that showed the old title shows the new one; every other is the same, byte for byte, and
    // copied from the earlier build unless its route has no key (a one-page route, a redirect) or an integration wrote
    // it (the sitemap).
    const [before, after] = [await pagesAndFeeds(first), await pagesAndFeeds(second)];
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const showing = [...before].filter(([, text]) => text.includes(OLD_TITLE)).map(([name]) => name);
    const notShowing = [...before].filter(([, text]) => !text.includes(OLD_TITLE)).map(([name]) => name);
    for (const name of showing) {
      expect(after.get(name), name).toContain(NEW_TITLE);
      expect(after.get(name), name).not.toContain(OLD_TITLE);
    }
    const keyed = notShowing.filter(
      (name) => logged.has(name) && !MADE_EVERY_BUILD.has(name) && !isRedirect(before.get(name) ?? ''),
    );
    for (const name of notShowing) expect(after.get(name), `${name} is unchanged`).toBe(before.get(name));
    for (const name of keyed) expect(logged.get(name), `${name} is copied, not rendered`).toBe(true);

    // Each kind of page is on both sides: the test means something only if the edit reaches some pages of a kind
    // and leaves others of it alone.
    const kinds: [string, RegExp][] = [
      ['article page', /^\/articles\/[^/]+\/index\.html$/],
      ['page of all articles', /^\/articles\/(?:page\/\d+\/)?index\.html$/],
      ['year page', /^\/articles\/\d{4}\/(?:\d+\/)?index\.html$/],
      ['topic page', /^\/tags\/[^/]+\/(?:\d+\/)?index\.html$/],
      ['topic feed', /^\/tags\/[^/]+\/rss\.xml$/],
      ['entity page', /^\/entities\/[^/]+\/index\.html$/],
    ];
    for (const [kind, pattern] of kinds) {
      expect(showing.filter((name) => pattern.test(name)).length, `some ${kind} shows the title`).toBeGreaterThan(0);
      expect(keyed.filter((name) => pattern.test(name)).length, `some ${kind} is reused`).toBeGreaterThan(0);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
