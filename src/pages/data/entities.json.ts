import type { APIRoute } from 'astro';
import { getEntitySummaries } from '../../lib/articles';
import { entityRecords } from '../../lib/entity-index';

/** `/data/entities.json`: every person, organisation and report with each article and sentence that mentions it. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    `${JSON.stringify({ entities: entityRecords(await getEntitySummaries(), site ?? 'http://localhost/') }, null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
