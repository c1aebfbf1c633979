/**
 * Sorting the lines of a source into headline, metadata, page chrome and article text. Plain text
 * is classified line by line; an HTML page's paragraphs go through the same rules as lines.
 */
import { parseByline } from './byline';
import { matchChromeRule, type ChromeRuleId } from './chrome-rules';
import {
  looksLikeHeadline,
  numericDateOrder,
  numericToIso,
  parseDateLine,
  publisherOf,
  type DateLine,
  type SourceDate,
} from './metadata';
import type { Finding, MovedText, Removal } from './types';

/** One line of the source: its number and its text without surrounding spaces. */
export interface SourceLine {
  number: number;
  text: string;
}

export type LineRole = 'blank' | 'headline' | 'body' | 'byline' | 'date' | 'chrome';

export interface ClassifiedLine extends SourceLine {
  role: LineRole;
}

export interface Classification {
  lines: ClassifiedLine[];
  found: Finding[];
  removals: Removal[];
  /** The lines that became front-matter fields: the headline line, bylines and dates. */
  moved: MovedText[];
  warnings: string[];
  headline?: string;
  bylineAtEnd: boolean;
}

type Dated = SourceLine & { parsed: DateLine & { kind: 'dated' }; field: 'published' | 'updated'; labelLine?: number };

/**
 * Classifies every line. `headline` is the headline when the caller already knows it (an HTML page's
 * `<h1>`); with `'first-line'` the first line is the headline when it reads like one.
 */
export function classifyLines(
  source: readonly SourceLine[],
  headline: 'first-line' | string | undefined,
): Classification {
  const lines: ClassifiedLine[] = source.map((line) => ({ ...line, role: line.text === '' ? 'blank' : 'body' }));
  const found: Finding[] = [];
  const moved: MovedText[] = [];
  const removals: Omit<Removal, 'afterArticle'>[] = [];
  const warnings: string[] = [];
  const nonBlank = lines.filter((line) => line.role !== 'blank');

  let title = headline === 'first-line' ? undefined : headline;
  const first = nonBlank[0];
  if (headline === 'first-line' && first && nonBlank.length > 1 && isHeadlineLine(first.text)) {
    first.role = 'headline';
    title = first.text;
    found.push({ field: 'title', value: first.text, lines: [first.number], how: 'headline line' });
    moved.push({ field: 'title', line: first.number, text: first.text, what: 'the headline' });
  }

  const authors: string[] = [];
  const bylineLines: number[] = [];
  const dated: Dated[] = [];
  let pendingUpdateLabel: ClassifiedLine | undefined;
  for (const line of nonBlank) {
    if (line.role !== 'body') continue;
    const dateLine = parseDateLine(line.text);
    if (dateLine?.kind === 'update-label') {
      line.role = 'date';
      pendingUpdateLabel = line;
      continue;
    }
    const labelLine = pendingUpdateLabel;
    pendingUpdateLabel = undefined;
    if (title !== undefined && line.text === title) {
      line.role = 'chrome';
      removals.push({ rule: 'repeated-headline', line: line.number, text: line.text });
      continue;
    }
    const names = parseByline(line.text);
    if (names) {
      line.role = 'byline';
      bylineLines.push(line.number);
      for (const name of names) if (!authors.includes(name)) authors.push(name);
      found.push({ field: 'authors', value: names, lines: [line.number], how: `byline "${line.text}"` });
      continue;
    }
    if (dateLine?.kind === 'dated') {
      const field = dateLine.label ?? (labelLine ? 'updated' : 'published');
      if (dated.some((other) => other.field === field)) {
        warnings.push(`line ${line.number}: a second ${field} date ("${line.text}") is kept in the text`);
        continue;
      }
      line.role = 'date';
      dated.push({ ...line, parsed: dateLine, field, ...(labelLine ? { labelLine: labelLine.number } : {}) });
      continue;
    }
    const rule = matchChromeRule(line.text);
    if (rule) {
      line.role = 'chrome';
      removals.push({ rule: rule.id as ChromeRuleId, line: line.number, text: line.text });
      const publisher = publisherOf(line.text);
      if (publisher && !found.some((finding) => finding.field === 'publication'))
        found.push({ field: 'publication', value: publisher, lines: [line.number], how: `sign-off "${line.text}"` });
    }
  }
  // An "Updated:" label with no date after it is text after all.
  for (const line of lines)
    if (line.role === 'date' && !dated.some((d) => d.labelLine === line.number || d.number === line.number))
      line.role = 'body';

  removals.push(...unrelatedHeadlines(lines));
  found.push(...readDates(dated, lines, removals, moved, warnings));

  const lastBody = lines.findLast((line) => line.role === 'body')?.number ?? 0;
  for (const line of lines)
    if (line.role === 'byline')
      moved.push({
        field: 'authors',
        line: line.number,
        text: line.text,
        what: line.number > lastBody ? 'the byline at the end of the text' : 'the byline',
      });
  return {
    lines,
    found,
    moved: moved.sort((a, b) => a.line - b.line),
    removals: removals
      .map((removal) => ({ ...removal, afterArticle: removal.line > lastBody }))
      .sort((a, b) => a.line - b.line),
    warnings,
    ...(title !== undefined ? { headline: title } : {}),
    bylineAtEnd: bylineLines.length > 0 && bylineLines.every((number) => number > lastBody),
  };
}

