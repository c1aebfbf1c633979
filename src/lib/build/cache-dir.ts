import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
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
 * Writes `data` to `file` under a temporary name first and renames it, so a build running alongside (the tests
 * build several sites at once) never reads half a file.
 */
export function writeFileWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
