import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from '../../consts';
import { nameSlug } from '../content/slugs';
import { listingKind, type LISTING_KINDS, type ListingKindName } from './listing-kinds';
import { listingUrl } from './urls';

/** The articles that share one name (a topic, an author or a publication), under one address. */
export interface NameGroup<T> {
  /** The URL slug every spelling of the name shares. */
  slug: string;
  /** The spelling shown to readers: the one most articles use. */
  label: string;
  /** The articles, in the order they were given. */
  articles: T[];
}

/**
 * Articles grouped by the names `namesOf` gives each (its tags, say), in one pass.
 * Spellings with the same slug ("Human Rights", "human rights") are one group, shown
 * with the spelling most articles use (on a tie, the first one met). An article is in
 * a group once however many of its names fall in it. Groups come sorted by label.
 * @throws when a name has no letter or digit, which the content check reports before any build.
 */
export function groupByName<T>(articles: readonly T[], namesOf: (article: T) => readonly string[]): NameGroup<T>[] {
  const groups = new Map<string, { articles: T[]; spellings: Map<string, number> }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of namesOf(article)) {
      const slug = nameSlug(name);
      if (slug === '') throw new Error(`"${name}" has no letter or digit to make an address from`);
      let group = groups.get(slug);
      if (!group) {
        group = { articles: [], spellings: new Map() };
        groups.set(slug, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) {
        seen.add(slug);
        group.articles.push(article);
      }
    }
  }
  return [...groups]
    .map(([slug, { articles: inGroup, spellings }]) => ({ slug, label: mostUsed(spellings), articles: inGroup }))
    .toSorted((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

/** The key with the highest count; on a tie, the first inserted. */
function mostUsed(counts: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? '';
}

/** The part of an article that grouping by name needs; collection entries fit it as they are. */
interface Named {
  data: { tags: readonly string[]; authors?: readonly string[]; publication?: string };
}

/** The kinds of listing that gather articles by names their front matter gives: topics, authors, publications. */
export type NameKind = {
  [K in ListingKindName]: (typeof LISTING_KINDS)[K] extends { names: string } ? K : never;
}[ListingKindName];

/** The names an article gives for listings of `kind`, from the kind's front-matter field: none, one or several. */
export function namesFor(article: Named, kind: NameKind): readonly string[] {
  const field = listingKind(kind).names;
  const names = field && article.data[field];
  if (!names) return [];
  return typeof names === 'string' ? [names] : names;
}

/**
 * Articles by their names of one kind: an article with two authors is in both groups, and one whose source names
 * no publication in no publication's.
 */
export const groupByKind = <T extends Named>(articles: readonly T[], kind: NameKind): NameGroup<T>[] =>
  groupByName(articles, (article) => namesFor(article, kind));

/** Articles by topic. */
export const groupByTag = <T extends Named>(articles: readonly T[]): NameGroup<T>[] => groupByKind(articles, 'topic');

/** Articles by author. */
export const groupByAuthor = <T extends Named>(articles: readonly T[]): NameGroup<T>[] =>
  groupByKind(articles, 'author');

/** Articles by publication. */
export const groupByPublication = <T extends Named>(articles: readonly T[]): NameGroup<T>[] =>
  groupByKind(articles, 'publication');

/**
 * The spelling readers see for each name, by the slug all its spellings share, so
 * a page can show an article's names as their groups do without grouping again.
 */
export const labelsBySlug = (groups: readonly NameGroup<unknown>[]): Map<string, string> =>
  new Map(groups.map((group) => [group.slug, group.label]));

/**
 * The pages of every group's listing, for a route's `getStaticPaths`: each group paginated
 * under its slug as the route parameter `param`, the group itself passed as a prop.
 */
export function paginateGroups<T>(groups: readonly NameGroup<T>[], param: string, paginate: PaginateFunction) {
  return groups.flatMap((group) =>
    paginate(group.articles, { params: { [param]: group.slug }, props: { group }, pageSize: PAGE_SIZE }),
  );
}

/** One name of a kind's index page (`/authors/`): where its listing is and how many articles it has. */
export interface IndexEntry {
  label: string;
  url: string;
  count: number;
}

/** The entries of the index page of `kind`, one per group, in the groups' order, each leading to its listing. */
export const indexEntries = (groups: readonly NameGroup<unknown>[], kind: NameKind): IndexEntry[] =>
  groups.map(({ slug, label, articles }) => ({ label, url: listingUrl(kind, slug), count: articles.length }));
