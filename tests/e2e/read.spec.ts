/** Reading an article: its page, its title, where it came from, and links into its sections. */
import { globSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { SITE } from '../../src/consts';
import { FOOTNOTES_HEADING_ID, MIN_CONTENTS_HEADINGS } from '../../src/lib/site/contents';
import { nameSlug } from '../../src/lib/content/slugs';
import { articleUrl, editUrl, isYearListingSegment } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { normalizeSpace, PROJECT_ROOT, published, readableDate, type SourceArticle } from './content';
import { expectEntriesMatchFrontMatter, expectScrolledTo, listedArticles } from './page-helpers';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The article's first paragraph of text. */
const firstParagraph = (page: Page): Locator => page.locator('.article__body > p').first();

test('the build holds exactly one page per published article and none for drafts', async ({ articles, outDir }) => {
  const root = join(PROJECT_ROOT, outDir);
  const built = globSync('articles/*/index.html', { cwd: root })
    // Beside the articles live the year lists and the redirect pages of former addresses.
    .filter((file) => !isYearListingSegment(file.split('/')[1] ?? ''))
    .filter((file) => !readFileSync(join(root, file), 'utf8').includes('http-equiv="refresh"'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .toSorted();
  const expected = published(articles)
    .map((a) => articleUrl(a.slug))
    .toSorted();
  expect(built).toEqual(expected);
});

test('each article page carries its title as the only <h1> and in the <title>', async ({ page, articles }) => {
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      const response = await page.goto(articleUrl(slug));
      expect(response?.status(), `${file} should be published at ${articleUrl(slug)}`).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(data.title);
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(data.title)} \\S ${escapeRegExp(SITE.title)}$`));
    });
  }
});

test('each article page shows its provenance as the front matter states it', async ({ page, articles }) => {
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      const source = page.getByRole('region', { name: 'Where this text comes from' });
      const field = (label: string) =>
        source.locator('div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });

      await expect(field('Publication').locator('dd')).toHaveText(data.publication ?? 'Not stated');

      const authors = data.authors ?? [];
      const authorLabel = authors.length > 1 ? 'Authors' : 'Author';
      await expect(field(authorLabel).locator('dd')).toHaveText(authors.length > 0 ? authors.join(', ') : 'Not stated');

      const publishedField = field('Published').locator('dd');
      if (data.published) {
        await expect(publishedField.locator('time')).toHaveAttribute('datetime', data.published);
        await expect(publishedField.locator('time')).toHaveText(readableDate(data.published));
      } else {
        await expect(publishedField).toHaveText('Date not stated');
        await expect(publishedField.locator('time')).toHaveCount(0);
      }

      if (data.updated) {
        await expect(field('Updated').locator('time')).toHaveAttribute('datetime', data.updated);
      } else {
        await expect(field('Updated')).toHaveCount(0);
      }

      const original = field('Original').locator('a');
      if (data.sourceUrl) await expect(original).toHaveAttribute('href', data.sourceUrl);
      else await expect(original).toHaveCount(0);

      const addedField = field('Added to the archive').locator('dd');
      if (data.added) await expect(addedField.locator('time')).toHaveAttribute('datetime', data.added);
      else await expect(addedField).toHaveText('Not recorded');

      const removed = field('Removed by the archive').locator('dd');
      // Lines moved into the fields above are shown on the capture page; the panel lists what left the article.
      const removedChrome = data.removed.filter(({ keptAs }) => !keptAs).map(({ what }) => normalizeSpace(what));
      if (removedChrome.length > 0) {
        await expect(removed.locator('li')).toHaveText(removedChrome);
      } else {
        await expect(removed).toHaveText('Nothing recorded');
      }

      // The note stands before the text, outside the record, so it is read even when the record is closed.
      const note = page.getByRole('region', { name: "Editor's note" });
      if (data.editorNote) {
        await expect(note).toBeVisible();
        await expect(note).toHaveText(`Editor's note${normalizeSpace(data.editorNote)}`);
        const [noteBox, textBox] = [await note.boundingBox(), await firstParagraph(page).boundingBox()];
        expect(noteBox && textBox && noteBox.y < textBox.y, 'the note stands above the text').toBe(true);
      } else {
        await expect(note).toHaveCount(0);
      }
    });
  }
});

