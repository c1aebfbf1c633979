import { ENTITY_KINDS, type EntityData, type EntityKind } from '../../schema';
import { nameFinder, type EntityMention } from './mentions';
import { nameSlug } from './slugs';
import { groupByTag } from '../site/groups';
import { absoluteUrl, articleUrl, entityUrl, passageUrl } from '../site/urls';

/** A passage that mentions an entity, with the sentence to quote from it. */
export interface MentionPassage {
  /** The passage's id, the fragment of its link. */
  passage: string;
  sentence: string;
}

/** One article about an entity: it mentions it, with each passage that does, in reading order, or is filed under its topic. */
export interface MentioningArticle<A> {
  article: A;
  /** Each sentence once, even when it names the entity twice; none when the article is only filed under the topic. */
  passages: MentionPassage[];
  /** Every mention, counting repeats. */
  mentionCount: number;
  /** Whether the article is filed under the topic of the entity's name (see `topicEntityFinder`). */
  filedUnder: boolean;
}

/**
 * Finds the entity a topic names: the one whose name is the topic's, compared as topics are compared with each other
 * (`nameSlug`: case, accents and punctuation aside). Such a topic has no page of its own: the entity's page is the one
 * page for the subject, and every link to the topic leads there.
 * @example topicEntityFinder([{ slug: 'david-kilgour', data: { name: 'David Kilgour' } }])('david kilgour') // 'david-kilgour'
 */
export function topicEntityFinder(
  entities: readonly { slug: string; data: { name: string } }[],
): (topic: string) => string | undefined {
  const bySlug = new Map<string, string>();
  for (const { slug, data } of entities) if (!bySlug.has(nameSlug(data.name))) bySlug.set(nameSlug(data.name), slug);
  return (topic) => bySlug.get(nameSlug(topic));
}

/** An entity with everything the archive says of it: the articles mentioning it and how often. */
export interface EntitySummary<A> {
  slug: string;
  data: EntityData;
  /** The articles in the order given (the archive's: newest first). */
  articles: MentioningArticle<A>[];
  mentionCount: number;
}

/** A topic that names an entity, so the entity's page is the topic's page too. */
export interface TopicMerge {
  /** The topic as its listings spell it, and the slug of its former address. */
  topic: string;
  topicSlug: string;
  /** The entity's file (`content/entities/<slug>.yaml`), slug and name. */
  entity: { file: string; slug: string; name: string };
}

/**
 * Every topic of the given articles' tags that names an entity (see `topicEntityFinder`), in the topics' order.
 * Tags are grouped as the topic pages group them, so each topic is one entry however many spellings it has.
 */
export function findTopicMerges(
  articles: readonly { data: { tags: readonly string[] } }[],
  entities: readonly { file: string; slug: string; data: { name: string } }[],
): TopicMerge[] {
  const entityOfTopic = topicEntityFinder(entities);
  return groupByTag(articles).flatMap(({ slug, label }) => {
    const entity = entities.find((candidate) => candidate.slug === entityOfTopic(label));
    return entity
      ? [{ topic: label, topicSlug: slug, entity: { file: entity.file, slug: entity.slug, name: entity.data.name } }]
      : [];
  });
}

/**
 * Each entity with the articles about it, from every article's mentions (as `rehypeEntityLinks` records them) and
 * topics: an article that mentions it or is filed under the topic of its name, once. Entities come sorted by name;
 * an entity no article is about is kept, with no articles, so its page still says what it is.
 */
export function entitySummaries<A>(
  entities: readonly { id: string; data: EntityData }[],
  articles: readonly { article: A; mentions: readonly EntityMention[]; topics?: readonly string[] }[],
): EntitySummary<A>[] {
  const entityOfTopic = topicEntityFinder(entities.map(({ id, data }) => ({ slug: id, data })));
  return entities
    .map(({ id, data }) => {
      const mentioning = articles.flatMap(({ article, mentions, topics = [] }) => {
        const own = mentions.filter((mention) => mention.entity === id);
        const filedUnder = topics.some((topic) => entityOfTopic(topic) === id);
        if (own.length === 0 && !filedUnder) return [];
        const passages = [...new Map(own.map((m) => [`${m.passage}\n${m.sentence}`, m])).values()].map(
          ({ passage, sentence }) => ({ passage, sentence }),
        );
        return [{ article, passages, mentionCount: own.length, filedUnder }];
      });
      return {
        slug: id,
        data,
        articles: mentioning,
        mentionCount: mentioning.reduce((sum, a) => sum + a.mentionCount, 0),
      };
    })
    .toSorted((a, b) => byName(a.data.name, b.data.name));
}

