import { defineConfig, devices } from '@playwright/test';
import { EDIT_BASE_URL, PAGE_SIZE } from './src/consts';
import type { ArchiveOptions } from './tests/e2e/archive-test';
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

const executablePath = findChromium();
// Without a system Chromium, Playwright would suggest `npx playwright install`, which cannot work here.
if (!executablePath) throw new Error(CHROMIUM_MISSING);

/** Specs about particular articles of the real archive. */
const SITE_ONLY = ['read-seeds', 'search-seeds', 'published-urls'];
/**
 * Specs that need the fixture tree (drafts, GFM, MDX, invalid front matter, known search results, spellings,
 * aliases and redirects). Every other spec runs in both projects.
 */
const FIXTURES_ONLY = [
  'markdown',
  'drafts',
  'editor-errors',
  'search',
  'search-languages',
  'topic-spellings',
  'aliases',
  'nginx',
  'keyboard',
  'accessibility',
  'bad-input',
];
const specs = (names: readonly string[]): RegExp => new RegExp(`/(?:${names.join('|')})\\.spec\\.ts$`);

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
  ],
});
