/**
 * Reading rich text: the fixture articles use every GitHub Flavored Markdown
 * feature, MDX, and markup copied from other sites, and each must reach the reader intact or made safe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT } from './content';
import { expectScrolledTo } from './page-helpers';

test.describe('GitHub Flavored Markdown', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto(articleUrl('gfm-showcase'));
  });

  test('table columns keep their left, centre and right alignment', async ({ page }) => {
    const table = page.locator('article table');
    await expect(table.getByRole('columnheader')).toHaveText(['Left aligned', 'Centred', 'Right aligned']);
    const alignments = ['left', 'center', 'right'];
    for (const row of await table.getByRole('row').all()) {
      const cells = row.locator('th, td');
      for (let column = 0; column < alignments.length; column++) {
        // Chromium reports the `align` attribute as "-webkit-left" and so on; what matters is the side.
        await expect(cells.nth(column)).toHaveCSS('text-align', new RegExp(`(?:^|-)${alignments[column]}$`));
      }
    }
  });

  test('strikethrough becomes <del>', async ({ page }) => {
    await expect(page.locator('article del')).toHaveText('one hundred');
  });

  test('a task list shows one ticked and one open checkbox that readers cannot change', async ({ page }) => {
    const boxes = page.locator('article').getByRole('checkbox');
    await expect(boxes).toHaveCount(2);
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    for (const box of await boxes.all()) await expect(box).toBeDisabled();
    // Each box is named by its task, so a screen reader says what is done (found by axe: the boxes had no name).
    await expect(page.getByRole('checkbox', { name: 'A finished fixture task' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'An open fixture task' })).not.toBeChecked();
  });

  test('a bare address becomes a link', async ({ page }) => {
    const link = page.locator('article').getByRole('link', { name: 'https://example.org/fixtures/autolink' });
    await expect(link).toHaveAttribute('href', 'https://example.org/fixtures/autolink');
  });

  test('a footnote reference leads to the note and the back-link returns to the reference', async ({ page }) => {
    const reference = page.locator('article sup a[data-footnote-ref]');
    await expect(reference).toHaveText('1');
    await reference.click();
    await expect(page).toHaveURL(/#user-content-fn-source$/);
    const note = page.locator('[id="user-content-fn-source"]');
    await expect(note).toContainText("The fixture's footnote text.");
    await expectScrolledTo(note);

    await note.getByRole('link', { name: 'Back to reference 1' }).click();
    await expect(page).toHaveURL(/#user-content-fnref-source$/);
    await expect(reference).toBeInViewport();
  });

  test('the footnotes heading is not a section in the table of contents', async ({ page }) => {
    // Below the side column's width the contents are one click away, above the text.
    await page.locator('summary', { hasText: 'Contents' }).click();
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    await expect(contents).toHaveText([
      'Aligned table',
      'Struck text and tasks',
      'A third-level fixture heading',
      'Links and footnotes',
    ]);
  });
});

test('an MDX article renders its expressions and its Markdown', async ({ page }) => {
  const response = await page.goto(articleUrl('mdx-component'));
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('MDX fixture with an expression');
  await expect(page.locator('[data-fixture="mdx-expression"]')).toHaveText('The answer is 42.');
  await expect(page.locator('article strong')).toHaveText('bold fixture text');
  await expect(page.getByRole('heading', { name: 'An MDX fixture heading' })).toHaveAttribute(
    'id',
    'an-mdx-fixture-heading',
  );
});

/** The built page of the hostile fixture, as written to disk. */
const HOSTILE = 'undated-copied-markup';

test('no code or remote resource of the hostile fixture survives into its built page', async ({ outDir }) => {
  const html = readFileSync(join(PROJECT_ROOT, outDir, articleUrl(HOSTILE), 'index.html'), 'utf8');
  // The article's text only: the site's own controls after it (the copy buttons and their script) are not from it.
  const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('<section class="tags"'));
  expect(body.length, 'the article body was found').toBeGreaterThan(0);
  for (const leftover of [
    /<(?:script|iframe|object|embed|form|style|svg|math|button)\b/i,
    /\son[a-z]+=/i,
    /\sstyle=/i,
    /javascript:/i,
    /data:/i,
    /fixture (?:script|handler|frame|form|hover|link|mixed-case link|svg) ran/,
    /display: none|position: fixed/,
    /<input(?![^>]*type="checkbox")/,
  ]) {
    expect(body, `${leftover} is gone`).not.toMatch(leftover);
  }
  // The words readers should still see.
  expect(body).toContain('A paragraph carrying a handler and an inline style.');
  expect(body).toContain('Image: Data fixture image');
});

test('markup copied from another site is made safe: no script, no remote image', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(articleUrl(HOSTILE));
  const body = page.locator('article [data-pagefind-body]');
  // The page's own scripts (the search-highlight check, the copy buttons) sit outside the text, which carries none.
  await expect(body.locator('script')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(body.locator('img')).toHaveCount(0);
  // The handlers, had they run, would have renamed the page.
  await expect(page).not.toHaveTitle(/fixture (script|handler) ran/);
  await expect(body.getByRole('link', { name: 'Image: Remote fixture image' })).toHaveAttribute(
    'href',
    'https://images.example.org/fixture.png',
  );
  await expect(body.getByRole('link', { name: 'Image: Inline remote fixture image' })).toHaveAttribute(
    'href',
    'https://images.example.org/fixture-inline.png',
  );
  // What was left of the links and the handler's paragraph does nothing when used.
  await body.getByText('A paragraph carrying a handler and an inline style.').hover();
  for (const name of ['A javascript fixture link', 'a data fixture link', 'a mixed-case fixture link']) {
    await body.getByText(name).click();
  }
  await expect(page).toHaveURL(new RegExp(`${articleUrl(HOSTILE)}$`));
  await expect(page).toHaveTitle(/^Undated fixture/);
  await expect(body.locator('iframe, object, embed, form, style, svg, math')).toHaveCount(0);
  await expect(page.locator('[style]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
