/**
 * Turns the measured numbers into `bench/results.md`: a table per corpus size,
 * the targets of the scale issue (#13) and of the page-weight issue (#7) with what
 * was measured against each, how each figure grows with the archive, and the notes
 * a person wrote below the `<!-- notes -->` line, kept from the previous file.
 */
import type { CorpusKind } from './corpus';
import { CATEGORIES } from './lighthouse';
import type { PageWeight, Weight } from './page-weight';
import type { MarkdownCost } from './markdown-cost';
import type { BenchResults, BuildMeasure, SiteMeasure, SizeResult } from './results';

/** The limits of issue 13, for a build of 10,000 articles on two cores. */
export const LIMITS = {
  /** Wall time of a rebuild after one article's text changed, with the caches a CI job keeps. */
  incrementalMs: 60_000,
  /** First build's CPU time per article, as a multiple of the floor's. */
  cpuRatio: 2,
  /** Peak resident memory of the whole build, every process included. */
  peakBytes: 4 * 1024 ** 3,
  /** What common static hosts accept for a whole site. */
  distBytes: 400 * 1024 ** 2,
  /** From the last keystroke to the first result shown, the search box's own wait included. */
  searchMs: 400,
  /** Everything fetched from opening /search/ to the first results. */
  searchBytes: 250 * 1024,
  /** The largest archive that must build to completion on the benchmark machine. */
  largestSize: 30_000,
} as const;

/** Everything below this line in results.md is written by hand and survives a new run. */
export const NOTES_MARKER = '<!-- notes: everything below this line is kept when npm run bench rewrites the file -->';

const KB = 1024;

/**
 * Bytes in binary units, to three significant figures.
 * @example formatBytes(1536) // '1.50 KB'
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= KB && unit < units.length - 1) {
    value /= KB;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${units[unit]}`;
}

/**
 * A duration as a person reads it.
 * @example formatMs(950) // '950 ms'
 * @example formatMs(12_345) // '12.3 s'
 * @example formatMs(252_000) // '4 min 12 s'
 */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** @example formatRatio(3, 2) // '1.50×' */
export const formatRatio = (value: number, base: number): string => (base > 0 ? `${(value / base).toFixed(2)}×` : '–');

/** @example formatCount(10000) // '10,000' */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** @example formatLoad([3.14159, 2, 1]) // '3.14, 2.00, 1.00' */
export const formatLoad = (load: readonly number[]): string => load.map((value) => value.toFixed(2)).join(', ');

/** @example formatCores(1.234) // '1.23' */
export const formatCores = (cores: number): string => cores.toFixed(2);

const rawAndGzip = (w: Weight): string => `${formatBytes(w.raw)} / ${formatBytes(w.gzip)}`;

/** A Markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One verdict on a target of the issue. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** What "fetched for a first query" counts: everything from opening /search/ until the first results show. */
export const firstQueryBytes = (q: { pageBytes: number; queryBytes: number }): number => q.pageBytes + q.queryBytes;

/** The article page's HTML without its text, plus its CSS, gzipped: the part the 20 KB budget covers. */
export const articleChrome = (w: PageWeight): number => w.chrome.gzip + w.css.gzip;

