import { relative } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { formatProblems } from './problems';
import { entitySummaries, type EntitySummary } from './entity-index';
import { publishedNewestFirst } from '../site/listing';
import { MENTIONS_KEY, type EntityMention } from './mentions';
import { CONTENT_PATHS, contentOfThisBuild, type Content } from './model';
import type { CheckedEvent } from './timeline';

export type Article = CollectionEntry<'articles'>;

/**
 * The content model of this build (`./model.ts`), which `astro.config.mjs` has loaded and checked. The dev server
 * loads it afresh for each page, so an edited entity or timeline shows without a restart of the pages' data.
 */
function getContent(): Promise<Content> {
  return contentOfThisBuild(undefined, { fresh: import.meta.env.DEV });
}

/** The one place that reads the collection: every published article, newest first, drafts left out. */
export async function getPublishedArticles(): Promise<Article[]> {
  return publishedNewestFirst(await getCollection('articles'));
}

/** An article's file as the editor keeps it, front matter and all, as the content model read it. */
export async function getArticleSource(article: Article): Promise<string> {
  const file = (await getContent()).articles.find(({ slug }) => slug === article.id);
  return file?.source ?? article.body ?? '';
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
  const entities = (await getContent()).entities.map(({ slug, data }) => ({ id: slug, data }));
  return entitySummaries(entities, withMentions);
}

/**
 * The timeline's events in date order (`content/timeline.yaml`). The content check has already stopped the build
 * on any problem, passages included; the dev server only logs them, so a problem of the timeline stops its pages
 * with the same report.
 */
export async function getTimelineEvents(): Promise<CheckedEvent[]> {
  const { timeline, problems } = await getContent();
  const timelineFile = relative(process.cwd(), CONTENT_PATHS.timelineFile);
  const own = problems.filter(({ file }) => file === timelineFile);
  if (own.length > 0) throw new Error(formatProblems(own));
  return timeline;
}
