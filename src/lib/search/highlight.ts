/**
 * The address parameter that carries a search's words to the article a reader
 * opens from the results, so the article can mark them.
 * @example '/articles/wang-lijun-organ-harvest-files/?highlight=organ'
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** The class of the `<mark>` around each searched word on an article; the site's stylesheet styles it. */
export const HIGHLIGHT_CLASS = 'search-highlight';
