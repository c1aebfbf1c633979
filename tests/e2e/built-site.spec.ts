/**
 * The built files themselves, checked without a browser: valid HTML on every page, no broken internal link or
 * `#fragment`, and every published article reachable from the home page by following links.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { findBrokenLinks, readBuiltSite, reachablePages, type BuiltSite } from '../../scripts/link-check';
import { SITE_URL } from '../../src/consts';
import { articleUrl, homeUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT, published } from './content';

let built: BuiltSite | undefined;
/** The site under test, read once per worker. */
const site = (outDir: string): BuiltSite => (built ??= readBuiltSite(join(PROJECT_ROOT, outDir)));

test('html-validate finds no error on any built page', async ({ outDir }) => {
  // .htmlvalidate.json: the recommended rules, less two that judge style rather than validity. `long-title` is
  // advice for search results, and an article's title is its source's headline, kept however long;
  // `doctype-style` wants "<!DOCTYPE html>" in capitals, which Astro's redirect pages do not write.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = [...site(outDir).pages.keys()];
  expect(pages.length, `${outDir} has been built`).toBeGreaterThan(0);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(PROJECT_ROOT, outDir, page));
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('every internal link, resource and #fragment on every page leads somewhere', async ({ outDir }) => {
  const broken = findBrokenLinks(site(outDir), [SITE_URL]).map((b) => `${b.page}: "${b.href}" ${b.problem}`);
  expect(broken).toEqual([]);
});

test('every published article is reachable from the home page by following links', async ({ outDir, articles }) => {
  const reachable = reachablePages(site(outDir), homeUrl());
  const unreachable = published(articles)
    .map((a) => articleUrl(a.slug))
    .filter((url) => !reachable.has(url));
  expect(unreachable).toEqual([]);
});
