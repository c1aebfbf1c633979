/** Sizes and counts of a built site, read from its folder. */
import { glob, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total bytes of every file below `dir`. */
export async function directoryBytes(dir: string): Promise<number> {
  return (await directoryTotals(dir)).bytes;
}

/** How many files are below `dir` and their total bytes: static hosts limit both. */
export async function directoryTotals(dir: string): Promise<{ files: number; bytes: number }> {
  let bytes = 0;
  let files = 0;
  for await (const file of glob('**/*', { cwd: dir, withFileTypes: true }))
    if (file.isFile()) {
      bytes += (await stat(join(file.parentPath, file.name))).size;
      files++;
    }
  return { files, bytes };
}

/** Every file below `dir` matching `pattern`, with its path relative to `dir` and its size. */
export async function filesWithSizes(dir: string, pattern: string): Promise<{ path: string; bytes: number }[]> {
  const files: { path: string; bytes: number }[] = [];
  for await (const path of glob(pattern, { cwd: dir })) files.push({ path, bytes: (await stat(join(dir, path))).size });
  return files;
}

/** Every HTML file below `dir`. */
export const htmlFiles = (dir: string) => filesWithSizes(dir, '**/*.html');

/** The largest of `files`, or an empty entry when there are none. */
export const largestFile = (files: readonly { path: string; bytes: number }[]): { path: string; bytes: number } =>
  files.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });

/**
 * The number of pages Astro says it built, from its build log.
 * @example pagesBuilt('12:00:01 [build] 1004 page(s) built in 35.2s') // 1004
 */
export function pagesBuilt(log: string): number | undefined {
  const match = /(\d+) page\(s\) built in/.exec(log);
  return match ? Number(match[1]) : undefined;
}

/**
 * The number of pages and files Astro took from its incremental-build cache rather than rendering them, from its
 * build log, which names every path it writes and marks those it copied.
 * @example pathsReused('  ├─ /a/index.html (cached)\n  ├─ /b.png (restored)\n  └─ /c/index.html (+2ms)') // 2
 */
export const pathsReused = (log: string): number => log.match(/\((?:cached|restored)\)/g)?.length ?? 0;

/**
 * The number of pages and files Astro wrote, rendered or copied: "page(s) built" counts the HTML pages only.
 * @example pathsWritten('  ├─ /a/index.html (cached)\n  ├─ /b.png (restored)\n  └─ /c/index.html (+2ms)') // 3
 */
export const pathsWritten = (log: string): number => log.match(/[├└]─ \//g)?.length ?? 0;