/** The targets of issues 13 and 7 that one size's numbers can decide, each with the measured value. */
export function targetChecks(result: SizeResult, all: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { project, projectRebuild: rebuild, projectIncremental: incremental, reference } = result;
  if (incremental) {
    const shows = incremental.editOnPage && incremental.editInSearchIndex;
    checks.push({
      target: 'One edit republishes in at most 60 s (caches kept, search index included)',
      measured:
        `${formatMs(incremental.totalMs)}; ${formatCount(incremental.pathsReused)} of ` +
        `${formatCount(incremental.pathsWritten)} pages and files reused; the edit ` +
        (shows
          ? 'is on its page and in the search index'
          : `is ${incremental.editOnPage ? '' : 'not '}on its page and ${incremental.editInSearchIndex ? '' : 'not '}in the search index`),
      met: incremental.totalMs <= LIMITS.incrementalMs && shows,
    });
  }
  if (reference)
    checks.push({
      target: 'First build: CPU time per article at most 2× the floor’s',
      // Both sites build the same published articles, so the ratio of their CPU times is the ratio per article.
      measured:
        `${formatRatio(project.cpuSeconds, reference.cpuSeconds)} ` +
        `(${formatMs((1000 * project.cpuSeconds) / result.published)} against ` +
        `${formatMs((1000 * reference.cpuSeconds) / result.published)}; wall time ${formatRatio(project.totalMs, reference.totalMs)})`,
      met: project.cpuSeconds <= LIMITS.cpuRatio * reference.cpuSeconds,
    });
  const peaks = [
    ['first build', project.peakRssBytes],
    ...(incremental ? [['after one edit', incremental.peakRssBytes] as const] : []),
    ...(rebuild ? [['rebuild', rebuild.peakRssBytes] as const] : []),
  ] as const;
  checks.push(
    {
      target: 'Peak memory at most 4 GB, whole process tree',
      measured: peaks.map(([label, bytes]) => `${label} ${formatBytes(bytes)}`).join('; '),
      met: peaks.every(([, bytes]) => bytes <= LIMITS.peakBytes),
    },
    {
      target: 'dist/ at most 400 MB (file count reported)',
      measured: `${formatBytes(project.distBytes)} in ${formatCount(project.distFiles ?? 0)} files`,
      met: project.distBytes <= LIMITS.distBytes,
    },
  );
  // Compared with the next smaller corpus, kind by kind. A listing is compared only once the smaller corpus filled its
  // first page (it had a second one): until then a listing grows by design, up to its page size.
  const previous = all.filter((other) => other.size < result.size).at(-1);
  if (previous) {
    const compared = result.pages.flatMap((page) => {
      const before = previous.pages.find((p) => p.label === page.label);
      return before && before.paginated !== false ? [{ page, before }] : [];
    });
    const notYetFull = previous.pages.filter((p) => p.paginated === false).map((p) => p.label);
    // Pages are compared without article text, and 10% allows for longer titles and names.
    const grew = compared.filter(({ page, before }) => page.weight.chrome.raw > 1.1 * before.weight.chrome.raw);
    const unfilled =
      notYetFull.length > 0
        ? `; not compared, no second page yet at ${formatCount(previous.size)}: ${notYetFull.join(', ')}`
        : '';
    checks.push({
      target: 'No page grows with the number of articles',
      measured:
        grew.length === 0
          ? `largest HTML page ${formatBytes(previous.project.largestHtml.bytes)} at ${formatCount(previous.size)}, ` +
            `${formatBytes(project.largestHtml.bytes)} at ${formatCount(result.size)}${unfilled}`
          : `grew since ${formatCount(previous.size)}: ${grew.map(({ page }) => `${page.label} (${page.path})`).join(', ')}${unfilled}`,
      met: grew.length === 0,
    });
  }
  const article = result.pages.find((p) => p.label === 'article');
  if (article) {
    const w = article.weight;
    checks.push(
      {
        target: 'Article: HTML + CSS under 20 KB gzip without its text',
        measured: formatBytes(articleChrome(w)),
        met: articleChrome(w) < 20 * KB,
      },
      {
        target: 'Article: one deferred script file (copying), at most 2 KB gzip with the inline search check',
        measured: `${w.jsFiles} files, ${w.inlineScripts} inline (${formatBytes(w.js.gzip)} gzip)`,
        met: w.jsFiles <= 1 && w.js.gzip <= 2 * KB,
      },
      {
        target: 'Article: CSS in one cacheable file',
        measured: `${w.cssFiles} file(s), ${w.inlineStyles} inline <style>`,
        met: w.cssFiles === 1 && w.inlineStyles === 0,
      },
    );
  }
  if (result.search && result.search.length > 0) {
    const most = Math.max(...result.search.map(firstQueryBytes));
    const slowest = Math.max(...result.search.map((q) => q.msToFirstResult));
    checks.push(
      {
        target: 'Search: first results at most 400 ms after the last keystroke',
        measured: `up to ${formatMs(slowest)}`,
        met: slowest <= LIMITS.searchMs,
      },
      {
        target: 'Search: at most 250 KB fetched for a first query',
        measured: `up to ${formatBytes(most)}`,
        met: most <= LIMITS.searchBytes,
      },
    );
  }
  if (result.lighthouse && result.lighthouse.length > 0) {
    const lowest = Math.min(...result.lighthouse.flatMap((p) => CATEGORIES.map((c) => p.scores[c])));
    checks.push({
      target: 'Lighthouse 100 in all four, three pages',
      measured: `lowest ${lowest}`,
      met: lowest === 100,
    });
  }
  return checks;
}

/**
 * The peak of the programs whose name starts with one of `prefixes`. Linux cuts names to 15 characters
 * (`pagefind_extend`), and Node 24 names its process after its main thread (`MainThread`).
 * @example programPeak({ peakRssByProgram: { pagefind_extend: 5 } }, 'pagefind') // 5
 */
