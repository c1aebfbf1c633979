/** Dates are plain `YYYY-MM-DD` strings (see `src/schema.ts`); these helpers never involve a time zone. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What the site shows where the source states no date. */
export const DATE_NOT_STATED = 'Date not stated';

/**
 * A plain date as readers read it.
 * @example formatDate('2012-06-20') // '20 June 2012'
 */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** @example yearOf('2012-06-20') // 2012 */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * A date stated to a year, a month or a day (see `DATE_PRECISIONS` in `src/schema.ts`), as readers
 * read it, showing no more than was stated.
 * @example formatStatedDate('2006-07') // 'July 2006'
 * @example formatStatedDate('2006') // '2006'
 */
export function formatStatedDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return formatDate(date);
}
