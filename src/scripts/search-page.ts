/**
 * The search page's one script. Pagefind's Component UI draws the box, summary and results; this adds what it has
 * no part for: the search kept in the address bar (reload, share, Back and Forward), the site's own filter controls
 * and chips (src/scripts/search-filters.ts), lists made by filters alone, the date range, the sort order, articles
 * in other languages, the passages listed under each result, advice when nothing matched, and the `/` shortcut.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight';
import { UNDATED_YEAR } from '../lib/search/index-contract';
import { offerSuggestion } from './did-you-mean';
import {
  hasQuery,
  inDateRange,
  isEmptySearch,
  isNarrowed,
  monthBoundaryYears,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  rangeHasMonth,
  sameSearch,
  searchStateFrom,
  searchStateToQueryString,
  shownDateMonth,
  shownSort,
  type PagefindFilterValue,
  type SearchPageFilter,
  type SearchState,
} from '../lib/search/search-state';
import { distinctSubResults, type SubResult } from '../lib/search/sub-results';
import { searchFilterControls, type FilterCounts } from './search-filters';
import {
  lazyPagefind,
  type PagefindApi,
  type PagefindResponse,
  type PagefindResult,
  type SearchOptions,
} from './search-loader';

/** The parts of Pagefind's Component UI instance (`window.PagefindComponents`, 1.6) this script uses. */
interface PagefindInstance {
  searchTerm: string;
  searchSort: Record<string, 'asc' | 'desc'>;
  /** When set, a search without words lists every article its filters allow instead of clearing the results. */
  faceted: boolean;
  /**
   * The loaded `pagefind.js`. Not part of the Component UI's documented interface, which has no step between a
   * search and its results. Set by this script before the Component UI loads its own, so it never does: the search
   * index's parts are merged, and filter data fetched, by `./search-loader.ts`, and the date range's months are
   * checked on the way (see `rangedApi`).
   */
  __pagefind__?: PagefindApi | null;
  on(event: 'search', callback: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: 'results', callback: (search: PagefindResponse) => void): void;
  on(event: 'filters', callback: (filters: { available: FilterCounts; total: FilterCounts | null }) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, PagefindFilterValue>): void;
  setTranslations(strings: Record<string, string>): void;
  getDisplaySubResults(result: { url: string; excerpt: string; sub_results?: SubResult[] }, max?: number): SubResult[];
}
/** Pagefind's `<pagefind-results>`, which draws at most `maxResults` results (0: all), read at each search. */
interface PagefindResultsElement extends HTMLElement {
  maxResults: number;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Another language's index, by the name Pagefind files it under, and the language's name as results show it. */
interface OtherLanguage {
  index: string;
  name: string;
}

const root = document.querySelector<HTMLElement>('[data-archive-search]');
const components = window.PagefindComponents;
if (root && components) start(root, components);
else root?.querySelector<HTMLElement>('[data-search-unavailable]')?.removeAttribute('hidden');

function start(root: HTMLElement, components: PagefindComponents): void {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const otherLanguages: OtherLanguage[] = JSON.parse(root.dataset.otherLanguages ?? '[]');
  const ownLanguage = root.dataset.ownLanguage ?? '';
  const years: string[] = JSON.parse(root.dataset.years ?? '[]');
  const labels: Partial<Record<SearchPageFilter, string>> = JSON.parse(root.dataset.filterLabels ?? '{}');
  const instance = components.configureInstance('default', { bundlePath: bundle, highlightParam: HIGHLIGHT_PARAM });
  // Pagefind searches only the index of the page's own language; the loader merges in each other language's, and
  // each language's pages carry their language as a filter value, so results can be narrowed by it.
  const pagefind = lazyPagefind({
    bundle,
    ownIndex: root.dataset.ownIndex ?? '',
    ownLanguage,
    languageNames: Object.fromEntries(otherLanguages.map(({ index, name }) => [index, name])),
    // Two lines of context at the page's width rather than three, so ten results fit in about two screens.
    options: { highlightParam: HIGHLIGHT_PARAM, excerptLength: 22 },
    lists: [...root.querySelectorAll<HTMLElement>('details[data-filter]')].map((menu) => menu.dataset.filter ?? ''),
  });
  /** How many undated articles each answered search left out for its date range. */
  const undatedLeftOut = new WeakMap<PagefindResponse, number>();
  instance.__pagefind__ = rangedApi(pagefind, () => shown, undatedLeftOut);
  // A list made by filters alone is counted in articles, as the archive's listings are.
  instance.setTranslations({
    total_zero_results: 'No article matches these filters',
    total_one_result: '1 article',
    total_many_results: '[COUNT] articles',
  });
  instance.getDisplaySubResults = (result) => distinctSubResults(result, result.sub_results ?? []);

  const box = (): HTMLInputElement | null => root.querySelector<HTMLInputElement>('pagefind-input input');
  const startPanel = root.querySelector<HTMLElement>('[data-search-start]');
  const controls = searchFilterControls(
    root,
    labels,
    (update) => {
      const next = update(shown);
      record(next);
      show(next);
    },
    // The values and their counts come with a search once the filters' data is in: the one the reader is on by then,
    // which may not be the one the list was opened on. Words typed meanwhile count too, and stay in the box: Pagefind's
    // box searches for what it holds once its pause is over, so `show`, which puts the shown search's words back in
    // it, would search for the old words in their place.
    () =>
      pagefind
        .wantFilters()
        .then(() => instance.triggerSearchWithFilters(box()?.value ?? shown.query, pagefindFilters(shown, years))),
  );

  let shown = parseSearchState(location.search);

  /** Brings every part of the page Pagefind does not draw in line with `state`, and readies Pagefind's next search. */
  const follow = (state: SearchState): void => {
    controls.show(state);
    if (startPanel) startPanel.hidden = !isEmptySearch(state);
    // Only a search without words needs it. Set for one with words, Pagefind would also run an empty search as it
    // loads, which would take the words out of the address.
    instance.faceted = isNarrowed(state) && !hasQuery(state);
    instance.searchSort = pagefindSort(shownSort(state));
  };

  /** Runs `state` through Pagefind; its box, summary and results all follow the search it reports. */
  const show = (state: SearchState): void => {
    shown = state;
    follow(state);
    // Pagefind leaves the box alone while it has focus, but Back and Forward must show the query they return to.
    const input = box();
    if (input && input.value !== state.query) input.value = state.query;
    // A search arriving with a filter shows that filter's chips and counts, so it needs the filters' data.
    // If it fails, a list opened later asks again and says so.
    if (isNarrowed(state)) pagefind.wantFilters().catch((error: unknown) => console.error(error));
    instance.triggerSearchWithFilters(state.query, pagefindFilters(state, years));
  };

  const record = (state: SearchState): void => {
    if (sameSearch(state, shown)) return;
    // Typing more of the same words, or taking some back, refines the search the reader is on, so it replaces the
    // history entry; new words, a filter or a sort start a new one, so Back returns to the previous search rather
    // than to each keystroke. Decided by the words, not by timing, so a slow machine behaves the same.
    const stillTyping =
      state.query !== shown.query &&
      sameSearch({ ...state, query: '' }, { ...shown, query: '' }) &&
      (state.query.startsWith(shown.query) || shown.query.startsWith(state.query)) &&
      shown.query.trim() !== '';
    const url = `${location.pathname}${searchStateToQueryString(state)}`;
    if (stillTyping) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    shown = state;
  };

  instance.on('search', (term, filters) => {
    const state = searchStateFrom(term, filters, shown);
    record(state);
    follow(state);
  });

  instance.on('filters', ({ available, total }) => {
    if (pagefind.filtersWanted) controls.showCounts(available, total ?? available);
  });

  instance.on('results', ({ results }) => offerSuggestion(instance.searchTerm, results.length));
  // Pagefind's summary says that nothing matched; this says what to try next.
  const emptyHelp = root.querySelector<HTMLElement>('[data-search-empty]');
  const rangeNote = root.querySelector<HTMLElement>('[data-search-range-note]');
  const resultsList = root.querySelector<PagefindResultsElement>('pagefind-results');
  const more = root.querySelector<HTMLElement>('[data-search-more]');
  const moreCount = root.querySelector<HTMLElement>('[data-search-more-count]');
  const showAll = root.querySelector<HTMLButtonElement>('[data-search-show-all]');
  instance.on('results', (search) => {
    const { results } = search;
    if (emptyHelp) emptyHelp.hidden = results.length > 0 || instance.searchTerm.trim() === '';
    const undated = undatedLeftOut.get(search) ?? 0;
    if (rangeNote) {
      rangeNote.hidden = undated === 0;
      rangeNote.textContent =
        undated === 1
          ? 'One article that would match states no date, so the date range leaves it out.'
          : `${undated.toLocaleString('en')} articles that would match state no date, so the date range leaves them out.`;
    }
    // Pagefind draws only the first `maxResults`; say so and offer the rest, rather than leave them out silently.
    const drawn = resultsList?.maxResults ?? 0;
    const cut = drawn > 0 && results.length > drawn;
    if (more) more.hidden = !cut;
    if (cut && moreCount)
      moreCount.textContent = `Showing the first ${drawn} of ${results.length.toLocaleString('en')} results.`;
  });
  showAll?.addEventListener('click', () => {
    if (!resultsList) return;
    // From now on every result is drawn, for this search and the next ones, until the page is loaded again.
    resultsList.maxResults = 0;
    show(shown);
    // The button goes with the notice, so the focus moves to the list, where the rest of the results now follow.
    resultsList.tabIndex = -1;
    resultsList.focus();
  });
  window.addEventListener('popstate', () => show(parseSearchState(location.search)));
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const input = box();
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  // The index loads when the reader reaches the box, so the first search need not wait for it.
  root.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target.closest('pagefind-input')) pagefind.load();
  });
  // Each word's part of the index is fetched as it is typed, while the box waits out its pause (Pagefind's own
  // `debouncedSearch` does the same); the search that follows finds it loaded.
  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.closest('pagefind-input'))
      pagefind.preload(event.target.value);
  });
  follow(shown);
  // An empty search waits for the reader, so opening the page costs nothing until they type or open a filter.
  if (!isEmptySearch(shown)) show(shown);
  // Arriving without words, the reader came to type them; with words, to read the results, so the box waits.
  if (shown.query.trim() === '') box()?.focus();
}

