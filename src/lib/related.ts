import type { ArticleFrontMatter } from '../schema';
import { nameSlug } from './slugs';

/** The part of an article that relating needs; collection entries fit it as they are. */
export interface Relatable {
  id: string;
  data: Pick<ArticleFrontMatter, 'tags' | 'published'>;
}

/**
 * For every article, up to `limit` others that share a topic with it: the most
 * shared topics first; among equals, the closest in date (undated ones after
 * dated ones), then the earlier in the given order, which should be newest first.
 * Articles that share no topic are never related.
 *
 * Worked out for the whole archive in one call: the cost grows with the sum over
 * topics of (articles in it)², not with the square of the archive, and each article
 * page then only looks up its own list.
 */
export function relatedArticles<T extends Relatable>(articles: readonly T[], limit: number): Map<string, T[]> {
  const byTag = new Map<string, number[]>();
  const tagsOf = articles.map((article, index) => {
    const slugs = [...new Set(article.data.tags.map(nameSlug))];
    for (const slug of slugs) {
      const list = byTag.get(slug);
      if (list) list.push(index);
      else byTag.set(slug, [index]);
    }
    return slugs;
  });
  const days = articles.map((a) => (a.data.published ? dayNumber(a.data.published) : undefined));

  const shared = new Int32Array(articles.length);
  const related = new Map<string, T[]>();
  articles.forEach((article, self) => {
    const touched: number[] = [];
    for (const slug of tagsOf[self] ?? []) {
      for (const other of byTag.get(slug) ?? []) {
        if (other === self) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }
    const ownDay = days[self];
    /** Negative when `a` ranks before `b`. */
    const compare = (a: number, b: number): number => {
      const byShared = (shared[b] ?? 0) - (shared[a] ?? 0);
      if (byShared !== 0) return byShared;
      const [dayA, dayB] = [days[a], days[b]];
      if (dayA === undefined || dayB === undefined) {
        if (dayA !== dayB) return dayA === undefined ? 1 : -1;
        return a - b;
      }
      if (ownDay !== undefined) {
        const byDistance = Math.abs(dayA - ownDay) - Math.abs(dayB - ownDay);
        if (byDistance !== 0) return byDistance;
      }
      return a - b;
    };
    const best: number[] = [];
    for (const candidate of touched) {
      if (best.length === limit && compare(candidate, best[limit - 1] ?? 0) >= 0) continue;
      let at = best.length;
      while (at > 0 && compare(candidate, best[at - 1] ?? 0) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    for (const other of touched) shared[other] = 0;
    related.set(
      article.id,
      best.map((index) => articles[index] as T),
    );
  });
  return related;
}

/** Days since 1970-01-01 of a plain YYYY-MM-DD date. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
