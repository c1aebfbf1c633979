/** Reading the real archive: promises made about particular seed articles. Runs against the real site only. */
import { articleUrl, searchBundleUrl, searchUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';
import { openSearch, resultTitles } from './search-helpers';

test('the article with unverified quotations warns the reader before the text', async ({ page, articles }) => {
  const seed = articles.find((a) => a.slug === 'us-urges-independent-probe');
  expect(seed?.data.editorNote, "the seed keeps its editor's note").toContain('Unverified quotations.');

  await page.goto(articleUrl('us-urges-independent-probe'));
  const note = page.getByRole('region', { name: "Editor's note" });
  await expect(note).toContainText('Unverified quotations.');
  await expect(note).toContainText('the quotations attributed to them are unverified');
  // The warning is only useful if it is read before the quotations are.
  const firstQuotation = page.getByText('US Secretary of State Jessica Ramirez condemned');
  const [noteBox, quotationBox] = [await note.boundingBox(), await firstQuotation.boundingBox()];
  expect(noteBox && quotationBox && noteBox.y < quotationBox.y, 'the note stands above the quotation').toBe(true);
});

test('a title the archive supplied says so beside the headline, and only then', async ({ page, articles }) => {
  let supplied = 0;
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      const mark = page.getByText('Title supplied by the archive');
      if (data.editorNote?.replace(/\s+/g, ' ').includes('the archive supplied this title')) {
        supplied++;
        await expect(mark).toBeVisible();
        // Beside the headline: right below it, before the byline.
        const [h1, markBox] = [await page.locator('h1').boundingBox(), await mark.boundingBox()];
        expect(h1 && markBox && markBox.y >= h1.y + h1.height - 1 && markBox.y < h1.y + h1.height + 40).toBe(true);
        await mark.getByRole('link', { name: "Editor's note" }).click();
        await expect(page.getByRole('region', { name: "Editor's note" })).toBeInViewport();
      } else {
        await expect(mark).toHaveCount(0);
      }
    });
  }
  expect(supplied, 'some article has a supplied title').toBeGreaterThan(0);
});

/* Media the source had and the archive did not keep reads as a placeholder, "[Photo not preserved: caption]", in the
   two seed articles that mark it, and search neither finds nor quotes the caption. */
const PLACEHOLDERS: { slug: string; texts: string[] }[] = [
  {
    slug: 'wang-lijun-organ-harvest-files',
    texts: [
      '[Photo not preserved: Wang Lijun, former Chief of Chongqing Public Security Bureau, in March, 2011. (Feng Li/Getty Images)]',
      '[Photo not preserved: Wang Lijun]',
    ],
  },
  {
    slug: 'skeptical-about-organ-harvesting-watch-this',
    texts: ['[Video not preserved]', '[Video not preserved]', '[Video not preserved]'],
  },
];

for (const { slug, texts } of PLACEHOLDERS) {
  test(`${slug} shows each placeholder as a note in the text, and no image`, async ({ page }) => {
    await page.goto(articleUrl(slug));
    const body = page.locator('.article__body');
    const placeholders = body.locator('.media-not-preserved');
    await expect(placeholders).toHaveText(texts);
    for (const placeholder of await placeholders.all()) {
      await expect(placeholder).toBeVisible();
      await expect(placeholder).toHaveAttribute('data-pagefind-ignore');
      // The archive's note, not the article's passage: nothing to link or cite, no entity link inside.
      await expect(placeholder).not.toHaveAttribute('id');
      await expect(placeholder.locator('a')).toHaveCount(0);
    }
    await expect(body.locator('img')).toHaveCount(0);
    await expect(page.locator('[src^="not-preserved:"], [href^="not-preserved:"]')).toHaveCount(0);
  });
}

test('each video placeholder stands right after the line that points at its video', async ({ page }) => {
  await page.goto(articleUrl('skeptical-about-organ-harvesting-watch-this'));
  for (const pointer of [
    'Watch part two of the round-table discussion here:',
    'Watch part three here:',
    'Watch the fourth video here:',
  ]) {
    const line = page.locator('.article__body p', { hasText: pointer });
    await expect(line.locator('xpath=following-sibling::*[1]')).toHaveText('[Video not preserved]');
  }
});

const WANG = 'wang-lijun-organ-harvest-files';
/** Words that stand only in the Wang Lijun article's captions, once as a word and twice as exact phrases. */
const CAPTION_QUERIES = ['Getty', '"Feng Li"', '"Chief of Chongqing Public Security Bureau"'];

test('search neither finds an article by its captions nor quotes a placeholder', async ({ page }) => {
  await page.goto(searchUrl());
  const found = await page.evaluate(
    async ({ bundle, queries }) => {
      const pagefind = await import(bundle);
      const answers: { query: string; urls: string[]; texts: string[] }[] = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const data: { url: string; excerpt: string; content: string }[] = await Promise.all(
          search.results.map((result: { data: () => Promise<{ url: string; excerpt: string; content: string }> }) =>
            result.data(),
          ),
        );
        answers.push({ query, urls: data.map((d) => d.url), texts: data.flatMap((d) => [d.excerpt, d.content]) });
      }
      return answers;
    },
    { bundle: searchBundleUrl('pagefind.js'), queries: [...CAPTION_QUERIES, 'Wang Lijun', 'round-table discussion'] },
  );
  const urlsOf = (query: string): string[] => found.find((answer) => answer.query === query)?.urls ?? [];
  // The article's own text still finds it, so what follows is about the captions and not a missing page.
  expect(urlsOf('Wang Lijun')).toContain(articleUrl(WANG));
  expect(urlsOf('round-table discussion')).toContain(articleUrl('skeptical-about-organ-harvesting-watch-this'));
  for (const query of CAPTION_QUERIES)
    expect(urlsOf(query), `${query} finds the article`).not.toContain(articleUrl(WANG));
  for (const { query, texts } of found) {
    expect(
      texts.filter((text) => /not preserved|Getty|Chief of Chongqing Public Security Bureau/.test(text)),
      `the results for ${query} quote no caption or placeholder`,
    ).toEqual([]);
  }
});

test('the search page lists no article for a word of a caption', async ({ page, articles }) => {
  const title = articles.find((a) => a.slug === WANG)?.data.title;
  expect(title).toBeTruthy();
  await openSearch(page, 'Getty');
  await expect(resultTitles(page).filter({ hasText: title ?? '' })).toHaveCount(0);
  await expect(page.locator('pagefind-results')).not.toContainText('Getty');
});
