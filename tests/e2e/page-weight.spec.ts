/**
 * The size budget of built pages: every page takes its CSS from the one site
 * stylesheet, which a browser fetches once and caches, and carries no <style> of
 * its own; an article's page without the article's text stays under 20 KB
 * gzipped, CSS included. `npm run bench` checks the same at 10,000 articles.
 */
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
    expect(weight.jsFiles, `${article.file}: script files`).toBe(0);
  }
});
