/**
 * Two builds of the same content give the same files, byte for byte, so a deploy changes exactly what the
 * content changed, and anyone can check that the published site came from this repository. Astro's asset
 * hashes and Pagefind's index are deterministic; nothing in the build stamps a date or a path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from './archive-test';
import { PROJECT_ROOT } from './content';
import { build } from './run-command';

/** Every file under `dir`, by its path relative to `dir`, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .toSorted();
}

test('a second build of the same content is byte-identical to the one under test', async ({
  contentDir,
  outDir,
  pageSize,
  editBaseUrl,
}) => {
  test.setTimeout(180_000);
  const root = await mkdtemp(join(tmpdir(), 'archive-reproducible-'));
  try {
    const second = join(root, 'dist');
    // The settings the build under test was made with (playwright.config.ts).
    const settings = { ARCHIVE_PAGE_SIZE: String(pageSize), ...(editBaseUrl && { ARCHIVE_EDIT_URL: editBaseUrl }) };
    const { code, output } = await build(contentDir, second, join(root, 'cache'), settings);
    expect(code, output).toBe(0);

    const first = join(PROJECT_ROOT, outDir);
    const firstFiles = filesUnder(first);
    expect(firstFiles.length).toBeGreaterThan(0);
    expect(filesUnder(second), 'the same files').toEqual(firstFiles);
    const differing = firstFiles.filter(
      (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    expect(differing, 'files whose bytes differ between the two builds').toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
