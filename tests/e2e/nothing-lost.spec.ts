/**
 * No article is lost on its way to the reader: each published one is in the search index, found by a phrase of
 * its own text. (Reaching each from the home page is checked in built-site.spec.ts, the sitemap in
 * sitemap.spec.ts, the feed in feeds.spec.ts, and drafts' absence from every built file in drafts.spec.ts.)
 */
import { articleUrl, searchBundleUrl } from '../../src/lib/site/urls';
import { allowPages, expect, test } from './archive-test';
import { published } from './content';

/**
 * A phrase of the article's own words, from a paragraph: four words of letters and digits standing
 * one space apart from its middle or, in Chinese, a clause of four to sixteen characters between punctuation.
 */
function phraseOf(paragraph: string): string | undefined {
  // A whole clause between punctuation marks, so the phrase starts and ends where words do.
  const clause = /(?<!\p{Script=Han})\p{Script=Han}{4,16}(?!\p{Script=Han})/u.exec(paragraph)?.[0];
  if (clause) return clause;
  const words = paragraph.split(/\s+/);
  const plain = (word: string | undefined): boolean => word !== undefined && /^[\p{L}\p{N}]+$/u.test(word);
  const starts = words.map((_, i) => i).filter((i) => words.slice(i, i + 4).every(plain) && i + 4 <= words.length);
  const start = starts[Math.floor(starts.length / 2)];
  return start === undefined ? undefined : words.slice(start, start + 4).join(' ');
}

test('every published article is in the search index, found by a phrase of its own text', async ({
  page,
  articles,
}) => {
  allowPages(published(articles).length);
  for (const { slug, file } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      const paragraphs = await page
        .locator('[data-pagefind-body] p')
        .evaluateAll((elements) => elements.map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
      const phrase = paragraphs
        .toSorted((a, b) => b.length - a.length)
        .map(phraseOf)
        .find((p) => p !== undefined);
      expect(phrase, `${file} has a paragraph to take a phrase from`).toBeDefined();
      // Pagefind's own API, from the article's page, so the index of the article's language is searched.
      const urls = await page.evaluate(
        async ({ bundle, query }) => {
          const pagefind = await import(bundle);
          const search = await pagefind.search(query);
          const data = await Promise.all(
            search.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
          );
          return data.map((d) => d.url);
        },
        { bundle: searchBundleUrl('pagefind.js'), query: `"${phrase}"` },
      );
      expect(urls, `"${phrase}" finds ${file}`).toContain(articleUrl(slug));
    });
  }
});
