import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildCacheDir, writeFileWhole } from './cache-dir';
import type { KeptTexts } from './kept-texts';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** Where every article's rendered HTML is kept between builds, one file each, named by a digest of the HTML. */
export const ARTICLE_HTML_DIR = buildCacheDir('article-html');

/** The key, in an entry's `rendered.metadata`, of the name of the file that holds its HTML. */
const HTML_FILE_KEY = 'htmlFile';

/** What ends the name of a file of HTML, after the digest of the HTML it holds. */
const HTML_FILE_ENDING = '.html';

/**
 * The digest by which an article's HTML is known: the name of the file it is kept in, and the key of the texts made
 * from it (`keptTextOfHtml`), whichever way the HTML was made.
 */
const htmlDigest = (html: string): string => createHash('sha256').update(html).digest('base64url');

/**
 * A collection loader that keeps each entry's rendered HTML out of Astro's content store, in a file of its own in
 * `dir`, and gives the store the file's name in its place.
 *
 * Astro writes its whole store as one string (`data-store.json`), and V8's strings end at about 536 million
 * characters. At about 26 KB an article, 16 KB of it the HTML, the archive stopped building at about 20,000
 * articles, in Astro's content sync, with `Invalid string length`; the rest of an entry (its front matter, headings
 * and mentions) is small. Every page that shows an article's text reads its one file (`keptHtml`).
 *
 * Entries whose HTML Astro finishes only while a page renders are left in the store as they are: those with local
 * images (Astro fills in their addresses then) and those rendered later by a module of their own (MDX).
 *
 * Before loading, an entry whose file has gone is dropped from the store, so the loader renders it again; after,
 * files no entry names are deleted, so the folder holds this build's articles only. The file's name is a digest of
 * its HTML, so a file never holds anything but the HTML it was made for.
 */
export function keepHtmlApart(loader: Loader, dir: string = ARTICLE_HTML_DIR): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { store } = context;
      // One listing of the folder rather than a check of each file: 10,000 checks took 0.6 s of every build.
      const kept = new Set(keptFiles(dir));
      for (const [id, entry] of store.entries()) {
        const file = htmlFileOf(entry);
        if (file !== undefined && !kept.has(file)) store.delete(id);
      }
      await loader.load({ ...context, store: { ...store, set: (entry) => store.set(withHtmlApart(entry, dir)) } });
      deleteUnnamedFiles(store, dir);
    },
  };
}

function withHtmlApart(entry: StoredEntry, dir: string): StoredEntry {
  const { rendered } = entry;
  if (!rendered || rendered.metadata?.imagePaths?.length) return entry;
  const file = `${htmlDigest(rendered.html)}${HTML_FILE_ENDING}`;
  const path = join(dir, file);
  if (!existsSync(path)) writeFileWhole(path, rendered.html);
  return { ...entry, rendered: { html: '', metadata: { ...rendered.metadata, [HTML_FILE_KEY]: file } } };
}

function deleteUnnamedFiles(store: Store, dir: string): void {
  const named = new Set(store.values().map(htmlFileOf));
  for (const file of keptFiles(dir)) {
    if (!named.has(file)) rmSync(join(dir, file), { force: true });
  }
}

/** The files in `dir`; none before a first build has made it. */
const keptFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []);

const htmlFileOf = ({ rendered }: Pick<StoredEntry, 'rendered'>): string | undefined => {
  const file = rendered?.metadata?.[HTML_FILE_KEY];
  return typeof file === 'string' ? file : undefined;
};

/**
 * An article's rendered HTML, as `keepHtmlApart` kept it; `undefined` for an entry whose HTML it left to Astro, which
 * Astro's own `render` gives.
 */
export function keptHtml(
  entry: Pick<StoredEntry, 'rendered' | 'filePath'>,
  dir: string = ARTICLE_HTML_DIR,
): string | undefined {
  const file = htmlFileOf(entry);
  return file === undefined ? undefined : readHtmlFile(entry, join(dir, file));
}

/**
 * An article's body as every page, feed and data file shows it: the HTML `keepHtmlApart` kept for it, or else, for an
 * entry whose HTML it left to Astro (local images, MDX), what `render` gives (Astro's own `render`, or HTML made with
 * it). The one place that decides between the two, so that no two of them can decide differently.
 */
export function keptHtmlOr<Rendered>(
  entry: Pick<StoredEntry, 'rendered' | 'filePath'>,
  render: () => Rendered,
  dir: string = ARTICLE_HTML_DIR,
): string | Rendered {
  return keptHtml(entry, dir) ?? render();
}

/**
 * A text made from an article's HTML by `make`, kept in `texts` between builds under the HTML's digest
 * (`htmlDigest`). An article whose HTML `keepHtmlApart` kept has that digest in its file's name, so its HTML is read
 * only when its text is not kept yet: a rebuild after one edit reads one file, not every article's. Any other
 * article's HTML is Astro's to make (`rendered`), and is digested each build.
 *
 * Both ways give the same key for the same HTML, and a different key for a different HTML, so one article's text is
 * found whichever way its HTML came, and never another's.
 */
export async function keptTextOfHtml(
  texts: KeptTexts,
  entry: Pick<StoredEntry, 'rendered' | 'filePath'>,
  rendered: () => Promise<string>,
  make: (html: string) => string,
  dir: string = ARTICLE_HTML_DIR,
): Promise<string> {
  const file = htmlFileOf(entry);
  if (file !== undefined) {
    return texts.get(file.slice(0, -HTML_FILE_ENDING.length), () => make(readHtmlFile(entry, join(dir, file))));
  }
  const html = await rendered();
  return texts.get(htmlDigest(html), () => make(html));
}

function readHtmlFile(entry: Pick<StoredEntry, 'filePath'>, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `${entry.filePath ?? 'An article'}: its rendered HTML, kept in ${path}, cannot be read ` +
        `(${(error as NodeJS.ErrnoException).code ?? String(error)}). Something removed or changed the build's ` +
        `cache folder while it ran; build again.`,
      { cause: error },
    );
  }
}
