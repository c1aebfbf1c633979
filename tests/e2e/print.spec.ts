/**
 * Printing an article: the title, the one-line byline and the record of where the text comes from, the editor's
 * note, the text and the page's address; no control, menu or list of links to click.
 */
import { SITE } from '../../src/consts';
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

test('a printed article keeps its title, provenance, text and address, and nothing to click or fill in', async ({
  page,
  articles,
}) => {
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('h1')).toHaveText(data.title);
      await expect(page.locator('.byline')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Where this text comes from' })).toBeVisible();
      if (data.editorNote) await expect(page.getByRole('region', { name: "Editor's note" })).toBeVisible();
      await expect(page.locator('.article__body > *').first()).toBeVisible();

      // The text's own markup (a task list's boxes) is the article, not a control of the site.
      const controls = page.locator('input, button, select, textarea, summary, nav, .tags, .cite');
      const shown = await controls.evaluateAll((elements) =>
        elements
          .filter((element) => element.checkVisibility() && !element.closest('.article__body'))
          .map((element) => element.outerHTML.slice(0, 80)),
      );
      expect(shown, 'controls and navigation left in print').toEqual([]);

      // The address the build was made for, which with the browser's own footer lets a paper copy be cited.
      const address = page.locator('.print-address');
      await expect(address).toBeVisible();
      await expect(address).toContainText(SITE.title);
      expect(new URL((await address.textContent())?.split(': ').at(-1)?.trim() ?? '').pathname).toBe(articleUrl(slug));
      await page.emulateMedia({ media: 'screen' });
      await expect(address).toBeHidden();
    });
  }
});
