import type { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import {
  TIMELINE_EVENT_FIELD_FACTS,
  TIMELINE_EVENT_FIELDS,
  timelineEventSchema,
  type TimelineEvent,
} from '../../schema';
import { closestWord } from '../search/closest-word';
import {
  describeSchemaIssue,
  describeValue,
  describeYamlError,
  type ContentProblem,
  type FieldWording,
} from './problems';
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

const WORDING: FieldWording<keyof TimelineEvent> = {
  owner: 'an event',
  fields: TIMELINE_EVENT_FIELDS,
  facts: TIMELINE_EVENT_FIELD_FACTS,
  itemDefault: 'valid',
};

const SOURCE_ITEM =
  'an article\'s file name without ".md", or "article:" and "passage:" lines naming the paragraph that states the event';

/** The timeline file read once: its path, its text, and its events as YAML gives them, or why they could not be read. */
export interface TimelineFile {
  file: string;
  text: string;
  /** The list's items, unchecked; empty when the file is empty, missing or unreadable. */
  items: unknown[];
  problems: ContentProblem[];
}

/** A timeline file's text parsed once, with YAML's core schema (2012-02-06 stays the text written, not a Date). */
export function parseTimeline(file: string, text: string): TimelineFile {
  let parsed: unknown;
  try {
    parsed = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    return { file, text, items: [], problems: [{ file, message: describeYamlError(error, 'the timeline') }] };
  }
  if (parsed === undefined || parsed === null) return { file, text, items: [], problems: [] };
  if (!Array.isArray(parsed)) {
    const message = 'the timeline must be a list of events, each starting with a "- date:" line';
    return { file, text, items: [], problems: [{ file, message }] };
  }
  return { file, text, items: parsed, problems: [] };
}

/**
 * The events of a parsed timeline file, sorted by date, and every problem with them,
 * each naming the file, the event (by number and line) and the field. An event with a
 * problem is left out of `events`; the build stops when `problems` is not empty.
 * @param articles every article file of the archive, drafts included, by slug.
 */
export function readTimeline(
  { file, text, items: parsed, problems: readProblems }: TimelineFile,
  articles: ReadonlyMap<string, TimelineArticle>,
): { events: CheckedEvent[]; problems: ContentProblem[] } {
  if (readProblems.length > 0) return { events: [], problems: readProblems };
  const lines = itemLines(text, parsed.length);
  const problems: ContentProblem[] = [];
  const events: CheckedEvent[] = [];
  const byId = new Map<string, string>();
  parsed.forEach((item: unknown, index) => {
    const name = `event ${index + 1}${lines ? ` (line ${lines[index]})` : ''}`;
    const result = timelineEventSchema.safeParse(item);
    if (!result.success) {
      problems.push(...result.error.issues.flatMap((issue) => describeIssue(file, name, item, issue)));
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
 * The articles a timeline cites with a passage, read leniently (a broken event cites none), so a caller can learn
 * just their paragraphs' ids before `readTimeline` checks them.
 */
export function articlesCitedWithPassages({ items }: TimelineFile): Set<string> {
  const sources = items.flatMap((event) => {
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
): ContentProblem | undefined {
  const article = articles.get(source.article);
  const problem = (message: string): ContentProblem => ({ file, field: 'sources', message: `${name}: ${message}` });
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

function describeIssue(file: string, name: string, item: unknown, issue: z.core.$ZodIssue): ContentProblem[] {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return [
      {
        file,
        message: `${name}: must be a set of "field: value" lines (${TIMELINE_EVENT_FIELDS.join(', ')}); found ${describeValue(item)}`,
      },
    ];
  }
  const event = item as Record<string, unknown>;
  const [field, index, subfield] = issue.path as [string, number | undefined, string | undefined];
  const value = event[field];
  const named = (problem: ContentProblem): ContentProblem => ({ ...problem, message: `${name}: ${problem.message}` });
  if (field === 'sources' && Array.isArray(value) && value.length === 0) {
    const message = '"sources" must list at least one article that states the event; found an empty list';
    return [named({ file, field, message })];
  }
  if (field === 'sources' && typeof index === 'number' && Array.isArray(value)) {
    const where = subfield ? `"${subfield}" in item ${index + 1} of "sources"` : `item ${index + 1} of "sources"`;
    return [named({ file, field, message: `${where} must be ${SOURCE_ITEM}; found ${describeValue(value[index])}` })];
  }
  // The date's own check says what the precision asks for.
  if (field === 'date' && issue.code === 'custom' && value !== undefined && value !== null) {
    return [named({ file, field, message: `"date" ${issue.message}; found ${describeValue(value)}` })];
  }
  return describeSchemaIssue(file, event, issue, WORDING).map(named);
}

/**
 * The line each top-level list item starts on, when the file is written as the docs show
 * (each event starting with "- " at the left margin); `undefined` for any other layout.
 */
function itemLines(text: string, count: number): number[] | undefined {
  const lines = text.split('\n').flatMap((line, index) => (/^-(?:\s|$)/.test(line) ? [index + 1] : []));
  return lines.length === count ? lines : undefined;
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
