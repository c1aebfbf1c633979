/**
 * The About page: the editors' text from `content/pages/about.md` (the fixture tree brings its own), then where to
 * report a mistake and the open data's licence, each as the site's settings give it and never invented.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CORRECTIONS_CONTACT, DATA_LICENCE } from '../../src/consts';
import { editorPageSchema } from '../../src/schema';
import { aboutUrl, dataIndexUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT } from './content';

test('the About page shows the editors’ text, where to report a mistake and the licence of the open data', async ({
  page,
  contentDir,
}) => {
  const file = join(PROJECT_ROOT, dirname(contentDir), 'pages', 'about.md');
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const { title, description } = editorPageSchema.parse(frontmatter);

  const response = await page.goto(aboutUrl());
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
  const firstParagraph = content.trim().split('\n')[0] ?? '';
  await expect(page.locator('.editor-page__text p').first()).toContainText(firstParagraph);

  const report = page.getByRole('region', { name: 'Reporting a mistake' });
  if (CORRECTIONS_CONTACT) {
    await expect(report.getByRole('link', { name: CORRECTIONS_CONTACT.label })).toHaveAttribute(
      'href',
      CORRECTIONS_CONTACT.url,
    );
  } else {
    await expect(report).toContainText('No address for corrections has been set up');
  }

  const licence = page.getByRole('region', { name: 'Licence of the open data' });
  await expect(licence.getByRole('link', { name: 'open data' })).toHaveAttribute('href', dataIndexUrl());
  if (DATA_LICENCE) {
    await expect(licence.getByRole('link', { name: DATA_LICENCE.name })).toHaveAttribute('href', DATA_LICENCE.url);
  } else {
    await expect(licence).toContainText('No licence has been stated');
  }
});
