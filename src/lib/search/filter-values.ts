/**
 * The search page's filter lists while their values are fetched (`src/scripts/search-filters.ts`): whether the data
 * that came holds every list's values, and what a list says until it does.
 */

/** Where a list's values stand: not asked for yet, on their way, not delivered, or drawn with their counts. */
export type FilterValuesState = 'unasked' | 'loading' | 'failed' | 'drawn';

/**
 * The filters among `offered` of which `loaded` holds no value. Pagefind does not fail when a filter's file cannot be
 * fetched: it leaves that filter out. The page offers only lists that some article has a value for
 * (`filtersWithValues`, `src/pages/search.astro`), so one missing is a failed load, and asking Pagefind again fetches
 * what it lacks.
 *
 * @example filtersWithoutValues({ topic: { 'Falun Gong': 3 }, publication: {} }, ['topic', 'publication']) // ['publication']
 */
export function filtersWithoutValues(
  loaded: Readonly<Record<string, Readonly<Record<string, number>>>>,
  offered: readonly string[],
): string[] {
  return offered.filter((filter) => Object.keys(loaded[filter] ?? {}).length === 0);
}

/**
 * What a list says, on screen and to a screen reader, while its values are not drawn: nothing until they are asked
 * for and once they are drawn.
 *
 * @example filterValuesMessage('loading', 'Topic') // 'Loading the topic list…'
 */
export function filterValuesMessage(state: FilterValuesState, label: string): string {
  const list = `${label.toLowerCase()} list`;
  if (state === 'loading') return `Loading the ${list}…`;
  if (state === 'failed') return `The ${list} could not be loaded. Check your connection, then try again.`;
  return '';
}
