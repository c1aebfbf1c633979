import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { TIMELINE_FILE } from '../../consts';
import { formatProblems } from './article-problems';
import { entitySummaries, type EntitySummary } from './entity-index';
import { publishedNewestFirst } from '../site/listing';
import { MENTIONS_KEY, type EntityMention } from './mentions';
import { readTimeline, type CheckedEvent, type TimelineArticle } from './timeline';

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

/**
 * The timeline's events in date order (`content/timeline.yaml`). The content check has already
 * stopped the build on any problem, passages included; the dev server only logs them, so a
 * problem found here stops the page with the same report.
 */
export async function getTimelineEvents(): Promise<CheckedEvent[]> {
  const text = await readFile(TIMELINE_FILE, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const articles = new Map<string, TimelineArticle>(
    (await getCollection('articles')).map(({ id, filePath, data }) => [
      id,
      { slug: id, file: filePath ?? id, draft: data.draft },
    ]),
  );
  const { events, problems } = readTimeline(relative(process.cwd(), TIMELINE_FILE), text, articles);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return events;
}
