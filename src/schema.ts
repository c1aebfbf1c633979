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

/** A line of text with something in it; a fresh schema each time, so each field carries its own facts. */
const nonEmptyText = () => z.string().trim().min(1);

/**
 * What the archive says of a field besides its rule, kept beside it: the "must be" phrase of its errors, and how the
 * open data files document it. Its meaning for an editor is the JSDoc line above it.
 */
export interface FieldFacts {
  /** What the field must be, phrased to follow "must be": `"published" must be a date written YYYY-MM-DD, …`. */
  mustBe: string;
  /** What each item of a list field must be, where that is more than a line of text. */
  itemMustBe?: string;
  /** How `/data/` documents the field; absent for a field the data files do not publish (`draft`, `aliases`). */
  data?: DataFieldFacts;
}

/** What the documentation of a data file says of one field. */
export interface DataFieldFacts {
  /** The JSON type, as the /data/ page shows it. */
  type: string;
  meaning: string;
  /** What the field holds when the source states nothing, or "Always present." */
  whenAbsent: string;
}

/** The facts of every field of the article, entity and timeline event schemas, looked up by the field's schema. */
export const fieldFacts = z.registry<FieldFacts>();

/** What a data field documents when it is never null or empty. */
export const ALWAYS_PRESENT = 'Always present.';

const DATE_EXAMPLE = 'a date written YYYY-MM-DD, for example 2019-03-14';

/** The front-matter fields a line of a capture can move into instead of the article's text. */
export const KEPT_AS_FIELDS = ['title', 'authors', 'publication', 'published', 'updated'] as const;
export type KeptAsField = (typeof KEPT_AS_FIELDS)[number];

/** A BCP 47 language tag as the archive writes one: a lowercase language, then optional subtags (`zh-Hans`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** One change the archive made to an article's capture, as the `removed` list records it. */
const changeToCapture = z
  .object({
    /** What the removed text was, for a reader: "the sign-up form after the article". */
    what: nonEmptyText(),
    /** The removed text exactly as the capture has it (white space and line breaks may differ). */
    text: nonEmptyText().optional(),
    /** The front-matter field the text moved into, when it was metadata rather than page chrome. */
    keptAs: z.enum(KEPT_AS_FIELDS).optional(),
  })
  .strict();
export type ChangeToCapture = z.output<typeof changeToCapture>;

/**
 * The front-matter contract of an article in `content/articles/`. The build, the
 * `check:content` command and the tests all validate against this one schema.
 * Unknown keys are errors, so a misspelt field never vanishes silently.
 */
