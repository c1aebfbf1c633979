import { describe, expect, it } from 'vitest';
import type { Listable } from '../../../../src/lib/site/listing';
import {
  articlesCitedWithPassages,
  eventId,
  parseTimeline,
  readTimeline as readParsedTimeline,
  timelineByYear,
  type CheckedEvent,
  type TimelineArticle,
} from '../../../../src/lib/content/timeline';

const FILE = 'content/timeline.yaml';

const article = (slug: string, extra: Partial<TimelineArticle> = {}): [string, TimelineArticle] => [
  slug,
  { slug, file: `content/articles/${slug}.md`, draft: false, ...extra },
];

const ARTICLES = new Map([
  article('wang-lijun-organ-harvest-files', { passages: new Set(['p-in-july-2006-former-13j5uj6']) }),
  article('ccp-officials-fear-investigation'),
  article('an-unfinished-draft', { draft: true }),
]);

/** The timeline file's text parsed, then checked against the articles. */
const readTimeline = (file: string, text: string, articles: ReadonlyMap<string, TimelineArticle>) =>
  readParsedTimeline(parseTimeline(file, text), articles);

const messages = (text: string, articles = ARTICLES): string[] =>
  readTimeline(FILE, text, articles).problems.map((p) => p.message);

describe('readTimeline', () => {
  it('reads events of each precision, sorted by date, their sources in one shape', () => {
    const { events, problems } = readTimeline(
      FILE,
      `- date: 2012-02-06
  precision: day
  summary: Wang Lijun flees to the U.S. consulate in Chengdu.
  sources: [wang-lijun-organ-harvest-files]
- date: 2006-07
  precision: month
  summary: The Kilgour–Matas report is released.
  sources:
    - article: wang-lijun-organ-harvest-files
      passage: p-in-july-2006-former-13j5uj6
- date: 2006
  precision: year
  summary: Whistleblowers come forward.
  sources: [ccp-officials-fear-investigation]
`,
      ARTICLES,
    );
    expect(problems).toEqual([]);
    expect(events.map((e) => [e.date, e.precision])).toEqual([
      ['2006', 'year'],
      ['2006-07', 'month'],
      ['2012-02-06', 'day'],
    ]);
    expect(events[1]?.sources).toEqual([
      { article: 'wang-lijun-organ-harvest-files', passage: 'p-in-july-2006-former-13j5uj6' },
    ]);
    expect(events[2]?.sources).toEqual([{ article: 'wang-lijun-organ-harvest-files' }]);
    expect(events[2]?.id).toBe('e-2012-02-06-wang-lijun-flees-to-the');
  });

  it('takes an empty file, or one of comments only, as no events', () => {
    expect(readTimeline(FILE, '', ARTICLES)).toEqual({ events: [], problems: [] });
    expect(readTimeline(FILE, '# Nothing yet\n', ARTICLES)).toEqual({ events: [], problems: [] });
  });

  it('names the file, the event, its line and the field when a source is not an article', () => {
    const { problems } = readTimeline(
      FILE,
      `- date: 2006
  precision: year
  summary: Fine.
  sources: [ccp-officials-fear-investigation]

- date: 2006
  precision: year
  summary: A typo in the source.
  sources: [wang-lijun-organ-harvest-file]
`,
      ARTICLES,
    );
    expect(problems).toEqual([
      {
        file: FILE,
        field: 'sources',
        message:
          'event 2 (line 6): "sources" names "wang-lijun-organ-harvest-file", which is not an article in the archive; did you mean "wang-lijun-organ-harvest-files"?',
      },
    ]);
  });

  it('counts a draft as missing, naming its file', () => {
    expect(
      messages(`- date: 2006\n  precision: year\n  summary: From a draft.\n  sources: [an-unfinished-draft]\n`),
    ).toEqual([
      'event 1 (line 1): "sources" names "an-unfinished-draft" (content/articles/an-unfinished-draft.md), which is a draft, so readers cannot open it; cite a published article, or publish this one first',
    ]);
  });

  it('refuses an event without sources, or with an empty list of them', () => {
    expect(messages(`- date: 2006\n  precision: year\n  summary: Unsourced.\n`)).toEqual([
      'event 1 (line 1): "sources" is required and must be a list of the articles that state the event, for example [wang-lijun-organ-harvest-files]; it is missing',
    ]);
    expect(messages(`- date: 2006\n  precision: year\n  summary: Unsourced.\n  sources: []\n`)).toEqual([
      'event 1 (line 1): "sources" must list at least one article that states the event; found an empty list',
    ]);
  });

  it.each([
    [
      '2006-07',
      'year',
      '"date" must be a year written YYYY for the precision "year", for example 2006; found "2006-07"',
    ],
    [
      '2006',
      'month',
      '"date" must be a month written YYYY-MM for the precision "month", for example 2006-07; found 2006',
    ],
    [
      '2006-07',
      'day',
      '"date" must be a real day written YYYY-MM-DD for the precision "day", for example 2012-02-06; found "2006-07"',
    ],
    [
      '2019-02-30',
      'day',
      '"date" must be a real day written YYYY-MM-DD for the precision "day", for example 2012-02-06; found "2019-02-30"',
    ],
    [
      '2006-13',
      'month',
      '"date" must be a month written YYYY-MM for the precision "month", for example 2006-07; found "2006-13"',
    ],
  ])('refuses the date %s with the precision %s', (date, precision, message) => {
    expect(
      messages(
        `- date: ${date}\n  precision: ${precision}\n  summary: Dated.\n  sources: [ccp-officials-fear-investigation]\n`,
      ),
    ).toEqual([`event 1 (line 1): ${message}`]);
  });

  it('refuses a precision that is not year, month or day', () => {
    expect(
      messages(`- date: 2006\n  precision: decade\n  summary: Vague.\n  sources: [ccp-officials-fear-investigation]\n`),
    ).toEqual([
      'event 1 (line 1): "precision" must be how much of the date the sources state: year, month or day; found "decade"',
    ]);
  });

  it('refuses a passage the article does not have, saying where to copy the id from', () => {
    expect(
      messages(`- date: 2006-07
  precision: month
  summary: The report.
  sources:
    - article: wang-lijun-organ-harvest-files
      passage: p-in-july-2006-former-0000000
`),
    ).toEqual([
      'event 1 (line 1): "passage" of "wang-lijun-organ-harvest-files" must be the id of one of its paragraphs; found "p-in-july-2006-former-0000000", which no paragraph of content/articles/wang-lijun-organ-harvest-files.md has; copy the id from the ¶ link after the paragraph, the part after "#"',
    ]);
  });

  it('suggests the right name for a misspelt field, and reports a malformed source item', () => {
    expect(
      messages(`- date: 2006
  precision: year
  sumary: Misspelt.
  sources:
    - { article: ccp-officials-fear-investigation, paragraph: p-x }
`),
    ).toEqual([
      'event 1 (line 1): "summary" is required and must be one sentence saying what happened; it is missing',
      'event 1 (line 1): item 1 of "sources" must be an article\'s file name without ".md", or "article:" and "passage:" lines naming the paragraph that states the event; found a set of "key: value" lines',
      'event 1 (line 1): "sumary" is not a field an event can have; did you mean "summary"?',
    ]);
  });

  it('refuses two events that would share an id', () => {
    const event = `- date: 2006\n  precision: year\n  summary: The same words open both events.\n  sources: [ccp-officials-fear-investigation]\n`;
    expect(messages(`${event}${event}`)).toEqual([
      'event 2 (line 5): event 1 (line 1) has the same date and opens with the same words, so both would be linked as #e-2006-the-same-words-open-both; if they are one event, merge them, otherwise begin one summary differently',
    ]);
  });

  it('reports YAML it cannot read, and a file that is not a list, by line', () => {
    expect(messages('- date: 2006\n  precision: [year\n')).toEqual([
      expect.stringMatching(/^the timeline is not valid YAML: .+ \(line \d+, column \d+\)$/),
    ]);
    expect(messages('date: 2006\n')).toEqual([
      'the timeline must be a list of events, each starting with a "- date:" line',
    ]);
  });
});

