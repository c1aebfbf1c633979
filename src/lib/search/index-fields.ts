import type { ArticleFrontMatter } from '../../schema';
import { languageName } from '../content/languages';
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
