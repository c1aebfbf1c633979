/** A saved page kept as evidence is served as plain text: none of its scripts or handlers ever runs. */
import { captureFileUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { captureOf, published } from './content';

test('a saved page is never run: its scripts and handlers stay text when its capture is opened', async ({
  page,
  articles,
  contentDir,
}) => {
  const saved = published(articles).find(({ slug }) => captureOf(contentDir, slug)?.kind === 'html');
  if (!saved) throw new Error(`${contentDir} keeps no saved page (a capture ending in .html) to open`);
  await page.goto(captureFileUrl(saved.slug, 'html'));
  const ran = await page.evaluate(() => (window as { captureScriptRan?: string }).captureScriptRan);
  expect(ran, 'a script of the saved page ran').toBeUndefined();
  // Shown as text: the markup itself is what the reader sees.
  await expect(page.locator('body')).toContainText('<script>window.captureScriptRan');
});
