/**
 * `tsx scripts/search-index.ts [dist]`: indexes a site Astro built with `INDEX_AFTER_BUILD_VARIABLE` set, in a
 * process of its own that starts once Astro's has ended, so the memory peak is the larger of the two rather than
 * their sum. `npm run bench` runs it after each build it measures; `npm run build` does the same step itself
 * (`scripts/build.ts`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stepLogger, writeSearchIndex } from '../src/integrations/search-index';

const outDir = process.argv[2] ?? 'dist';

if (!existsSync(join(outDir, 'index.html'))) {
  console.error(
    `${outDir}/ holds no built site (no index.html): run "astro build" first. No search index was written.`,
  );
  process.exit(1);
}
await writeSearchIndex(outDir, { logger: stepLogger });
