import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { isInlinedStore, storeReadAtRunTime } from '../lib/build/content-module';

/** The id Vite gives Astro's content-layer module once resolved, and the cache file it inlines. */
const CONTENT_LAYER_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

/**
 * In a build, has Astro's content-layer module read its store from the cache file when the pages are rendered,
 * instead of carrying the whole store as one string literal that takes minutes to compile at 10,000 articles (see
 * src/lib/build/content-module.ts). Should a later Astro write that module in another form, or keep its store
 * elsewhere, the build says so and goes on with the module as Astro wrote it.
 */
export function contentModule(): AstroIntegration {
  return {
    name: 'archive:content-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const storeFile = new URL(STORE_FILE, config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'archive:content-store-read-at-run-time',
                apply: 'build',
                transform: {
                  filter: { id: new RegExp(`^${CONTENT_LAYER_MODULE}$`) },
                  handler(code) {
                    if (isInlinedStore(code) && existsSync(storeFile))
                      return { code: storeReadAtRunTime(storeFile), map: { mappings: '' } };
                    // A site without content gets `new Map()`: only a store with text is worth a word.
                    if (code.length > 10_000)
                      logger.warn(
                        `Astro's content-layer module is not "export default JSON.parse(…)" over ${storeFile.pathname}: ` +
                          'left as Astro wrote it, so large archives compile it slowly (src/lib/build/content-module.ts).',
                      );
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
