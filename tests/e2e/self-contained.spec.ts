/**
 * Readers may be watched: a page must load nothing from another host (no fonts,
 * images, analytics or scripts elsewhere) and, except for search and the 404 page's
 * one small script that fills in its search box, no JavaScript. Article pages carry
 * one small inline check that loads the search highlighter only for a reader who
 * arrived from search (see search.spec.ts); it requests nothing otherwise.
 */
import type { Page } from '@playwright/test';
import { nameSlug } from '../../src/lib/content/slugs';
import {
  articlesIndexUrl,
  articleUrl,
  authorsIndexUrl,
  authorUrl,
  homeUrl,
  publicationsIndexUrl,
  publicationUrl,
  tagsIndexUrl,
  tagUrl,
  yearUrl,
} from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import { recordRequests } from './page-helpers';

const NOT_FOUND = '/this-page-is-not-in-the-archive/';

/** One page of every kind: home, each index, a listing of each kind, and every article. */
function pagesOfEveryKind(articles: readonly SourceArticle[]): string[] {
  const live = published(articles);
  const first = <T>(values: T[]): T[] => values.slice(0, 1);
  return [
    homeUrl(),
    articlesIndexUrl(),
    ...first(live.map((a) => yearUrl(a.data.published ? Number(a.data.published.slice(0, 4)) : undefined))),
    tagsIndexUrl(),
    ...first(live.flatMap((a) => a.data.tags.map((t) => tagUrl(nameSlug(t))))),
    authorsIndexUrl(),
    ...first(live.flatMap((a) => (a.data.authors ?? []).map((n) => authorUrl(nameSlug(n))))),
    publicationsIndexUrl(),
    ...first(live.flatMap((a) => (a.data.publication ? [publicationUrl(nameSlug(a.data.publication))] : []))),
    NOT_FOUND,
    ...live.map((a) => articleUrl(a.slug)),
  ];
}

/** The `<script>` elements a browser would run: JSON-LD blocks are data and never run. */
const runnableScripts = (page: Page) => page.locator('script:not([type="application/ld+json"])');

test('every kind of page loads only from its own origin, and runs no JavaScript but the 404 box, the copy buttons and the highlight check', async ({
  page,
  articles,
  baseURL,
}) => {
  // One visit per article and per kind of page, each waiting for the network to settle: more than the default 30 s
  // on a busy two-core machine.
  test.slow();
  const origin = new URL(baseURL ?? '').origin;
  const articlePages = new Set(published(articles).map((a) => articleUrl(a.slug)));
  for (const path of pagesOfEveryKind(articles)) {
    await test.step(path, async () => {
      const recording = recordRequests(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      // Scrolling to the end lets lazily loaded images and the like make their requests too.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      const requests = recording.stop();

      const offSite = requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
      expect(offSite, 'requests to other hosts').toEqual([]);
      const scripts = requests.filter((r) => r.type === 'script' || /\.m?js(?:[?#]|$)/.test(new URL(r.url).pathname));
      // Scripts are the build's own bundled files, never code written into the page, so a strict CSP can allow them.
      const bundled = (request: { url: string }): boolean =>
        /^\/_astro\/[^/]+\.js$/.test(new URL(request.url).pathname);
      if (path === NOT_FOUND) {
        // The search box's module, and any chunk it shares with the search page.
        expect(scripts.length, 'JavaScript requested').toBeGreaterThan(0);
        expect(
          scripts.filter((r) => !bundled(r)),
          'JavaScript not from the bundle',
        ).toEqual([]);
        await expect(runnableScripts(page)).toHaveCount(1);
        await expect(runnableScripts(page)).toHaveAttribute('src', /^\/_astro\/[^/]+\.js$/);
        await expect(runnableScripts(page)).toHaveAttribute('type', 'module');
      } else if (articlePages.has(path)) {
        // The copy buttons' one small module (page-weight.spec.ts holds its size), and the inline highlight check.
        expect(scripts, 'JavaScript requested').toHaveLength(1);
        expect(
          scripts.filter((r) => !bundled(r)),
          'JavaScript not from the bundle',
        ).toEqual([]);
        const modules = runnableScripts(page).and(page.locator('script[src]'));
        await expect(modules).toHaveCount(1);
        await expect(modules).toHaveAttribute('type', 'module');
        await expect(
          runnableScripts(page).and(page.locator('script:not([src])')),
          'the search-highlight check',
        ).toHaveCount(1);
      } else {
        expect(scripts, 'JavaScript requested').toEqual([]);
        await expect(runnableScripts(page), '<script> elements that run').toHaveCount(0);
      }

      // Elements that would load something once shown or scrolled to, checked in the markup as well.
      const resourceUrls = await page
        .locator(
          'img[src], iframe[src], video, audio, source, embed, object, link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"]',
        )
        .evaluateAll((elements) =>
          elements.map(
            (e) =>
              (e as HTMLImageElement).currentSrc ||
              e.getAttribute('src') ||
              e.getAttribute('href') ||
              e.getAttribute('data') ||
              '',
          ),
        );
      const offSiteResources = resourceUrls.filter((url) => url !== '' && new URL(url, origin).origin !== origin);
      expect(offSiteResources, 'elements pointing at other hosts').toEqual([]);
    });
  }
});
