import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { isSiteMark } from '../../markdown/site-marks';
import {
  ALWAYS_PRESENT,
  ARTICLE_FIELD_FACTS,
  type ArticleFrontMatter,
  type DataFieldFacts,
  type DatePrecision,
  type KeptAsField,
} from '../../schema';
import type { CaptureKind } from '../content/faithfulness';
import type { CheckedEvent } from '../content/timeline';
import {
  absoluteUrl,
  articleSourceUrl,
  articleUrl,
  captureFileUrl,
  dataIndexUrl,
  passageUrl,
  timelineEventUrl,
} from '../site/urls';

/** What the documentation says of one field of a data file. */
export interface FieldDoc extends DataFieldFacts {
  name: string;
}

/** The front-matter fields the data files publish: every field whose facts in the schema document it. */
type PublishedField = Exclude<keyof ArticleFrontMatter, 'draft' | 'aliases' | 'removed' | 'capture'>;

/** One change the archive made to the capture, every key present. */
export interface RemovalRecord {
  what: string;
  text: string | null;
  keptAs: KeptAsField | null;
}

/** The capture the archive keeps of an article: what a reader needs to fetch it and check it. */
export interface CaptureRecord {
  sha256: string;
  bytes: number;
  captured: string | null;
  url: string;
}

/** What the data files need of an article's capture, besides its front matter. */
export interface CaptureFacts {
  kind: CaptureKind;
  bytes: number;
}

/** A front-matter value as a record holds it: a list stays a list (empty when absent), anything else absent is null. */
type RecordValue<T> =
  NonNullable<T> extends readonly unknown[] ? NonNullable<T> : undefined extends T ? NonNullable<T> | null : T;

/** One article in `/data/articles.json` and one row of `/data/articles.csv`: its addresses, its front matter, its text. */
export type ArticleRecord = { slug: string; url: string; markdownUrl: string } & {
  [K in PublishedField]: RecordValue<ArticleFrontMatter[K]>;
} & { removed: RemovalRecord[]; capture: CaptureRecord | null; text: string };

/** The record's fields that are not front matter, documented here; the rest are documented beside the schema. */
const RECORD_OWN_DOCS = {
  slug: { type: 'string', meaning: 'The article’s file name, which is also its address.', whenAbsent: ALWAYS_PRESENT },
  url: { type: 'string (URL)', meaning: 'The article’s page in the archive.', whenAbsent: ALWAYS_PRESENT },
  markdownUrl: {
    type: 'string (URL)',
    meaning: 'The article’s Markdown file as the archive keeps it, front matter included.',
    whenAbsent: ALWAYS_PRESENT,
  },
  text: {
    type: 'string',
    meaning:
      'The article’s text as plain text, as its page shows it: paragraphs separated by a blank line, no markup. ' +
      'In articles.json only; articles.csv leaves it out (markdownUrl leads to it).',
    whenAbsent: ALWAYS_PRESENT,
  },
} satisfies Partial<Record<keyof ArticleRecord, DataFieldFacts>>;

/** The order of the record's fields and of the /data/ page: the addresses, the source's facts, the archive's, the text. */
export const ARTICLE_RECORD_FIELDS: readonly (keyof ArticleRecord)[] = [
  'slug',
  'url',
  'markdownUrl',
  'title',
  'description',
  'authors',
  'publication',
  'published',
  'updated',
  'added',
  'sourceUrl',
  'tags',
  'lang',
  'editorNote',
  'removed',
  'capture',
  'text',
];

const docOf = (name: keyof ArticleRecord): FieldDoc => {
  const facts = name in RECORD_OWN_DOCS ? RECORD_OWN_DOCS[name as keyof typeof RECORD_OWN_DOCS] : undefined;
  const data = facts ?? ARTICLE_FIELD_FACTS[name as keyof typeof ARTICLE_FIELD_FACTS].data;
  if (!data) throw new Error(`src/schema.ts: the published field "${name}" has no data documentation`);
  return { name, ...data };
};

