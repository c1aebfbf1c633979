import type { ArticleFrontMatter } from '../../schema';
import { yearOf } from './dates';

/** The part of an article that listings need; collection entries fit it as they are. */
export interface Listable {
  id: string;
  data: Pick<ArticleFrontMatter, 'title' | 'published' | 'draft'>;
}

/**
 * The published articles, newest first; undated ones follow all dated ones, by
 * title, so the order is the same on every build.
 */
export function publishedNewestFirst<T extends Listable>(articles: readonly T[]): T[] {
  return articles.filter((a) => !a.data.draft).toSorted(compareNewestFirst);
}

function compareNewestFirst(a: Listable, b: Listable): number {
  const [da, db] = [a.data.published, b.data.published];
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? 1 : -1;
  }
  return a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id);
}

/** Articles grouped by year of publication, in the order given; undated ones in a last group with `year` undefined. */
export function groupByYear<T extends Listable>(articles: readonly T[]): { year: number | undefined; articles: T[] }[] {
  const groups = Map.groupBy(articles, (a) => (a.data.published ? yearOf(a.data.published) : undefined));
  return [...groups]
    .map(([year, inYear]) => ({ year, articles: inYear }))
    .toSorted((a, b) => (a.year === undefined ? 1 : b.year === undefined ? -1 : b.year - a.year));
}

/**
 * Every article of a newest-first list with its neighbours by date: `newer` is the one published after it, `older`
 * the one before. Only dates give articles an order a reader can follow, so an article whose source states no date
 * has no neighbours and is no dated article's neighbour (undated ones are listed by title only to keep builds
 * identical). One pass, so an archive of tens of thousands of articles is not searched once per article.
 */
export function withNeighbours<T extends Listable>(articles: readonly T[]): { article: T; newer?: T; older?: T }[] {
  const dated = (article: T | undefined): T | undefined => (article?.data.published ? article : undefined);
  return articles.map((article, index) =>
    article.data.published
      ? { article, newer: dated(articles[index - 1]), older: dated(articles[index + 1]) }
      : { article },
  );
}
