import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedNewestFirst } from './listing';

export type Article = CollectionEntry<'articles'>;

/** The one place that reads the collection: every published article, newest first, drafts left out. */
export async function getPublishedArticles(): Promise<Article[]> {
  return publishedNewestFirst(await getCollection('articles'));
}