/** Every field of an article record, in the order of the CSV's columns and of the /data/ page. */
export const ARTICLE_FIELD_DOCS: readonly (FieldDoc & { name: keyof ArticleRecord })[] = ARTICLE_RECORD_FIELDS.map(
  (name) => ({ ...docOf(name), name }),
);

/** Every field of a timeline event in `/data/timeline.json`. */
export const EVENT_FIELD_DOCS: readonly FieldDoc[] = [
  {
    name: 'id',
    type: 'string',
    meaning: '“e-”, the event’s date and the first words of its summary; changes only when those do.',
    whenAbsent: ALWAYS_PRESENT,
  },
  { name: 'url', type: 'string (URL)', meaning: 'The event on the timeline page.', whenAbsent: ALWAYS_PRESENT },
  {
    name: 'date',
    type: 'string (YYYY, YYYY-MM or YYYY-MM-DD)',
    meaning: 'The date as the sources state it, written only as precisely as they state it.',
    whenAbsent: ALWAYS_PRESENT,
  },
  {
    name: 'precision',
    type: '"year", "month" or "day"',
    meaning: 'How much of the date is stated.',
    whenAbsent: ALWAYS_PRESENT,
  },
  { name: 'summary', type: 'string', meaning: 'What happened, in one sentence.', whenAbsent: ALWAYS_PRESENT },
  {
    name: 'sources',
    type: 'array of objects',
    meaning: 'The archive’s articles that state the event, at least one; the fields below.',
    whenAbsent: ALWAYS_PRESENT,
  },
];

/** The fields that point from a record at one of the archive's articles; `slugField` names the slug's field. */
const articleReferenceDocs = (slugField: 'article' | 'slug'): FieldDoc[] => [
  { name: slugField, type: 'string', meaning: 'The article’s slug, as in articles.json.', whenAbsent: ALWAYS_PRESENT },
  { name: 'title', type: 'string', meaning: 'The article’s title.', whenAbsent: ALWAYS_PRESENT },
  { name: 'url', type: 'string (URL)', meaning: 'The article’s page.', whenAbsent: ALWAYS_PRESENT },
];

/** Every field of one source of a timeline event. */
export const EVENT_SOURCE_FIELD_DOCS: readonly FieldDoc[] = [
  ...articleReferenceDocs('article'),
  {
    name: 'passage',
    type: 'string or null',
    meaning: 'The id of the paragraph that states the event.',
    whenAbsent: 'null when the event cites the article as a whole.',
  },
  {
    name: 'passageUrl',
    type: 'string (URL) or null',
    meaning: 'That paragraph on the article’s page.',
    whenAbsent: 'null when passage is null.',
  },
];

/** Every field of an entity in `/data/entities.json`. */
export const ENTITY_FIELD_DOCS: readonly FieldDoc[] = [
  {
    name: 'slug',
    type: 'string',
    meaning: 'The entity’s file name, which is also its address.',
    whenAbsent: ALWAYS_PRESENT,
  },
  { name: 'url', type: 'string (URL)', meaning: 'The entity’s page in the archive.', whenAbsent: ALWAYS_PRESENT },
  { name: 'name', type: 'string', meaning: 'The full name, as the articles write it.', whenAbsent: ALWAYS_PRESENT },
  {
    name: 'kind',
    type: '"person", "organisation" or "report"',
    meaning: 'What the entity is.',
    whenAbsent: ALWAYS_PRESENT,
  },
  {
    name: 'aliases',
    type: 'array of strings',
    meaning: 'Other full names, abbreviations and transliterations, found wherever they appear.',
    whenAbsent: 'An empty array when there are none.',
  },
  {
    name: 'shortNames',
    type: 'array of strings',
    meaning: 'Short forms such as a surname, counted only in an article that also writes the full name.',
    whenAbsent: 'An empty array when there are none.',
  },
  {
    name: 'description',
    type: 'string',
    meaning: 'One line saying who or what it is, in the words of the article named in source.',
    whenAbsent: ALWAYS_PRESENT,
  },
  {
    name: 'source',
    type: 'object',
    meaning: 'The article the description is taken from: its slug and url.',
    whenAbsent: ALWAYS_PRESENT,
  },
  {
    name: 'mentionCount',
    type: 'number',
    meaning: 'How many times the published articles name it.',
    whenAbsent: ALWAYS_PRESENT,
  },
  {
    name: 'articles',
    type: 'array of objects',
    meaning: 'The articles that name it, newest first; the fields below.',
    whenAbsent: 'An empty array when no article names it.',
  },
];

