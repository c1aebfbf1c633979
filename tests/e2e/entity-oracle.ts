/**
 * The people, organisations and reports of a content tree, read straight from its files as the oracle the entity and
 * topic specs hold the built site to: which articles name each entity, and which topics are an entity's (one page per
 * subject, `topicEntityFinder`).
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { nameSlug } from '../../src/lib/content/slugs';
import { PROJECT_ROOT, published, type SourceArticle } from './content';

export interface SourceEntity {
  slug: string;
  name: string;
  kind: string;
  /** The names that count as naming it in full; short names count only beside one of these. */
  fullNames: string[];
}

/** The entity files beside the articles folder. */
export function readEntities(contentDir: string): SourceEntity[] {
  const dir = join(PROJECT_ROOT, dirname(contentDir), 'entities');
  return globSync('*.yaml', { cwd: dir }).map((file) => {
    const data = load(readFileSync(join(dir, file), 'utf8')) as { name: string; kind: string; aliases?: string[] };
    return {
      slug: basename(file, '.yaml'),
      name: data.name,
      kind: data.kind,
      fullNames: [data.name, ...(data.aliases ?? [])],
    };
  });
}

/** The article's Markdown after its front matter. */
function bodyOf(article: SourceArticle): string {
  return parseFrontmatter(readFileSync(join(PROJECT_ROOT, article.file), 'utf8')).content;
}

/** Whether `text` holds `name` as whole words, written as the entity file writes it. */
const names = (text: string, name: string): boolean =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'u',
  ).test(text);

/** The published articles whose text names the entity in full, sorted by slug. */
export const namingArticles = (entity: SourceEntity, articles: readonly SourceArticle[]): string[] =>
  published(articles)
    .filter((article) => entity.fullNames.some((name) => names(bodyOf(article), name)))
    .map((article) => article.slug)
    .toSorted();

/** The entity whose name is the topic's, spellings aside: the topic's page is the entity's. */
export const entityOfTopic = (topic: string, entities: readonly SourceEntity[]): SourceEntity | undefined =>
  entities.find((entity) => nameSlug(entity.name) === nameSlug(topic));

/** The published articles filed under the topic of the entity's name, sorted by slug. */
export const filedArticles = (entity: SourceEntity, articles: readonly SourceArticle[]): string[] =>
  published(articles)
    .filter((article) => article.data.tags.some((tag) => entityOfTopic(tag, [entity])))
    .map((article) => article.slug)
    .toSorted();

/** The published articles an entity's page lists: those naming it and those filed under its topic, sorted. */
export const articlesAbout = (entity: SourceEntity, articles: readonly SourceArticle[]): string[] =>
  [...new Set([...namingArticles(entity, articles), ...filedArticles(entity, articles)])].toSorted();
