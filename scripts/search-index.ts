/**
 * The second step of `npm run build`: indexes the site Astro built for search, in a process of its own that starts
 * once Astro's has ended, so the build's memory peak is the larger of the two rather than their sum.
 * `npm run build` tells Astro to leave the index to this step (see `INDEX_AFTER_BUILD_VARIABLE`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index';

const outDir = process.argv[2] ?? 'dist';

if (!existsSync(join(outDir, 'index.html'))) {
  console.error(
    `${outDir}/ holds no built site (no index.html): run "astro build" first. No search index was written.`,
  );
  process.exit(1);
}
await writeSearchIndex(outDir, { logger: { info: (line) => console.log(`[search-index] ${line}`) } });
