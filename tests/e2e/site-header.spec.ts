/**
 * The header on every screen: one line from 1024 px up, with every section and the search box; on a phone, the
 * site's name and a menu that opens without JavaScript. The footer leads to the About page.
 */
import { aboutUrl, articlesIndexUrl, homeUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';

for (const width of [1024, 1280, 1600]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the site name, every section and the search box sit on one line, with no menu button', async ({ page }) => {
      await page.goto(homeUrl());
      const header = page.locator('.site-header');
      const sections = header.getByRole('navigation', { name: 'Main' }).getByRole('link');
      expect(await sections.count()).toBeGreaterThan(0);
      const boxes = [
        await header.getByRole('link', { name: 'Organ Harvesting Archive' }).boundingBox(),
        ...(await Promise.all((await sections.all()).map((link) => link.boundingBox()))),
        await header.getByRole('searchbox', { name: 'Search the archive' }).boundingBox(),
      ];
      const middles = boxes.map((box) => (box ? box.y + box.height / 2 : Number.NaN));
      const first = middles[0] ?? Number.NaN;
      expect(
        middles.every((middle) => Math.abs(middle - first) < 12),
        `centred on one line: ${middles.join(', ')}`,
      ).toBe(true);
      await expect(header.getByText('Menu', { exact: true })).toBeHidden();
      // Nothing sticks out of the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}

test.describe('on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('a compact menu opens onto every section and the search box', async ({ page }) => {
    await page.goto(homeUrl());
    const nav = page.getByRole('navigation', { name: 'Main' });
    const search = page.getByRole('searchbox', { name: 'Search the archive' });
    await expect(nav).toBeHidden();
    await expect(search).toBeHidden();
    const header = page.locator('.site-header');
    const headerHeight = (await header.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
    expect(headerHeight, 'the closed header takes one line').toBeLessThan(80);

    await page.getByText('Menu', { exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(search).toBeVisible();
    await nav.getByRole('link', { name: 'All articles' }).click();
    await expect(page).toHaveURL(new RegExp(`${articlesIndexUrl()}$`));
  });
});

test('the footer leads to the About page', async ({ page }) => {
  await page.goto(homeUrl());
  await page
    .locator('.site-footer')
    .getByRole('link', { name: /^About/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${aboutUrl()}$`));
});