test('the byline sums up where the text comes from in one line, saying what the source does not state', async ({
  page,
  articles,
}) => {
  for (const { slug, file, data } of published(articles)) {
    await test.step(file, async () => {
      await page.goto(articleUrl(slug));
      const byline = page.locator('.byline');
      const authors = data.authors ?? [];
      await expect(byline).toContainText(authors.length > 0 ? `By ${authors.join(', ')}` : 'Author not stated');
      await expect(byline).toContainText(data.publication ?? 'Publication not stated');
      await expect(byline).toContainText(data.published ? readableDate(data.published) : 'Date not stated');
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('the record of where the text comes from is closed, and opens without JavaScript', async ({
    page,
    articles,
  }) => {
    const [article] = published(articles);
    if (!article) throw new Error('No published article');
    await page.goto(articleUrl(article.slug));
    const record = page.getByRole('region', { name: 'Where this text comes from' });
    await expect(record).toBeHidden();
    await page.locator('summary', { hasText: 'Where this text comes from' }).click();
    await expect(record).toBeVisible();
    await expect(record.locator('dt', { hasText: 'Added to the archive' })).toBeVisible();
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the text starts on the first screen, and the record of its source is at hand', async ({ page, articles }) => {
      for (const { slug, file } of published(articles)) {
        await test.step(file, async () => {
          await page.goto(articleUrl(slug));
          // Three lines of the first paragraph at least, so the reader sees the text begin, not only its edge.
          const top = (await firstParagraph(page).boundingBox())?.y ?? Number.POSITIVE_INFINITY;
          const lineHeight = await firstParagraph(page).evaluate((p) =>
            Number.parseFloat(getComputedStyle(p).lineHeight),
          );
          expect(top + 3 * lineHeight, 'the first paragraph begins on the first screen').toBeLessThanOrEqual(
            viewport.height,
          );
          // Open beside the text on a wide screen; one click away, above the text, on a phone.
          const record = page.getByRole('region', { name: 'Where this text comes from' });
          const toggle = page.locator('summary', { hasText: 'Where this text comes from' });
          if (viewport.width >= 1152) {
            await expect(record).toBeVisible();
            await expect(toggle).toBeHidden();
          } else {
            await expect(toggle).toBeInViewport();
          }
        });
      }
    });
  });
}

test.describe('links into sections', () => {
  // A short window, so that section headings start below the fold and reaching one needs a real scroll.
  test.use({ viewport: { width: 1000, height: 500 } });

  test('each heading link lands on its heading, by click and by address', async ({ page, articles, baseURL }) => {
    let anchorsSeen = 0;
    for (const { slug, file } of published(articles)) {
      await test.step(file, async () => {
        await page.goto(articleUrl(slug));
        const anchors = page.locator('article').getByRole('link', { name: /^Link to the section/ });
        const count = await anchors.count();
        anchorsSeen += count;
        for (let i = 0; i < count; i++) {
          const anchor = anchors.nth(i);
          const heading = anchor.locator('xpath=..');
          const id = await heading.getAttribute('id');
          expect(id, 'a linked heading has an id').toBeTruthy();
          // A screen reader announces the link alone, so its name must say which section it points to.
          await expect(anchor).toHaveAccessibleName(
            new RegExp(escapeRegExp(normalizeSpace(await heading.innerText()))),
          );

          // The address a reader shares: the article's, with the heading's id as its fragment.
          const headingAddress = `${articleUrl(slug)}#${encodeURIComponent(id ?? '')}`;
          await anchor.click();
          await expect(page).toHaveURL(new URL(headingAddress, baseURL).href);
          await expectScrolledTo(heading);

          await page.goto('about:blank');
          await page.goto(headingAddress);
          await expectScrolledTo(page.locator(`[id="${id}"]`));
        }
      });
    }
    expect(anchorsSeen, 'some article has section headings to link to').toBeGreaterThan(0);
  });

  test('the table of contents lists the sections and each entry lands on its section', async ({ page, articles }) => {
    let contentsSeen = 0;
    for (const { slug, file } of published(articles)) {
      await test.step(file, async () => {
        await page.goto(articleUrl(slug));
        const sections = page.locator(`.article__body :is(h2, h3):not([id="${FOOTNOTES_HEADING_ID}"])`);
        const sectionTitles = (await sections.allTextContents()).map(normalizeSpace);
        const contents = page.getByRole('navigation', { name: 'Contents' });
        const toggle = page.locator('summary', { hasText: 'Contents' });
        if (sectionTitles.length < MIN_CONTENTS_HEADINGS) {
          await expect(contents, 'too few sections for a table of contents').toHaveCount(0);
          await expect(toggle).toHaveCount(0);
          return;
        }
        contentsSeen++;
        // Below the width of the side column the contents are closed, so the text starts on the first screen.
        await expect(contents).toBeHidden();
        await toggle.click();
        const entries = contents.getByRole('link');
        await expect(entries).toHaveText(sectionTitles);
        for (let i = 0; i < sectionTitles.length; i++) {
          await page.evaluate(() => window.scrollTo(0, 0));
          const href = await entries.nth(i).getAttribute('href');
          await entries.nth(i).click();
          await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href ?? '')}$`));
          await expectScrolledTo(sections.nth(i));
        }
      });
    }
    expect(contentsSeen, 'some article has a table of contents').toBeGreaterThan(0);
  });
});

test('related articles: at most five, each sharing a topic, those sharing the most first', async ({
  page,
  articles,
}) => {
  const slugsOfTopics = (a: SourceArticle): Set<string> => new Set(a.data.tags.map(nameSlug));
  let relatedSeen = 0;
  for (const article of published(articles)) {
    await test.step(article.file, async () => {
      await page.goto(articleUrl(article.slug));
      const region = page.getByRole('region', { name: 'Related articles' });
      const own = slugsOfTopics(article);
      const sharing = published(articles).filter(
        (other) => other.slug !== article.slug && [...slugsOfTopics(other)].some((t) => own.has(t)),
      );
      if (sharing.length === 0) {
        await expect(region, 'no related articles when none shares a topic').toHaveCount(0);
        return;
      }
      const entries = await listedArticles(region, articles);
      relatedSeen += entries.length;
      expect(entries).toHaveLength(Math.min(SITE.relatedArticleCount, sharing.length));
      const shared = entries.map(({ article: other }) => [...slugsOfTopics(other)].filter((t) => own.has(t)).length);
      expect(
        shared.every((n) => n > 0),
        'each shares a topic',
      ).toBe(true);
      expect(shared, 'most shared topics first').toEqual(shared.toSorted((a, b) => b - a));
      expect(entries.map((e) => e.article.slug)).not.toContain(article.slug);
      expectEntriesMatchFrontMatter(entries);
    });
  }
  expect(relatedSeen, 'some article has related articles').toBeGreaterThan(0);
});

test('each article links to its file for editing when the build has a repository address, and not otherwise', async ({
  page,
  articles,
  contentDir,
  editBaseUrl,
}) => {
  for (const article of published(articles)) {
    await page.goto(articleUrl(article.slug));
    const link = page.getByRole('link', { name: 'Edit this article' });
    if (editBaseUrl) {
      await expect(link).toHaveAttribute(
        'href',
        editUrl(editBaseUrl, `${contentDir}/${article.file.slice(contentDir.length + 1)}`),
      );
    } else {
      await expect(link).toHaveCount(0);
    }
  }
});
