/**
 * The search page's one script. Pagefind's Component UI draws the box, results,
 * summary and filters; this adds what it has no part for: the search kept in the
 * address bar (reload, share, Back and Forward), the sort order, articles in other
 * languages, advice when nothing matched, and the `/` shortcut.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight';
import { offerSuggestion } from './did-you-mean';
import { repairFilterDropdowns } from './filter-dropdowns';
import {
  isSearchSort,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  sameSearch,
  searchStateFrom,
  searchStateToQueryString,
  type SearchState,
} from '../lib/search/search-state';

/** The parts of Pagefind's Component UI (`window.PagefindComponents`, 1.6) this script uses. */
interface PagefindInstance {
  searchTerm: string;
  searchSort: Record<string, 'asc' | 'desc'>;
  on(event: 'search', callback: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: 'results', callback: (search: { results: unknown[] }) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
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

const root = document.querySelector<HTMLElement>('[data-archive-search]');
const components = window.PagefindComponents;
if (root && components) start(root, components);
else root?.querySelector<HTMLElement>('[data-search-unavailable]')?.removeAttribute('hidden');

function start(root: HTMLElement, components: PagefindComponents): void {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const otherLanguages: string[] = JSON.parse(root.dataset.otherLanguages ?? '[]');
  const instance = components.configureInstance('default', {
    bundlePath: bundle,
    highlightParam: HIGHLIGHT_PARAM,
    // Pagefind searches only the index of the page's own language. Each other language's index is merged in by the
    // bundle's full URL, as Pagefind skips a merge whose path starts its own bundle path, taking it for itself; the
    // base URL keeps that origin out of the result links.
    mergeIndex: otherLanguages.map((language) => ({
      bundlePath: new URL(bundle, location.origin).href,
      baseUrl: '/',
      language,
    })),
  });
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  repairFilterDropdowns(root);

  let shown = parseSearchState(location.search);

  /** Runs `state` through Pagefind; the UI's box, filters and results all follow the search it reports. */
  const show = (state: SearchState): void => {
    shown = state;
    if (sortSelect) sortSelect.value = state.sort;
    // Pagefind leaves the box alone while it has focus, but Back and Forward must show the query they return to.
    const box = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (box && box.value !== state.query) box.value = state.query;
    instance.searchSort = pagefindSort(state.sort);
    instance.triggerSearchWithFilters(state.query, pagefindFilters(state));
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

  instance.on('search', (term, filters) => record(searchStateFrom(term, filters, shown.sort)));
  instance.on('results', ({ results }) => offerSuggestion(instance.searchTerm, results.length));
  // Pagefind's summary says that nothing matched; this says what to try next.
  const emptyHelp = root.querySelector<HTMLElement>('[data-search-empty]');
  const resultsList = root.querySelector<PagefindResultsElement>('pagefind-results');
  const more = root.querySelector<HTMLElement>('[data-search-more]');
  const moreCount = root.querySelector<HTMLElement>('[data-search-more-count]');
  const showAll = root.querySelector<HTMLButtonElement>('[data-search-show-all]');
  instance.on('results', ({ results }) => {
    if (emptyHelp) emptyHelp.hidden = results.length > 0 || instance.searchTerm.trim() === '';
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
  sortSelect?.addEventListener('change', () => {
    const sort = isSearchSort(sortSelect.value) ? sortSelect.value : 'relevance';
    record({ ...shown, sort });
    show(shown);
  });
  window.addEventListener('popstate', () => show(parseSearchState(location.search)));
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const box = root.querySelector<HTMLInputElement>('pagefind-input input');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });

  if (sortSelect) sortSelect.value = shown.sort;
  // An empty search waits for the reader, so opening the page costs nothing until they type.
  if (searchStateToQueryString(shown) !== '') show(shown);
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
