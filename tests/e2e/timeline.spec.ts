/**
 * The timeline: every event of the timeline file is on the page, dated as precisely as stated, and every source
 * link leads to its article and, where the event names one, to the paragraph that states it. Every published
 * article is listed by its date, the undated ones as "Date not stated". The expectations are read from the
 * timeline file and the articles on disk, not from the build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { articleUrl, timelineUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { normalizeSpace, PROJECT_ROOT, published, readableDate, readableStatedDate } from './content';

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

test('every published article is listed by its date, the undated ones as "Date not stated"', async ({
  page,
  articles,
}) => {
  await page.goto(timelineUrl());
  for (const article of published(articles)) {
    const item = page.locator('.published li').filter({ has: page.locator(`a[href="${articleUrl(article.slug)}"]`) });
    await expect(item, article.file).toHaveCount(1);
    await expect(item).toContainText(article.data.published ? readableDate(article.data.published) : 'Date not stated');
  }
  const draftLinks = articles.filter((a) => a.data.draft).map((a) => page.locator(`a[href="${articleUrl(a.slug)}"]`));
  for (const link of draftLinks) await expect(link).toHaveCount(0);
});
