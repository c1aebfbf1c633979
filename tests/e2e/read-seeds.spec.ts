/** Reading the real archive: promises made about particular seed articles. Runs against the real site only. */
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

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
