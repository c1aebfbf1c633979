/**
 * "Did you mean …" on the search page: when a search finds few or no results, the archive's words
 * (`/search/vocabulary.json`, fetched then and only once) give a corrected query, offered as a link to its search.
 * The search page's script calls `offerSuggestion` each time results arrive.
 */
import { FEW_RESULTS, suggestQuery } from '../lib/search/did-you-mean';
import { parseSearchState, searchStateToQueryString } from '../lib/search/search-state';
import type { Vocabulary } from '../lib/search/vocabulary';

let vocabulary: Promise<Vocabulary | undefined> | undefined;
/** The query of the latest search, so a suggestion worked out for an earlier one is never shown. */
let latest = '';

/** The archive's words, fetched once; a failed fetch is tried again at the next search that needs it. */
function loadVocabulary(url: string): Promise<Vocabulary | undefined> {
  vocabulary ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
    .catch(() => undefined)
    .then((words) => {
      if (!words) vocabulary = undefined;
      return words;
    });
  return vocabulary;
}

/** Shows, or takes away, the suggestion for the search for `query` that found `resultCount` results. */
export function offerSuggestion(query: string, resultCount: number): void {
  const container = document.querySelector<HTMLElement>('[data-search-suggestion]');
  const url = container?.dataset.vocabulary;
  if (!container || !url) return;
  latest = query;
  if (resultCount >= FEW_RESULTS || query.trim() === '') {
    container.replaceChildren();
    return;
  }
  void loadVocabulary(url).then((words) => {
    if (query !== latest) return;
    const suggestion = words && suggestQuery(query, words);
    if (!suggestion) {
      container.replaceChildren();
      return;
    }
    // The same search with the corrected words: filters and sort stay as the reader set them.
    const link = document.createElement('a');
    link.href = `${location.pathname}${searchStateToQueryString({ ...parseSearchState(location.search), query: suggestion })}`;
    link.textContent = suggestion;
    const advice = document.createElement('p');
    advice.append('Did you mean ', link, '?');
    container.replaceChildren(advice);
  });
}
