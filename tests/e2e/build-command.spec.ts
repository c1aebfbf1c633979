/**
 * `npm run build` is two steps in two processes: `astro build`, then the search index once Astro's process has
 * ended (`scripts/build.ts`). An editor must get a searchable site in the folder they asked for, and a failed build
 * must stop before the index with Astro's own message in front of them. No browser is needed; these live here
 * because they run real builds, like the rest of this suite.
 */
import { copyFile, glob, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SEARCH_BUNDLE_DIR } from '../../src/lib/site/urls';
import { INVALID_DIR, MISTAKES } from '../fixtures/invalid-articles';
import { PROJECT_ROOT } from './content';
import { npmBuild } from './run-command';

/** A fixture article, and a phrase of its text that only a search index made from its page holds. */
const ARTICLE = 'tests/fixtures/site/seed-copy-wang-lijun.md';
const PHRASE = 'made a surprising and hasty visit';

/** What Astro logs when it leaves the index to the next step, and what that step logs once it has written it. */
const LEFT_TO_NEXT_STEP = 'Search index left to the step after the build.';
const INDEX_WRITTEN = `[search-index] Search index written to ${SEARCH_BUNDLE_DIR}/`;

/** Whether any page's text in the search index of the site in `outDir` holds `phrase` (fragments are gzipped JSON). */
async function searchIndexHolds(outDir: string, phrase: string): Promise<boolean> {
  for await (const file of glob(`${SEARCH_BUNDLE_DIR}/**/fragment/*.pf_fragment`, { cwd: outDir }))
    if (gunzipSync(await readFile(join(outDir, file))).includes(phrase)) return true;
  return false;
}

test.describe.configure({ mode: 'parallel' });
// A whole build of the fixture site, loading Astro and Vite, on a busy two-core machine.
test.setTimeout(240_000);

test('npm run build -- --outDir builds into that folder, then indexes it once Astro has ended', async () => {
  const root = await mkdtemp(join(tmpdir(), 'archive-npm-build-'));
  try {
    const outDir = join(root, 'site');
    const { code, output } = await npmBuild('tests/fixtures/site', outDir, join(root, 'cache'));
    expect(code, output).toBe(0);
    const left = output.indexOf(LEFT_TO_NEXT_STEP);
    expect(left, output).toBeGreaterThan(-1);
    expect(output.indexOf(INDEX_WRITTEN, left), 'the index is written after Astro has finished').toBeGreaterThan(left);
    expect(await searchIndexHolds(outDir, PHRASE), `the index in ${outDir} finds a fixture article`).toBe(true);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a failed build stops before the search index, with Astro’s own message and a failing exit code', async () => {
  const root = await mkdtemp(join(tmpdir(), 'archive-npm-build-'));
  try {
    const content = join(root, 'content');
    await mkdir(content);
    const mistake = MISTAKES.find(({ field }) => field === 'published');
    if (!mistake) throw new Error(`${INVALID_DIR} has no article whose "published" is wrong, which this test builds`);
    for (const file of [join(INVALID_DIR, mistake.file), ARTICLE])
      await copyFile(join(PROJECT_ROOT, file), join(content, basename(file)));
    const outDir = join(root, 'site');

    const { code, output } = await npmBuild(content, outDir, join(root, 'cache'));
    expect(code, output).not.toBe(0);
    expect(output).toContain('nothing was built:');
    for (const problem of mistake.problems) expect(output).toContain(`    - ${problem}\n`);
    expect(output).toContain(
      'astro build failed (exit code 1); the messages above say why. No search index was written.',
    );
    expect(output).not.toContain(INDEX_WRITTEN);
    expect(await Array.fromAsync(glob('**', { cwd: outDir })).catch(() => [])).toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
