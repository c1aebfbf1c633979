import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { glob, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { buildCacheDir, installedVersions, placeFromCache } from '../lib/build/cache-dir';
import { searchIndexLanguage } from '../lib/content/languages';
import { DATE_SORT_KEY } from '../lib/search/index-contract';
import {
  DEFAULT_PART_SIZE,
  SEARCH_PARTS_FILE,
  SEARCH_SORT_FILE,
  indexId,
  partPath,
  partition,
  sortRuns,
  type SearchPartsManifest,
  type SearchSortValues,
} from '../lib/search/index-parts';
import { SEARCH_BUNDLE_DIR } from '../lib/site/urls';

/** Sets how many pages go in one part of the search index (`DEFAULT_PART_SIZE` when unset): tests set it small. */
export const PART_SIZE_VARIABLE = 'ARCHIVE_SEARCH_PART_SIZE';

/** Pagefind's settings; part of every part's cache key, so a change of settings indexes every part again. */
const INDEX_CONFIG = {} as const satisfies Parameters<typeof pagefind.createIndex>[0];

/**
 * Bumped when this module changes what a part's folder holds, so parts cached by an earlier build are not reused.
 */
const PART_FORMAT = 1;

/** What `writeSearchIndex` needs besides the built site. */
export interface SearchIndexOptions {
  logger?: Pick<AstroIntegrationLogger, 'info'>;
  /** Pages in one part; the default reads `PART_SIZE_VARIABLE`, then `DEFAULT_PART_SIZE`. */
  partSize?: number;
  /** Where each part's index is kept between builds, by the hash of what it was made from; `null` keeps none. */
  cacheDir?: string | null;
}

/**
 * A page the index takes: its path inside the built site, a hash of its HTML, the language index Pagefind files it
 * under (its `lang` in lowercase), and its date to sort by.
 */
interface IndexedPage {
  path: string;
  hash: string;
  language: string;
  sortValue: string | undefined;
}

/**
 * Indexes every page of a finished build for search, writing the Pagefind bundle into `<outDir>/pagefind/`. Pages
 * decide what is indexed with `data-pagefind-*` attributes (see `ArticleLayout.astro`): only article titles and
 * bodies are. A large archive is indexed in parts (`src/lib/search/index-parts.ts`), one Pagefind process each, so
 * only one part's index is in memory at a time; a part whose pages are unchanged since a build that kept its cache
 * is copied from there rather than indexed again.
 */
export async function writeSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<void> {
  const start = performance.now();
  const partSize = options.partSize ?? readPartSize(process.env[PART_SIZE_VARIABLE]);
  const cacheDir = options.cacheDir === undefined ? buildCacheDir('search-index') : options.cacheDir;
  const pages = await indexedPages(outDir);
  const parts = partition(pages, (page) => page.path, partSize);
  const bundle = join(outDir, SEARCH_BUNDLE_DIR);
  await rm(bundle, { recursive: true, force: true });

  const manifest: SearchPartsManifest = { parts: [] };
  const dates: SearchSortValues[string] = {};
  const keys: string[] = [];
  let reused = 0;
  for (const [i, part] of parts.entries()) {
    const destination = join(bundle, partPath(i));
    if (cacheDir === null) {
      await indexPart(outDir, part, destination);
    } else {
      const key = partKey(part);
      keys.push(key);
      const cached = join(cacheDir, key);
      if (existsSync(cached)) reused++;
      else await indexPartInto(outDir, part, cacheDir, key);
      // Part 0 is the bundle's own folder, and the other parts are folders inside it, so they are placed after it.
      await placeFromCache(cached, destination);
    }
    const languages = await partLanguages(destination);
    manifest.parts.push({ path: partPath(i), languages });
    for (const language of languages) {
      const values = part.flatMap((page) => (page.language === language && page.sortValue) || []);
      dates[indexId({ part: i, language })] = sortRuns(values);
    }
  }
  await writeFile(join(bundle, SEARCH_PARTS_FILE), JSON.stringify(manifest));
  await writeFile(
    join(bundle, SEARCH_SORT_FILE),
    JSON.stringify({ [DATE_SORT_KEY]: dates } satisfies SearchSortValues),
  );
  if (cacheDir !== null) await pruneCache(cacheDir, keys);

  const made = parts.length === 1 ? '' : ` in ${parts.length} parts`;
  const fromCache = cacheDir === null ? '' : ` (${parts.length - reused} indexed, ${reused} from the cache)`;
  // `npm run bench` reads the time from this line to split the build between Astro and Pagefind.
  options.logger?.info(
    `Search index written to ${SEARCH_BUNDLE_DIR}/ from the ${pages.length} pages built${made}${fromCache}, ${indexTime(performance.now() - start)}.`,
  );
}

/**
 * How long indexing took, in the words the build log uses.
 * @example indexTime(12_345) // 'in 12.3 s'
 */
export const indexTime = (ms: number): string => `in ${(ms / 1000).toFixed(1)} s`;

/** Reads `PART_SIZE_VARIABLE`; an error names what was found. */
export function readPartSize(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PART_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`${PART_SIZE_VARIABLE} must be a whole number of pages, 1 or more; found "${value}"`);
  return size;
}