/** The first line is a headline when it reads like one and is neither a byline, a date nor chrome. */
function isHeadlineLine(text: string): boolean {
  return looksLikeHeadline(text) && !parseByline(text) && !parseDateLine(text) && !matchChromeRule(text);
}

/**
 * Headlines that follow the page's closing chrome (a sign-up form, a "Follow us" line) are links to
 * other articles. Only lines after the last chrome line count, and only when nothing but chrome,
 * metadata and such headlines follows it, so a short last paragraph of the article is never taken.
 */
function unrelatedHeadlines(lines: ClassifiedLine[]): Omit<Removal, 'afterArticle'>[] {
  const lastChrome = lines.findLastIndex((line) => line.role === 'chrome');
  if (lastChrome === -1) return [];
  const after = lines.slice(lastChrome + 1);
  if (!after.every((line) => line.role !== 'body' || looksLikeHeadline(line.text))) return [];
  return after
    .filter((line) => line.role === 'body')
    .map((line) => {
      line.role = 'chrome';
      return { rule: 'unrelated-headline' as const, line: line.number, text: line.text };
    });
}

/** Findings for the dated lines; numeric dates only when the source shows which order it uses. */
function readDates(
  dated: readonly Dated[],
  lines: ClassifiedLine[],
  removals: Omit<Removal, 'afterArticle'>[],
  moved: MovedText[],
  warnings: string[],
): Finding[] {
  const numeric = dated.flatMap((d) =>
    d.parsed.date.kind === 'numeric' ? [{ text: d.parsed.dateText, date: d.parsed.date }] : [],
  );
  const order = numeric.length > 0 ? numericDateOrder(numeric) : undefined;
  const findings: Finding[] = [];
  for (const d of dated) {
    const iso = isoOf(d.parsed.date, order);
    if (iso === undefined) {
      const problem = order && 'problem' in order ? order.problem : 'it is not a calendar date';
      warnings.push(
        `line ${d.number}: "${d.text}" is kept in the text and not used as the ${d.field} date: ${problem}; ` +
          `write "${d.field}" yourself if you know the date`,
      );
      for (const line of lines) if (line.number === d.number || line.number === d.labelLine) line.role = 'body';
      continue;
    }
    const how =
      `${d.labelLine !== undefined ? `label "Updated:" and ` : ''}date "${d.text}"` +
      (d.parsed.date.kind === 'numeric' && order && 'evidence' in order
        ? `, read ${order.order} (${order.evidence})`
        : '');
    findings.push({
      field: d.field,
      value: iso,
      lines: d.labelLine !== undefined ? [d.labelLine, d.number] : [d.number],
      how,
    });
    if (d.labelLine !== undefined) {
      const label = lines.find((line) => line.number === d.labelLine);
      if (label)
        moved.push({
          field: d.field,
          line: label.number,
          text: label.text,
          what: `the label of the ${DATE_NAMES[d.field]}`,
        });
    }
    moved.push({
      field: d.field,
      line: d.number,
      text: d.parsed.relative ? d.text.replace(d.parsed.relative, '').trim() : d.text,
      what: `the ${DATE_NAMES[d.field]}`,
    });
    if (d.parsed.relative)
      removals.push({
        rule: 'relative-date',
        line: d.number,
        text: d.parsed.relative,
        follows: DATE_NAMES[d.field],
      });
  }
  return findings;
}

const DATE_NAMES = { published: 'publication date', updated: 'update date' } as const;

function isoOf(date: SourceDate, order: ReturnType<typeof numericDateOrder> | undefined): string | undefined {
  if (date.kind === 'exact') return date.iso;
  return order && 'order' in order ? numericToIso(date, order.order) : undefined;
}
