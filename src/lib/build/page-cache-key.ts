import { createHash } from 'node:crypto';
import type { ArticleFrontMatter } from '../../schema';

/**
 * A page's `cacheKey` for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs): a digest
 * of everything the page shows that is not its route's code, so a page is reused only while all of it is
 * unchanged. Astro itself adds the code of the route and everything it imports, the configuration, the lockfile
 * and the rendered text of each content entry the page renders; everything else the page shows must be in `shown`.
 * @example pageCacheKey({ title: 'A' }) === pageCacheKey({ title: 'A' }) // true
 */
export const pageCacheKey = (shown: unknown): string =>
  createHash('sha256').update(JSON.stringify(shown)).digest('base64url');

/**
 * What a page can show of an entry: its id, its front matter as the schema read it, and the digest Astro keeps of
 * its whole file (which changes with any edit to it, text included).
 */
export const shownOf = (entry: { id: string; digest?: string | number | undefined; data: unknown }) => ({
  id: entry.id,
  digest: entry.digest,
  data: entry.data,
});

/** The front matter a listing's summary of an article shows. */
type SummaryFields = Pick<ArticleFrontMatter, 'title' | 'published' | 'publication' | 'description'>;

/**
 * What a listing shows of one article (`components/ArticleSummary.astro`, and the title, date and publication of an
 * entity page's entry): its address, title, date, publication and description. Not its text, topics or authors, so
 * an edit of an article's text re-renders its own page but none of the listings that carry it.
 * @example summaryShown({ id: 'a', data: { title: 'A', tags: ['T'] } }) // { id: 'a', title: 'A', published: undefined, … }
 */
export const summaryShown = ({ id, data }: { id: string; data: SummaryFields }) => ({
  id,
  title: data.title,
  published: data.published,
  publication: data.publication,
  description: data.description,
});

/** An article as a listing's summary reads it. */
type Summarised = { id: string; data: SummaryFields };

/** An article page's own article and the others it links to: its related articles and its neighbours by date. */
export interface ArticlePageArticles<A> {
  article: A;
  related: readonly A[];
  newer?: A | undefined;
  older?: A | undefined;
}

/**
 * The key of an article's page (`pages/articles/[slug].astro`): all of its own article (`shownOf`, text included),
 * but only the summaries of its related articles (`components/ArticleSummary.astro`) and of its older and newer
 * neighbours (`components/ArticleNav.astro`, which shows less), with `shown`: the page's other facts. So an edit of
 * one article's text renders its own page again, not the pages that list it as related or as a neighbour.
 */
export const articlePageKey = <A extends Summarised & { digest?: string | number | undefined }>(
  { article, related, newer, older }: ArticlePageArticles<A>,
  shown: unknown,
): string =>
  pageCacheKey({
    shown,
    article: shownOf(article),
    related: related.map(summaryShown),
    newer: newer && summaryShown(newer),
    older: older && summaryShown(older),
  });

/** The part of Astro's `Page` (from `paginate`) that a listing page shows. */
export interface ListingPage<A> {
  data: readonly A[];
  currentPage: number;
  lastPage: number;
  total: number;
  start: number;
  end: number;
}

/**
 * The key of one page of a paginated listing (`layouts/ListingLayout.astro`): the summaries it shows, in order, and
 * where the page sits in its listing (its number, the last page's, the total and the range on it, which make its
 * heading and its links to the other pages), with `shown`: the listing's own facts (its name, its years).
 * Which articles another page of the listing shows is not part of it: only its address, which the numbers give.
 */
export const listingPageKey = (page: ListingPage<Summarised>, shown: unknown): string => {
  const { currentPage, lastPage, total, start, end } = page;
  return pageCacheKey({ shown, currentPage, lastPage, total, start, end, summaries: page.data.map(summaryShown) });
};

/**
 * Gives each page of a paginated route (the entries `paginate` returns, each with its `page` prop) its `listingPageKey`,
 * with the facts `shown` reads off the entry's other props (a topic's name, the listing's years).
 */
export const withListingKeys = <T extends { props: { page: ListingPage<Summarised> } }>(
  paths: readonly T[],
  shown: (props: T['props']) => unknown,
): (T & { cacheKey: string })[] =>
  paths.map((path) => ({ ...path, cacheKey: listingPageKey(path.props.page, shown(path.props)) }));
