/**
 * Search as a reader meets it, in Chromium: open /search/ with an empty cache,
 * type a query, and record every byte fetched and the time from the last
 * keystroke until the first result with its title is on screen.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium';

/** One file fetched, and whether the page fetched it while loading or for the query. */
export interface Fetched {
  path: string;
  bytes: number;
  phase: 'page' | 'query';
  /** When the request started, in milliseconds after the last keystroke (negative: before it). */
  startMs: number;
}

/** One timed query on a fresh page. */
export interface QueryTiming {
  query: string;
  /** Milliseconds from the last keystroke to the first titled result on screen. */
  msToFirstResult: number;
  /** The summary Pagefind showed, such as "431 results for lorem". */
  summary: string;
  /** Bytes transferred (headers and body, compressed as sent) while the page loaded, and then for the query. */
  pageBytes: number;
  queryBytes: number;
  files: Fetched[];
}

/** How fast the simulated reader types: one key every 100 ms, a quick typist. */
const KEY_DELAY_MS = 100;

declare global {
  interface Window {
    __benchLastInput?: number;
    __benchLastInputEpoch?: number;
    __benchSnapshots?: { at: number; summary: string; titled: boolean }[];
  }
}

/**
 * Records, from inside the page, each keystroke's time and each change of the
 * results on screen. A string, not a function: tsx would wrap a function's inner
 * functions in a helper that does not exist in the page.
 */
const INSTALL_PROBES = `
  window.__benchSnapshots = [];
  document.addEventListener('input', () => {
    window.__benchLastInput = performance.now();
    window.__benchLastInputEpoch = Date.now();
  }, true);
  new MutationObserver(() => {
    window.__benchSnapshots.push({
      at: performance.now(),
      summary: document.querySelector('pagefind-summary')?.textContent?.trim() ?? '',
      titled: document.querySelector('pagefind-results li.result .result__title a') !== null,
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
`;

/**
 * The time the first titled result for `query` appeared, given the page's snapshots:
 * the first snapshot after the last keystroke whose summary names the whole query.
 */
export function firstResultAt(
  snapshots: readonly { at: number; summary: string; titled: boolean }[],
  lastInput: number,
  query: string,
): number | undefined {
  return snapshots.find((s) => s.at >= lastInput && s.titled && s.summary.includes(query))?.at;
}

async function timeQuery(page: Page, origin: string, query: string): Promise<QueryTiming> {
  const files: Omit<Fetched, 'startMs'>[] = [];
  const starts: number[] = [];
  let phase: Fetched['phase'] = 'page';
  const pending: Promise<void>[] = [];
  page.context().on('requestfinished', (request) => {
    const fetchedIn = phase;
    pending.push(
      request.sizes().then((sizes) => {
        files.push({
          path: request.url().replace(origin, ''),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          phase: fetchedIn,
        });
        starts.push(request.timing().startTime);
      }),
    );
  });
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  phase = 'query';
  await page.evaluate(INSTALL_PROBES);
  await page.locator('pagefind-input input').pressSequentially(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction(
    (q) => (document.querySelector('pagefind-summary')?.textContent ?? '').includes(q),
    query,
    { timeout: 60_000 },
  );
  await page.waitForSelector('pagefind-results li.result .result__title a', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const { snapshots, lastInput, lastInputEpoch } = await page.evaluate(() => ({
    snapshots: window.__benchSnapshots ?? [],
    lastInput: window.__benchLastInput ?? 0,
    lastInputEpoch: window.__benchLastInputEpoch ?? 0,
  }));
  const timed: Fetched[] = files.map((file, i) => ({ ...file, startMs: (starts[i] ?? 0) - lastInputEpoch }));
  const at = firstResultAt(snapshots, lastInput, query);
  if (at === undefined) throw new Error(`No result for ${query} appeared after the last keystroke.`);
  const sum = (p: Fetched['phase']) => timed.filter((f) => f.phase === p).reduce((total, f) => total + f.bytes, 0);
  return {
    query,
    msToFirstResult: at - lastInput,
    summary: snapshots.findLast((s) => s.summary.includes(query))?.summary ?? '',
    pageBytes: sum('page'),
    queryBytes: sum('query'),
    files: timed.toSorted((a, b) => a.startMs - b.startMs),
  };
}

/** Times each query on a page of its own, with an empty cache, as a first visit. */
export async function timeSearches(
  origin: string,
  queries: readonly string[],
  chromiumPath: string,
): Promise<QueryTiming[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
  try {
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      try {
        timings.push(await timeQuery(await context.newPage(), origin, query));
      } finally {
        await context.close();
      }
    }
    return timings;
  } finally {
    await browser.close();
  }
}
