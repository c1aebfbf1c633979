import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { nginxRedirectMapText, redirectsFileText, type Redirect } from '../lib/content/redirects';
import { allRedirects, readArticleSources, readRedirectsList } from './content-check';

/**
 * Keeps old addresses alive. Each former slug an article lists in `aliases`, and
 * each line of the redirects list, becomes an Astro redirect: in a static build, a
 * page at the old address with `<meta http-equiv="refresh">` and a canonical link to
 * the new one. The same redirects go into `_redirects`, which Netlify and Cloudflare
 * Pages answer with a real 301, and `_redirects.nginx`, which deploy/nginx.conf does.
 * Runs after the content check, so the files are valid.
 */
export function redirects({
  dir,
  redirectsFile,
  onResolved,
}: {
  dir: string;
  redirectsFile: string;
  /** Told the redirects once they are known, so the sitemap can leave their old addresses out. */
  onResolved?: (redirects: readonly Redirect[]) => void;
}): AstroIntegration {
  let resolved: Redirect[] = [];
  return {
    name: 'archive:redirects',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        resolved = allRedirects(await readArticleSources(dir), await readRedirectsList(redirectsFile));
        onResolved?.(resolved);
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
