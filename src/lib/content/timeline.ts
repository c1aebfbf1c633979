import type { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import { TIMELINE_EVENT_FIELDS, timelineEventSchema, type TimelineEvent } from '../../schema';
import { unknownFieldMessage, type ArticleProblem } from './article-problems';
import { closestWord } from '../search/closest-word';
import { groupByYear, type Listable } from '../site/listing';
import { suggestSlug } from './slugs';

/** What the timeline check needs to know of one article file. */
export interface TimelineArticle {
  slug: string;
  /** The file's path, so a problem about it can name it. */
  file: string;
  draft: boolean;
  /**
   * The ids of the article's paragraphs, list items and quotations, when the caller rendered it.
   * Passages are checked only against a known set; an article cited without a passage needs none.
   */
  passages?: ReadonlySet<string>;
}

/** One source of an event: the article and, where the editor named one, the paragraph that states it. */
export interface EventSource {
  article: string;
  passage?: string;
}

/** A checked event with its sources in one shape and a stable id for links and the data files. */
export interface CheckedEvent extends Omit<TimelineEvent, 'sources'> {
  /** Made from the date and the summary's first words, so adding other events never changes it. */
  id: string;
  sources: EventSource[];
}

/** How many of the summary's first words an event's id shows. */
const ID_WORDS = 5;

/** What each field must be, phrased to follow "must be". */
const EXPECTED: Record<keyof TimelineEvent, string> = {
  date: 'the date as the sources state it, written 2006, 2006-07 or 2012-02-06 to match "precision"',
  precision: 'how much of the date the sources state: year, month or day',
  summary: 'one sentence saying what happened',
  sources: 'a list of the articles that state the event, for example [wang-lijun-organ-harvest-files]',
};

const SOURCE_ITEM =
  'an article\'s file name without ".md", or "article:" and "passage:" lines naming the paragraph that states the event';

/**
 * The events of a timeline file's text, sorted by date, and every problem with them,
 * each naming the file, the event (by number and line) and the field. An event with a
 * problem is left out of `events`; the build stops when `problems` is not empty.
 * @param articles every article file of the archive, drafts included, by slug.
 */
export function readTimeline(
  file: string,
  text: string,
  articles: ReadonlyMap<string, TimelineArticle>,
): { events: CheckedEvent[]; problems: ArticleProblem[] } {
  let parsed: unknown;
  try {
    // The core schema keeps 2012-02-06 as the text written instead of a Date in some time zone.
    parsed = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    return { events: [], problems: [{ file, message: describeYamlError(error) }] };
  }
  if (parsed === undefined || parsed === null) return { events: [], problems: [] };
  if (!Array.isArray(parsed)) {
    return {
      events: [],
      problems: [{ file, message: 'the timeline must be a list of events, each starting with a "- date:" line' }],
    };
  }

  const lines = itemLines(text, parsed.length);
  const problems: ArticleProblem[] = [];
  const events: CheckedEvent[] = [];
  const byId = new Map<string, string>();
  parsed.forEach((item: unknown, index) => {
    const name = `event ${index + 1}${lines ? ` (line ${lines[index]})` : ''}`;
    const result = timelineEventSchema.safeParse(item);
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => describeIssue(file, name, item, issue)));
      return;
    }
    const sources = result.data.sources.map((source) =>
      typeof source === 'string' ? { article: source } : { article: source.article, passage: source.passage },
    );
    const sourceProblems = sources.flatMap((source) => findSourceProblem(file, name, source, articles) ?? []);
    problems.push(...sourceProblems);
    const id = eventId(result.data.date, result.data.summary);
    const sharing = byId.get(id);
    if (sharing) {
      problems.push({
        file,
        field: 'summary',
        message:
          `${name}: ${sharing} has the same date and opens with the same words, so both would be linked as ` +
          `#${id}; if they are one event, merge them, otherwise begin one summary differently`,
      });
      return;
    }
    byId.set(id, name);
    if (sourceProblems.length === 0) events.push({ ...result.data, id, sources });
  });
  // Dates of lower precision sort first within their year or month ("2006" before "July 2006"), as strings do.
  return { events: events.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), problems };
}

/**
 * The articles a timeline's text cites with a passage, read leniently (a broken file cites
 * none), so a caller can learn just their paragraphs' ids before `readTimeline` checks them.
 */
export function articlesCitedWithPassages(text: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = load(text, { schema: CORE_SCHEMA });
  } catch {
    return new Set();
  }
  const events: unknown[] = Array.isArray(parsed) ? parsed : [];
  const sources = events.flatMap((event) => {
    const listed = (event as { sources?: unknown } | null)?.sources;
    return Array.isArray(listed) ? (listed as unknown[]) : [];
  });
  return new Set(
    sources.flatMap((source) => {
      const article = (source as { article?: unknown } | null)?.article;
      return typeof article === 'string' ? [article] : [];
    }),
  );
}

/**
 * The id of an event: "e-" (an id must begin with a letter), its date and the first words of its summary.
 * @example eventId('2012-02-06', 'Wang Lijun flees to the U.S. consulate in Chengdu.') // 'e-2012-02-06-wang-lijun-flees-to-the'
 */
export function eventId(date: string, summary: string): string {
  const words = suggestSlug(summary).split('-').filter(Boolean).slice(0, ID_WORDS);
  return ['e', date, ...words].join('-');
}