/** Marks a page Pagefind indexes; pages without it (listings, the home page) are left out of the index. */
const BODY_MARK = 'data-pagefind-body';
/** The attribute an article page gives its sort date in (`SearchIndexFields.astro`), and the pattern that reads it. */
const SORT_MARK = `data-pagefind-sort="${DATE_SORT_KEY}"`;
const SORT_VALUE = new RegExp(`${SORT_MARK}[^>]*>\\s*([^<]*?)\\s*<`);
/** The page's language, which Pagefind files the page under in lowercase (`searchIndexLanguage`), or `unknown`. */
const PAGE_LANGUAGE = /<html[^>]*\slang="([^"]+)"/;

/** Every page of the built site that Pagefind would index, in path order, so parts list their pages stably. */
async function indexedPages(outDir: string): Promise<IndexedPage[]> {
  const paths: string[] = [];
  for await (const path of glob('**/*.html', { cwd: outDir, exclude: [`${SEARCH_BUNDLE_DIR}/**`] }))
    paths.push(path.split('\\').join('/'));
  const pages: IndexedPage[] = [];
  // A few files at a time: reading every page at once would hold the whole site in memory.
  for (let i = 0; i < paths.length; i += 64) {
    const batch = await Promise.all(
      paths.slice(i, i + 64).map(async (path) => {
        // As bytes, and only the few bytes the patterns need read as text: decoding every page took half of the
        // 1.5 s this step spent reading 11,000 pages at 10,000 articles. The digest is of the same bytes.
        const html = await readFile(join(outDir, path));
        if (!html.includes(BODY_MARK)) return undefined;
        return {
          path,
          hash: sha256(html),
          language: searchIndexLanguage(PAGE_LANGUAGE.exec(textFrom(html, '<html'))?.[1] ?? 'unknown'),
          sortValue: SORT_VALUE.exec(textFrom(html, SORT_MARK))?.[1],
        };
      }),
    );
    for (const page of batch) if (page) pages.push(page);
  }
  return pages.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What a part's index is made from, hashed: its pages' paths and HTML, Pagefind's version and settings. */
function partKey(part: readonly IndexedPage[]): string {
  return sha256(
    JSON.stringify({
      format: PART_FORMAT,
      pagefind: PAGEFIND_VERSION,
      config: INDEX_CONFIG,
      pages: part.map(({ path, hash }) => [path, hash]),
    }),
  );
}

/** Indexes a part into the cache under a temporary name, renamed once whole, so no build reads half a part. */
async function indexPartInto(outDir: string, part: readonly IndexedPage[], cacheDir: string, key: string) {
  const partial = join(cacheDir, `${key}.${process.pid}.tmp`);
  await indexPart(outDir, part, partial);
  await rename(partial, join(cacheDir, key)).catch(async (error: NodeJS.ErrnoException) => {
    // Another build sharing the cache finished the same part first: its copy is as good as this one.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(partial, { recursive: true, force: true });
  });
}

/**
 * How many pages are read from disk, and handed to Pagefind, at once: enough to keep the disk and Pagefind busy, few
 * enough to hold little of the site.
 */
const PAGES_IN_FLIGHT = 64;

/**
 * Indexes one part's pages into `outputPath` with a Pagefind process of its own, ended before the next part starts,
 * so the build's memory peak is one part's rather than the whole archive's.
 */
async function indexPart(outDir: string, part: readonly IndexedPage[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
    if (!index) throw indexError('could not start', errors);
    for (let i = 0; i < part.length; i += PAGES_IN_FLIGHT) {
      const batch = part.slice(i, i + PAGES_IN_FLIGHT);
      const contents = await Promise.all(batch.map(({ path }) => readFile(join(outDir, path), 'utf8')));
      // Handed over in path order, and only once all are read: Pagefind numbers pages in the order they arrive, and
      // pages handed over as each read finished arrived in whatever order the reads did, which made two builds of the
      // same site index differently. Its service takes what it is sent one message at a time, in order, so the
      // batch need not wait for each answer before sending the next page: at 10,000 articles a part's 2,500 pages
      // went in 5.8 s rather than 7.1 s, and the part's files were the same, byte for byte.
      // The path inside the site is the path Pagefind makes the result's address from, as when it reads a folder.
      const added = await Promise.all(
        batch.map(({ path }, j) => index.addHTMLFile({ sourcePath: path, content: contents[j] ?? '' })),
      );
      const errors = added.flatMap((page) => page.errors);
      if (errors.length > 0) throw indexError(`could not read the pages in ${outDir}`, errors);
    }
    await mkdir(outputPath, { recursive: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw indexError('could not write its files', written.errors);
  } finally {
    // Pagefind runs as a child process; ending it frees its memory, and left open it would keep the build running.
    await pagefind.close();
  }
}

/** The language indexes Pagefind wrote into a part, by the names the search page merges them by. */
async function partLanguages(partDir: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(join(partDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  return Object.keys(entry.languages);
}

/** Removes the parts this build did not use: an edit leaves its part's previous index behind. */
async function pruneCache(cacheDir: string, kept: readonly string[]): Promise<void> {
  const keep = new Set(kept);
  const entries = await readdir(cacheDir).catch(() => []);
  await Promise.all(
    entries
      .filter((name) => !keep.has(name) && !name.endsWith('.tmp'))
      .map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
  );
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The text of `html` from `mark` on, far enough for a tag and its content; empty when `mark` is not there. */
function textFrom(html: Buffer, mark: string): string {
  const at = html.indexOf(mark);
  return at === -1 ? '' : html.toString('utf8', at, at + 512);
}

/** The installed Pagefind's version, part of every part's cache key. */
const PAGEFIND_VERSION = installedVersions(['pagefind']).pagefind;

/** Pagefind reports problems as a list of strings rather than throwing; this turns them into one build error. */
function indexError(what: string, errors: readonly string[]): AstroError {
  return new AstroError(
    `The search index ${what}:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    'The pages were built, but search would not work. Fix the cause above and build again.',
  );
}

/**
 * Set by `npm run build` (`scripts/build.ts`), which indexes the site in a process of its own once Astro's has
 * ended: Astro holds every article in memory until it exits, so indexing inside its process added Pagefind's memory
 * to Astro's (10.2 GB in all at 10,000 articles, where each alone stays under 5 GB).
 */
export const INDEX_AFTER_BUILD_VARIABLE = 'ARCHIVE_SEARCH_INDEX_AFTER_BUILD';

/**
 * Set by `npm run build` with `INDEX_AFTER_BUILD_VARIABLE`: a file the build writes the folder it built into, so
 * the step after indexes the folder Astro made of `--outDir`, `--root` and the configuration, rather than reading
 * Astro's command line a second time and perhaps differently.
 */
export const BUILT_SITE_FILE_VARIABLE = 'ARCHIVE_BUILT_SITE_FILE';

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
          const builtSiteFile = env[BUILT_SITE_FILE_VARIABLE];
          if (builtSiteFile) await writeFile(builtSiteFile, fileURLToPath(dir));
          logger.info('Search index left to the step after the build.');
          return;
        }
        await writeSearchIndex(fileURLToPath(dir), { logger });
      },
    },
  };
}

/** How the index step after a build reports, as Astro's logger would name it: `[search-index] …`. */
export const stepLogger: Pick<AstroIntegrationLogger, 'info'> = {
  info: (line) => console.log(`[search-index] ${line}`),
};