/** Every field of one article that names an entity. */
export const ENTITY_ARTICLE_FIELD_DOCS: readonly FieldDoc[] = [
  ...articleReferenceDocs('slug'),
  { name: 'mentionCount', type: 'number', meaning: 'How many times the article names it.', whenAbsent: ALWAYS_PRESENT },
  {
    name: 'mentions',
    type: 'array of objects',
    meaning: 'Each sentence of the article that names it, once; the fields below.',
    whenAbsent: ALWAYS_PRESENT,
  },
];

/** Every field of one mention: a sentence that names an entity. */
export const MENTION_FIELD_DOCS: readonly FieldDoc[] = [
  {
    name: 'passage',
    type: 'string',
    meaning: 'The id of the paragraph that holds the sentence.',
    whenAbsent: ALWAYS_PRESENT,
  },
  { name: 'url', type: 'string (URL)', meaning: 'That paragraph on the article’s page.', whenAbsent: ALWAYS_PRESENT },
  { name: 'sentence', type: 'string', meaning: 'The sentence, as the article writes it.', whenAbsent: ALWAYS_PRESENT },
];

/** What every data file holds around its records. */
export const ENVELOPE_FIELD_DOCS: readonly FieldDoc[] = [
  { name: 'title', type: 'string', meaning: 'What the file holds.', whenAbsent: ALWAYS_PRESENT },
  { name: 'documentation', type: 'string (URL)', meaning: 'This page.', whenAbsent: ALWAYS_PRESENT },
  { name: 'count', type: 'number', meaning: 'How many records follow.', whenAbsent: ALWAYS_PRESENT },
];

/** The part of an article the data files need; collection entries fit it as they are. */
export interface DataArticle {
  id: string;
  data: ArticleFrontMatter;
}

/**
 * One article as the data files publish it, every field present (null or an empty list
 * where the source states nothing), with absolute addresses on `site`.
 */
export function articleRecord(
  { id, data }: DataArticle,
  text: string,
  site: URL | string,
  capture?: CaptureFacts,
): ArticleRecord {
  return {
    slug: id,
    url: absoluteUrl(articleUrl(id), site),
    markdownUrl: absoluteUrl(articleSourceUrl(id), site),
    title: data.title,
    description: data.description ?? null,
    authors: data.authors ?? [],
    publication: data.publication ?? null,
    published: data.published ?? null,
    updated: data.updated ?? null,
    added: data.added ?? null,
    sourceUrl: data.sourceUrl ?? null,
    tags: data.tags,
    lang: data.lang,
    editorNote: data.editorNote ?? null,
    removed: data.removed.map((change) => ({
      what: change.what,
      text: change.text ?? null,
      keptAs: change.keptAs ?? null,
    })),
    capture:
      data.capture && capture
        ? {
            sha256: data.capture.sha256,
            bytes: capture.bytes,
            captured: data.capture.captured ?? null,
            url: absoluteUrl(captureFileUrl(id, capture.kind), site),
          }
        : null,
    text,
  };
}

