/** The shape of `bench/results.json`: every number the benchmark measured, as measured. */
import type { CorpusKind } from './corpus';
import type { PageScores } from './lighthouse';
import type { MarkdownCost } from './markdown-cost';
import type { PageWeight } from './page-weight';
import type { QueryTiming } from './search-timing';

/** One measured build: times in milliseconds, memory in bytes, load averages over 1, 5 and 15 minutes. */
export interface BuildMeasure {
  totalMs: number;
  /** The Astro part: the total less the Pagefind part. */
  astroMs: number;
  pagefindMs: number;
  peakRssBytes: number;
  /** The peak of each program on its own (`node` for Astro, `pagefind_extended` for Pagefind); peaks need not coincide. */
  peakRssByProgram: Record<string, number>;
  /** The machine's load average when the build started and when it ended. */
  loadBefore: number[];
  loadAfter: number[];
  /** The mean one-minute load average over the build's memory samples. */
  meanLoad: number;
  /** CPU seconds the build's own processes used (a lower bound: a process's last half second can be missed). */
  cpuSeconds: number;
  /** CPU seconds the whole machine used meanwhile, the build included; the rest is other people's work. */
  machineCpuSeconds: number;
}

/** What a built site holds. */
export interface SiteMeasure {
  /** Every file in the built folder: static hosts limit their number as well as their size. */
  distFiles: number;
  /** Pages Astro reports it built (HTML pages and endpoints). */
  pages: number;
  htmlFiles: number;
  distBytes: number;
  pagefindBytes: number;
  largestHtml: { path: string; bytes: number };
  /** The site's RSS feed, and the largest feed of all (a topic's or the site's). */
  feedBytes: number;
  largestFeed: { path: string; bytes: number };
}

/** One kind of page, weighed on its largest instance. */
export interface WeighedPage {
  label: string;
  path: string;
  weight: PageWeight;
  /** For a paginated kind (listings): whether any listing of this kind has a second page, so its first page is full. */
  paginated?: boolean;
}

/**
 * A rebuild after one article's text was edited, with the caches a CI job keeps (Astro's cache folder, the drawn
 * cards) and a fresh output folder, as a CI job would have.
 */
export interface IncrementalMeasure extends BuildMeasure {
  /** Pages and files Astro copied from its incremental cache instead of rendering them. */
  pathsReused: number;
  /** Pages and files Astro wrote in all, rendered or copied. */
  pathsWritten: number;
  /** Whether the edited article's page, and the search index, show the edit afterwards. */
  editOnPage: boolean;
  editInSearchIndex: boolean;
}

/** Everything measured on one corpus size. */
export interface SizeResult {
  size: number;
  /** Articles built: the corpus less its drafts. */
  published: number;
  /** The first build, with no link-preview card drawn yet, as on a fresh checkout. */
  project: BuildMeasure & SiteMeasure;
  /** The same build again, its cards already drawn and cached (Astro's own content cache is still cleared). */
  projectRebuild?: BuildMeasure;
  /** One article edited, then built again with the kept caches. */
  projectIncremental?: IncrementalMeasure;
  /** The same site with Astro's default Sätteri processor instead of the unified pipeline. */
  projectSatteri?: BuildMeasure;
  reference?: BuildMeasure & SiteMeasure;
  pages: WeighedPage[];
  search?: QueryTiming[];
  lighthouse?: PageScores[];
}

/** The whole results file. */
export interface BenchResults {
  /** When the run finished, ISO 8601. */
  date: string;
  command: string;
  seed: number;
  /** Which corpus the articles were written from (see scripts/bench/corpus.ts); absent in older files: lorem. */
  corpus?: CorpusKind;
  machine: { cores: number; cpu: string; memoryBytes: number; node: string; os: string };
  sizes: SizeResult[];
  /** Markdown processors timed in the benchmark's own process, on the first articles of the corpus. */
  markdown?: MarkdownCost;
}
