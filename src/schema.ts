import { z } from 'astro/zod';
import { isValidSlug } from './lib/content/slugs';

/** Dates are kept as the text the editor wrote, so no time zone can shift a day. */
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted `2019-03-14` into a
 * Date at midnight UTC, and a quoted one stays a string: both are accepted and
 * both come out as the same string.
 */
const plainDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z')
      ? value.toISOString().slice(0, 10)
      : value,
  z.string().refine(isCalendarDate, { message: 'expected a date written YYYY-MM-DD' }),
);

/** `true` for a real calendar day written YYYY-MM-DD (so 2019-02-30 is refused). */
export function isCalendarDate(text: string): boolean {
  const match = PLAIN_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const nonEmptyText = z.string().trim().min(1);

/** A BCP 47 language tag as the archive writes one: a lowercase language, then optional subtags (`zh-CN`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The front-matter contract of an article in `content/articles/`. The build, the
 * `check:content` command and the tests all validate against this one schema.
 * Unknown keys are errors, so a misspelt field never vanishes silently.
 */
export const articleSchema = z
  .object({
    /** The headline as the source gives it; if the archive had to supply one, say so in `editorNote`. */
    title: nonEmptyText,
    /** One plain sentence shown in listings and link previews. */
    description: nonEmptyText.optional(),
    /** Authors as the source names them; leave out when the source names none. */
    authors: z.array(nonEmptyText).optional(),
    /** The outlet that published the text, only where the text itself shows it. */
    publication: nonEmptyText.optional(),
    /** The address the text was first published at. */
    sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** The date the source states it was published, YYYY-MM-DD; leave out when not stated. */
    published: plainDate.optional(),
    /** The date the source states it was last updated, YYYY-MM-DD. */
    updated: plainDate.optional(),
    /** The date the article entered the archive, YYYY-MM-DD; feeds date an article the source leaves undated by it. */
    added: plainDate.optional(),
    /** Topics, as words or short phrases. */
    tags: z.array(nonEmptyText).default([]),
    /**
     * The language the article is written in, as a BCP 47 tag (`en`, `zh-CN`, `zh-TW`). It sets the
     * page's `lang`, which decides how search splits the text into words.
     */
    lang: z.string().regex(LANGUAGE_TAG).default('en'),
    /** Former file names (slugs) of this article; each old address redirects to the current one. */
    aliases: z.array(z.string().refine(isValidSlug, { message: 'expected a slug' })).default([]),
    /** `true` keeps the article out of every page, listing and index. */
    draft: z.boolean().default(false),
    /** A note from the archive's editors shown above the article, for example about a supplied title. */
    editorNote: nonEmptyText.optional(),
    /**
     * What the archive removed from the source as page chrome (sign-up forms, social prompts, unrelated
     * headlines, widget text), one short phrase each; the importer fills it, and the article shows it.
     */
    removed: z.array(nonEmptyText).default([]),
  })
  .strict();

/** Front matter as an editor writes it. */
export type ArticleFrontMatterInput = z.input<typeof articleSchema>;
/** Front matter after validation, with defaults filled in. */
export type ArticleFrontMatter = z.output<typeof articleSchema>;
/** Every field an editor may write, in the order the README documents them. */
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape) as (keyof ArticleFrontMatter)[];