export const programPeak = (b: Pick<BuildMeasure, 'peakRssByProgram'>, ...prefixes: string[]): number =>
  Math.max(
    0,
    ...Object.entries(b.peakRssByProgram ?? {})
      .filter(([name]) => prefixes.some((prefix) => name.startsWith(prefix)))
      .map(([, rss]) => rss),
  );

/** One column of the build table: a heading and the build it shows, if it was measured. */
interface BuildColumn {
  heading: string;
  build?: BuildMeasure;
}

/** The build table's rows: times and memory for each column, and each build's ratio to the floor. */
export function buildTable(
  columns: readonly BuildColumn[],
  floor: BuildMeasure | undefined,
  published: number,
): string {
  const shown = columns.filter((c): c is Required<BuildColumn> => c.build !== undefined);
  const row = (label: string, pick: (b: BuildMeasure) => number, format: (n: number) => string) => [
    label,
    ...shown.map((c) => format(pick(c.build))),
  ];
  const rows = [
    row('Build, total', (b) => b.totalMs, formatMs),
    row('– Astro', (b) => b.astroMs, formatMs),
    row('– Pagefind', (b) => b.pagefindMs, formatMs),
    row('Per published article', (b) => b.totalMs / published, formatMs),
    row('Peak memory, whole build', (b) => b.peakRssBytes, formatBytes),
    row('– Astro (Node) at its peak', (b) => programPeak(b, 'node', 'MainThread'), formatBytes),
    row('– Pagefind at its peak', (b) => programPeak(b, 'pagefind'), formatBytes),
    row('CPU time, this build', (b) => 1000 * b.cpuSeconds, formatMs),
    row('CPU time per published article', (b) => (1000 * b.cpuSeconds) / published, formatMs),
    row(
      'Load average, mean while building',
      (b) => b.meanLoad,
      (n) => n.toFixed(2),
    ),
    row('CPU, this build (cores on average)', (b) => (1000 * b.cpuSeconds) / b.totalMs, formatCores),
    row(
      'CPU, everything else (cores on average)',
      (b) => (1000 * Math.max(0, b.machineCpuSeconds - b.cpuSeconds)) / b.totalMs,
      formatCores,
    ),
  ];
  if (floor)
    rows.push(
      ['Time ÷ floor’s', ...shown.map((c) => formatRatio(c.build.totalMs, floor.totalMs))],
      ['CPU time ÷ floor’s', ...shown.map((c) => formatRatio(c.build.cpuSeconds, floor.cpuSeconds))],
      ['Peak memory ÷ floor’s', ...shown.map((c) => formatRatio(c.build.peakRssBytes, floor.peakRssBytes))],
    );
  return table(['', ...shown.map((c) => c.heading)], rows);
}

/** Sizes of what a build wrote, for the archive and the floor. */
function outputTable(project: SiteMeasure, floor: SiteMeasure | undefined): string {
  const both = (label: string, pick: (s: SiteMeasure) => string) => [label, pick(project), floor ? pick(floor) : '–'];
  const file = (f: { path: string; bytes: number }) => (f.path ? `${formatBytes(f.bytes)} (${f.path})` : '–');
  return table(
    ['', 'Archive', 'Floor'],
    [
      both('Pages built', (s) => formatCount(s.pages)),
      both('HTML files', (s) => formatCount(s.htmlFiles)),
      both('dist/', (s) => formatBytes(s.distBytes)),
      both('Files in dist/', (s) => (s.distFiles === undefined ? '–' : formatCount(s.distFiles))),
      both('Pagefind index (dist/pagefind/)', (s) => formatBytes(s.pagefindBytes)),
      both('Largest HTML page', (s) => file(s.largestHtml)),
      both('The site’s feed (rss.xml)', (s) => (s.feedBytes ? formatBytes(s.feedBytes) : '–')),
      both('Largest feed', (s) => file(s.largestFeed)),
    ],
  );
}

