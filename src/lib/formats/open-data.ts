import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { ArticleFrontMatter, DatePrecision } from '../../schema';
import type { CheckedEvent } from '../content/timeline';
import { absoluteUrl, articleSourceUrl, articleUrl, dataIndexUrl, passageUrl, timelineEventUrl } from '../site/urls';

/** What the documentation says of one field of a data file. */
export interface FieldDoc {
  name: string;
  /** The JSON type, as the /data/ page shows it. */
  type: string;
  meaning: string;
  /** What the field holds when the source states nothing, or "Always present." */
  whenAbsent: string;
}

/** One article in `/data/articles.json` and one row of `/data/articles.csv`. */
export interface ArticleRecord {
  slug: string;
  url: string;
  markdownUrl: string;
  title: string;
  description: string | null;
  authors: string[];
  publication: string | null;
  published: string | null;
  updated: string | null;
  added: string | null;
  sourceUrl: string | null;
  tags: string[];
  lang: string;
  editorNote: string | null;
  removed: string[];
  text: string;
}

const ALWAYS = 'Always present.';

/** Every field of an article record, in the order of the CSV's columns and of the /data/ page. */
export const ARTICLE_FIELD_DOCS: readonly (FieldDoc & { name: keyof ArticleRecord })[] = [
  { name: 'slug', type: 'string', meaning: 'The article’s file name, which is also its address.', whenAbsent: ALWAYS },
  { name: 'url', type: 'string (URL)', meaning: 'The article’s page in the archive.', whenAbsent: ALWAYS },
  {
    name: 'markdownUrl',
    type: 'string (URL)',
    meaning: 'The article’s Markdown file as the archive keeps it, front matter included.',
    whenAbsent: ALWAYS,
  },
  { name: 'title', type: 'string', meaning: 'The headline as the source gives it.', whenAbsent: ALWAYS },
  {
    name: 'description',
    type: 'string or null',
    meaning: 'One sentence for listings and link previews.',
    whenAbsent: 'null when the archive has none.',
  },
  {
    name: 'authors',
    type: 'array of strings',
    meaning: 'The authors as the source names them.',
    whenAbsent: 'An empty array when the source names nobody.',
  },
  {
    name: 'publication',
    type: 'string or null',
    meaning: 'The outlet that published the text, where the text shows it.',
    whenAbsent: 'null when the text names none.',
  },
  {
    name: 'published',
    type: 'string (YYYY-MM-DD) or null',
    meaning: 'The publication date the source states.',
    whenAbsent: 'null when the source states none; never guessed.',
  },
  {
    name: 'updated',
    type: 'string (YYYY-MM-DD) or null',
    meaning: 'The last update the source states.',
    whenAbsent: 'null when the source states none.',
  },
  {
    name: 'added',
    type: 'string (YYYY-MM-DD) or null',
    meaning: 'The day the article entered the archive; not a publication date.',
    whenAbsent: 'null when not recorded.',
  },
  {
    name: 'sourceUrl',
    type: 'string (URL) or null',
    meaning: 'The address the text was first published at.',
    whenAbsent: 'null when not recorded.',
  },
  {
    name: 'tags',
    type: 'array of strings',
    meaning: 'The archive’s topics for the article.',
    whenAbsent: 'An empty array when it has none.',
  },
  {
    name: 'lang',
    type: 'string (BCP 47)',
    meaning: 'The language the article is written in, such as en or zh-CN.',
    whenAbsent: ALWAYS,
  },
  {
    name: 'editorNote',
    type: 'string or null',
    meaning: 'The archive’s note on the text: a supplied title, facts the source does not state, doubts about claims.',
    whenAbsent: 'null when there is none.',
  },
  {
    name: 'removed',
    type: 'array of strings',
    meaning:
      'What the archive removed from the source as page chrome (sign-up lines, unrelated headlines), one phrase each.',
    whenAbsent: 'An empty array when nothing was recorded as removed.',
  },
  {
    name: 'text',
    type: 'string',
    meaning: 'The article’s text as plain text, as its page shows it: paragraphs separated by a blank line, no markup.',
    whenAbsent: ALWAYS,
  },
];

/** Every field of a timeline event in `/data/timeline.json`. */
export const EVENT_FIELD_DOCS: readonly FieldDoc[] = [
  {
    name: 'id',
    type: 'string',
    meaning: '“e-”, the event’s date and the first words of its summary; changes only when those do.',
    whenAbsent: ALWAYS,
  },
  { name: 'url', type: 'string (URL)', meaning: 'The event on the timeline page.', whenAbsent: ALWAYS },
  {
    name: 'date',
    type: 'string (YYYY, YYYY-MM or YYYY-MM-DD)',
    meaning: 'The date as the sources state it, written only as precisely as they state it.',
    whenAbsent: ALWAYS,
  },
  {
    name: 'precision',
    type: '"year", "month" or "day"',
    meaning: 'How much of the date is stated.',
    whenAbsent: ALWAYS,
  },
  { name: 'summary', type: 'string', meaning: 'What happened, in one sentence.', whenAbsent: ALWAYS },
  {
    name: 'sources',
    type: 'array of objects',
    meaning: 'The archive’s articles that state the event, at least one; the fields below.',
    whenAbsent: ALWAYS,
  },
];

