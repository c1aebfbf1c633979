import type { APIRoute } from 'astro';
import { articleRecords } from '../../feeds/open-data';
import { articlesCsv } from '../../lib/formats/open-data';

/** RFC 4180's media type, with its `header` parameter: the first row names the columns. */
export const GET: APIRoute = async ({ site = new URL('http://localhost/') }) =>
  new Response(articlesCsv(await articleRecords(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
