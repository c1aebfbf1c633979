import { z } from 'astro/zod';
import { isValidSlug } from './lib/slugs';

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
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
      .default('en'),
    /** Former file names (slugs) of this article; each old address redirects to the current one. */
    aliases: z.array(z.string().refine(isValidSlug, { message: 'expected a slug' })).default([]),
    /** `true` keeps the article out of every page, listing and index. */
    draft: z.boolean().default(false),
    /** A note from the archive's editors shown above the article, for example about a supplied title. */
    editorNote: nonEmptyText.optional(),
  })
  .strict();

/** Front matter as an editor writes it. */
export type ArticleFrontMatterInput = z.input<typeof articleSchema>;
/** Front matter after validation, with defaults filled in. */
export type ArticleFrontMatter = z.output<typeof articleSchema>;
/** Every field an editor may write, in the order the README documents them. */
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape) as (keyof ArticleFrontMatter)[];
