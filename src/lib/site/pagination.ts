/** One entry of a numbered page navigation: a page number, or a gap standing for the pages left out. */
export type PageLink = number | 'gap';

/**
 * The page numbers a navigation shows: always the first and last page, and the
 * pages within `around` of the current one; a run of left-out pages becomes one
 * gap, except a single page, which is shown instead (a gap would take its place anyway).
 * @example pageLinks(6, 12) // [1, 'gap', 5, 6, 7, 'gap', 12]
 */
export function pageLinks(current: number, last: number, around = 1): PageLink[] {
  const links: PageLink[] = [];
  let previous = 0;
  for (let page = 1; page <= last; page++) {
    const shown = page === 1 || page === last || Math.abs(page - current) <= around;
    if (!shown) continue;
    if (page - previous === 2) links.push(page - 1);
    else if (page - previous > 2) links.push('gap');
    links.push(page);
    previous = page;
  }
  return links;
}
