import type { APIRoute } from 'astro';
import { timelineDataFile } from '../../feeds/open-data';

export const GET: APIRoute = async ({ site = new URL('http://localhost/') }) =>
  new Response(await timelineDataFile(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
