/**
 * Search relevance over the fixture site: a table of queries a reader would type, each with the article that must be
 * among the first three results. Queries run through Pagefind's own API with every language's index merged in, as
 * the search page does; a misspelt query runs as the search page's "Did you mean …" corrects it. The test prints
 * the score and fails below 100 %. New kinds of query (date ranges, say) are new rows.
 */
import type { Page } from '@playwright/test';
import { suggestQuery } from '../../src/lib/search/did-you-mean';
import type { SearchFilter } from '../../src/lib/search/index-contract';
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
];

/** The addresses of the results, best first, with every language's index merged in as the search page does. */
async function searchUrls(page: Page, query: string | null, filters: RelevanceCase['filters'] = {}): Promise<string[]> {
  return page.evaluate(
    async ({ bundle, query, filters }) => {
      const root = document.querySelector<HTMLElement>('[data-archive-search]');
      const languages: string[] = JSON.parse(root?.dataset.otherLanguages ?? '[]');
      const global = window as { __relevancePagefind?: Promise<unknown> };
      global.__relevancePagefind ??= (async () => {
        const pagefind = await import(`${bundle}pagefind.js`);
        await pagefind.options({ bundlePath: bundle });
        for (const language of languages)
          await pagefind.mergeIndex(new URL(bundle, location.origin).href, { language, baseUrl: '/' });
        return pagefind;
      })();
      const pagefind = (await global.__relevancePagefind) as {
        search(query: string | null, options: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const search = await pagefind.search(query, { filters });
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
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
  await page.goto('/search/');
  const lines: string[] = [];
  let passed = 0;
  for (const { kind, query, filters, expected, corrected } of CASES) {
    const searched = corrected && query !== null ? suggestQuery(query, vocabulary) : query;
    const urls = searched === undefined ? [] : await searchUrls(page, searched, filters);
    const rank = urls.indexOf(articleUrl(expected)) + 1;
    const ok = rank > 0 && rank <= TOP;
    if (ok) passed++;
    const asked = query ?? JSON.stringify(filters);
    const how = corrected ? ` (as "${searched ?? 'no suggestion'}")` : '';
    lines.push(`  ${ok ? '✓' : '✗'} ${kind}: ${asked}${how} → ${expected} ${rank > 0 ? `#${rank}` : 'not found'}`);
  }
  const score = (passed / CASES.length) * 100;
  console.log(
    `Search relevance: ${passed} of ${CASES.length} queries (${score.toFixed(1)} %) find their article in the first ${TOP}\n${lines.join('\n')}`,
  );
  expect(score, lines.filter((line) => line.includes('✗')).join('\n')).toBe(100);
});
