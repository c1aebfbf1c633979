/**
 * The timeline: every event of the timeline file is on the page, dated as precisely as stated, and every source
 * link leads to its article and, where the event names one, to the paragraph that states it. Each year lists its
 * oldest published articles by date, at most ten, then links to the year's full list; the undated ones likewise
 * under "Date not stated". The expectations are read from the timeline file and the articles on disk, not from the
 * build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SITE } from '../../src/consts';
import { articleUrl, timelineUrl, yearUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import {
  normalizeSpace,
  PROJECT_ROOT,
  published,
  readableDate,
  readableStatedDate,
  type SourceArticle,
} from './content';

interface WrittenEvent {
  date: string | number;
  summary: string;
  sources: (string | { article: string; passage: string })[];
}

/** The events as the editor wrote them in the timeline beside `contentDir`. */
const writtenEvents = (contentDir: string): WrittenEvent[] =>
  load(readFileSync(join(PROJECT_ROOT, dirname(contentDir), 'timeline.yaml'), 'utf8'), {
    schema: CORE_SCHEMA,
  }) as WrittenEvent[];

test('every event is on the timeline, dated as precisely as stated, in date order', async ({ page, contentDir }) => {
  await page.goto(timelineUrl());
  const events = writtenEvents(contentDir);
  const shown = page.locator('.event');
  await expect(shown).toHaveCount(events.length);
  const expected = events
    .map((event) => ({ date: String(event.date), summary: normalizeSpace(event.summary) }))
    .toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const actual = await shown.evaluateAll((items) =>
    items.map((item) => ({
      date: item.querySelector('time')?.getAttribute('datetime') ?? '',
      text: item.querySelector('time')?.textContent ?? '',
      summary: (item.querySelector('.event__summary')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
  expect(actual).toEqual(expected.map(({ date, summary }) => ({ date, text: readableStatedDate(date), summary })));
});

test('every source link of every event leads to its article, and to the paragraph it names', async ({
  page,
  request,
  contentDir,
}) => {
  await page.goto(timelineUrl());
  const expected = writtenEvents(contentDir).flatMap((event) =>
    event.sources.map((source) =>
      typeof source === 'string' ? articleUrl(source) : `${articleUrl(source.article)}#${source.passage}`,
    ),
  );
  const links = await page
    .locator('.event-sources a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links.toSorted()).toEqual(expected.toSorted());
  for (const href of new Set(links)) {
    const [path = '', hash] = (href ?? '').split('#');
    expect((await request.get(path)).status(), path).toBe(200);
    // The goto is no navigation (and has no response) when only the fragment changes, so it is not checked.
    await page.goto(href ?? '');
    if (hash) await expect(page.locator(`[id="${hash}"]`), `${href} lands on its paragraph`).toBeVisible();
  }
});

test('each year lists its oldest articles, at most ten, by their dates, then links to the year’s full list', async ({
  page,
  articles,
}) => {
  await page.goto(timelineUrl());
  const byYear = Map.groupBy(published(articles), (a) => a.data.published?.slice(0, 4));
  for (const [year, inYear] of byYear) {
    await test.step(year ?? 'Date not stated', async () => {
      const heading = year === undefined ? 'Date not stated' : year;
      const section = page
        .locator('section.year')
        .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
      await expect(section, `one section for ${heading}`).toHaveCount(1);
      const entries = section.locator('.published li');
      const hrefs = await entries.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const listed = hrefs.map((href) => inYear.find((a) => articleUrl(a.slug) === href));
      expect(
        hrefs.filter((_, i) => listed[i] === undefined),
        `${heading} lists only its own published articles`,
      ).toEqual([]);
      const shown = listed.filter((a): a is SourceArticle => a !== undefined);
      expect(shown.length, `${heading} lists ${SITE.timelineArticlesPerYear} at most`).toBe(
        Math.min(inYear.length, SITE.timelineArticlesPerYear),
      );
      expect(new Set(shown).size, 'each once').toBe(shown.length);
      for (const [index, article] of shown.entries()) {
        await expect(entries.nth(index), article.file).toContainText(
          article.data.published ? readableDate(article.data.published) : 'Date not stated',
        );
      }
      if (year !== undefined) {
        const dates = shown.map((a) => a.data.published ?? '');
        expect(dates, 'oldest first').toEqual(dates.toSorted());
        const newestShown = dates.at(-1) ?? '';
        const olderLeftOut = inYear.filter((a) => !shown.includes(a) && (a.data.published ?? '') < newestShown);
        expect(
          olderLeftOut.map((a) => a.file),
          'no older article of the year is left out',
        ).toEqual([]);
      }
      const more = section.locator('.published__more a');
      if (inYear.length > SITE.timelineArticlesPerYear) {
        await expect(more).toHaveText(
          year === undefined ? `All ${inYear.length} undated articles` : `All ${inYear.length} articles of ${year}`,
        );
        await expect(more).toHaveAttribute('href', yearUrl(year === undefined ? undefined : Number(year)));
      } else {
        await expect(more, 'no link when the year shows all its articles').toHaveCount(0);
      }
    });
  }
  const draftLinks = articles.filter((a) => a.data.draft).map((a) => page.locator(`a[href="${articleUrl(a.slug)}"]`));
  for (const link of draftLinks) await expect(link).toHaveCount(0);
});
