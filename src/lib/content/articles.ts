import { relative } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Capture } from './captures';
import { articleLanguage } from './languages';
import { formatProblems } from './problems';
import type { EntityFile } from './entity-problems';
import { entitySummaries, type EntitySummary } from './entity-index';
import { publishedNewestFirst } from '../site/listing';
import { MENTIONS_KEY, type EntityMention } from './mentions';
import { CONTENT_PATHS, contentOfThisBuild, type Content } from './model';
import { oncePerBuild } from '../build/once-per-build';
import type { CheckedEvent } from './timeline';
import { searchFacetsByArticle, type SearchFacets } from '../search/index-fields';

export type Article = CollectionEntry<'articles'>;

/**
 * The content model of this build (`./model.ts`), which `astro.config.mjs` has loaded and checked. The dev server
 * loads it afresh for each page, so an edited entity or timeline shows without a restart of the pages' data.
 */
function getContent(): Promise<Content> {
  return contentOfThisBuild(undefined, { fresh: import.meta.env.DEV });
}

/**
 * The one place that reads the collection: every published article, newest first, drafts left out, each with its
 * Markdown and its language decided. The collection's store keeps no Markdown (`retainBody: false` in
 * `src/content.config.ts`): the content model read every file already and keeps its text for the whole build, so
 * each article takes its body from there rather than hold a second copy in every form the store takes (its file,
 * the module Vite makes of it, the pages' copy). The schema fills in English when `lang` is left out; the content
 * model knows whether it was written, and where it was not, the text decides (`articleLanguage`), so every page,
 * feed and index agrees.
 */
export const getPublishedArticles = oncePerBuild(readPublishedArticles);

/**
 * The published articles. Made once per build (`getPublishedArticles`): some thirty routes ask for them, and making
 * the list (sorting, joining each entry to its file) took about 2 s of a one-edit rebuild at 10,000 articles when
 * each made its own. Frozen, as every page shares it.
 */
async function readPublishedArticles(): Promise<Article[]> {
  const [entries, content] = await Promise.all([getCollection('articles'), getContent()]);
  const files = new Map(content.articles.map((file) => [file.slug, file]));
  const articles = publishedNewestFirst(entries).map((entry) => {
    const file = files.get(entry.id);
    const article = { ...entry, body: file?.body ?? entry.body };
    return file?.frontMatter?.lang !== undefined
      ? article
      : { ...article, data: { ...article.data, lang: languageOfText(article) } };
  });
  return Object.freeze(articles) as Article[];
}

/** Languages read from articles' text, by the entry's digest, so each text is read once however many pages ask. */
const textLanguages = new Map<string, string>();

function languageOfText(article: Article): string {
  const key = `${article.id}:${article.digest ?? ''}`;
  let lang = textLanguages.get(key);
  if (lang === undefined) {
    lang = articleLanguage(undefined, `${article.data.title}\n${article.body ?? ''}`);
    textLanguages.set(key, lang);
  }
  return lang;
}

/** An article's file as the editor keeps it, front matter and all, as the content model read it. */
export async function getArticleSource(article: Article): Promise<string> {
  const file = (await getContent()).articles.find(({ slug }) => slug === article.id);
  return file?.source ?? article.body ?? '';
}

/** An article's original capture, with its bytes and hash, as the content model read it; none when not kept. */
export async function getCapture(article: Article): Promise<Capture | undefined> {
  return (await getContent()).captures.get(article.id);
}

/**
 * Every published article's entity mentions, in reading order, by the article's id. Mentions are computed once per
 * article, while Astro renders it: `rehypeEntityLinks` records them beside the rendered HTML. A build gathers them
 * once for every route that needs them (the article pages' search facets, the entity pages and index,
 * entities.json).
 */
export const getMentionsByArticle = oncePerBuild(gatherMentions);

async function gatherMentions(): Promise<Map<string, EntityMention[]>> {
  const articles = await getPublishedArticles();
  return new Map(
    await Promise.all(
      articles.map(async (article): Promise<[string, EntityMention[]]> => {
        const { remarkPluginFrontmatter } = await render(article);
        return [article.id, (remarkPluginFrontmatter[MENTIONS_KEY] as EntityMention[] | undefined) ?? []];
      }),
    ),
  );
}

/**
 * Every published article's search facets, by the article's id (`searchFacetsByArticle`): the values its page gives
 * the index's filters, and from which the search page knows which filters have values to offer.
 */
export const getSearchFacets = oncePerBuild(
  async (): Promise<Map<string, SearchFacets>> =>
    searchFacetsByArticle(await getPublishedArticles(), await getMentionsByArticle(), await getEntities()),
);

/** The valid entities of the content model, as the entity pages and the data file list them. */
export async function getEntities(): Promise<EntityFile[]> {
  return (await getContent()).entities;
}

/**
 * Every entity with the published articles about it (those that mention it or are filed under the topic of its
 * name), newest first; entities sorted by name.
 */
export async function getEntitySummaries(): Promise<EntitySummary<Article>[]> {
  const mentions = await getMentionsByArticle();
  const withMentions = (await getPublishedArticles()).map((article) => ({
    article,
    mentions: mentions.get(article.id) ?? [],
    topics: article.data.tags,
  }));
  const entities = (await getEntities()).map(({ slug, data }) => ({ id: slug, data }));
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
