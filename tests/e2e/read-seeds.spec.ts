/** Reading the real archive: promises made about particular seed articles. Runs against the real site only. */
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';

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