/** Every field of one source of a timeline event. */
export const EVENT_SOURCE_FIELD_DOCS: readonly FieldDoc[] = [
  { name: 'article', type: 'string', meaning: 'The article’s slug, as in articles.json.', whenAbsent: ALWAYS },
  { name: 'title', type: 'string', meaning: 'The article’s title.', whenAbsent: ALWAYS },
  { name: 'url', type: 'string (URL)', meaning: 'The article’s page.', whenAbsent: ALWAYS },
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
  { name: 'slug', type: 'string', meaning: 'The entity’s file name, which is also its address.', whenAbsent: ALWAYS },
  { name: 'url', type: 'string (URL)', meaning: 'The entity’s page in the archive.', whenAbsent: ALWAYS },
  { name: 'name', type: 'string', meaning: 'The full name, as the articles write it.', whenAbsent: ALWAYS },
  { name: 'kind', type: '"person", "organisation" or "report"', meaning: 'What the entity is.', whenAbsent: ALWAYS },
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
    whenAbsent: ALWAYS,
  },
  {
    name: 'source',
    type: 'object',
    meaning: 'The article the description is taken from: its slug and url.',
    whenAbsent: ALWAYS,
  },
  {
    name: 'mentionCount',
    type: 'number',
    meaning: 'How many times the published articles name it.',
    whenAbsent: ALWAYS,
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
  { name: 'slug', type: 'string', meaning: 'The article’s slug, as in articles.json.', whenAbsent: ALWAYS },
  { name: 'title', type: 'string', meaning: 'The article’s title.', whenAbsent: ALWAYS },
  { name: 'url', type: 'string (URL)', meaning: 'The article’s page.', whenAbsent: ALWAYS },
  { name: 'mentionCount', type: 'number', meaning: 'How many times the article names it.', whenAbsent: ALWAYS },
  {
    name: 'mentions',
    type: 'array of objects',
    meaning: 'Each sentence of the article that names it, once; the fields below.',
    whenAbsent: ALWAYS,
  },
];

/** Every field of one mention: a sentence that names an entity. */
export const MENTION_FIELD_DOCS: readonly FieldDoc[] = [
  { name: 'passage', type: 'string', meaning: 'The id of the paragraph that holds the sentence.', whenAbsent: ALWAYS },
  { name: 'url', type: 'string (URL)', meaning: 'That paragraph on the article’s page.', whenAbsent: ALWAYS },
  { name: 'sentence', type: 'string', meaning: 'The sentence, as the article writes it.', whenAbsent: ALWAYS },
];

/** What every data file holds around its records. */
export const ENVELOPE_FIELD_DOCS: readonly FieldDoc[] = [
  { name: 'title', type: 'string', meaning: 'What the file holds.', whenAbsent: ALWAYS },
  { name: 'documentation', type: 'string (URL)', meaning: 'This page.', whenAbsent: ALWAYS },
  { name: 'count', type: 'number', meaning: 'How many records follow.', whenAbsent: ALWAYS },
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
export function articleRecord({ id, data }: DataArticle, text: string, site: URL | string): ArticleRecord {
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
    removed: data.removed,
    text,
  };
}

/** A data file's records with what they are and where they are documented. */
export function dataFile<T>(title: string, key: string, records: readonly T[], site: URL | string): string {
  const file = { title, documentation: absoluteUrl(dataIndexUrl(), site), count: records.length, [key]: records };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** How a list is written in one CSV cell; the JSON keeps lists as arrays. */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * A CSV file as RFC 4180 describes it: a header row, CRLF line ends, and a field quoted
 * (with its quotes doubled) only when it holds a comma, a quote or a line break.
 * @example toCsv([['a', 'b'], ['1, 2', 'say "hi"']]) // 'a,b\r\n"1, 2","say ""hi"""\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** `/data/articles.csv`: one row per article, the columns in `ARTICLE_FIELD_DOCS` order. */
export function articlesCsv(records: readonly ArticleRecord[]): string {
  const names = ARTICLE_FIELD_DOCS.map((doc) => doc.name);
  const cell = (value: ArticleRecord[keyof ArticleRecord]): string =>
    Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : (value ?? '');
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

/** Marks the site adds to an article's body that are not its text: link anchors and footnote back links. */
const isAddedMark = (element: Element): boolean => {
  const classes = element.properties.className;
  return (
    (Array.isArray(classes) && (classes.includes('passage-anchor') || classes.includes('heading-anchor'))) ||
    element.properties.dataFootnoteBackref !== undefined
  );
};

function withoutAddedMarks<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter((child) => child.type !== 'element' || !isAddedMark(child))
    .map((child: RootContent) => (child.type === 'element' ? withoutAddedMarks(child) : child));
  return { ...node, children };
}

/**
 * An article body's HTML as plain text, the way a browser would copy it: paragraphs
 * separated by a blank line, list items and table rows on lines of their own, and
 * none of the ¶ and # marks the site adds.
 * @example plainText('<p>One.</p><p>Two<a class="passage-anchor" href="#p">¶</a></p>') // 'One.\n\nTwo'
 */
export function plainText(html: string): string {
  return toText(withoutAddedMarks(fromHtml(html, { fragment: true }))).trim();
}
