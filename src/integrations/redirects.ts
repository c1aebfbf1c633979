import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { nginxRedirectMapText, redirectsFileText, type Redirect } from '../lib/content/redirects';

/**
 * Keeps old addresses alive. Each former slug an article lists in `aliases`, and
 * each line of the redirects list, becomes an Astro redirect: in a static build, a
 * page at the old address with `<meta http-equiv="refresh">` and a canonical link to
 * the new one. The same redirects go into `_redirects`, which Netlify and Cloudflare
 * Pages answer with a real 301, and `_redirects.nginx`, which deploy/nginx.conf does.
 * The content model has read and checked them (`src/lib/content/model.ts`).
 */
export function redirects({ redirects: resolved }: { redirects: readonly Redirect[] }): AstroIntegration {
  return {
    name: 'archive:redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          redirects: Object.fromEntries(resolved.map(({ from, to }) => [from, { status: 301, destination: to }])),
        });
      },
      'astro:build:done': async ({ dir: outDir }) => {
        await writeFile(new URL('_redirects', outDir), redirectsFileText(resolved));
        await writeFile(new URL('_redirects.nginx', outDir), nginxRedirectMapText(resolved));
      },
    },
  };
}
