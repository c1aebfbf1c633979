import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CACHE_DIR } from '../../consts';

/**
 * A folder for one kind of work the build keeps between builds (drawn cards, formatted citations), inside Astro's
 * own cache folder (its default `node_modules/.astro/`, or `ARCHIVE_CACHE_DIR`): a CI job that keeps that one
 * folder keeps them all. Everything in it is keyed by what it was made from, so it is always safe to delete.
 */
export const buildCacheDir = (name: string): string =>
  join(CACHE_DIR ?? join(process.cwd(), 'node_modules', '.astro'), name);

/**
 * The installed version of each package in `names`, for the keys of work kept between builds: an upgrade of a
 * package that does the work sets the old results aside. Each package's own `package.json` is found where Node
 * would look for the package from the project root (the built pages run from chunks in `dist`, not from `src`),
 * without asking the package's exports, which often keep its manifest, or the whole package, from `require`.
 */
export function installedVersions(names: readonly string[]): Record<string, string> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return Object.fromEntries(names.map((name) => [name, versionIn(name, require.resolve.paths(name) ?? [])]));
}

function versionIn(name: string, folders: readonly string[]): string {
  const manifest = folders.map((folder) => join(folder, name, 'package.json')).find((file) => existsSync(file));
  if (!manifest) throw new Error(`Cannot find module '${name}': no ${name}/package.json in ${folders.join(', ')}.`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Writes `data` to `file` under a temporary name first and renames it, so a build running alongside (the tests
 * build several sites at once) never reads half a file.
 */
export function writeFileWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** Why `link` can refuse where a copy would do: another filesystem, or one (or a user) that allows no hard links. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'EACCES']);

/**
 * Puts a copy of the folder `from`, kept in the cache, at `to`: each file as a hard link to the kept one where the
 * filesystem allows, else copied. A search part is some 2,600 small files, and copying four of them took about 8 s
 * of a one-edit rebuild at 10,000 articles where linking takes under 1 s. Only for folders the cache never writes
 * into once made (each is named by a hash of what it holds), and whose copies nothing edits in place: a link and
 * the kept file are one file.
 */
export async function placeFromCache(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const [source, destination] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) return placeFromCache(source, destination);
      try {
        await link(source, destination);
      } catch (error) {
        if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        await copyFile(source, destination);
      }
    }),
  );
}
