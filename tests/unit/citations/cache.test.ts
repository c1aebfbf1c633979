import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The citation module loaded afresh with its cache in a folder of the test's own. */
async function citeWithCacheIn(dir: string) {
  vi.stubEnv('ARCHIVE_CACHE_DIR', dir);
  vi.resetModules();
  return import('../../../src/citations/cite');
}

// Each test loads citation-js and its styles afresh, which took over 5 s on a busy two-core machine.
const LOADS_CITEPROC = 60_000;

describe('formattedCitations kept between builds', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archive-cache-'));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'formats an article once, keeps it in the cache folder and reads it from there the next time',
    async () => {
      const { articleCitationItem, formattedCitations } = await citeWithCacheIn(dir);
      const item = articleCitationItem({
        slug: 'a',
        title: 'A report',
        published: '2019-03-01',
        archiveUrl: 'https://a.org/',
      });
      const first = formattedCitations(item);
      expect(first.apa).toContain('A report');
      const [file, ...others] = await readdir(join(dir, 'citations'));
      expect(others).toEqual([]);
      expect(JSON.parse(await readFile(join(dir, 'citations', file ?? ''), 'utf8'))).toEqual(first);

      // Another build (a fresh module) reads the kept file instead of running citeproc again.
      await writeFile(join(dir, 'citations', file ?? ''), JSON.stringify({ ...first, apa: 'kept' }));
      const again = await citeWithCacheIn(dir);
      expect(again.formattedCitations(item).apa).toBe('kept');
    },
    LOADS_CITEPROC,
  );

  it(
    'formats again when the article changes, and when a kept file is broken',
    async () => {
      const { articleCitationItem, formattedCitations } = await citeWithCacheIn(dir);
      const item = (title: string) =>
        articleCitationItem({ slug: 'a', title, published: '2019-03-01', archiveUrl: 'https://a.org/' });
      formattedCitations(item('First title'));
      expect(formattedCitations(item('Second title')).apa).toContain('Second title');
      expect(await readdir(join(dir, 'citations'))).toHaveLength(2);

      for (const file of await readdir(join(dir, 'citations'))) await writeFile(join(dir, 'citations', file), '{');
      expect(formattedCitations(item('First title')).apa).toContain('First title');
    },
    LOADS_CITEPROC,
  );
});
