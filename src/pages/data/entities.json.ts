import type { APIRoute } from 'astro';
import { entitiesDataFile } from '../../feeds/open-data';

/** `/data/entities.json`: every person, organisation and report with each article and sentence that mentions it. */
export const GET: APIRoute = async ({ site = new URL('http://localhost/') }) =>
  new Response(await entitiesDataFile(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
