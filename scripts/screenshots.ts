/**
 * `npm run screenshots`: builds the site with two articles a page, so every
 * listing shows its page navigation, serves it, and saves full-page screenshots of
 * the main pages at phone and desktop widths in `screenshots/`, with one article's
 * link-preview card beside them. Look at them before calling a page done.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_MISSING, findChromium } from './chromium-path';
import {
  articlesIndexUrl,
  articleUrl,
  authorUrl,
  entitiesIndexUrl,
  entityUrl,
  dataIndexUrl,
  homeUrl,
  publicationsIndexUrl,
  tagsIndexUrl,
  tagUrl,
  timelineUrl,
  yearUrl,
} from '../src/lib/site/urls';

const OUT_DIR = 'screenshots';
const SITE_DIR = '.screenshots-dist';
const WIDTHS = [390, 1280] as const;
/** A card shown as a sample: the seed article with a publication and a date. */
const SAMPLE_CARD = 'wang-lijun-organ-harvest-files';

/** The pages to shoot; those marked `dark` are shot in the dark colour scheme too. */
const PAGES: { name: string; path: string; dark?: true }[] = [
  { name: 'home', path: homeUrl() },
  { name: 'articles-by-year', path: articlesIndexUrl() },
  { name: 'year-undated-page-2', path: yearUrl(undefined, 2) },
  { name: 'article', path: articleUrl(SAMPLE_CARD) },
  { name: 'article-related', path: articleUrl('ccp-officials-fear-investigation') },
  { name: 'topics', path: tagsIndexUrl() },
  { name: 'topic', path: tagUrl('falun-gong') },
  { name: 'topic-page-2', path: tagUrl('falun-gong', 2) },
  { name: 'author', path: authorUrl('petr-svab') },
  { name: 'publications', path: publicationsIndexUrl() },
  { name: 'entities', path: entitiesIndexUrl(), dark: true },
  { name: 'entity', path: entityUrl('david-kilgour'), dark: true },
  { name: 'not-found', path: '/articles/wang-lijun-organ/' },
  { name: 'timeline', path: timelineUrl(), dark: true },
  { name: 'open-data', path: dataIndexUrl(), dark: true },
];

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING);

const build = spawnSync('npx', ['astro', 'build', '--outDir', SITE_DIR], {
  stdio: 'inherit',
  env: { ...process.env, ARCHIVE_PAGE_SIZE: '2' },
});
if (build.status !== 0)
  throw new Error(`the screenshot build failed (exit ${build.status}); no screenshots were taken`);

// A port nobody uses: other checkouts on this machine serve their own sites on the usual ones.
const port = await freePort();
const server = spawn(
  'npx',
  ['astro', 'preview', '--outDir', SITE_DIR, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
  { stdio: 'ignore', detached: true },
);
let exited = false;
server.on('exit', () => (exited = true));
const origin = `http://127.0.0.1:${port}`;
try {
  await waitFor(origin, () => exited);
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const { name, path, dark } of PAGES) {
      for (const colorScheme of dark ? (['light', 'dark'] as const) : (['light'] as const)) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        const file = join(OUT_DIR, `${name}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
    await page.close();
  }
  await browser.close();
  const card = join(OUT_DIR, `card-${SAMPLE_CARD}.png`);
  await copyFile(join(SITE_DIR, 'cards', 'articles', `${SAMPLE_CARD}.png`), card);
  console.log(card);
} finally {
  // The preview runs in its own process group, so this ends it and nothing else.
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, hasExited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (hasExited()) throw new Error(`the preview server for ${url} stopped before it answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the preview server did not answer at ${url} within a minute`);
}
