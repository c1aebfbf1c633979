import { defineConfig, devices } from '@playwright/test';
import { EDIT_BASE_URL, PAGE_SIZE } from './src/consts';
import type { ArchiveOptions } from './tests/e2e/archive-test';
import { GROWN } from './tests/e2e/grown-archive';
import { CHROMIUM_MISSING, findChromium } from './scripts/chromium-path';

/** `E2E_PORT` moves both test servers (to it and the port after), so two checkouts can run their tests at once. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
/** The real site, built by `npm run build` before the tests run, with the site's own settings. */
const SITE = {
  contentDir: 'content/articles',
  outDir: 'dist',
  port: PORT,
  pageSize: PAGE_SIZE,
  editBaseUrl: EDIT_BASE_URL,
} as const;
/**
 * A small site built from test fixtures by its web server command, so drafts, GFM, MDX, aliases and
 * redirects are always covered. Two articles a page give its listings several pages, and an edit
 * address gives its articles an "Edit this article" link.
 */
const FIXTURES = {
  contentDir: 'tests/fixtures/site',
  outDir: '.fixture-dist',
  port: PORT + 1,
  pageSize: 2,
  editBaseUrl: 'https://git.example.org/archive/-/edit/main/',
} as const;

/**
 * The real site with a hundred generated articles added (tests/e2e/grown-archive.ts), built with the site's own
 * settings by its web server command, so the size-dependent specs show that the suite still holds once an editor
 * has grown the archive past every limit the site sets.
 */
const GROWN_SITE = {
  contentDir: GROWN.contentDir,
  outDir: GROWN.outDir,
  // E2E_PORT + 2 is nginx's (nginx.spec.ts).
  port: PORT + 3,
  pageSize: PAGE_SIZE,
  editBaseUrl: EDIT_BASE_URL,
} as const;

const executablePath = findChromium();
// Without a system Chromium, Playwright would suggest `npx playwright install`, which cannot work here.
if (!executablePath) throw new Error(CHROMIUM_MISSING);

/** Specs about particular articles of the real archive. */
const SITE_ONLY = ['read-seeds', 'search-seeds', 'published-urls'];
/**
 * Specs that need the fixture tree (drafts, GFM, MDX, invalid front matter, known search results, spellings,
 * aliases and redirects). Every other spec runs against both the real site and the fixture site.
 */
const FIXTURES_ONLY = [
  'markdown',
  'captures-inert',
  'drafts',
  'editor-errors',
  'search',
  'search-languages',
  'search-relevance',
  'topic-spellings',
  'aliases',
  'nginx',
  'keyboard',
  'bad-input',
  'incremental-build',
  'build-command',
];
/**
 * Specs whose promises depend on how many articles there are (a feed's 50 newest, a home page's 20, a listing's
 * pages of 50, the timeline's ten a year, the not-found page's five, every article listed, linked and reachable),
 * run against the grown archive too.
 */
const SIZE_DEPENDENT = [
  'search-seeds',
  'feeds',
  'timeline',
  'browse',
  'taxonomy',
  'sitemap',
  'not-found',
  'open-data',
  'built-site',
];
/**
 * Tests that repeat one check on every article page, whose promise does not change with the archive's size: the
 * grown run leaves them to the real site, so it costs a couple of minutes rather than a page load per article each.
 */
const SAME_AT_ANY_SIZE =
  /every article links each of its|the byline under the headline|every page names the site’s feed/;
const specs = (names: readonly string[]): RegExp => new RegExp(`/(?:${names.join('|')})\\.spec\\.ts$`);

/**
 * Whether this run may include a grown test, read from the command line: none when spec files are named and none
 * is size-dependent, or when projects are named and `grown` is not. Building the grown archive takes a minute or
 * two, which a run of one other spec should not pay.
 */