/** A data file's records with what they are and where they are documented. */
export function dataFile<T>(title: string, key: string, records: readonly T[], site: URL | string): string {
  const file = { title, documentation: absoluteUrl(dataIndexUrl(), site), count: records.length, [key]: records };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The columns of `/data/articles.csv`: every field of a record but the text. The text is most of a record's bytes,
 * articles.json and each article's Markdown file already hold it, and a spreadsheet is no place for it: Excel holds
 * at most 32,767 characters in a cell, fewer than a long article has.
 */
export const ARTICLE_CSV_FIELDS: readonly (keyof ArticleRecord)[] = ARTICLE_RECORD_FIELDS.filter(
  (name) => name !== 'text',
);

/** How a list is written in one CSV cell; the JSON keeps lists as arrays. */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * What a spreadsheet would run as a formula if a cell began with it: `=`, `+`, `-`, `@`, a tab or a carriage
 * return. A title or a sentence beginning "-" or "=" is ordinary text in the archive, but opened in Excel or
 * LibreOffice it could compute, or call out to another program.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text with a formula neutralised as OWASP's "CSV injection" page recommends: a single quote before the
 * first character, which spreadsheets take as "this is text" and do not show.
 * @example neutraliseFormula('=HYPERLINK("http://evil.example")') // '\'=HYPERLINK("http://evil.example")'
 */
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * A CSV file as RFC 4180 describes it: a header row, CRLF line ends, and a field quoted (with its quotes doubled)
 * only when it holds a comma, a quote or a line break. A field a spreadsheet would read as a formula is
 * neutralised first (`neutraliseFormula`).
 * @example toCsv([['a', 'b'], ['1, 2', 'say "hi"']]) // 'a,b\r\n"1, 2","say ""hi"""\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (raw: string): string => {
    const value = neutraliseFormula(raw);
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  };
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** `/data/articles.csv`: one row per article, the columns of `ARTICLE_CSV_FIELDS` in the record's order. */
export function articlesCsv(records: readonly ArticleRecord[]): string {
  const names = ARTICLE_CSV_FIELDS;
  // A cell holds text: a change to the capture is written as what it was (its exact text is in the JSON), and the
  // capture as its hash.
  const cell = (value: ArticleRecord[keyof ArticleRecord]): string => {
    if (value === null) return '';
    if (Array.isArray(value)) {
      return value
        .map((item: string | RemovalRecord) => (typeof item === 'string' ? item : item.what))
        .join(CSV_LIST_SEPARATOR);
    }
    return typeof value === 'string' ? value : value.sha256;
  };
  return toCsv([names, ...records.map((record) => names.map((name) => cell(record[name])))]);
}

/** One event of `/data/timeline.json`. */
export interface EventRecord {
  id: string;
  url: string;
  date: string;
  precision: DatePrecision;
  summary: string;
  sources: {
    article: string;
    title: string;
    url: string;
    passage: string | null;
    passageUrl: string | null;
  }[];
}

/** The timeline's events as `/data/timeline.json` publishes them, each source with its article's title. */
export function eventRecords(
  events: readonly CheckedEvent[],
  titles: ReadonlyMap<string, string>,
  site: URL | string,
): EventRecord[] {
  return events.map(({ id, date, precision, summary, sources }) => ({
    id,
    url: absoluteUrl(timelineEventUrl(id), site),
    date,
    precision,
    summary,
    sources: sources.map(({ article, passage }) => ({
      article,
      title: titles.get(article) ?? article,
      url: absoluteUrl(articleUrl(article), site),
      passage: passage ?? null,
      passageUrl: passage ? absoluteUrl(passageUrl(article, passage), site) : null,
    })),
  }));
}

function withoutAddedMarks<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter((child) => child.type !== 'element' || !isSiteMark(child))
    .map((child: RootContent) => (child.type === 'element' ? withoutAddedMarks(child) : child));
  return { ...node, children };
}

/**
 * Bump when `plainText` (or `isSiteMark`) changes what it makes of an article's HTML: builds keep its results. An
 * upgrade of the packages it parses with sets them aside without a bump (`src/feeds/open-data.ts`).
 */
export const PLAIN_TEXT_VERSION = '1';

/**
 * An article body's HTML as plain text, the way a browser would copy it: paragraphs
 * separated by a blank line, list items and table rows on lines of their own, and
 * none of the ¶ and # marks the site adds.
 * @example plainText('<p>One.</p><p>Two<a class="passage-anchor" href="#p">¶</a></p>') // 'One.\n\nTwo'
 */
export function plainText(html: string): string {
  return toText(withoutAddedMarks(fromHtml(html, { fragment: true }))).trim();
}
