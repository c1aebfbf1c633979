/** Evidence: each article's original capture is shown, downloadable byte for byte, served inert, and compared. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { articleUrl, captureChangesUrl, captureFileUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { captureOf, published } from './content';

test('every article says whether its capture was kept; a kept one is served byte for byte as plain text with its hash', async ({
  page,
  request,
  articles,
  contentDir,
}) => {
  test.setTimeout(30_000 + 5_000 * published(articles).length);
  for (const article of published(articles)) {
    await page.goto(articleUrl(article.slug));
    const record = page.locator('.provenance__capture dd');
    const capture = captureOf(contentDir, article.slug);
    if (!capture) {
      await expect(record, article.file).toHaveText('Original capture not kept');
      continue;
    }
    const bytes = readFileSync(capture.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(article.data.capture?.sha256, `${article.file} records its capture's hash`).toBe(sha256);
    await expect(record.locator('code'), article.file).toHaveText(sha256);
    await expect(record.getByRole('link', { name: 'What the archive changed' })).toHaveAttribute(
      'href',
      captureChangesUrl(article.slug),
    );

    const download = record.getByRole('link', { name: /^(Copied text|Saved page), / });
    await expect(download).toHaveAttribute('href', captureFileUrl(article.slug, capture.kind));
    const response = await request.get(captureFileUrl(article.slug, capture.kind));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain(;|$)/);
    expect(Buffer.from(await response.body()).equals(bytes), `${article.file}: the download is the capture`).toBe(true);
  }
});

test('"What the archive changed" shows each change struck through, numbered and labelled, beside the text', async ({
  page,
  articles,
  contentDir,
}) => {
  const withCaptures = published(articles).filter(({ slug }) => captureOf(contentDir, slug));
  expect(withCaptures.length, 'the content tree keeps captures').toBeGreaterThan(0);
  for (const article of withCaptures) {
    await page.goto(captureChangesUrl(article.slug));
    const changes = article.data.removed;
    const struck = page.locator('.capture__text del');
    await expect(struck, article.file).toHaveCount(changes.length);
    // Each struck passage is a change's text, and the list says what it was and which rule it followed.
    const items = page.locator('.capture__changes li');
    await expect(items).toHaveCount(changes.length);
    const listed = await items.allTextContents();
    for (const change of changes) {
      const rule = change.keptAs ? 'Moved into the provenance' : 'Removed as page chrome';
      expect(
        listed.some((item) => item.includes(change.what) && item.includes(rule)),
        `${article.file}: "${change.what}" is listed with its rule`,
      ).toBe(true);
    }
    await expect(page.getByRole('region', { name: "The archive's text" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read the article' })).toHaveAttribute(
      'href',
      articleUrl(article.slug),
    );
  }
});
