import type { APIRoute } from 'astro';
import { articlesDataFile } from '../../feeds/open-data';

export const GET: APIRoute = async ({ site = new URL('http://localhost/') }) =>
  new Response(await articlesDataFile(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
