import { expect, test as base, type BrowserContext } from '@playwright/test';
import { readArticles, type SourceArticle } from './content';

/** What tells the two projects apart: which content tree the site under test was built from, and where it went. */
export interface ArchiveOptions {
  /** The content tree the served site was built from, relative to the project root. */
  contentDir: string;
  /** The directory that build wrote, relative to the project root. */
  outDir: string;
  /** Articles on each page of a listing in that build (`ARCHIVE_PAGE_SIZE`). */
  pageSize: number;
  /** The repository edit address the build was given (`ARCHIVE_EDIT_URL`), if any. */
  editBaseUrl: string | undefined;
}

interface ArchiveFixtures extends ArchiveOptions {
  /** Every article file in `contentDir`, drafts included, parsed once per worker. */
  articles: SourceArticle[];
}

interface GuardFixtures {
  /**
   * Runs around every browser test: the test fails if any page asked another host for anything, or if the
   * browser reported a content security policy violation. So each journey below also proves that the site is
   * self-contained and that its policy lets it work.
   */
  pageGuard: undefined;
}

/** What a browser context did that no page of this site may do. */
export interface Misconduct {
  /** Requests to another origin than the site's. */
  offSite: string[];
  /** Console reports of content security policy violations. */
  violations: string[];
}

/**
 * Starts watching `context` for requests to hosts other than `origin` and for content security policy
 * violations, which Chromium reports on the console. Tests that open their own contexts use it too.
 */
export function watchContext(context: BrowserContext, origin: string): Misconduct {
  const misconduct: Misconduct = { offSite: [], violations: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    // A blob: URL carries its creator's origin.
    if (new URL(url).origin !== origin) misconduct.offSite.push(url);
  });
  context.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) misconduct.violations.push(text);
  });
  return misconduct;
}

/**
 * Playwright's `test` with the project's content tree attached, so one spec checks
 * the real site and the fixture site against the files each was built from.
 */
export const test = base.extend<GuardFixtures, ArchiveFixtures>({
  contentDir: ['content/articles', { option: true, scope: 'worker' }],
  outDir: ['dist', { option: true, scope: 'worker' }],
  pageSize: [50, { option: true, scope: 'worker' }],
  editBaseUrl: [undefined, { option: true, scope: 'worker' }],
  articles: [async ({ contentDir }, use) => use(readArticles(contentDir)), { scope: 'worker' }],
  // The preview server closes a connection idle for 5 s. On a loaded machine a test's next request can be written to
  // a connection the server has just closed, which ends in ECONNRESET (CI, 6 Dec 2026); browsers retry such a request,
  // Playwright's request context does not. One connection per request leaves nothing to go stale.
  request: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { connection: 'close' } });
    await use(context);
    await context.dispose();
  },
  pageGuard: [
    async ({ context, baseURL }, use) => {
      const misconduct = watchContext(context, new URL(baseURL ?? 'http://127.0.0.1/').origin);
      await use(undefined);
      expectNoMisconduct(misconduct);
    },
    { auto: true },
  ],
});

/** The time a test is given for each page it loads in turn: what one took on two cores shared by six test runs. */
const PAGE_TIME_MS = 3_000;

/**
 * Gives the running test time for `pages` more page loads than Playwright's limit (playwright.config.ts) allows, so
 * a test that visits every article, or every page of a listing, keeps holding as the archive grows.
 */
export function allowPages(pages: number): void {
  test.setTimeout(test.info().timeout + pages * PAGE_TIME_MS);
}

/** Fails with every off-site request and policy violation that `watchContext` saw. */
export function expectNoMisconduct(misconduct: Misconduct): void {
  expect(misconduct.offSite, 'requests to other hosts').toEqual([]);
  expect(misconduct.violations, 'content security policy violations').toEqual([]);
}

export { expect };
