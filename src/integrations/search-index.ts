import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../lib/site/urls';

/**
 * Indexes every page of a finished build for search, writing the Pagefind bundle
 * into `<outDir>/pagefind/`. Pages decide what is indexed with `data-pagefind-*`
 * attributes (see `ArticleLayout.astro`): only article titles and bodies are.
 */
export async function writeSearchIndex(outDir: string, logger?: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const start = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw indexError('could not start', errors);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw indexError(`could not read the pages in ${outDir}`, added.errors);
    const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE_DIR) });
    if (written.errors.length > 0) throw indexError('could not write its files', written.errors);
    // `npm run bench` reads the time from this line to split the build between Astro and Pagefind.
    logger?.info(
      `Search index written to ${SEARCH_BUNDLE_DIR}/ from the ${added.page_count} pages built, ${indexTime(performance.now() - start)}.`,
    );
  } finally {
    // Pagefind runs as a child process; left open, it would keep the build from exiting.
    await pagefind.close();
  }
}

/**
 * How long indexing took, in the words the build log uses.
 * @example indexTime(12_345) // 'in 12.3 s'
 */
export const indexTime = (ms: number): string => `in ${(ms / 1000).toFixed(1)} s`;

/** Pagefind reports problems as a list of strings rather than throwing; this turns them into one build error. */
function indexError(what: string, errors: readonly string[]): AstroError {
  return new AstroError(
    `The search index ${what}:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    'The pages were built, but search would not work. Fix the cause above and build again.',
  );
}

/**
 * Set by `npm run build`, which indexes the site in a process of its own once Astro's has ended
 * (`scripts/search-index.ts`): Astro holds every article in memory until it exits, so indexing inside its process
 * added Pagefind's memory to Astro's (10.2 GB in all at 10,000 articles, where each alone stays under 5 GB).
 */
export const INDEX_AFTER_BUILD_VARIABLE = 'ARCHIVE_SEARCH_INDEX_AFTER_BUILD';

/**
 * Runs `writeSearchIndex` at the end of every `astro build`, so a plain `astro build` (the test sites', the
 * editors') gives a searchable site, unless `INDEX_AFTER_BUILD_VARIABLE` says the index is written afterwards.
 */
export function searchIndex(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'archive:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (env[INDEX_AFTER_BUILD_VARIABLE] === '1') {
          logger.info('Search index left to the step after the build (scripts/search-index.ts).');
          return;
        }
        await writeSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
