/** Pointing at a passage: every paragraph of an article can be linked to, with the keyboard and without scripts. */
import { readFileSync } from 'node:fs';
import { passageId } from '../../src/lib/content/passage-ids';
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';

test.use({ javaScriptEnabled: false });

test('a quote link lands on its paragraph, and every passage has one', async ({ page, articles }) => {
  // A paragraph of plain text (no Markdown inside), whose id can be worked out from the file.
  const plainParagraph = /\n\n([A-Z][^\n*_[\]`<>]{40,})\n\n/;
  const found = articles
    .filter((a) => !a.data.draft)
    .map((a) => ({ slug: a.slug, paragraph: plainParagraph.exec(readFileSync(a.file, 'utf8'))?.[1] }))
    .find((a) => a.paragraph !== undefined);
  if (!found?.paragraph) throw new Error('no article has a plain paragraph to link to');
  const { slug, paragraph } = found;
  const id = passageId(paragraph);

  await page.goto(articleUrl(slug));
  const passages = page.locator('.article__body :is(p, li, blockquote)[id^="p-"]');
  expect(await passages.count()).toBeGreaterThan(0);
  const anchors = page.locator('.article__body a.passage-anchor');
  await expect(anchors).toHaveCount(await passages.count());

  const anchor = page.locator(`#${id} a.passage-anchor`);
  await expect(anchor).toHaveAttribute('href', `#${id}`);
  await anchor.focus();
  await expect(anchor).toBeFocused();
  await anchor.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`#${id}`)).toContainText(paragraph.slice(0, 40));
  await expect(page.locator(`#${id}`)).toBeInViewport();
});
