import type { ArticleFrontMatter } from '../../schema';
import { mentionedNames, topicEntityFinder } from '../content/entity-index';
import { languageName } from '../content/languages';
import type { EntityMention } from '../content/mentions';
import { nameSlug } from '../content/slugs';
import { groupByPublication, groupByTag, labelsBySlug } from '../site/groups';
import { DATE_NOT_STATED, formatDate, yearOf } from '../site/dates';
import {
  DATE_SORT_KEY,
  UNDATED_SORT_VALUE,
  UNDATED_YEAR,
  type SearchFilter,
  type SearchMeta,
  type SearchSortKey,
} from './index-contract';

/** What search filters an article by, in the spelling the archive's topic, publication and entity pages use. */
export interface SearchFacets {
  topics: string[];
  publication?: string;
  /** The names of the people, organisations and reports the article mentions. */
  entities: string[];
}

/** What `searchFacetsByArticle` reads of an article: its id, topics and publication. */
interface FacetedArticle {
  id: string;
  data: Pick<ArticleFrontMatter, 'tags' | 'publication'>;
}

/**
 * Each article's search facets, by the article's id. Topics and publications are filtered by the one spelling their
 * pages use, whatever an article wrote. Entities are those the article mentions (`mentions`, by article id) and those
 * its topics name; a topic that names an entity has no page of its own, so no topic filter value either.
 * @example searchFacetsByArticle([{ id: 'a', data: { tags: ['Falun Gong'], publication: 'X' } }], new Map(), []).get('a') // { topics: ['Falun Gong'], publication: 'X', entities: [] }
 */
export function searchFacetsByArticle(
  articles: readonly FacetedArticle[],
  mentions: ReadonlyMap<string, readonly EntityMention[]>,
  entities: readonly { slug: string; data: { name: string } }[],
): Map<string, SearchFacets> {
  const topicLabels = labelsBySlug(groupByTag(articles));
  const publicationLabels = labelsBySlug(groupByPublication(articles));
  const labelOf = (labels: Map<string, string>, name: string): string => labels.get(nameSlug(name)) ?? name;
  const entityOfTopic = topicEntityFinder(entities);
  return new Map(
    articles.map(({ id, data: { tags, publication } }) => [
      id,
      {
        topics: [...new Set(tags.filter((tag) => !entityOfTopic(tag)).map((tag) => labelOf(topicLabels, tag)))],
        publication: publication && labelOf(publicationLabels, publication),
        entities: mentionedNames(mentions.get(id) ?? [], entities, tags),
      },
    ]),
  );
}

/**
 * The filters of which at least one article has a value, so the search page offers a list only where the index
 * holds values for it: every article has a year (or "undated"); topics, publications and entities are optional.
 * @example filtersWithValues([{ topics: [], entities: ['Wang Lijun'] }]) // Set { 'year', 'entity' }
 */
export function filtersWithValues(facets: Iterable<SearchFacets>): Set<SearchFilter> {
  const found = new Set<SearchFilter>(['year']);
  for (const { topics, publication, entities } of facets) {
    if (topics.length > 0) found.add('topic');
    if (publication) found.add('publication');
    if (entities.length > 0) found.add('entity');
  }
  return found;
}

/** One value an article page gives the search index: as a filter, a detail a result shows (meta), a sort key, or several. */
export interface IndexField {
  filter?: SearchFilter;
  meta?: SearchMeta;
  sort?: SearchSortKey;
  value: string;
}

/**
 * Everything the search index records about an article besides its text, in the order the page writes it: its
 * byline to show and be found by, its publication, topics, entities and year to filter by, its date and language to
 * show, and its date to sort by.
 */
export function searchIndexFields(
  article: Pick<ArticleFrontMatter, 'published' | 'lang' | 'authors'>,
  facets: SearchFacets,
): IndexField[] {
  const { published, lang, authors = [] } = article;
  const fields: IndexField[] = [];
  // Pagefind keeps one value per meta key, so the byline is one: every name in it is still matched word by word.
  if (authors.length > 0) fields.push({ meta: 'authors', value: authors.join(', ') });
  if (facets.publication) fields.push({ filter: 'publication', meta: 'publication', value: facets.publication });
  for (const value of facets.topics) fields.push({ filter: 'topic', value });
  for (const value of facets.entities) fields.push({ filter: 'entity', value });
  fields.push(
    { filter: 'year', value: published ? String(yearOf(published)) : UNDATED_YEAR },
    { meta: 'date', value: published ? formatDate(published) : DATE_NOT_STATED },
    { sort: DATE_SORT_KEY, value: published ?? UNDATED_SORT_VALUE },
    { meta: 'language', value: languageName(lang) },
  );
  return fields;
}