export const articleSchema = z
  .object({
    /** The headline as the source gives it; if the archive had to supply one, say so in `editorNote`. */
    title: nonEmptyText().register(fieldFacts, {
      mustBe: 'the headline as text',
      data: { type: 'string', meaning: 'The headline as the source gives it.', whenAbsent: ALWAYS_PRESENT },
    }),
    /** One plain sentence shown in listings and link previews. */
    description: nonEmptyText()
      .optional()
      .register(fieldFacts, {
        mustBe: 'one line of text',
        data: {
          type: 'string or null',
          meaning: 'One sentence for listings and link previews.',
          whenAbsent: 'null when the archive has none.',
        },
      }),
    /** Authors as the source names them; leave out when the source names none. */
    authors: z
      .array(nonEmptyText())
      .optional()
      .register(fieldFacts, {
        mustBe: 'a list of names, for example [Petr Svab]',
        data: {
          type: 'array of strings',
          meaning: 'The authors as the source names them.',
          whenAbsent: 'An empty array when the source names nobody.',
        },
      }),
    /** The outlet that published the text, only where the text itself shows it. */
    publication: nonEmptyText()
      .optional()
      .register(fieldFacts, {
        mustBe: 'the name of the outlet as text',
        data: {
          type: 'string or null',
          meaning: 'The outlet that published the text, where the text shows it.',
          whenAbsent: 'null when the text names none.',
        },
      }),
    /** The address the text was first published at. */
    sourceUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .register(fieldFacts, {
        mustBe: 'a full web address starting with http:// or https://',
        data: {
          type: 'string (URL) or null',
          meaning: 'The address the text was first published at.',
          whenAbsent: 'null when not recorded.',
        },
      }),
    /** The date the source states it was published, YYYY-MM-DD; leave out when not stated. */
    published: plainDate.optional().register(fieldFacts, {
      mustBe: DATE_EXAMPLE,
      data: {
        type: 'string (YYYY-MM-DD) or null',
        meaning: 'The publication date the source states.',
        whenAbsent: 'null when the source states none; never guessed.',
      },
    }),
    /** The date the source states it was last updated, YYYY-MM-DD. */
    updated: plainDate.optional().register(fieldFacts, {
      mustBe: DATE_EXAMPLE,
      data: {
        type: 'string (YYYY-MM-DD) or null',
        meaning: 'The last update the source states.',
        whenAbsent: 'null when the source states none.',
      },
    }),
    /** The date the article entered the archive, YYYY-MM-DD; feeds date an article the source leaves undated by it. */
    added: plainDate.optional().register(fieldFacts, {
      mustBe: 'the date the article entered the archive, written YYYY-MM-DD, for example 2026-11-20',
      data: {
        type: 'string (YYYY-MM-DD) or null',
        meaning: 'The day the article entered the archive; not a publication date.',
        whenAbsent: 'null when not recorded.',
      },
    }),
    /** Topics, as words or short phrases. */
    tags: z
      .array(nonEmptyText())
      .default([])
      .register(fieldFacts, {
        mustBe: 'a list, for example [organ harvesting, Falun Gong]',
        data: {
          type: 'array of strings',
          meaning: 'The archive’s topics for the article.',
          whenAbsent: 'An empty array when it has none.',
        },
      }),
    /**
     * The language the article is written in, as a BCP 47 tag (`en`, `zh-Hans`, `zh-Hant`). It sets the
     * page's `lang`, which decides how search splits the text into words. Left out, the build reads it from the
     * text (`articleLanguage` in src/lib/content/languages.ts); the default here only stands for English text.
     */
    lang: z
      .string()
      .regex(LANGUAGE_TAG)
      .default('en')
      .register(fieldFacts, {
        mustBe: 'a language code such as en, zh-Hans (Simplified Chinese) or zh-Hant (Traditional Chinese)',
        data: {
          type: 'string (BCP 47)',
          meaning:
            'The language the article is written in, such as en, zh-Hans or zh-Hant: as its front matter states it, or else as its text shows it.',
          whenAbsent: ALWAYS_PRESENT,
        },
      }),
    /** Former file names (slugs) of this article; each old address redirects to the current one. */
    aliases: z
      .array(z.string().refine(isValidSlug, { message: 'expected a slug' }))
      .default([])
      .register(fieldFacts, {
        mustBe: 'a list of the file names the article had before, for example [wang-lijun-organ-files]',
        itemMustBe:
          'a former file name without ".md": lowercase letters, digits and single hyphens, for example wang-lijun-organ-files',
      }),
    /** `true` keeps the article out of every page, listing and index. */
    draft: z.boolean().default(false).register(fieldFacts, { mustBe: 'true or false' }),
    /** A note from the archive's editors shown above the article, for example about a supplied title. */
    editorNote: nonEmptyText()
      .optional()
      .register(fieldFacts, {
        mustBe: 'text',
        data: {
          type: 'string or null',
          meaning:
            'The archive’s note on the text: a supplied title, facts the source does not state, doubts about claims.',
          whenAbsent: 'null when there is none.',
        },
      }),
    /**
     * Every difference between the original capture and the article's text, in the capture's order: page chrome
     * the archive removed (sign-up forms, social prompts, unrelated headlines, widget text) and lines moved into the
     * front matter (the headline, the byline, the dates). Each entry says what it was (`what`) and, where the
     * article keeps its capture, the exact text taken out (`text`) and the field it moved into (`keptAs`); a plain
     * phrase is enough for an article without a capture. The build checks the list against the capture.
     */
    removed: z
      .array(z.union([nonEmptyText().transform((what): ChangeToCapture => ({ what })), changeToCapture]))
      .default([])
      .register(fieldFacts, {
        mustBe:
          'a list of the changes to the capture, each a phrase or "what:" with the exact "text:" removed, for example [{ what: a sign-up form, text: Sign up to receive our latest news! }]',
        itemMustBe: `a phrase, or "what:" with optional "text:" and "keptAs:" (one of ${KEPT_AS_FIELDS.join(', ')})`,
        data: {
          type: 'array of objects {what, text, keptAs}',
          meaning:
            'Every change the archive made to the capture: what it was, the exact text taken out (null when not recorded), and the field it moved into (null for page chrome).',
          whenAbsent: 'An empty array when nothing was recorded as removed.',
        },
      }),
    /**
     * The original capture kept in `content/captures/` under the article's file name (`<slug>.txt` or
     * `<slug>.html`): its SHA-256, which the build checks, and the day it was collected when known.
     */
    capture: z
      .object({
        /** The capture file's SHA-256, 64 hexadecimal digits, as `sha256sum` prints it. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'expected 64 lowercase hexadecimal digits' }),
        /** The day the capture was collected, YYYY-MM-DD, when known. */
        captured: plainDate.optional(),
      })
      .strict()
      .optional()
      .register(fieldFacts, {
        mustBe:
          'the capture\'s record: "sha256:" with the 64 hexadecimal digits sha256sum prints for content/captures/<file name>.txt, and optionally "captured:" with a date written YYYY-MM-DD',
        data: {
          type: 'object {sha256, bytes, captured, url} or null',
          meaning:
            'The original capture the archive keeps: its SHA-256, its size in bytes, the day it was collected (null when not known) and its address.',
          whenAbsent: 'null when the archive kept no capture.',
        },
      }),
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
    name: nonEmptyText().register(fieldFacts, { mustBe: 'the full name as the articles write it' }),
    /** `person`, `organisation` or `report`. */
    kind: z
      .enum(ENTITY_KINDS)
      .register(fieldFacts, { mustBe: ENTITY_KINDS.join(', ').replace(/, (?=[^,]+$)/, ' or ') }),
    /** Other full names, abbreviations and transliterations (`CCP`, `王立军`), found wherever they appear. */
    aliases: z.array(nonEmptyText()).default([]).register(fieldFacts, {
      mustBe: 'a list of other names, for example [CCP, Communist Party of China]',
    }),
    /** Short forms such as a surname (`Kilgour`), found only in an article that also writes the name or an alias. */
    shortNames: z.array(nonEmptyText()).default([]).register(fieldFacts, {
      mustBe: 'a list of short forms such as a surname, for example [Kilgour]',
    }),
    /** One line saying who or what this is, in the words an archive article uses; nothing the articles do not state. */
    description: nonEmptyText().register(fieldFacts, {
      mustBe: 'one line of text taken from what an archive article states',
    }),
    /** The slug of the article the description is taken from (its file name without `.md`). */
    source: z.string().refine(isValidSlug, { message: 'expected an article slug' }).register(fieldFacts, {
      mustBe:
        'the file name (without .md) of the archive article the description comes from, for example wang-lijun-organ-harvest-files',
    }),
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
    date: z
      .preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string())
      .register(fieldFacts, {
        mustBe: 'the date as the sources state it, written 2006, 2006-07 or 2012-02-06 to match "precision"',
      }),
    /** How much of the date the sources state: `year`, `month` or `day`. Never more than they say. */
    precision: z.enum(DATE_PRECISIONS).register(fieldFacts, {
      mustBe: 'how much of the date the sources state: year, month or day',
    }),
    /** What happened, in one sentence that claims no more than the sources do. */
    summary: nonEmptyText().register(fieldFacts, { mustBe: 'one sentence saying what happened' }),
    /** The archive's articles that state the event, at least one; drafts do not count. */
    sources: z.array(timelineSourceSchema).min(1).register(fieldFacts, {
      mustBe: 'a list of the articles that state the event, for example [wang-lijun-organ-harvest-files]',
    }),
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
 * The facts of every field of an object schema, by field name. Every field must carry them: a field added without
 * its "must be" phrase stops the build here, naming it, rather than giving an editor an error that says nothing.
 */
function factsOf<T extends z.ZodRawShape>(shape: T): Record<keyof T & string, FieldFacts> {
  return Object.fromEntries(
    Object.entries(shape).map(([field, schema]) => {
      const facts = fieldFacts.get(schema);
      if (!facts) throw new Error(`src/schema.ts: the field "${field}" has no facts; register them with fieldFacts`);
      return [field, facts];
    }),
  ) as Record<keyof T & string, FieldFacts>;
}

/** Each article field's facts: its errors' wording and its open data documentation. */
export const ARTICLE_FIELD_FACTS = factsOf(articleSchema.shape);
/** Each entity field's facts. */
export const ENTITY_FIELD_FACTS = factsOf(entitySchema.shape);
/** Each timeline event field's facts. */
export const TIMELINE_EVENT_FIELD_FACTS = factsOf(timelineEventSchema.shape);

/**
 * The front matter of an editor's page in `content/pages/` (`about.md` is the About page): the archive's
 * own words, not a source's, so it has no provenance fields.
 */
export const editorPageSchema = z
  .object({
    /** The page's heading and the title of its tab. */
    title: nonEmptyText(),
    /** One sentence for link previews and search engines. */
    description: nonEmptyText(),
  })
  .strict();
