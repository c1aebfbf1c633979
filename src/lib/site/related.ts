import type { ArticleFrontMatter } from '../../schema';
import { nameSlug } from '../content/slugs';

/** The part of an article that relating needs; collection entries fit it as they are. */
export interface Relatable {
  id: string;
  data: Pick<ArticleFrontMatter, 'tags' | 'published'>;
}

/** How to bound the work for topics that most of the archive shares. */
export interface RelatedOptions {
  /** A topic with more articles than this is "common". */
  commonTopicSize: number;
  /** From a common topic, only this many articles on either side of the article, by date, are considered. */
  commonTopicWindow: number;
}

/** The bounds the site uses: exact below 500 articles a topic; beyond, the 100 nearest in date either side. */
export const RELATED_OPTIONS: RelatedOptions = { commonTopicSize: 500, commonTopicWindow: 100 };

/**
 * For every article, up to `limit` others that share a topic with it: the most
 * shared topics first; among equals, the closest in date (undated ones after
 * dated ones), then the earlier in the given order, which must be newest first.
 * Articles that share no topic are never related.
 *
 * Worked out for the whole archive in one call. Comparing every article with every
 * other one that shares a topic would be quadratic when one topic covers most of the
 * archive, so from a topic of more than `commonTopicSize` articles only the
 * `commonTopicWindow` articles nearest in date on either side are considered. Below
 * that size the choice is exact; above it, an article that shares only common topics
 * and is far away in date may be passed over for nearer ones.
 */
export function relatedArticles<T extends Relatable>(
  articles: readonly T[],
  limit: number,
  { commonTopicSize, commonTopicWindow }: RelatedOptions = RELATED_OPTIONS,
): Map<string, T[]> {
  // Topic lists hold article indexes in the given order, so by date; `positions` says where each article sits in each.
  const byTopic = new Map<string, number[]>();
  const topicsOf: string[][] = [];
  const positions: number[][] = [];
  articles.forEach((article, index) => {
    const topics = [...new Set(article.data.tags.map(nameSlug))];
    topicsOf.push(topics);
    positions.push(
      topics.map((topic) => {
        const list = byTopic.get(topic) ?? [];
        byTopic.set(topic, list);
        return list.push(index) - 1;
      }),
    );
  });
  const days = articles.map((a) => (a.data.published ? dayNumber(a.data.published) : Number.NaN));

  const seenBy = new Int32Array(articles.length).fill(-1);
  const related = new Map<string, T[]>();
  articles.forEach((article, self) => {
    const ownTopics = new Set(topicsOf[self]);
    const candidates: number[] = [];
    const consider = (other: number): void => {
      if (other === self || seenBy[other] === self) return;
      seenBy[other] = self;
      candidates.push(other);
    };
    (topicsOf[self] ?? []).forEach((topic, t) => {
      const list = byTopic.get(topic) ?? [];
      if (list.length <= commonTopicSize) {
        list.forEach(consider);
        return;
      }
      // An undated article ranks dated ones newest first, so its nearest are at the start of the list.
      const at = Number.isNaN(days[self] ?? Number.NaN) ? 0 : (positions[self]?.[t] ?? 0);
      const from = Math.max(0, at - commonTopicWindow);
      for (let i = from; i <= Math.min(list.length - 1, from + 2 * commonTopicWindow); i++) consider(list[i] ?? self);
    });

    const ownDay = days[self] ?? Number.NaN;
    // Only the best `limit` candidates are kept, in order, rather than all of them sorted: an article of a common
    // topic has hundreds, and sorting them all made this function take 1.5 s at 10,000 articles, in every build,
    // where keeping the best takes about 0.8 s.
    const best: Candidate[] = [];
    for (const index of candidates) {
      const day = days[index] ?? Number.NaN;
      const candidate = {
        index,
        shared: sharedTopics(topicsOf[index] ?? [], ownTopics),
        undated: Number.isNaN(day),
        distance: Number.isNaN(day) || Number.isNaN(ownDay) ? 0 : Math.abs(day - ownDay),
      };
      let at = best.length;
      while (at > 0 && ranksAbove(candidate, best[at - 1] as Candidate)) at--;
      if (at < limit) best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    related.set(
      article.id,
      best.map(({ index }) => articles[index] as T),
    );
  });
  return related;
}

/** An article that shares a topic with the one being related, and how it ranks. */
interface Candidate {
  index: number;
  shared: number;
  undated: boolean;
  distance: number;
}

/**
 * Whether `a` ranks before `b`: more shared topics, then dated before undated, then nearer in date, then earlier in
 * the given order. No two candidates tie, so the best few are the same however they are found.
 */
const ranksAbove = (a: Candidate, b: Candidate): boolean =>
  a.shared !== b.shared
    ? a.shared > b.shared
    : a.undated !== b.undated
      ? !a.undated
      : a.distance !== b.distance
        ? a.distance < b.distance
        : a.index < b.index;

function sharedTopics(topics: readonly string[], ownTopics: ReadonlySet<string>): number {
  let shared = 0;
  for (const topic of topics) if (ownTopics.has(topic)) shared++;
  return shared;
}

/** Days since 1970-01-01 of a plain YYYY-MM-DD date. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
