/**
 * `npm run urls:update`, after `npm run build`: adds every permanent address of the
 * built site to `published-urls.txt`. It never removes one: an address once published
 * stays on the list, and a test fails while the site no longer serves it, until an
 * alias or a line in the redirects list keeps it alive (see docs/editing.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublishedUrls, PUBLISHED_URLS_FILE, publishedUrlsText } from '../src/lib/deploy/published-urls';
import { builtPermanentPaths } from './built-site';

const OUT_DIR = 'dist';

if (!existsSync(join(OUT_DIR, 'index.html'))) {
  console.error(`${OUT_DIR}/ holds no built site: run "npm run build" first. ${PUBLISHED_URLS_FILE} was not changed.`);
  process.exit(1);
}

const built = builtPermanentPaths(OUT_DIR);

const listed = existsSync(PUBLISHED_URLS_FILE) ? parsePublishedUrls(readFileSync(PUBLISHED_URLS_FILE, 'utf8')) : [];
const added = built.filter((path) => !listed.includes(path));
writeFileSync(PUBLISHED_URLS_FILE, publishedUrlsText([...listed, ...built]));
console.log(
  added.length === 0
    ? `${PUBLISHED_URLS_FILE} already lists every permanent address of the build.`
    : `Added to ${PUBLISHED_URLS_FILE}:\n${added.map((path) => `  ${path}`).join('\n')}`,
);
