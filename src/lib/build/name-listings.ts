import type { Page, PaginateFunction } from 'astro';
import type { Article } from '../content/articles';
import { paginateGroups, type NameGroup } from '../site/groups';
import { frameShown } from './frame-shown';
import { withListingKeys } from './page-cache-key';

/** What each page of a name's listing (a topic's, an author's, a publication's) is given. */
export interface NameListingProps {
  group: NameGroup<Article>;
  page: Page<Article>;
}

/**
 * The pages of every name's listing, for the `getStaticPaths` of a route such as `authors/[author]/[...page].astro`:
 * each group paginated under its slug as the route parameter `param`, and each page keyed for the incremental build
 * by what it shows besides its articles, the site's frame and the name as readers see it.
 */
export async function nameListingPaths(
  groups: readonly NameGroup<Article>[],
  param: string,
  paginate: PaginateFunction,
) {
  const frame = await frameShown();
  return withListingKeys(paginateGroups(groups, param, paginate), ({ group }) => ({ frame, group: group.label }));
}