/**
 * `pagefind.js` with its search made to honour the date range's months. Pagefind filters by year only: the range's
 * years go to it as a filter (`pagefindFilters`), and here the results of a year the range starts or ends within
 * have their date checked, from the date they show. Each search while a range is set also counts the undated
 * articles it would have found, for the page to say how many the range left out.
 */
function rangedApi(
  api: PagefindApi,
  current: () => SearchState,
  undatedLeftOut: WeakMap<PagefindResponse, number>,
): PagefindApi {
  return {
    ...api,
    async search(term, options = {}) {
      const state = current();
      const response = await api.search(term, options);
      if (!response || (state.from === '' && state.to === '')) return response;
      const others = { ...options.filters };
      delete others.year;
      const [undated, kept] = await Promise.all([
        api.search(term, { ...options, filters: { ...others, year: [UNDATED_YEAR] } }),
        rangeHasMonth(state) ? withinMonths(api, term, options, response.results, state) : response.results,
      ]);
      const answer = { ...response, results: kept };
      undatedLeftOut.set(answer, undated?.results.length ?? 0);
      return answer;
    },
  };
}

/** The results whose month lies in the range: only those of the range's first and last years need a look. */
async function withinMonths(
  api: PagefindApi,
  term: string | null,
  options: SearchOptions,
  results: PagefindResult[],
  state: SearchState,
): Promise<PagefindResult[]> {
  const atEdges = await api.search(term, {
    ...options,
    filters: { ...options.filters, year: { any: monthBoundaryYears(state) } },
  });
  const edge = new Set(atEdges?.results.map((result) => result.id));
  const inRange = await Promise.all(
    results.map(async (result) => {
      if (!edge.has(result.id)) return true;
      const month = shownDateMonth((await result.data()).meta.date ?? '');
      return month !== undefined && inDateRange(month, state);
    }),
  );
  return results.filter((_, i) => inRange[i]);
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
