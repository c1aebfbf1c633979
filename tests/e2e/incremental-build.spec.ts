/**
 * After an editor changes one article, a CI job that keeps Astro's cache folder rebuilds only what shows that
 * article: its own page and the listings, feeds and search index that carry it are new, and every other article's
 * page is copied from the earlier build, unchanged (astro.config.mjs: `experimental.incrementalBuild`).
 * No browser is needed; this lives here because it runs real builds, like the rest of this suite.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { articleUrl, entityUrl, homeUrl } from '../../src/lib/site/urls';
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

/** Whether the build log says the page at `url` was copied from the earlier build rather than rendered. */
const reused = (log: string, url: string): boolean =>
  new RegExp(`${url.replaceAll('/', '\\/')}index\\.html \\((?:cached|restored)\\)`).test(log);

/** The article pages of a build other than the edited one's, with their HTML. */
async function otherArticlePages(dist: string): Promise<{ slug: string; html: string }[]> {
  const pages: { slug: string; html: string }[] = [];
  for (const slug of await readdir(join(dist, 'articles'))) {
    const html = await readFile(pageFile(dist, articleUrl(slug)), 'utf8').catch(() => '');
    // Year listings share the folder; only an article's page has a body for search.
    if (slug !== EDITED && html.includes('data-pagefind-body')) pages.push({ slug, html });
  }
  return pages;
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

    const firstBuild = await build(content, first, cache);
    expect(firstBuild.code, firstBuild.output).toBe(0);

    const file = join(content, `${EDITED}.md`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text.replace(OLD_TITLE, NEW_TITLE).trimEnd()}\n\nAn edited paragraph: ${MARKER}.\n`);
    // A fresh output folder, as a CI job has: reused pages come from the cache folder alone.
    const secondBuild = await rebuild(content, second, cache);
    expect(secondBuild.code, secondBuild.output).toBe(0);
    const log = secondBuild.output;

    const edited = await readFile(pageFile(second, articleUrl(EDITED)), 'utf8');
    expect(edited).toContain(NEW_TITLE);
    expect(edited).toContain(`An edited paragraph: ${MARKER}.`);
    expect(reused(log, articleUrl(EDITED)), 'the edited article is rendered again').toBe(false);

    // The topic "Wang Lijun" has the entity's page (one page per subject), which lists the articles filed under it.
    for (const listing of [homeUrl(), entityUrl('wang-lijun')]) {
      expect(await readFile(pageFile(second, listing), 'utf8'), listing).toContain(NEW_TITLE);
      expect(await readFile(pageFile(first, listing), 'utf8'), listing).not.toContain(MARKER);
    }
    expect(await readFile(join(second, 'rss.xml'), 'utf8')).toContain(`An edited paragraph: ${MARKER}.`);
    expect(await searchIndexHolds(second, MARKER), 'the search index holds the edit').toBe(true);

    // An article page that names the edited one (as related, newer or older) shows its new title; every other
    // article page is copied from the earlier build, byte for byte.
    const others = await otherArticlePages(first);
    const naming = others.filter(({ html }) => html.includes(OLD_TITLE));
    const unrelated = others.filter(({ html }) => !html.includes(OLD_TITLE));
    expect(naming.length, 'some article names the edited one').toBeGreaterThan(0);
    expect(unrelated.length, 'some article does not name the edited one').toBeGreaterThan(0);
    for (const { slug } of naming)
      expect(await readFile(pageFile(second, articleUrl(slug)), 'utf8'), slug).toContain(NEW_TITLE);
    for (const { slug, html } of unrelated) {
      expect(reused(log, articleUrl(slug)), `${slug} is copied, not rendered`).toBe(true);
      expect(await readFile(pageFile(second, articleUrl(slug)), 'utf8'), slug).toBe(html);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