function findSourceProblem(
  file: string,
  name: string,
  source: EventSource,
  articles: ReadonlyMap<string, TimelineArticle>,
): ArticleProblem | undefined {
  const article = articles.get(source.article);
  const problem = (message: string): ArticleProblem => ({ file, field: 'sources', message: `${name}: ${message}` });
  if (!article) {
    const guess = closestWord(source.article, [...articles.keys()]);
    return problem(
      `"sources" names "${source.article}", which is not an article in the archive; ` +
        (guess ? `did you mean "${guess}"?` : 'write the file name of an article in content/articles/, without ".md"'),
    );
  }
  if (article.draft) {
    return problem(
      `"sources" names "${source.article}" (${article.file}), which is a draft, so readers cannot open it; ` +
        'cite a published article, or publish this one first',
    );
  }
  if (source.passage && article.passages && !article.passages.has(source.passage)) {
    const why = article.file.endsWith('.mdx')
      ? 'the paragraphs of an MDX article cannot be checked, so cite it without "passage"'
      : 'copy the id from the ¶ link after the paragraph, the part after "#"';
    return problem(
      `"passage" of "${source.article}" must be the id of one of its paragraphs; found "${source.passage}", ` +
        `which no paragraph of ${article.file} has; ${why}`,
    );
  }
  return undefined;
}

function describeIssue(file: string, name: string, item: unknown, issue: z.core.$ZodIssue): ArticleProblem {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return {
      file,
      message: `${name}: must be a set of "field: value" lines (${TIMELINE_EVENT_FIELDS.join(', ')}); found ${describeValue(item)}`,
    };
  }
  const event = item as Record<string, unknown>;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { file, field: key, message: `${name}: ${unknownFieldMessage(key, 'an event', TIMELINE_EVENT_FIELDS)}` };
  }
  const [field, index, subfield] = issue.path as [keyof TimelineEvent, number | undefined, string | undefined];
  const value = event[field];
  if (value === undefined || value === null) {
    return { file, field, message: `${name}: "${field}" is required and must be ${EXPECTED[field]}; it is missing` };
  }
  if (field === 'sources' && Array.isArray(value) && value.length === 0) {
    return {
      file,
      field,
      message: `${name}: "sources" must list at least one article that states the event; found an empty list`,
    };
  }
  if (field === 'sources' && typeof index === 'number' && Array.isArray(value)) {
    const source = value[index] as unknown;
    const where = subfield ? `"${subfield}" in item ${index + 1} of "sources"` : `item ${index + 1} of "sources"`;
    return { file, field, message: `${name}: ${where} must be ${SOURCE_ITEM}; found ${describeValue(source)}` };
  }
  // The date's own check says what the precision asks for.
  const need = field === 'date' && issue.code === 'custom' ? issue.message.replace(/^must be /, '') : EXPECTED[field];
  return { file, field, message: `${name}: "${field}" must be ${need}; found ${describeValue(value)}` };
}

/**
 * The line each top-level list item starts on, when the file is written as the docs show
 * (each event starting with "- " at the left margin); `undefined` for any other layout.
 */
function itemLines(text: string, count: number): number[] | undefined {
  const lines = text.split('\n').flatMap((line, index) => (/^-(?:\s|$)/.test(line) ? [index + 1] : []));
  return lines.length === count ? lines : undefined;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value !== null && typeof value === 'object') return 'a set of "key: value" lines';
  return String(value);
}

function describeYamlError(error: unknown): string {
  const yamlError = error as { reason?: string; mark?: { line: number; column: number } };
  if (!yamlError.mark) return `the timeline could not be read: ${String(error)}`;
  return `the timeline is not valid YAML: ${yamlError.reason ?? 'unreadable'} (line ${yamlError.mark.line + 1}, column ${yamlError.mark.column + 1})`;
}

const oldestFirst = (a: Listable, b: Listable): number =>
  (a.data.published ?? '').localeCompare(b.data.published ?? '') || a.data.title.localeCompare(b.data.title, 'en');

/** One year of the timeline: its events and the articles published in it, oldest first. */
export interface TimelineYear<T> {
  year: number;
  events: CheckedEvent[];
  /** The year's first articles, at most the number asked for. */
  articles: T[];
  /** How many articles the year has in all; its listing has the rest. */
  articleCount: number;
}

/**
 * The timeline's years, oldest first: every year that has an event or a published
 * article, with at most `perYear` of its articles so the page stays small however
 * large the archive grows. Undated articles come apart, in the order given.
 * @param articles the published articles, newest first (as `getPublishedArticles` gives them).
 */
export function timelineByYear<T extends Listable>(
  events: readonly CheckedEvent[],
  articles: readonly T[],
  perYear: number,
): { years: TimelineYear<T>[]; undated: { articles: T[]; articleCount: number } } {
  const articleYears = groupByYear(articles);
  const eventYears = Map.groupBy(events, (event) => Number(event.date.slice(0, 4)));
  const yearNumbers = new Set([...eventYears.keys()]);
  for (const { year } of articleYears) if (year !== undefined) yearNumbers.add(year);
  const years = [...yearNumbers]
    .toSorted((a, b) => a - b)
    .map((year) => {
      const inYear = (articleYears.find((group) => group.year === year)?.articles ?? []).toSorted(oldestFirst);
      return {
        year,
        events: eventYears.get(year) ?? [],
        articles: inYear.slice(0, perYear),
        articleCount: inYear.length,
      };
    });
  const undated = articleYears.find((group) => group.year === undefined)?.articles ?? [];
  return { years, undated: { articles: undated.slice(0, perYear), articleCount: undated.length } };
}
