/**
 * The report the editor reads after an import: what was read from where, what was removed and by
 * which rule, what changed form, and what is left to do. Plain text, one fact per line.
 */
import { chromeRule, plainSpaces } from './chrome-rules';
import { COMPOSED, type ImportReport, type ImportResult } from './article';

/**
 * Line numbers as a reader scans them.
 * @example lineList([3, 4, 5, 9]) // 'lines 3–5, 9'
 */
export function lineList(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    while (sorted[i + 1] === (sorted[i] as number) + 1) i++;
    ranges.push(start === sorted[i] ? `${start}` : `${start}–${sorted[i]}`);
  }
  return `${sorted.length === 1 ? 'line' : 'lines'} ${ranges.join(', ')}`;
}

const clip = (text: string, width = 70) => {
  const plain = plainSpaces(text);
  return plain.length > width ? `${plain.slice(0, width - 1).trimEnd()}…` : plain;
};
const pad = (text: string, width: number) => text.padEnd(width);
/** Longer removed texts are cut in the report; the front matter holds them whole. */
const MOST_QUOTED = 300;

/** The whole report for one file, ending with what happened to the article file. */
export function formatReport(result: ImportResult, outcome: string): string {
  const report = result.report;
  const heading = result.ok ? `${report?.file} → ${result.target}` : (report?.file ?? '');
  if (!report) return `${heading}\n  ${outcome}`;
  return [heading, ...sections(report), `  ${outcome}`].join('\n');
}

function sections(report: ImportReport): string[] {
  const { draft } = report;
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`  ${title}`, ...lines.map((line) => `    ${line}`));
  };
  if (report.decoding) section('Reading:', [report.decoding]);

  section(
    'Read from the source:',
    report.used.flatMap(({ field, value, from }) =>
      'option' in from
        ? []
        : [`${pad(field, 12)} ${pad(lineList(from.lines), 12)} ${from.how}: ${clip([value].flat().join(', '))}`],
    ),
  );
  section('Language:', [`${report.language.lang ?? 'en'} (${report.language.how})`]);
  section(
    'Supplied by you:',
    report.used.flatMap(({ field, value, from }) =>
      'option' in from && from.option.startsWith('--')
        ? [`${pad(field, 12)} ${pad(from.option, 14)} ${clip([value].flat().join(', '))}`]
        : [],
    ),
  );
  const removed = [
    ...draft.removals.map((removal) => {
      const rule = chromeRule(removal.rule);
      const what = removal.image
        ? `image ${removal.image.src}, captioned "${clip(removal.image.caption, 40)}"`
        : `"${clip(removal.text, 60)}"`;
      return { line: removal.line, text: `${what}  (${rule.id}: ${rule.reason})` };
    }),
    ...draft.droppedElements.map((element) => ({
      line: element.line,
      text: `${clip(element.element, 60)}  (${element.reason})`,
    })),
  ].sort((a, b) => a.line - b.line);
  section(
    'Removed as page chrome:',
    removed.map(({ line, text }) => `${pad(lineList([line]), 12)} ${text}`),
  );
  section(
    'Changed in form, words kept:',
    draft.changes.map((change) => `${pad(lineList(change.lines), 12)} ${change.what}`),
  );
  if (report.capture)
    section('Capture:', [
      `${report.capture.target}  ${report.capture.bytes.length.toLocaleString('en')} bytes  SHA-256 ${report.capture.sha256}` +
        (report.capture.replaces ? '  (replaces the capture of that name)' : ''),
    ]);
  if (report.removed)
    section(
      'Taken out of the capture, in its order (removed):',
      report.removed.length === 0
        ? ['nothing: the article is the capture’s text as it is']
        : report.removed.flatMap(({ what, text, keptAs }, i) => {
            const number = `${i + 1}. `;
            const quoted =
              text.length > MOST_QUOTED
                ? `"${text.slice(0, MOST_QUOTED)}…" (${text.length.toLocaleString('en')} characters in all, whole in the front matter)`
                : `"${text}"`;
            return [`${number}${what}${keptAs ? ` → ${keptAs}` : ''}`, `${' '.repeat(number.length)}${quoted}`];
          }),
    );
  section('Check:', draft.warnings);
  section('Still to fill in:', report.todo);
  const note = report.used.find((used) => 'option' in used.from && used.from.option === COMPOSED);
  if (note) section("Editor's note written:", [String(note.value)]);
  return out;
}