function sizeSection(result: SizeResult, all: readonly SizeResult[]): string {
  const { project, projectRebuild, reference, projectSatteri } = result;
  const parts: string[] = [`## ${formatCount(result.size)} articles (${formatCount(result.published)} published)`];
  parts.push(
    buildTable(
      [
        { heading: 'Archive, first build', build: project },
        { heading: 'Archive, after one edit (caches kept)', build: result.projectIncremental },
        { heading: 'Archive, rebuild (cards cached)', build: projectRebuild },
        { heading: 'Archive with Sätteri (cards cached)', build: projectSatteri },
        { heading: 'Floor (bench/reference)', build: reference },
      ],
      reference,
      result.published,
    ),
    outputTable(project, reference),
  );

  parts.push(
    '### Page weights',
    table(
      ['Page (largest of its kind)', 'HTML raw / gzip', 'CSS gzip', 'JS gzip', 'HTML without article text + CSS, gzip'],
      result.pages.map(({ label, path, weight: w }) => [
        `${label} (${path})`,
        rawAndGzip(w.html),
        `${formatBytes(w.css.gzip)} (${w.cssFiles} file${w.cssFiles === 1 ? '' : 's'}, ${w.inlineStyles} inline)`,
        `${formatBytes(w.js.gzip)} (${w.jsFiles} file${w.jsFiles === 1 ? '' : 's'}, ${w.inlineScripts} inline)`,
        label === 'article' ? formatBytes(articleChrome(w)) : '–',
      ]),
    ),
  );

  const first = result.search?.[0];
  if (result.search && first) {
    parts.push(
      '### Search in Chromium, a first visit to /search/ with an empty cache',
      table(
        ['Query', 'Pagefind said', 'Last keystroke → first result', 'Page load', 'Query', 'Total fetched'],
        result.search.map((q) => [
          `\`${q.query}\``,
          q.summary,
          formatMs(q.msToFirstResult),
          formatBytes(q.pageBytes),
          formatBytes(q.queryBytes),
          formatBytes(firstQueryBytes(q)),
        ]),
      ),
    );
    parts.push(
      `Every file fetched for \`${first.query}\`, in the order requested (bytes on the wire, headers included; ` +
        "times from the last keystroke; the box's pause before it searches is included, and a word's index is " +
        'fetched during it):',
      table(
        ['File', 'When', 'Requested at', 'Bytes'],
        first.files.map((f) => [
          `\`${f.path.replace(/\?.*$/, '')}\``,
          f.phase === 'page' ? 'page load' : 'query',
          f.phase === 'page' ? '–' : `${f.startMs >= 0 ? '+' : '−'}${formatMs(Math.abs(f.startMs))}`,
          formatBytes(f.bytes),
        ]),
      ),
      `First result shown at +${formatMs(first.msToFirstResult)}.`,
    );
  }

  if (result.lighthouse && result.lighthouse.length > 0)
    parts.push(
      '### Lighthouse (default mobile settings, median of the runs)',
      table(
        ['Page', ...CATEGORIES],
        result.lighthouse.map((p) => [`${p.label} (${p.path})`, ...CATEGORIES.map((c) => String(p.scores[c]))]),
      ),
    );

  parts.push(
    '### Targets',
    table(
      ['Target', 'Measured', 'Met'],
      targetChecks(result, all).map((c) => [c.target, c.measured, c.met ? 'yes' : '**no**']),
    ),
  );
  return parts.join('\n\n');
}

const msPrecise = (ms: number): string => `${ms.toFixed(2)} ms`;

/** The Markdown processors and the archive's plugins, per article. */
function markdownSection(m: MarkdownCost): string {
  return [
    `## Markdown to HTML, per article`,
    `${formatCount(m.articles)} articles of the corpus rendered in the benchmark's own process, each processor's ` +
      'fastest of three rounds. Sätteri runs none of the archive’s plugins; the plugin times are the time spent ' +
      'inside each plugin during the pipeline’s fastest round.',
    table(
      ['Processor', 'Per article', 'vs Sätteri'],
      [
        ['Sätteri (Astro 7 default)', msPrecise(m.satteri), '1.00×'],
        ['unified, CommonMark only', msPrecise(m.unifiedBare), formatRatio(m.unifiedBare, m.satteri)],
        ['unified + remark-gfm', msPrecise(m.unifiedGfm), formatRatio(m.unifiedGfm, m.satteri)],
        ['The archive’s pipeline', msPrecise(m.pipeline), formatRatio(m.pipeline, m.satteri)],
      ],
    ),
    table(
      ['The archive’s plugin', 'Per article', 'Share of the pipeline'],
      m.plugins.map((p) => [p.name, msPrecise(p.ms), `${((100 * p.ms) / m.pipeline).toFixed(1)}%`]),
    ),
  ].join('\n\n');
}

/**
 * How a figure grows from one corpus size to the next, as the power of the size it follows: 1 is linear.
 * @example growthPower(100, 1000, 10, 100) // 1
 */
export const growthPower = (fromSize: number, toSize: number, from: number, to: number): number =>
  Math.log(to / from) / Math.log(toSize / fromSize);

/**
 * A growth power in words, with 15% leeway either side of linear for noise.
 * @example growthWords(1.02) // 'linear (power 1.02)'
 */
export function growthWords(power: number): string {
  const words = power > 1.15 ? 'worse than linear' : power < 0.85 ? 'less than linear' : 'linear';
  return `${words} (power ${power.toFixed(2)})`;
}

