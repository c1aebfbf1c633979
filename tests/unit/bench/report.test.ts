import { describe, expect, it } from 'vitest';
import type { PageWeight } from '../../../scripts/bench/page-weight';
import {
  formatBytes,
  formatCores,
  formatCount,
  formatLoad,
  formatMs,
  formatRatio,
  growthPower,
  growthSection,
  growthWords,
  keptNotes,
  NOTES_MARKER,
  renderResults,
  runTargets,
  table,
  targetChecks,
} from '../../../scripts/bench/report';
import type { BenchResults, SizeResult } from '../../../scripts/bench/results';

describe('formatting', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.50 KB'],
    [20 * 1024, '20.0 KB'],
    [150 * 1024, '150 KB'],
    [5 * 1024 ** 2 + 1, '5.00 MB'],
    [2 * 1024 ** 3, '2.00 GB'],
  ])('formatBytes(%d) is %j', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([
    [0.4, '0 ms'],
    [299.6, '300 ms'],
    [1000, '1.0 s'],
    [59_940, '59.9 s'],
    [60_000, '1 min 0 s'],
    [252_400, '4 min 12 s'],
  ])('formatMs(%d) is %j', (ms, text) => expect(formatMs(ms)).toBe(text));

  it('formats ratios, counts, load averages and cores', () => {
    expect(formatCores(1.234)).toBe('1.23');
    expect(formatRatio(3, 2)).toBe('1.50×');
    expect(formatRatio(1, 0)).toBe('–');
    expect(formatCount(10000)).toBe('10,000');
    expect(formatLoad([3.14159, 2, 0.5])).toBe('3.14, 2.00, 0.50');
  });

  it('writes a Markdown table', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

const weight = (raw: number, gzip = raw / 4) => ({ raw, gzip });
const page = (overrides: Partial<PageWeight> = {}): PageWeight => ({
  html: weight(30_000),
  css: weight(12_000),
  js: weight(700, 400),
  chrome: weight(12_000, 3_000),
  cssFiles: 1,
  inlineStyles: 0,
  jsFiles: 0,
  inlineScripts: 1,
  ...overrides,
});
const build = {
  totalMs: 200_000,
  astroMs: 150_000,
  pagefindMs: 50_000,
  peakRssBytes: 1.5 * 1024 ** 3,
  peakRssByProgram: { node: 1024 ** 3, pagefind_extend: 0.5 * 1024 ** 3 },
  loadBefore: [2, 2, 2],
  loadAfter: [2.5, 2, 2],
  meanLoad: 2.25,
  cpuSeconds: 300,
  machineCpuSeconds: 340,
};
const site = {
  pages: 10_050,
  htmlFiles: 10_040,
  distBytes: 3e8,
  distFiles: 31_000,
  pagefindBytes: 5e7,
  largestHtml: { path: 'index.html', bytes: 40_000 },
  feedBytes: 60_000,
  largestFeed: { path: 'rss.xml', bytes: 60_000 },
};
const size = (n: number, overrides: Partial<SizeResult> = {}): SizeResult => ({
  size: n,
  published: n - 1,
  project: { ...build, ...site },
  projectRebuild: { ...build, totalMs: 120_000 },
  projectIncremental: {
    ...build,
    totalMs: 45_000,
    pathsReused: 49_990,
    pathsWritten: 50_050,
    editOnPage: true,
    editInSearchIndex: true,
  },
  reference: { ...build, totalMs: 160_000, ...site },
  pages: [{ label: 'article', path: '/articles/a/', weight: page() }],
  ...overrides,
});

describe('targetChecks', () => {
  it('judges each target from the measured numbers', () => {
    const checks = targetChecks(size(10_000), [size(100), size(10_000)]);
    const verdict = Object.fromEntries(checks.map((c) => [c.target, [c.measured, c.met]]));
    expect(verdict).toEqual({
      'One edit republishes in at most 60 s (caches kept, search index included)': [
        '45.0 s; 49,990 of 50,050 pages and files reused; the edit is on its page and in the search index',
        true,
      ],
      'First build: CPU time per article at most 2× the floor’s': [
        '1.00× (30 ms against 30 ms; wall time 1.25×)',
        true,
      ],
      'Peak memory at most 4 GB, whole process tree': [
        'first build 1.50 GB; after one edit 1.50 GB; rebuild 1.50 GB',
        true,
      ],
      'dist/ at most 400 MB (file count reported)': ['286 MB in 31,000 files', true],
      'No page grows with the number of articles': ['largest HTML page 39.1 KB at 100, 39.1 KB at 10,000', true],
      'Article: HTML + CSS under 20 KB gzip without its text': ['5.86 KB', true],
      'Article: one deferred script file (copying), at most 2 KB gzip with the inline search check': [
        '0 files, 1 inline (400 B gzip)',
        true,
      ],
      'Article: CSS in one cacheable file': ['1 file(s), 0 inline <style>', true],
    });
  });

  it('fails a slow or unseen edit, a costly or large build, a page whose chrome grew, and slow or heavy search', () => {
    const grown = size(10_000, {
      project: { ...build, ...site, cpuSeconds: 700, peakRssBytes: 5 * 1024 ** 3, distBytes: 500 * 1024 ** 2 },
      projectIncremental: {
        ...build,
        totalMs: 61_000,
        pathsReused: 0,
        pathsWritten: 50_050,
        editOnPage: true,
        editInSearchIndex: false,
      },
      pages: [
        { label: 'article', path: '/articles/a/', weight: page({ chrome: weight(20_000, 5_000), inlineStyles: 2 }) },
      ],
      search: [
        { query: 'lorem', msToFirstResult: 450, summary: '', pageBytes: 60_000, queryBytes: 100_000, files: [] },
        { query: 'ipsum', msToFirstResult: 300, summary: '', pageBytes: 60_000, queryBytes: 210_000, files: [] },
      ],
      lighthouse: [
        { label: 'home', path: '/', scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } },
      ],
    });
    const failed = targetChecks(grown, [size(100), grown])
      .filter((c) => !c.met)
      .map((c) => `${c.target}: ${c.measured}`);
    expect(failed).toEqual([
      'One edit republishes in at most 60 s (caches kept, search index included): 1 min 1 s; 0 of 50,050 pages ' +
        'and files reused; the edit is on its page and not in the search index',
      'First build: CPU time per article at most 2× the floor’s: 2.33× (70 ms against 30 ms; wall time 1.25×)',
      'Peak memory at most 4 GB, whole process tree: first build 5.00 GB; after one edit 1.50 GB; rebuild 1.50 GB',
      'dist/ at most 400 MB (file count reported): 500 MB in 31,000 files',
      'No page grows with the number of articles: grew since 100: article (/articles/a/)',
      'Article: CSS in one cacheable file: 1 file(s), 2 inline <style>',
      'Search: first results at most 400 ms after the last keystroke: up to 450 ms',
      'Search: at most 250 KB fetched for a first query: up to 264 KB',
      'Lighthouse 100 in all four, three pages: lowest 98',
    ]);
  });
});

describe('targetChecks on listings', () => {
  const listing = (chromeRaw: number, paginated: boolean) => ({
    label: 'year listing',
    path: '/articles/2020/',
    weight: page({ chrome: weight(chromeRaw) }),
    paginated,
  });

  it('compares a listing only once the smaller corpus filled its first page', () => {
    const small = size(100, { pages: [listing(4_000, false)] });
    const large = size(1_000, { pages: [listing(30_000, true)] });
    const check = targetChecks(large, [small, large]).find((c) => c.target.startsWith('No page grows'));
    expect(check).toEqual({
      target: 'No page grows with the number of articles',
      measured:
        'largest HTML page 39.1 KB at 100, 39.1 KB at 1,000; not compared, no second page yet at 100: year listing',
      met: true,
    });
  });

  it('fails a full listing that still grows', () => {
    const small = size(1_000, { pages: [listing(30_000, true)] });
    const large = size(10_000, { pages: [listing(60_000, true)] });
    const check = targetChecks(large, [small, large]).find((c) => c.target.startsWith('No page grows'));
    expect(check?.met).toBe(false);
    expect(check?.measured).toBe('grew since 1,000: year listing (/articles/2020/)');
  });
});

describe('renderResults', () => {
  const results: BenchResults = {
    date: '2026-11-23T10:00:00.000Z',
    command: 'npm run bench -- --sizes 100',
    seed: 1,
    machine: { cores: 2, cpu: 'Test CPU', memoryBytes: 8 * 1024 ** 3, node: '24.9.0', os: 'Linux 6' },
    sizes: [size(100)],
  };

  it('writes the machine, a section per size, and the notes marker', () => {
    const text = renderResults(results);
    expect(text).toContain('Machine: 2 cores (Test CPU), 8.00 GB memory, Node 24.9.0, Linux 6.');
    expect(text).toContain('## 100 articles (99 published)');
    expect(text).toContain(
      '|  | Archive, first build | Archive, after one edit (caches kept) | Archive, rebuild (cards cached) | Floor (bench/reference) |',
    );
    expect(text).toContain('| Build, total | 3 min 20 s | 45.0 s | 2 min 0 s | 2 min 40 s |');
    expect(text).toContain('| – Pagefind at its peak | 512 MB | 512 MB | 512 MB | 512 MB |');
    expect(text).toContain('| Time ÷ floor’s | 1.25× | 0.28× | 0.75× | 1.00× |');
    // 300 CPU seconds over 200 s of the build; the other 40 s of the machine's came from other processes.
    expect(text).toContain('| CPU, this build (cores on average) | 1.50 | 6.67 | 2.50 | 1.88 |');
    expect(text).toContain('| CPU, everything else (cores on average) | 0.20 | 0.89 | 0.33 | 0.25 |');
    expect(text).toContain('| Load average, mean while building | 2.25 | 2.25 | 2.25 | 2.25 |');
    expect(text).toContain('| CPU time, this build | 5 min 0 s | 5 min 0 s | 5 min 0 s | 5 min 0 s |');
    expect(text).toContain('| CPU time per published article | 3.0 s | 3.0 s | 3.0 s | 3.0 s |');
    expect(text).toContain('| CPU time ÷ floor’s | 1.00× | 1.00× | 1.00× | 1.00× |');
    expect(text).toContain('| Files in dist/ | 31,000 | 31,000 |');
    // An older results file names no corpus: it was the lorem one.
    expect(text).toContain('Corpus: lorem (made-up words, the search index’s worst case), seed 1');
    expect(text).toContain('| 30,000 articles build to completion | largest size built: 100 | **no** |');
    expect(text).toContain('| The site’s feed (rss.xml) | 58.6 KB | 58.6 KB |');
    expect(text.trimEnd().endsWith(NOTES_MARKER)).toBe(true);
  });

  it('keeps the notes written below the marker in the previous file', () => {
    const previous = `# Old\n\nold table\n\n${NOTES_MARKER}\n\n## Notes\n\nWhy the floor is lower.\n`;
    expect(keptNotes(previous)).toBe(`${NOTES_MARKER}\n\n## Notes\n\nWhy the floor is lower.`);
    expect(renderResults(results, previous)).toContain('Why the floor is lower.');
    expect(renderResults(results, previous)).not.toContain('old table');
    expect(keptNotes(undefined)).toBe(NOTES_MARKER);
  });
});

describe('growth with the archive', () => {
  it('gives each figure as a power of the number of articles, in words', () => {
    expect(growthPower(1_000, 10_000, 2, 20)).toBeCloseTo(1);
    expect(growthPower(1_000, 10_000, 2, 200)).toBeCloseTo(2);
    expect(growthWords(1.1)).toBe('linear (power 1.10)');
    expect(growthWords(1.3)).toBe('worse than linear (power 1.30)');
    expect(growthWords(0.5)).toBe('less than linear (power 0.50)');
  });

  it('compares neighbouring sizes, leaving out figures neither measured', () => {
    const small = size(1_001, { project: { ...build, ...site, cpuSeconds: 30 }, search: undefined });
    const large = size(10_001, {
      project: { ...build, ...site, cpuSeconds: 600 },
      projectIncremental: undefined,
    });
    const text = growthSection([small, large]) ?? '';
    expect(text).toContain('| Figure | 1,001 → 10,001 |');
    expect(text).toContain('| First build, CPU time | worse than linear (power 1.30) |');
    expect(text).toContain('| dist/ files | less than linear (power 0.00) |');
    expect(text).not.toContain('Rebuild after one edit');
    expect(growthSection([small])).toBeUndefined();
  });

  it('judges the run: the largest size built and the corpus', () => {
    const run = (sizes: SizeResult[], corpus: 'realistic' | 'lorem') =>
      runTargets({
        date: '',
        command: '',
        seed: 1,
        corpus,
        machine: { cores: 2, cpu: '', memoryBytes: 0, node: '', os: '' },
        sizes,
      }).map((c) => c.met);
    expect(run([size(1_000), size(30_000)], 'realistic')).toEqual([true, true]);
    expect(run([size(10_000)], 'lorem')).toEqual([false, false]);
  });
});