/** What an entity in `content/entities/` is; each kind is listed under its own heading on `/entities/`. */
export const ENTITY_KINDS = ['person', 'organisation', 'report'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * The contract of one person, organisation or report in `content/entities/`, one YAML file
 * each, named by its slug. Names are found in article text exactly as written here (capitals
 * count), so each spelling an article uses goes in `name`, `aliases` or `shortNames`.
 */
export const entitySchema = z
  .object({
    /** The full name, as the archive's articles write it; the entity page's heading. */
    name: nonEmptyText,
    /** `person`, `organisation` or `report`. */
    kind: z.enum(ENTITY_KINDS),
    /** Other full names, abbreviations and transliterations (`CCP`, `王立军`), found wherever they appear. */
    aliases: z.array(nonEmptyText).default([]),
    /** Short forms such as a surname (`Kilgour`), found only in an article that also writes the name or an alias. */
    shortNames: z.array(nonEmptyText).default([]),
    /** One line saying who or what this is, in the words an archive article uses; nothing the articles do not state. */
    description: nonEmptyText,
    /** The slug of the article the description is taken from (its file name without `.md`). */
    source: z.string().refine(isValidSlug, { message: 'expected an article slug' }),
  })
  .strict();

/** An entity file as an editor writes it. */
export type EntityInput = z.input<typeof entitySchema>;
/** An entity after validation, with defaults filled in. */
export type EntityData = z.output<typeof entitySchema>;
/** Every field an entity file may hold, in the order docs/editing.md lists them. */
export const ENTITY_FIELDS = Object.keys(entitySchema.shape) as (keyof EntityData)[];

/** How much of a timeline event's date its sources state: the year alone, the month, or the day. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How a date of each precision is written, and an example an editor can copy. */
const PRECISION_FORMATS: Record<DatePrecision, { pattern: RegExp; written: string; example: string }> = {
  year: { pattern: /^\d{4}$/, written: 'a year written YYYY', example: '2006' },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, written: 'a month written YYYY-MM', example: '2006-07' },
  day: { pattern: PLAIN_DATE, written: 'a real day written YYYY-MM-DD', example: '2012-02-06' },
};

/** `true` when `date` is written as `precision` asks, and (for a day) is a real calendar day. */
const matchesPrecision = (date: string, precision: DatePrecision): boolean =>
  PRECISION_FORMATS[precision].pattern.test(date) && (precision !== 'day' || isCalendarDate(date));

/** An article's file name (its slug), as `sources` and `article` name it. */
const articleSlug = z.string().refine(isValidSlug, { message: 'expected an article file name' });

/**
 * One source of a timeline event: an article's file name, or the article and the id of
 * the paragraph that states the event (the part after "#" in the paragraph's ¶ link).
 */
const timelineSourceSchema = z.union([
  articleSlug,
  z
    .object({
      /** The article's file name without `.md`. */
      article: articleSlug,
      /** The id of the paragraph, list item or quotation that states the event, such as `p-in-july-2006-former-1x2y3z4`. */
      passage: z.string().regex(/^p-[a-z0-9-]+$/, { message: 'expected a paragraph id' }),
    })
    .strict(),
]);

/**
 * One dated event of `content/timeline.yaml`. YAML reads `date: 2006` as a number;
 * it is taken as the text written, so the year is kept as stated.
 */
export const timelineEventSchema = z
  .object({
    /** The date as the sources state it, written to match `precision`: 2006, 2006-07 or 2012-02-06. */
    date: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string()),
    /** How much of the date the sources state: `year`, `month` or `day`. Never more than they say. */
    precision: z.enum(DATE_PRECISIONS),
    /** What happened, in one sentence that claims no more than the sources do. */
    summary: nonEmptyText,
    /** The archive's articles that state the event, at least one; drafts do not count. */
    sources: z.array(timelineSourceSchema).min(1),
  })
  .strict()
  .superRefine((event, context) => {
    if (!matchesPrecision(event.date, event.precision)) {
      const { written, example } = PRECISION_FORMATS[event.precision];
      context.addIssue({
        code: 'custom',
        path: ['date'],
        message: `must be ${written} for the precision "${event.precision}", for example ${example}`,
      });
    }
  });

/** A timeline event after validation. */
export type TimelineEvent = z.output<typeof timelineEventSchema>;
/** Every field a timeline event may have, in the order the docs list them. */
export const TIMELINE_EVENT_FIELDS = Object.keys(timelineEventSchema.shape) as (keyof TimelineEvent)[];

/**
 * The front matter of an editor's page in `content/pages/` (`about.md` is the About page): the archive's
 * own words, not a source's, so it has no provenance fields.
 */
export const editorPageSchema = z
  .object({
    /** The page's heading and the title of its tab. */
    title: nonEmptyText,
    /** One sentence for link previews and search engines. */
    description: nonEmptyText,
  })
  .strict();
