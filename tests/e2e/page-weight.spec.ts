/**
 * The size budget of built pages: every page takes its CSS from the one site
 * stylesheet, which a browser fetches once and caches, and carries no <style> of
 * its own; an article's page without the article's text stays under 20 KB
 * gzipped, CSS included, and loads one script file (copying references and
 * paragraph links): cached, deferred and at most 2 KB gzipped. `npm run bench`
 * checks the same at 10,000 articles.
 */
import { gzipSync } from 'node:zlib';
import { pageAssets, pageWeight } from '../../scripts/bench/page-weight';
import { articlesIndexUrl, articleUrl, homeUrl, searchUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

/** Astro's own build output, where the site stylesheet lives; Pagefind's stylesheet is under /pagefind/. */
const SITE_ASSETS = '/_astro/';

test('every page links the same one site stylesheet and has no inline styles', async ({ request, articles }) => {
  const pages = [
    homeUrl(),
    articlesIndexUrl(),
    searchUrl(),
    '/this-page-is-not-in-the-archive/',
    ...published(articles).map((a) => articleUrl(a.slug)),
  ];
  const stylesheets = new Set<string>();
  for (const path of pages) {
    const assets = pageAssets(await (await request.get(path)).text());
    const own = assets.stylesheets.filter((href) => href.startsWith(SITE_ASSETS));
    expect(own, `site stylesheets linked by ${path}`).toHaveLength(1);
    expect(assets.inlineStyles, `<style> elements in ${path}`).toEqual([]);
    own.forEach((href) => stylesheets.add(href));
  }
  expect([...stylesheets], 'one stylesheet shared by every page').toHaveLength(1);
});

test('an article page without its text weighs under 20 KB gzipped with its CSS', async ({ request, articles }) => {
  for (const article of published(articles)) {
    const html = await (await request.get(articleUrl(article.slug))).text();
    const files = new Map<string, Uint8Array>();
    for (const href of pageAssets(html).stylesheets) files.set(href, await (await request.get(href)).body());
    const weight = pageWeight(html, (url) => files.get(url));
    expect(weight.chrome.gzip + weight.css.gzip, `${article.file}: page without its text, plus CSS`).toBeLessThan(
      20 * 1024,
    );
  }
});

test('an article page loads one script file, the same on every article: cached, deferred, at most 2 KB gzipped', async ({
  request,
  articles,
}) => {
  const scripts = new Set<string>();
  for (const article of published(articles)) {
    const html = await (await request.get(articleUrl(article.slug))).text();
    const files = pageAssets(html).scripts;
    expect(files, `${article.file}: script files`).toHaveLength(1);
    const [src = ''] = files;
    // Astro's build names files by their content hash, which the server lets browsers cache for a year.
    expect(src, `${article.file}: a file of the site's build, named by its hash`).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    const tag = new RegExp(`<script\\b[^>]*\\bsrc="${src.replaceAll('.', '\\.')}"[^>]*>`).exec(html)?.[0] ?? '';
    // A module script runs only after the page is parsed, as `defer` does, and never blocks its drawing.
    expect(tag, `${article.file}: the script is deferred`).toMatch(/\btype="module"|\bdefer\b/);
    scripts.add(src);
  }
  expect([...scripts], 'one file shared by every article page').toHaveLength(1);
  const [src = ''] = scripts;
  const response = await request.get(src);
  expect(response.ok()).toBe(true);
  expect(gzipSync(await response.body(), { level: 6 }).byteLength, `${src} gzipped`).toBeLessThanOrEqual(2 * 1024);
});