describe('articlesCitedWithPassages', () => {
  it('lists the articles cited with a passage, and reads a broken file as citing none', () => {
    const text = `- sources:\n    - plain-citation\n    - article: with-passage\n      passage: p-a-0000000\n`;
    expect(articlesCitedWithPassages(parseTimeline(FILE, text))).toEqual(new Set(['with-passage']));
    expect(articlesCitedWithPassages(parseTimeline(FILE, '- [unclosed'))).toEqual(new Set());
  });
});

describe('eventId', () => {
  it('joins a letter, the date and the summary’s first five words', () => {
    expect(eventId('2006-07', 'David Kilgour and David Matas release their report.')).toBe(
      'e-2006-07-david-kilgour-and-david-matas',
    );
  });
});

describe('timelineByYear', () => {
  const listed = (id: string, published?: string): Listable => ({
    id,
    data: { title: id, published, draft: false },
  });
  const event = (date: string): CheckedEvent => ({
    id: date,
    date,
    precision: 'year',
    summary: date,
    sources: [{ article: 'a' }],
  });

  it('gives every year with an event or an article, oldest first, articles oldest first and capped', () => {
    const articles = [listed('c', '2012-06-20'), listed('b', '2012-01-01'), listed('a', '2012-03-01'), listed('u')];
    const { years, undated } = timelineByYear([event('2006'), event('2012-02')], articles, 2);
    expect(years.map((y) => [y.year, y.events.length, y.articles.map((a) => a.id), y.articleCount])).toEqual([
      [2006, 1, [], 0],
      [2012, 1, ['b', 'a'], 3],
    ]);
    expect(undated).toEqual({ articles: [articles[3]], articleCount: 1 });
  });
});
