import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFileText } from '../lib/deploy/server-headers';

/**
 * Writes `_headers` into the build, so Netlify and Cloudflare Pages send the content security policy (with the
 * `frame-ancestors` a `<meta>` cannot carry) and the other security and caching headers. `policy` is the header
 * form of the site's policy, `headerPolicy()`; nginx gets the same from deploy/nginx.conf.
 */
export function serverHeaders({ policy }: { policy: string }): AstroIntegration {
  return {
    name: 'archive:server-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFileText(policy));
      },
    },
  };
}
