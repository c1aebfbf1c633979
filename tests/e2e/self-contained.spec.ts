/**
 * Readers may be watched: a page must load nothing from another host (no fonts,
 * images, analytics or scripts elsewhere) and, except for search, no JavaScript.
 * Article pages carry one small inline check that loads the search highlighter
 * only for a reader who arrived from search (see search.spec.ts).
 */
import { articlesIndexUrl, articleUrl, homeUrl } from '../../src/lib/urls';
import { expect, test } from './archive-test';
import { published } from './content';
import { recordRequests } from './page-helpers';

test('home, lists, articles and the 404 page load only from their own origin and run no JavaScript', async ({
  page,
  articles,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const articlePages = published(articles).map((a) => articleUrl(a.slug));
  const pages = [homeUrl(), articlesIndexUrl(), '/this-page-is-not-in-the-archive/', ...articlePages];
  for (const path of pages) {
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
      expect(scripts, 'JavaScript requested').toEqual([]);
      const inlineScripts = articlePages.includes(path) ? 1 : 0;
      await expect(page.locator('script:not([src])'), 'inline <script> elements').toHaveCount(inlineScripts);
      await expect(page.locator('script[src]'), '<script src> elements').toHaveCount(0);

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
