/**
 * The search index in parts. Pagefind holds a whole index in memory while it writes it (5.5 GB at 10,000 articles),
 * so a large archive is indexed as several smaller indexes, one at a time, which the search page merges back into
 * one search. Which part an article falls in depends on its page's path alone, so an edit changes one part, and the
 * build reuses every other part from its cache. This module is read by the build and by the search page, so it
 * stays small and has no Node imports.
 */

/** The file in the search bundle naming its parts and the languages each holds, which the search page reads. */
export const SEARCH_PARTS_FILE = 'parts.json';

/**
 * The file in the search bundle holding each index's sort values, fetched only when results are sorted: Pagefind
 * scores a sorted result by its place among its own index's pages, so ordering the results of several indexes (the
 * parts, and each part's languages) together needs the value at each place.
 */
export const SEARCH_SORT_FILE = 'sort-values.json';

/**
 * Articles in one part by default: Pagefind's peak memory grows with the pages of the index it writes (481 MB at
 * 1,000), so 2,500 keeps each part near 1.2 GB, and an archive under that size keeps the one index it always had.
 */
export const DEFAULT_PART_SIZE = 2500;

/** The bundle's description of its parts, as `SEARCH_PARTS_FILE` holds it. */
export interface SearchPartsManifest {
  parts: SearchPart[];
}

/** One part: its folder inside the bundle (`''` for the bundle itself) and the language indexes it holds. */
export interface SearchPart {
  path: string;
  languages: string[];
}

/** Each index's sort values, by sort key then `indexId`, as `SEARCH_SORT_FILE` holds them (see `SortRuns`). */
export type SearchSortValues = Record<string, Record<string, SortRuns>>;

/**
 * The values of one sort key over one index's pages in Pagefind's order (ascending), as runs of a value and how many
 * pages in a row hold it: dates repeat, so runs keep the file small.
 */
export type SortRuns = [value: string, count: number][];

/**
 * How many parts an archive of `pages` indexed pages is split into.
 * @example partCount(10_000, 2_500) // 4
 * @example partCount(5, 2_500) // 1
 */
export const partCount = (pages: number, partSize: number): number => Math.max(1, Math.ceil(pages / partSize));

/**
 * The part a page belongs in: a hash of its path (FNV-1a, 32 bits), so the same page stays in the same part from
 * one build to the next whatever else is added, as long as the number of parts holds.
 */
export function partOf(path: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(path)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % parts;
}

/** `pages` split into parts of about `partSize` pages each, each part in the order the pages were given. */
export function partition<T>(pages: readonly T[], pathOf: (page: T) => string, partSize: number): T[][] {
  const parts: T[][] = Array.from({ length: partCount(pages.length, partSize) }, () => []);
  for (const page of pages) parts[partOf(pathOf(page), parts.length)]?.push(page);
  return parts;
}

/**
 * The folder of a part inside the search bundle: the first is the bundle itself, so an archive of one part has the
 * bundle it always had.
 * @example partPath(0) // ''
 * @example partPath(2) // 'part-2/'
 */
export const partPath = (part: number): string => (part === 0 ? '' : `part-${part}/`);

/** One index the search page merges into its search: a part's folder and one of its languages. */
export interface MergedIndex {
  path: string;
  language: string;
  /** The part's place in the manifest. */
  part: number;
}

/**
 * The name of one part's index of one language, by which sort values are filed and the search page searches it
 * alone.
 * @example indexId(2, 'zh-cn') // '2:zh-cn'
 */
export const indexId = ({ part, language }: Pick<MergedIndex, 'part' | 'language'>): string => `${part}:${language}`;

/**
 * What the search page loads: the part whose index of the page's own language Pagefind opens first (it searches
 * that language and takes the wasm from there), and every other index, each part's in each of its languages.
 */
export function searchPlan(
  manifest: SearchPartsManifest,
  ownLanguage: string,
): { primary: MergedIndex; merged: MergedIndex[] } {
  const indexes = manifest.parts.flatMap(({ path, languages }, part) =>
    languages.map((language) => ({ path, language, part })),
  );
  const primary = indexes.find((index) => index.language === ownLanguage) ?? {
    path: manifest.parts[0]?.path ?? '',
    language: ownLanguage,
    part: 0,
  };
  return { primary, merged: indexes.filter((index) => index !== primary) };
}

/** `values` (one per page, in any order) as the runs Pagefind's ascending order makes of them. */
export function sortRuns(values: readonly string[]): SortRuns {
  const runs: SortRuns = [];
  for (const value of values.toSorted(compareSortValues)) {
    const last = runs.at(-1);
    if (last?.[0] === value) last[1]++;
    else runs.push([value, 1]);
  }
  return runs;
}

/** The value at `place` (0: the lowest) in a part's runs; `undefined` past the end. */
export function valueAt(runs: SortRuns, place: number): string | undefined {
  let seen = 0;
  for (const [value, count] of runs) {
    seen += count;
    if (place < seen) return value;
  }
  return undefined;
}

/**
 * The order of a key's values. The archive's sort values are dates written YYYY, YYYY-MM or YYYY-MM-DD, zero-padded,
 * so their text order is their time order and the order Pagefind gives them, whether it reads them as text or in
 * natural order.
 */
export const compareSortValues = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A result of one index's sorted search: its `indexId` and its score, which is its place among that index's pages. */
export interface PlacedResult {
  index: string;
  score: number;
}

/**
 * Results from several indexes' sorted searches in one order: by the sort value at each result's place in its
 * index, then in the order given, which keeps each index's own order. Pagefind's own merge orders them by score,
 * which compares places in different indexes as if they were one.
 */
export function mergeSorted<T extends PlacedResult>(
  results: readonly T[],
  values: Readonly<Record<string, SortRuns>>,
  direction: 'asc' | 'desc',
): T[] {
  // Pagefind scores a descending sort's results by place and an ascending one's by minus the place.
  const keyed = results.map((result, i) => ({
    result,
    i,
    value: valueAt(values[result.index] ?? [], Math.abs(result.score)) ?? '',
  }));
  const sign = direction === 'desc' ? -1 : 1;
  return keyed.toSorted((a, b) => sign * compareSortValues(a.value, b.value) || a.i - b.i).map(({ result }) => result);
}
