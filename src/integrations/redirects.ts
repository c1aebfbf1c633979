import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { TopicMerge } from '../lib/content/entity-index';
import { nginxRedirectMapText, redirectsFileText, type Redirect } from '../lib/content/redirects';
import { entityUrl, tagUrl } from '../lib/site/urls';

/**
 * Keeps old addresses alive. Each former slug an article lists in `aliases`, and
 * each line of the redirects list, becomes an Astro redirect: in a static build, a
 * page at the old address with `<meta http-equiv="refresh">` and a canonical link to
 * the new one. The same redirects go into `_redirects`, which Netlify and Cloudflare
 * Pages answer with a real 301, and `_redirects.nginx`, which deploy/nginx.conf does.
 * The content model has read and checked them (`src/lib/content/model.ts`).
 */
export function redirects({
  redirects: resolved,
  topicMerges,
}: {
  redirects: readonly Redirect[];
  topicMerges: readonly TopicMerge[];
}): AstroIntegration {
  return {
    name: 'archive:redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        // Not a problem, but a change of address the editor should know of: one page per subject.
        for (const { topic, topicSlug, entity } of topicMerges) {
          logger.info(
            `The topic "${topic}" has the name of the entity ${entity.file}: its address ${tagUrl(topicSlug)} now leads to ${entityUrl(entity.slug)}.`,
          );
        }
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
