import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapIndexUrl } from '../lib/site/urls';

/** Every page may be crawled; the sitemap lists them. Made here because the sitemap's address needs the site's origin. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(sitemapIndexUrl(), site ?? 'http://localhost/')}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