function mayRunGrown(argv: readonly string[]): boolean {
  const args = argv.slice(argv.indexOf('test') + 1);
  const files = args.filter((arg) => /\.spec\.ts$|^tests\//.test(arg));
  const projects = args.flatMap((arg, i) =>
    arg.startsWith('--project=') ? [arg.slice('--project='.length)] : arg === '--project' ? [args[i + 1] ?? ''] : [],
  );
  if (files.length > 0 && !files.some((file) => SIZE_DEPENDENT.some((name) => file.includes(`${name}.spec`))))
    return false;
  return projects.length === 0 || projects.includes('grown');
}

/**
 * `astro preview` already answers a missing URL with 404.html and status 404, and
 * serves `/x/` from `/x/index.html`, so no server of our own is needed.
 * `--ignore-lock` lets the two previews run side by side (Astro otherwise allows one
 * per project) and keeps Astro from moving the server into the background when it
 * thinks an AI agent started it, which would look to Playwright like a crash.
 */
const preview = (outDir: string, port: number): string =>
  `npx astro preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --ignore-lock`;

export default defineConfig<Record<never, never>, ArchiveOptions>({
  testDir: 'tests/e2e',
  // Two workers at most: the CI machine has two cores, and the fixture build and editor-error builds need them too.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A static site gives the same answer every time; a retry would only hide a real fault.
  retries: 0,
  // Most specs walk many pages of a real build; on a busy two-core machine that outgrows Playwright's default 30 s.
  timeout: 90_000,
  // Pagefind's first search loads its index and WebAssembly; on a loaded two-core machine that outgrew the default 5 s.
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        // Without these Chromium keeps phoning home, and on a closed network that means floods of refused connections.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'site',
      testIgnore: specs(FIXTURES_ONLY),
      use: {
        baseURL: `http://127.0.0.1:${SITE.port}`,
        contentDir: SITE.contentDir,
        outDir: SITE.outDir,
        pageSize: SITE.pageSize,
        editBaseUrl: SITE.editBaseUrl,
      },
    },
    {
      name: 'fixtures',
      testIgnore: specs(SITE_ONLY),
      use: {
        baseURL: `http://127.0.0.1:${FIXTURES.port}`,
        contentDir: FIXTURES.contentDir,
        outDir: FIXTURES.outDir,
        pageSize: FIXTURES.pageSize,
        editBaseUrl: FIXTURES.editBaseUrl,
      },
    },
    {
      name: 'grown',
      testMatch: specs(SIZE_DEPENDENT),
      grepInvert: SAME_AT_ANY_SIZE,
      use: {
        baseURL: `http://127.0.0.1:${GROWN_SITE.port}`,
        contentDir: GROWN_SITE.contentDir,
        outDir: GROWN_SITE.outDir,
        pageSize: GROWN_SITE.pageSize,
        editBaseUrl: GROWN_SITE.editBaseUrl,
      },
    },
  ],
  webServer: [
    {
      name: 'site',
      command: preview(SITE.outDir, SITE.port),
      url: `http://127.0.0.1:${SITE.port}/`,
      env: { ARCHIVE_CONTENT_DIR: SITE.contentDir },
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 60_000,
    },
    {
      name: 'fixtures',
      // Built here rather than in `npm run build`, so the fixture site always matches the fixture files; `--force`
      // because Astro's content cache keeps pages rendered by the Markdown plugins as they were before a change.
      command: `npx astro build --force --outDir ${FIXTURES.outDir} && ${preview(FIXTURES.outDir, FIXTURES.port)}`,
      url: `http://127.0.0.1:${FIXTURES.port}/`,
      env: {
        ARCHIVE_CONTENT_DIR: FIXTURES.contentDir,
        ARCHIVE_PAGE_SIZE: String(FIXTURES.pageSize),
        ARCHIVE_EDIT_URL: FIXTURES.editBaseUrl,
      },
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 120_000,
    },
    ...(mayRunGrown(process.argv)
      ? [
          {
            name: 'grown',
            // Written afresh and built with its own cache and `--force`, so it always matches content/ and src/.
            command: `npx tsx tests/e2e/grown-archive.ts && npx astro build --force --outDir ${GROWN_SITE.outDir} && ${preview(GROWN_SITE.outDir, GROWN_SITE.port)}`,
            url: `http://127.0.0.1:${GROWN_SITE.port}/`,
            env: { ARCHIVE_CONTENT_DIR: GROWN_SITE.contentDir, ARCHIVE_CACHE_DIR: GROWN.cacheDir },
            reuseExistingServer: !process.env.CI,
            gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 } as const,
            // A first build draws a hundred link-preview cards; on a busy two-core machine that took 1 min 50 s.
            timeout: 300_000,
          },
        ]
      : []),
  ],
});