/** The figures whose growth with the archive the growth table shows, read from one size's results. */
const GROWING_FIGURES: { label: string; of: (r: SizeResult) => number | undefined }[] = [
  { label: 'First build, CPU time', of: (r) => r.project.cpuSeconds },
  { label: 'First build, wall time', of: (r) => r.project.totalMs },
  { label: 'Peak memory', of: (r) => r.project.peakRssBytes },
  { label: 'Rebuild after one edit', of: (r) => r.projectIncremental?.totalMs },
  { label: 'dist/ bytes', of: (r) => r.project.distBytes },
  { label: 'dist/ files', of: (r) => r.project.distFiles },
  { label: 'Search index bytes', of: (r) => r.project.pagefindBytes },
  { label: 'Search, slowest first result', of: (r) => r.search && Math.max(...r.search.map((q) => q.msToFirstResult)) },
];

/** For each pair of neighbouring sizes, how each figure grew with the number of articles. */
export function growthSection(sizes: readonly SizeResult[]): string | undefined {
  const pairs = sizes.slice(1).map((to, i) => [sizes[i] as SizeResult, to] as const);
  if (pairs.length === 0) return undefined;
  const rows = GROWING_FIGURES.map(({ label, of }) => [
    label,
    ...pairs.map(([a, b]) => {
      const [from, to] = [of(a), of(b)];
      return from && to ? growthWords(growthPower(a.published, b.published, from, to)) : '–';
    }),
  ]).filter((row) => row.slice(1).some((cell) => cell !== '–'));
  return [
    '## How each figure grows with the archive',
    'Each figure as a power of the number of published articles between two sizes: 1 is linear, above 1 worse ' +
      'than linear. Small sizes are dominated by fixed costs (starting Astro, bundling), so their powers run low.',
    table(['Figure', ...pairs.map(([a, b]) => `${formatCount(a.size)} → ${formatCount(b.size)}`)], rows),
  ].join('\n\n');
}

/** The targets one size cannot decide: the largest archive built, and the corpus's words. */
export function runTargets(results: BenchResults): TargetCheck[] {
  const largest = Math.max(0, ...results.sizes.map((r) => r.size));
  const corpus = results.corpus ?? 'lorem';
  return [
    {
      target: '30,000 articles build to completion',
      measured: `largest size built: ${formatCount(largest)}`,
      met: largest >= LIMITS.largestSize,
    },
    {
      target: 'A realistic corpus: words as often as English uses them (SUBTLEX-US), lorem kept as the worst case',
      measured: `this run: ${corpus}`,
      met: corpus === 'realistic',
    },
  ];
}

/** The notes written by hand at the end of a previous results.md, marker included, or the bare marker. */
export function keptNotes(previous: string | undefined): string {
  const at = previous?.indexOf(NOTES_MARKER) ?? -1;
  return previous && at >= 0 ? previous.slice(at).trimEnd() : NOTES_MARKER;
}

const CORPUS_WORDS: Record<CorpusKind, string> = {
  realistic: 'realistic (English words drawn as often as the SUBTLEX-US counts have them)',
  lorem: 'lorem (made-up words, the search index’s worst case)',
};

/** The whole of results.md for `results`, keeping the notes from `previous`. */
export function renderResults(results: BenchResults, previous?: string): string {
  const { machine } = results;
  const intro = [
    '# Benchmark results',
    `Written by \`${results.command}\` on ${results.date.slice(0, 10)}. Raw numbers: [results.json](results.json).`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${formatBytes(machine.memoryBytes)} memory, Node ${machine.node}, ${machine.os}. ` +
      'The machine is shared: the load averages next to each build say how busy it was (2.00 means both cores were ' +
      'busy on average). Times are wall-clock; KB and MB are 1,024 and 1,048,576 bytes; gzip is level 6.',
    `Corpus: ${CORPUS_WORDS[results.corpus ?? 'lorem']}, seed ${results.seed}, synthetic articles of 600 to 1,500 ` +
      'words (see scripts/bench/corpus.ts).',
  ].join('\n\n');
  const sections = results.sizes.map((size) => sizeSection(size, results.sizes));
  const growth = growthSection(results.sizes);
  if (growth) sections.push(growth);
  sections.push(
    '## Targets of the whole run',
    table(
      ['Target', 'Measured', 'Met'],
      runTargets(results).map((c) => [c.target, c.measured, c.met ? 'yes' : '**no**']),
    ),
  );
  if (results.markdown) sections.push(markdownSection(results.markdown));
  return `${[intro, ...sections, keptNotes(previous)].join('\n\n')}\n`;
}