/** Names in the order the entity index lists them: alphabetical, ignoring case and accents. */
const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

/**
 * The names of the entities an article is about, each once, in the entity index's order: what search filters the
 * article by. They come from the article's own mentions and from its topics that name an entity, so the filter
 * counts the articles the entity's page lists.
 * @example mentionedNames([{ entity: 'b', passage: 'p', sentence: 's' }], [{ slug: 'b', data: { name: 'Bo Xilai' } }]) // ['Bo Xilai']
 */
export function mentionedNames(
  mentions: readonly EntityMention[],
  entities: readonly { slug: string; data: { name: string } }[],
  topics: readonly string[] = [],
): string[] {
  const entityOfTopic = topicEntityFinder(entities);
  const mentioned = new Set([
    ...mentions.map(({ entity }) => entity),
    ...topics.flatMap((topic) => entityOfTopic(topic) ?? []),
  ]);
  return entities
    .filter(({ slug }) => mentioned.has(slug))
    .map(({ data }) => data.name)
    .toSorted(byName);
}

/** The heading each kind is listed under. */
export const KIND_HEADINGS: Record<EntityKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  report: 'Reports',
};

/** Entities grouped by kind, in the order `ENTITY_KINDS` lists them; a kind with none is left out. */
export function groupByKind<T extends { data: { kind: EntityKind } }>(
  entities: readonly T[],
): { kind: EntityKind; entities: T[] }[] {
  return ENTITY_KINDS.map((kind) => ({ kind, entities: entities.filter((e) => e.data.kind === kind) })).filter(
    (group) => group.entities.length > 0,
  );
}

/** A piece of a quoted sentence: plain text, or one of the entity's names, which the page marks. */
export interface SentencePiece {
  text: string;
  isName: boolean;
}

/**
 * A mention's sentence cut into pieces so the entity's names in it can be marked: every name,
 * alias and short name, as mention finding would find them.
 * @example sentencePieces('Kilgour said so.', ['Kilgour']) // [{ text: 'Kilgour', isName: true }, { text: ' said so.', isName: false }]
 */
export function sentencePieces(sentence: string, names: readonly string[]): SentencePiece[] {
  const pieces: SentencePiece[] = [];
  let at = 0;
  for (const { start, end } of nameFinder(names.map((name) => ({ slug: '', name })))(sentence)) {
    if (start > at) pieces.push({ text: sentence.slice(at, start), isName: false });
    pieces.push({ text: sentence.slice(start, end), isName: true });
    at = end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at), isName: false });
  return pieces;
}

/** One entity as `/data/entities.json` publishes it; the field list is documented on the `/data/` page. */
export interface EntityRecord {
  slug: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  shortNames: string[];
  description: string;
  /** The article the description is taken from. */
  source: { slug: string; url: string };
  url: string;
  mentionCount: number;
  articles: {
    slug: string;
    title: string;
    url: string;
    mentionCount: number;
    mentions: { passage: string; url: string; sentence: string }[];
  }[];
}

/** The records of `/data/entities.json`, with absolute addresses on `site`. */
export function entityRecords(
  entities: readonly EntitySummary<{ id: string; data: { title: string } }>[],
  site: URL | string,
): EntityRecord[] {
  return entities.map(({ slug, data, articles, mentionCount }) => ({
    slug,
    name: data.name,
    kind: data.kind,
    aliases: data.aliases,
    shortNames: data.shortNames,
    description: data.description,
    source: { slug: data.source, url: absoluteUrl(articleUrl(data.source), site) },
    url: absoluteUrl(entityUrl(slug), site),
    mentionCount,
    articles: articles.map(({ article, passages, mentionCount: count }) => ({
      slug: article.id,
      title: article.data.title,
      url: absoluteUrl(articleUrl(article.id), site),
      mentionCount: count,
      mentions: passages.map(({ passage, sentence }) => ({
        passage,
        url: absoluteUrl(passageUrl(article.id, passage), site),
        sentence,
      })),
    })),
  }));
}
