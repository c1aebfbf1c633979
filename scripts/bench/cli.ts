/**
 * `npm run bench`: builds the archive on synthetic corpora of 100, 1,000 and
 * 10,000 articles (or `--sizes`), next to a bare Astro + Pagefind reference site,
 * and writes bench/results.md and bench/results.json. Corpora and builds go to a
 * temporary folder, never to content/ or dist/. This file only runs things and
 * writes files; what it measures and how it reports are in the modules beside it.
 */
import { glob, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { findChromium } from './chromium';
import { benchQueries, CORPORA, syntheticCorpus, type CorpusKind } from './corpus';
import { auditPages, CATEGORIES, pagesToAudit, type PageScores } from './lighthouse';
import { measureMarkdownCost } from './markdown-cost';
import { pageWeight } from './page-weight';
import { runMeasured, type MeasuredRun } from './process';
import { renderResults } from './report';
import type { BenchResults, BuildMeasure, IncrementalMeasure, SiteMeasure, SizeResult, WeighedPage } from './results';
import { timeSearches } from './search-timing';
import {
  directoryBytes,
  directoryTotals,
  filesWithSizes,
  htmlFiles,
  largestFile,
  pagesBuilt,
  pathsReused,
  pathsWritten,
} from './site-stats';
import { serveStatic } from './static-server';
import { INDEX_AFTER_BUILD_VARIABLE } from '../../src/integrations/search-index';
import { LISTING_KIND_NAMES, listingKind } from '../../src/lib/site/listing-kinds';
import {
  articleSlugAt,
  homeUrl,
  isLaterListingPage,
  listingAt,
  listingIndexUrl,
  searchUrl,
} from '../../src/lib/site/urls';

const USAGE = `Usage: npm run bench -- [options]
  --sizes 100,1000,10000  corpus sizes to build (default all three)
  --seed 1                corpus seed; the same seed writes the same articles
  --corpus realistic      realistic (English words as often as people use them) or lorem (made-up words,
                          the search index's worst case)
  --skip incremental,rebuild,reference,satteri,markdown,browser,lighthouse
                          leave out the rebuild after editing one article, the rebuild with cached cards,
                          the floor site, the Sätteri build, the Markdown timing,
                          the search timing or Lighthouse (the last two run on the largest size)
  --lighthouse-runs 3     Lighthouse runs per page; the median score is reported
  --cpu-prof              write a CPU profile of each archive build (Node's --cpu-prof) to the temp folder
  --keep                  keep the corpora and built sites in the temp folder
  --out bench             where results.md and results.json go
  --report-only           measure nothing: write results.md again from results.json (after editing the report code)
  --port 4372             where the largest site is served for search timing and Lighthouse`;

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** Articles rendered to time the Markdown processors; the cost per article does not depend on the corpus size. */
const MARKDOWN_SAMPLE = 300;
const SKIPPABLE = ['incremental', 'rebuild', 'reference', 'satteri', 'markdown', 'browser', 'lighthouse'] as const;
type Skippable = (typeof SKIPPABLE)[number];

interface Options {
  sizes: number[];
  seed: number;
  corpus: CorpusKind;
  skip: Set<Skippable>;
  lighthouseRuns: number;
  cpuProf: boolean;
  keep: boolean;
  reportOnly: boolean;
  out: string;
  port: number;
}

function parse(): Options | string {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '100,1000,10000' },
        seed: { type: 'string', default: '1' },
        corpus: { type: 'string', default: 'realistic' },
        skip: { type: 'string', default: '' },
        'lighthouse-runs': { type: 'string', default: '3' },
        'cpu-prof': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        out: { type: 'string', default: 'bench' },
        'report-only': { type: 'boolean', default: false },
        port: { type: 'string', default: '4372' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return `${(error as Error).message}\n\n${USAGE}`;
  }
  if (values.help) return USAGE;
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    return `--sizes must be whole numbers separated by commas, such as 100,1000; got "${values.sizes}".`;
  if (!(CORPORA as readonly string[]).includes(values.corpus))
    return `--corpus is one of ${CORPORA.join(', ')}; got "${values.corpus}".`;
  const skip = values.skip.split(',').filter(Boolean);
  const unknown = skip.filter((s) => !(SKIPPABLE as readonly string[]).includes(s));
  if (unknown.length > 0) return `--skip knows ${SKIPPABLE.join(', ')}; "${unknown.join(', ')}" is none of them.`;
  const numbers = { seed: Number(values.seed), runs: Number(values['lighthouse-runs']), port: Number(values.port) };
  if (!Object.values(numbers).every(Number.isInteger))
    return `--seed, --lighthouse-runs and --port must be whole numbers; got ${values.seed}, ${values['lighthouse-runs']}, ${values.port}.`;
  return {
    sizes: sizes.toSorted((a, b) => a - b),
    seed: numbers.seed,
    corpus: values.corpus as CorpusKind,
    skip: new Set(skip as Skippable[]),
    lighthouseRuns: Math.max(1, numbers.runs),
    cpuProf: values['cpu-prof'],
    keep: values.keep,
    reportOnly: values['report-only'],
    out: values.out,
    port: numbers.port,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Stops with the end of a failed command's output, which is where Astro and Pagefind say what went wrong. */
function check(run: MeasuredRun, what: string): void {
  if (run.exitCode === 0) return;
  console.error(run.output.split('\n').slice(-40).join('\n'));
  throw new Error(`${what} failed with exit code ${run.exitCode}; its output ends above.`);
}

async function writeCorpus(
  dir: string,
  size: number,
  seed: number,
  corpus: CorpusKind,
): Promise<{ published: number }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let published = 0;
  for (const article of syntheticCorpus(size, seed, corpus)) {
    await writeFile(join(dir, article.fileName), article.text);
    if (!/^draft: true$/m.test(article.text)) published++;
  }
  return { published };
}

async function siteMeasure(dist: string, run: MeasuredRun): Promise<SiteMeasure> {
  const html = await htmlFiles(dist);
  const feeds = await filesWithSizes(dist, '**/rss.xml');
  const totals = await directoryTotals(dist);
  return {
    pages: pagesBuilt(run.output) ?? html.length,
    htmlFiles: html.length,
    distBytes: totals.bytes,
    distFiles: totals.files,
    pagefindBytes: await directoryBytes(join(dist, 'pagefind')),
    largestHtml: largestFile(html),
    feedBytes: feeds.find((f) => f.path === 'rss.xml')?.bytes ?? 0,
    largestFeed: largestFile(feeds),
  };
}

/**
 * The largest archive Astro builds within Node's default heap limit (about 4 GB): at 10,000 articles its heap came
 * close to it. Above this the build is given three quarters of the machine's memory, as README's "Publishing a large
 * archive" tells editors to do; below it Node's defaults stand, so the memory measured is what a plain build uses.
 */
const DEFAULT_HEAP_ENOUGH = 10_000;

/** Node options for building `size` articles: a larger heap limit only where the default would run out. */
const heapFor = (size: number, memoryBytes = totalmem()): string[] =>
  size > DEFAULT_HEAP_ENOUGH ? [`--max-old-space-size=${Math.floor((0.75 * memoryBytes) / 2 ** 20)}`] : [];

/** Where Astro keeps its caches for a corpus's builds (the drawn cards among them): beside the corpus. */
const cacheDirOf = (corpus: string): string => `${corpus}-astro-cache`;

/**
 * Builds the archive (or its Sätteri variant) on `corpus` into `dist` as `npm run build` does: Astro, then the
 * search index in a process of its own. `--force` empties Astro's content cache and ignores its incremental-build
 * record (each build still writes a new one); `force: false` is a CI job's rebuild.
 */
async function buildArchive(
  corpus: string,
  dist: string,
  extraArgs: string[],
  nodeArgs: string[],
  { force = true } = {},
): Promise<{ measure: BuildMeasure; run: MeasuredRun }> {
  const loadBefore = loadavg();
  // A cache of its own beside the corpus, so the worktree's cache and a test build running meanwhile stay apart.
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: corpus,
    ARCHIVE_CACHE_DIR: cacheDirOf(corpus),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = await runMeasured(
    process.execPath,
    [...nodeArgs, ASTRO, 'build', ...(force ? ['--force'] : []), '--outDir', dist, ...extraArgs],
    { cwd: ROOT, env: { ...env, [INDEX_AFTER_BUILD_VARIABLE]: '1' } },
  );
  check(astro, `Building the archive on ${corpus}`);
  const index = await runMeasured(process.execPath, [TSX, 'scripts/search-index.ts', dist], { cwd: ROOT, env });
  check(index, `Indexing the archive built from ${corpus}`);
  return { measure: oneBuild(astro, index, loadBefore), run: { ...astro, output: astro.output + index.output } };
}

/** Astro's run and the search index's after it, as one build: times and CPU added, memory the larger peak. */
function oneBuild(astro: MeasuredRun, index: MeasuredRun, loadBefore: number[]): BuildMeasure {
  return {
    totalMs: astro.ms + index.ms,
    astroMs: astro.ms,
    pagefindMs: index.ms,
    peakRssBytes: Math.max(astro.peakRssBytes, index.peakRssBytes),
    peakRssByProgram: maxByKey(astro.peakRssByProgram, index.peakRssByProgram),
    loadBefore,
    loadAfter: loadavg(),
    meanLoad: (astro.meanLoad * astro.ms + index.meanLoad * index.ms) / (astro.ms + index.ms),
    cpuSeconds: astro.cpuSeconds + index.cpuSeconds,
    machineCpuSeconds: astro.machineCpuSeconds + index.machineCpuSeconds,
  };
}

/** A word no article holds, which the incremental rebuild's edit adds to one article. */
const EDIT_MARKER = 'Zyzzogeton';

/** Whether any page's text in the Pagefind index built in `dist` holds `word` (fragments are gzipped JSON). */
async function searchIndexHolds(dist: string, word: string): Promise<boolean> {
  // A large archive's index is in parts, each a folder inside pagefind/ (src/lib/search/index-parts.ts).
  for await (const file of glob('pagefind/**/fragment/*.pf_fragment', { cwd: dist }))
    if (gunzipSync(await readFile(join(dist, file))).includes(word)) return true;
  return false;
}

/**
 * Edits the text of the first published article of `corpus`, builds again into a fresh `dist` with the caches the
 * first build left (as a CI job that keeps Astro's cache folder would), checks the edit shows on its page and in the
 * search index, and puts the article back as it was.
 */
async function incrementalRebuild(corpus: string, dist: string, nodeArgs: string[]): Promise<IncrementalMeasure> {
  const files = (await Array.fromAsync(glob('*.md', { cwd: corpus }))).toSorted();
  let edited: { file: string; text: string } | undefined;
  for (const file of files) {
    const text = await readFile(join(corpus, file), 'utf8');
    if (!/^draft: true$/m.test(text)) {
      edited = { file, text };
      break;
    }
  }
  if (!edited) throw new Error(`${corpus} has no published article to edit.`);
  const path = join(corpus, edited.file);
  await writeFile(path, `${edited.text.trimEnd()}\n\nOne paragraph added by the benchmark: ${EDIT_MARKER}.\n`);
  try {
    await rm(dist, { recursive: true, force: true });
    const { measure, run } = await buildArchive(corpus, dist, [], nodeArgs, { force: false });
    const page = await readFile(join(dist, 'articles', edited.file.replace(/\.md$/, ''), 'index.html'), 'utf8');
    return {
      ...measure,
      pathsReused: pathsReused(run.output),
      pathsWritten: pathsWritten(run.output),
      editOnPage: page.includes(EDIT_MARKER),
      editInSearchIndex: await searchIndexHolds(dist, EDIT_MARKER),
    };
  } finally {
    await writeFile(path, edited.text);
  }
}

/** Per key, the larger of two records' values: the peak of each program over two runs. */
function maxByKey(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const result = { ...a };
  for (const [key, value] of Object.entries(b)) result[key] = Math.max(result[key] ?? 0, value);
  return result;
}

/** Builds the floor site, then runs the Pagefind command on it, as a bare site would. */
async function buildReference(corpus: string, dist: string, nodeArgs: string[]): Promise<BuildMeasure & SiteMeasure> {
  const loadBefore = loadavg();
  const env = { ...process.env, ARCHIVE_CONTENT_DIR: corpus, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = await runMeasured(
    process.execPath,
    [...nodeArgs, ASTRO, 'build', '--force', '--root', 'bench/reference', '--outDir', dist],
    { cwd: ROOT, env },
  );
  check(astro, 'Building the reference site');
  const pagefind = await runMeasured(process.execPath, [PAGEFIND, '--site', dist], { cwd: ROOT, env });
  check(pagefind, 'Indexing the reference site');
  return { ...oneBuild(astro, pagefind, loadBefore), ...(await siteMeasure(dist, astro)) };
}

/** The address a built HTML file is served at: `tags/a/index.html` is `/tags/a/`. */
const servedAt = (file: string): string => `/${file.replace(/(?:^|(?<=\/))index\.html$/, '')}`;

/**
 * The kinds of page weighed, each recognised by its address: home, an article, every kind of listing and its index
 * (from the list of listing kinds), search and 404; the largest page of each kind is weighed. A paginated listing
 * also recognises its later pages (`…/2/`): once a kind has one, its first page is full, and only then can its size
 * be compared with a larger corpus's.
 */
const PAGE_KINDS: { label: string; is: (path: string) => boolean; later?: (path: string) => boolean }[] = [
  { label: 'home', is: (path) => path === homeUrl() },
  { label: 'article', is: (path) => articleSlugAt(path) !== undefined },
  ...LISTING_KIND_NAMES.flatMap((kind) => [
    { label: `${listingKind(kind).plural} index`, is: (path: string) => path === listingIndexUrl(kind) },
    {
      label: `${kind} listing`,
      is: (path: string) => listingAt(path)?.kind === kind,
      ...(listingKind(kind).paginated && {
        later: (path: string) => isLaterListingPage(path) && listingAt(path)?.kind === kind,
      }),
    },
  ]),
  { label: 'search', is: (path) => path === searchUrl() },
  { label: '404', is: (path) => path === '/404.html' },
];

async function weighPages(dist: string): Promise<WeighedPage[]> {
  const html = await htmlFiles(dist);
  const assets = new Map<string, Uint8Array | undefined>();
  const readAsset = async (url: string) => {
    if (!assets.has(url))
      assets.set(url, await readFile(join(dist, url.replace(/[?#].*$/, ''))).catch(() => undefined));
  };
  const pages: WeighedPage[] = [];
  for (const kind of PAGE_KINDS) {
    const largest = html.filter((f) => kind.is(servedAt(f.path))).toSorted((a, b) => b.bytes - a.bytes)[0];
    if (!largest) continue;
    const text = await readFile(join(dist, largest.path), 'utf8');
    for (const url of [...text.matchAll(/(?:href|src)="(\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? ''))
      await readAsset(url);
    pages.push({
      label: kind.label,
      path: servedAt(largest.path),
      weight: pageWeight(text, (url) => assets.get(url)),
      ...(kind.later && { paginated: html.some((f) => kind.later?.(servedAt(f.path))) }),
    });
  }
  return pages;
}

/** Runs Lighthouse `runs` times on each page and keeps the median score of each category. */
async function medianLighthouse(
  origin: string,
  dist: string,
  runs: number,
  chromiumPath: string,
  port: number,
): Promise<PageScores[]> {
  const pages = await pagesToAudit(dist);
  const all: PageScores[][] = [];
  for (let i = 0; i < runs; i++) all.push(await auditPages(origin, pages, { chromiumPath, debuggingPort: port }));
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return pages.map((page, i) => ({
    ...page,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, median(all.map((run) => run[i]?.scores[c] ?? 0))]),
    ) as PageScores['scores'],
  }));
}

async function benchSize(size: number, options: Options, work: string, largest: boolean): Promise<SizeResult> {
  const corpus = join(work, `corpus-${size}`);
  const dist = join(work, `dist-${size}`);
  log(`${size} articles: writing the ${options.corpus} corpus to ${corpus}`);
  const { published } = await writeCorpus(corpus, size, options.seed, options.corpus);

  log(`${size}: building the archive, with no card drawn yet`);
  await rm(cacheDirOf(corpus), { recursive: true, force: true });
  const heap = heapFor(size);
  const profile = (name: string) => [
    ...heap,
    ...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(work, `profile-${size}-${name}`)}`] : []),
  ];
  const { measure, run } = await buildArchive(corpus, dist, [], profile('first'));
  const project = { ...measure, ...(await siteMeasure(dist, run)) };
  log(`${size}: archive built in ${seconds(project.totalMs)}, peak ${megabytes(project.peakRssBytes)}`);

  let projectIncremental: SizeResult['projectIncremental'];
  if (!options.skip.has('incremental')) {
    log(`${size}: editing one article and building again with the caches kept`);
    projectIncremental = await incrementalRebuild(corpus, dist, profile('incremental'));
    log(
      `${size}: archive rebuilt after one edit in ${seconds(projectIncremental.totalMs)}, ` +
        `${projectIncremental.pathsReused} of ${projectIncremental.pathsWritten} pages and files reused`,
    );
  }

  let projectRebuild: SizeResult['projectRebuild'];
  if (!options.skip.has('rebuild')) {
    log(`${size}: building the archive again, every card already drawn`);
    projectRebuild = (await buildArchive(corpus, dist, [], profile('rebuild'))).measure;
    log(
      `${size}: archive rebuilt in ${seconds(projectRebuild.totalMs)}, peak ${megabytes(projectRebuild.peakRssBytes)}`,
    );
  }

  let reference: SizeResult['reference'];
  if (!options.skip.has('reference')) {
    log(`${size}: building the reference site`);
    reference = await buildReference(corpus, join(work, `reference-${size}`), heap);
    log(`${size}: reference built in ${seconds(reference.totalMs)}, peak ${megabytes(reference.peakRssBytes)}`);
    if (!options.keep) await rm(join(work, `reference-${size}`), { recursive: true, force: true });
  }

  let projectSatteri: SizeResult['projectSatteri'];
  if (!options.skip.has('satteri')) {
    log(`${size}: building the archive with Sätteri`);
    const satteriDist = join(work, `dist-satteri-${size}`);
    projectSatteri = (await buildArchive(corpus, satteriDist, ['--config', 'bench/satteri.config.mjs'], heap)).measure;
    if (!options.keep) await rm(satteriDist, { recursive: true, force: true });
  }

  const pages = await weighPages(dist);
  const result: SizeResult = {
    size,
    published,
    project,
    pages,
    ...(projectIncremental && { projectIncremental }),
    ...(projectRebuild && { projectRebuild }),
    ...(reference && { reference }),
    ...(projectSatteri && { projectSatteri }),
  };

  if (largest && !(options.skip.has('browser') && options.skip.has('lighthouse'))) {
    const chromiumPath = findChromium();
    if (!chromiumPath)
      throw new Error('Search timing and Lighthouse need Chromium: install it, or --skip browser,lighthouse.');
    const server = await serveStatic(dist, options.port);
    try {
      if (!options.skip.has('browser')) {
        log(`${size}: timing search in Chromium`);
        result.search = await timeSearches(server.url, benchQueries(options.corpus), chromiumPath);
      }
      if (!options.skip.has('lighthouse')) {
        log(`${size}: running Lighthouse`);
        result.lighthouse = await medianLighthouse(
          server.url,
          dist,
          options.lighthouseRuns,
          chromiumPath,
          options.port + 1,
        );
      }
    } finally {
      await server.close();
    }
  }
  if (!options.keep) await rm(dist, { recursive: true, force: true });
  return result;
}

async function main(): Promise<number> {
  const options = parse();
  if (typeof options === 'string') {
    console.error(options);
    return options === USAGE ? 0 : 2;
  }
  if (options.reportOnly) {
    const results = JSON.parse(await readFile(join(options.out, 'results.json'), 'utf8')) as BenchResults;
    const mdPath = join(options.out, 'results.md');
    await writeFile(mdPath, renderResults(results, await readFile(mdPath, 'utf8').catch(() => undefined)));
    log(`wrote ${mdPath} from results.json`);
    return 0;
  }
  const work = join(tmpdir(), `archive-bench-${process.pid}`);
  await mkdir(work, { recursive: true });
  const sizes: SizeResult[] = [];
  let markdown: BenchResults['markdown'];
  const write = async () => {
    const results = benchResults(options, sizes, markdown);
    await mkdir(options.out, { recursive: true });
    const mdPath = join(options.out, 'results.md');
    const previous = await readFile(mdPath, 'utf8').catch(() => undefined);
    await writeFile(join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(mdPath, renderResults(results, previous));
    log(`wrote ${mdPath} and results.json`);
  };
  try {
    for (const size of options.sizes) {
      sizes.push(await benchSize(size, options, work, size === options.sizes.at(-1)));
      // After each size, so a larger size that fails or is stopped leaves the smaller ones recorded.
      if (size !== options.sizes.at(-1)) await write();
    }
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
    else log(`corpora and builds kept in ${work}`);
  }
  if (!options.skip.has('markdown')) {
    log(`timing Markdown processors on ${MARKDOWN_SAMPLE} articles`);
    markdown = await measureMarkdownCost(
      [...syntheticCorpus(MARKDOWN_SAMPLE, options.seed, options.corpus)].map((a) => a.text),
    );
  }
  await write();
  return 0;
}

/** The results file's contents: the sizes measured so far, and the machine they ran on. */
function benchResults(options: Options, sizes: SizeResult[], markdown: BenchResults['markdown']): BenchResults {
  const cpu = cpus()[0];
  return {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
    seed: options.seed,
    corpus: options.corpus,
    machine: {
      cores: availableParallelism(),
      cpu: cpu?.model.trim() ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.versions.node,
      os: `${osType()} ${release()}`,
    },
    sizes,
    ...(markdown && { markdown }),
  };
}

process.exitCode = await main();
