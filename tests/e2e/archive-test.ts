import { test as base } from '@playwright/test';
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

/**
 * Playwright's `test` with the project's content tree attached, so one spec checks
 * the real site and the fixture site against the files each was built from.
 */
export const test = base.extend<Record<never, never>, ArchiveFixtures>({
  contentDir: ['content/articles', { option: true, scope: 'worker' }],
  outDir: ['dist', { option: true, scope: 'worker' }],
  pageSize: [50, { option: true, scope: 'worker' }],
  editBaseUrl: [undefined, { option: true, scope: 'worker' }],
  articles: [async ({ contentDir }, use) => use(readArticles(contentDir)), { scope: 'worker' }],
});

export { expect } from '@playwright/test';
