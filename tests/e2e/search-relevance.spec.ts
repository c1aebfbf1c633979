/**
 * Search relevance over the fixture site: a table of queries a reader would type, each with the article that must be
 * among the first three results. Queries run through Pagefind's own API with every language's index merged in, as
 * the search page does; a misspelt query runs as the search page's "Did you mean …" corrects it. The test prints
 * the score and fails below 100 %. A date range goes to Pagefind as the search page sends it (the range's years as
 * the year filter) and results in a year the range starts or ends within are held to their month, as the page does.
 */
import type { Page } from '@playwright/test';
import { suggestQuery } from '../../src/lib/search/did-you-mean';
import { UNDATED_YEAR, type SearchFilter } from '../../src/lib/search/index-contract';
import {
  inDateRange,
  monthBoundaryYears,
  pagefindFilters,
  parseSearchState,
  shownDateMonth,
} from '../../src/lib/search/search-state';
import type { Vocabulary } from '../../src/lib/search/vocabulary';
import { articleUrl, searchBundleUrl, searchVocabularyUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

interface RelevanceCase {
  /** What the case tests, for the report. */
  kind: string;
  /** The words typed; `null` for a search by filters alone. */
  query: string | null;
  filters?: Partial<Record<SearchFilter, string[]>>;
  /** The slug of the article that must be among the first three results. */
  expected: string;
  /** The query is a misspelling, searched as "Did you mean …" corrects it. */
  corrected?: boolean;
  /** A date range as the address writes it: `from=2021-04&to=2021-04`. */
  range?: string;
  /** A published article the range must leave out, though the words (or filters) alone find it. */
  outOfRange?: string;
}

const TOP = 3;

const CASES: RelevanceCase[] = [
  { kind: 'name in the text', query: 'Kilgour', expected: 'seed-copy-kilgour' },
  { kind: 'name in the text', query: 'Wang Lijun', expected: 'seed-copy-wang-lijun' },
  { kind: 'name in the text', query: 'Chongqing', expected: 'seed-copy-wang-lijun' },
  { kind: 'name in the text', query: 'Anastasia Lin', expected: 'seed-copy-kilgour' },
  { kind: 'name in the text', query: 'Gutmann Matas', expected: 'seed-copy-kilgour' },
  { kind: 'name in the byline', query: 'Bylinewright', expected: 'english-with-chinese-phrase' },
  { kind: 'name in the byline', query: 'Example Writer', expected: 'saved-page-capture' },
  { kind: 'name in the byline', query: 'Writer', expected: 'saved-page-capture' },
  { kind: 'publication', query: 'Epoch Times', expected: 'seed-copy-wang-lijun' },
  { kind: 'phrase', query: '"consulate in Chengdu"', expected: 'seed-copy-wang-lijun' },
  { kind: 'phrase', query: '"round-table discussion"', expected: 'seed-copy-kilgour' },
  { kind: 'phrase', query: '"Hospital records"', expected: 'saved-page-capture' },
  { kind: 'stemmed form', query: 'harvested', expected: 'seed-copy-wang-lijun' },
  { kind: 'stemmed form', query: 'persecute', expected: 'seed-copy-kilgour' },
  { kind: 'stemmed form', query: 'transplanted', expected: 'seed-copy-kilgour' },
  { kind: 'stemmed form', query: 'reviewing', expected: 'saved-page-capture' },
  { kind: 'stemmed form', query: 'executes', expected: 'seed-copy-wang-lijun' },
  { kind: 'Chinese, lang stated', query: '医院', expected: 'chinese-language-fixture' },
  { kind: 'Chinese, read from the text', query: '登记', expected: 'chinese-simplified-without-lang' },
  { kind: 'Chinese, Traditional', query: '統計', expected: 'chinese-traditional-without-lang' },
  { kind: 'Chinese, Traditional', query: '捐贈', expected: 'chinese-traditional-without-lang' },
  { kind: 'Chinese inside English', query: '名单', expected: 'english-with-chinese-phrase' },
  { kind: 'Chinese inside English', query: '公开', expected: 'english-with-chinese-phrase' },
  { kind: 'typo', query: 'kilgor', corrected: true, expected: 'seed-copy-kilgour' },
  { kind: 'typo', query: 'chonqging', corrected: true, expected: 'seed-copy-wang-lijun' },
  { kind: 'typo', query: 'consualte', corrected: true, expected: 'seed-copy-wang-lijun' },
  { kind: 'typo', query: 'bylinewrigth', corrected: true, expected: 'english-with-chinese-phrase' },
  { kind: 'typo, two words', query: 'matsa gutmnn', corrected: true, expected: 'seed-copy-kilgour' },
  {
    kind: 'filter alone',
    query: null,
    filters: { publication: ['The Epoch Times'] },
    expected: 'seed-copy-wang-lijun',
  },
  { kind: 'filter alone', query: null, filters: { topic: ['Saved pages'] }, expected: 'saved-page-capture' },
  { kind: 'date range of years', query: 'organ', range: 'from=2012&to=2012', expected: 'seed-copy-wang-lijun' },
  {
    kind: 'date range alone',
    query: null,
    range: 'from=2020&to=2020',
    expected: 'chinese-language-fixture',
    outOfRange: 'chinese-simplified-without-lang',
  },
  {
    kind: 'date range of months',
    query: null,
    range: 'from=2021-04&to=2021-04',
    expected: 'chinese-traditional-without-lang',
    outOfRange: 'chinese-simplified-without-lang',
  },
];

/** The results' addresses and shown dates, best first, with every language's index merged in as the search page does. */
async function searchResults(
  page: Page,
  query: string | null,
  filters: Record<string, unknown> = {},
): Promise<{ url: string; date: string }[]> {
  return page.evaluate(
    async ({ bundle, query, filters }) => {
      const root = document.querySelector<HTMLElement>('[data-archive-search]');
      // The search page names each other language's index (and the language's name, for its filter).
      const languages = (JSON.parse(root?.dataset.otherLanguages ?? '[]') as { index: string }[]).map(
        ({ index }) => index,
      );
      const global = window as { __relevancePagefind?: Promise<unknown> };
      global.__relevancePagefind ??= (async () => {
        const pagefind = await import(`${bundle}pagefind.js`);
        await pagefind.options({ bundlePath: bundle });
        for (const language of languages)
          await pagefind.mergeIndex(new URL(bundle, location.origin).href, { language, baseUrl: '/' });
        return pagefind;
      })();
      const pagefind = (await global.__relevancePagefind) as {
        search(
          query: string | null,
          options: object,
        ): Promise<{ results: { data(): Promise<{ url: string; meta: { date?: string } }> }[] }>;
      };
      const search = await pagefind.search(query, { filters });
      return Promise.all(
        search.results.map(async (result) => {
          const { url, meta } = await result.data();
          return { url, date: meta.date ?? '' };
        }),
      );
    },
    { bundle: searchBundleUrl(), query, filters },
  );
}

test('every query finds its article among the first three results', async ({ page, articles, request }) => {
  test.setTimeout(180_000);
  const slugs = new Set(published(articles).map((a) => a.slug));
  expect(
    CASES.filter((c) => !slugs.has(c.expected)).map((c) => c.expected),
    'every expected article is a published fixture',
  ).toEqual([]);
  expect(CASES.length).toBeGreaterThanOrEqual(25);

  const vocabulary = (await (await request.get(searchVocabularyUrl())).json()) as Vocabulary;
  // The year-filter values the index holds, as the search page reads them from Pagefind.
  const years = [
    ...new Set(published(articles).map((a) => (a.data.published ? a.data.published.slice(0, 4) : UNDATED_YEAR))),
  ];
  /** The results' addresses as the search page lists them, a date range applied as the page applies it. */
  const searchUrls = async (query: string | null, { filters = {}, range }: RelevanceCase): Promise<string[]> => {
    if (!range) return (await searchResults(page, query, filters)).map(({ url }) => url);
    const state = parseSearchState(`?${range}`);
    const edges = new Set(monthBoundaryYears(state));
    const results = await searchResults(page, query, { ...filters, ...pagefindFilters(state, years) });
    return results
      .filter(({ date }) => {
        const month = shownDateMonth(date);
        return !edges.has(month?.slice(0, 4) ?? '') || (month !== undefined && inDateRange(month, state));
      })
      .map(({ url }) => url);
  };
  await page.goto('/search/');
  const lines: string[] = [];
  let passed = 0;
  for (const searchCase of CASES) {
    const { kind, query, filters, expected, corrected, range, outOfRange } = searchCase;
    const searched = corrected && query !== null ? suggestQuery(query, vocabulary) : query;
    const urls = searched === undefined ? [] : await searchUrls(searched, searchCase);
    const rank = urls.indexOf(articleUrl(expected)) + 1;
    const leftOut = outOfRange === undefined || !urls.includes(articleUrl(outOfRange));
    const ok = rank > 0 && rank <= TOP && leftOut;
    if (ok) passed++;
    const asked = [query, filters && JSON.stringify(filters), range].filter(Boolean).join(' ');
    const how = corrected ? ` (as "${searched ?? 'no suggestion'}")` : '';
    const outside = leftOut ? '' : `, but ${outOfRange} is listed too`;
    lines.push(
      `  ${ok ? '✓' : '✗'} ${kind}: ${asked}${how} → ${expected} ${rank > 0 ? `#${rank}` : 'not found'}${outside}`,
    );
  }
  const score = (passed / CASES.length) * 100;
  console.log(
    `Search relevance: ${passed} of ${CASES.length} queries (${score.toFixed(1)} %) find their article in the first ${TOP}\n${lines.join('\n')}`,
  );
  expect(score, lines.filter((line) => line.includes('✗')).join('\n')).toBe(100);
});
