/**
 * Reading what a line of source text states about the article: a byline, a date, a headline.
 * Each reader either recognises a whole line or returns `undefined`; none of them guesses.
 */
import { isCalendarDate } from '../../src/schema';
import { RELATIVE_DATE } from './chrome-rules';

/** Closing quotation marks, which do not end a sentence by themselves. */
const CLOSING_QUOTES = /["'’”»)]+$/;

/**
 * `true` when a line reads like a headline rather than a sentence: a few words, starting with a
 * capital letter (or a letter of a script without case, such as Chinese), a digit or a quotation
 * mark, and not ending in a full stop, comma, colon or
 * semicolon. A question or an exclamation ends a headline only where `allowQuestion` says so.
 * @example looksLikeHeadline('Skeptical About Organ Harvesting in China? Then Watch This') // true
 */
export function looksLikeHeadline(line: string, { maxWords = 20, allowQuestion = true } = {}): boolean {
  const text = line.trim();
  if (text === '' || text.length > 200 || text.split(/\s+/).length > maxWords) return false;
  if (!/^[\p{Lu}\p{Lo}\p{N}"'‘“(]/u.test(text)) return false;
  const ending = text.replace(CLOSING_QUOTES, '').slice(-1);
  if (/[.,;:。，；：]/.test(ending)) return false;
  return allowQuestion || !/[?!？！]/.test(ending);
}

/** A date as the source wrote it: exact, or in the numeric form whose order depends on the country. */
export type SourceDate =
  { kind: 'exact'; iso: string } | { kind: 'numeric'; first: number; second: number; year: number };

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_NAME})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})$`, 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-07-02` from its parts, or `undefined` for a day the calendar does not have. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/**
 * A whole piece of text read as a date, in the forms sources use.
 * @example parseDate('July 2, 2024') // { kind: 'exact', iso: '2024-07-02' }
 * @example parseDate('6/20/2012') // { kind: 'numeric', first: 6, second: 20, year: 2012 }
 */
export function parseDate(text: string): SourceDate | undefined {
  const value = text.trim();
  const monthNumber = (name: string) =>
    MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)];
  let match = MONTH_DAY_YEAR.exec(value);
  if (match) return exact(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(value);
  if (match) return exact(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]));
  match = ISO_DATE.exec(value);
  if (match) return exact(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC_DATE.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const possible = isoDate(year, first, second) ?? isoDate(year, second, first);
    return possible ? { kind: 'numeric', first, second, year } : undefined;
  }
  return undefined;
}

function exact(year: number, month: number | undefined, day: number): SourceDate | undefined {
  const iso = month === undefined ? undefined : isoDate(year, month, day);
  return iso ? { kind: 'exact', iso } : undefined;
}

/** What a line says about dates. */
export type DateLine =
  | { kind: 'dated'; label: 'published' | 'updated' | undefined; date: SourceDate; dateText: string; relative?: string }
  | { kind: 'update-label' };

const PUBLISHED_LABEL = /^(?:published|posted|first published)(?:\s+on)?\s*:?\s*/i;
const UPDATED_LABEL = /^(?:updated|last updated|modified|last modified)(?:\s+on)?\s*:?\s*/i;

/**
 * A line that is a date and nothing else: "6/20/2012", "Published: July 2, 2024 (3 weeks ago)", or the
 * label "Updated:" standing alone before the date on the next line.
 */
export function parseDateLine(line: string): DateLine | undefined {
  let rest = line.trim();
  if (/^(?:updated|last updated)\s*:?$/i.test(rest)) return { kind: 'update-label' };
  let label: 'published' | 'updated' | undefined;
  for (const [name, pattern] of [
    ['published', PUBLISHED_LABEL],
    ['updated', UPDATED_LABEL],
  ] as const) {
    const match = pattern.exec(rest);
    if (match && match[0] !== '') {
      label = name;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const relative = RELATIVE_DATE.exec(rest);
  const dateText = (relative ? rest.slice(0, relative.index) + rest.slice(relative.index + relative[0].length) : rest)
    .trim()
    .replace(/,$/, '');
  const date = parseDate(dateText);
  if (!date) return undefined;
  return { kind: 'dated', label, date, dateText, ...(relative ? { relative: relative[0] } : {}) };
}

/** The order of day and month in a source's numeric dates, or why it cannot be told. */
export type NumericOrder = { order: 'month-first' | 'day-first'; evidence: string } | { problem: string };

/**
 * Decides how to read a source's numeric dates from the dates themselves: "6/20/2012" can only be
 * month first, "20/6/2012" only day first. If every date could be read both ways, or the dates
 * disagree, the importer reads none of them.
 */
export function numericDateOrder(
  dates: readonly { text: string; date: SourceDate & { kind: 'numeric' } }[],
): NumericOrder {
  const monthFirst = dates.find(({ date }) => date.second > 12);
  const dayFirst = dates.find(({ date }) => date.first > 12);
  if (monthFirst && dayFirst)
    return {
      problem: `"${monthFirst.text}" puts the month first but "${dayFirst.text}" puts the day first`,
    };
  if (monthFirst) return { order: 'month-first', evidence: `"${monthFirst.text}" can only be month/day/year` };
  if (dayFirst) return { order: 'day-first', evidence: `"${dayFirst.text}" can only be day/month/year` };
  return {
    problem: `${dates.map(({ text }) => `"${text}"`).join(' and ')} could be month/day/year or day/month/year`,
  };
}

/** `2012-06-20` for a numeric date read in the given order. */
export function numericToIso(
  date: SourceDate & { kind: 'numeric' },
  order: 'month-first' | 'day-first',
): string | undefined {
  return order === 'month-first'
    ? isoDate(date.year, date.first, date.second)
    : isoDate(date.year, date.second, date.first);
}

/**
 * The publisher named by a sign-off line that states where it publishes.
 * @example publisherOf('The Epoch Times publishes in 35 countries and in 19 languages.') // 'The Epoch Times'
 */
export function publisherOf(line: string): string | undefined {
  return /^(\p{Lu}[^.!?]*?)\s+publishes in \d+ countries\b/u.exec(line.trim())?.[1];
}

/** Lower-case words without punctuation, for comparing wording. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * `true` when every word of `title` appears in `sentence`, in the same order: a title made from the
 * words of the opening sentence.
 */
export function isDrawnFrom(title: string, sentence: string): boolean {
  const source = words(sentence);
  let at = 0;
  for (const word of words(title)) {
    at = source.indexOf(word, at);
    if (at === -1) return false;
    at += 1;
  }
  return words(title).length > 0;
}

/**
 * `true` when the paragraph is a single sentence, so it can serve as the description as written.
 * @example isOneSentence('Gave U.S. officials files. Then left.') // false
 */
export function isOneSentence(paragraph: string): boolean {
  const segments = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(paragraph.trim())];
  return segments.length === 1 && /[.!?]["'’”)]*$/.test(paragraph.trim());
}
