import { getCollection, render, type CollectionEntry } from 'astro:content';
import { entitySummaries, type EntitySummary } from './entity-index';
import { publishedNewestFirst } from './listing';
import { MENTIONS_KEY, type EntityMention } from './mentions';

export type Article = CollectionEntry<'articles'>;
export type Entity = CollectionEntry<'entities'>;

/** The one place that reads the collection: every published article, newest first, drafts left out. */
export async function getPublishedArticles(): Promise<Article[]> {
  return publishedNewestFirst(await getCollection('articles'));
}

/** The entity mentions `rehypeEntityLinks` recorded while rendering an article, in reading order. */
export async function getMentions(article: Article): Promise<EntityMention[]> {
  const { remarkPluginFrontmatter } = await render(article);
  return (remarkPluginFrontmatter[MENTIONS_KEY] as EntityMention[] | undefined) ?? [];
}

/** Every entity with the published articles that mention it, newest first; entities sorted by name. */
export async function getEntitySummaries(): Promise<EntitySummary<Article>[]> {
  const articles = await getPublishedArticles();
  const withMentions = await Promise.all(
    articles.map(async (article) => ({ article, mentions: await getMentions(article) })),
  );
  return entitySummaries(await getCollection('entities'), withMentions);
}
