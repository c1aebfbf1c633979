import type { APIRoute } from 'astro';
import { getEntities, getPublishedArticles } from '../../lib/content/articles';
import { buildVocabulary } from '../../lib/search/vocabulary';

/**
 * `/search/vocabulary.json`: every word of the archive with how often it is written, for the search page's
 * "Did you mean …" (`src/scripts/did-you-mean.ts`), which fetches it only when a search finds little.
 */
export const GET: APIRoute = async () => {
  const entities = (await getEntities()).map(({ data }) => data);
  const vocabulary = buildVocabulary(await getPublishedArticles(), entities);
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
