/**
 * Lighthouse's four category scores for pages of a locally served site, run in
 * the system Chromium through Lighthouse's Node API with its default (mobile,
 * simulated slow network) settings.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { articleSlugAt } from '../../src/lib/site/urls';
import { CHROMIUM_ARGS } from './chromium';

/** The four categories, in the order Lighthouse's report shows them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One page's scores, 0 to 100, by category. */
export interface PageScores {
  label: string;
  path: string;
  scores: Record<Category, number>;
}

/** The pages the issue names: home, an article and the search page. */
export async function pagesToAudit(distDir: string): Promise<{ label: string; path: string }[]> {
  const home = await readFile(join(distDir, 'index.html'), 'utf8');
  const article = firstArticleLink(home);
  if (!article) throw new Error(`The home page in ${distDir} links to no article, so there is none to audit.`);
  return [
    { label: 'home', path: '/' },
    { label: 'article', path: article },
    { label: 'search', path: '/search/' },
  ];
}

/**
 * The first link to an article in a page's HTML, not to a year's listing beside the articles.
 * @example firstArticleLink('<a href="/articles/2019/">…<a href="/articles/a-b/">') // '/articles/a-b/'
 */
export function firstArticleLink(html: string): string | undefined {
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map((link) => link[1] ?? '')
    .find((path) => articleSlugAt(path) !== undefined);
}

/** Pages whose score in any category is below `minimum`, as lines naming page, category and score. */
export function scoresBelow(pages: readonly PageScores[], minimum: number): string[] {
  return pages.flatMap((page) =>
    CATEGORIES.filter((category) => page.scores[category] < minimum).map(
      (category) => `${page.label} (${page.path}): ${category} ${page.scores[category]}, below ${minimum}`,
    ),
  );
}

async function waitForDevtools(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Chromium did not open its debugging port ${port} within 30 seconds.`);
}

/** Audits each page of the site served at `origin`, one after another in one Chromium. */
export async function auditPages(
  origin: string,
  pages: readonly { label: string; path: string }[],
  options: { chromiumPath: string; debuggingPort: number },
): Promise<PageScores[]> {
  const profile = await mkdtemp(join(tmpdir(), 'archive-lighthouse-'));
  const chromium = spawn(
    options.chromiumPath,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${options.debuggingPort}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevtools(options.debuggingPort);
    const results: PageScores[] = [];
    for (const page of pages) {
      const run = await lighthouse(`${origin}${page.path}`, {
        port: options.debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}.`);
      if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${run.lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((run.lhr.categories[category]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      results.push({ ...page, scores });
    }
    return results;
  } finally {
    if (chromium.exitCode === null && chromium.signalCode === null) {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill();
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  }
}
