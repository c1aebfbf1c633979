import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_SYSTEM, loadContent, type ContentReader } from '../../../../src/lib/content/model';

/**
 * The five first articles, as they were made (tests/fixtures/seeds/articles/), held to the raw texts they were made
 * from (tests/fixtures/seeds/*.txt, byte-identical to the shared seeds) by the same content model the build runs:
 * every word of each capture is in its article's text or in its `removed` list, and the hashes match. Fixtures only,
 * so an editor's change to content/ can never fail it; the build holds content/ to content/captures/ the same way.
 */

const SEEDS = 'tests/fixtures/seeds';
/** Which raw text each article was made from. */
const CAPTURE_OF: Record<string, string> = {
  'ccp-officials-fear-investigation': '000_d7f5f34c62be811a.txt',
  'wang-lijun-organ-harvest-files': '001_724dd4794ec6e017.txt',
  'skeptical-about-organ-harvesting-watch-this': '002_b3ed8675ec58ab28.txt',
  'us-urges-independent-probe': '003_d78681dd366caea6.txt',
  'coalition-urges-ccp-to-end-organ-harvesting': '004_4f1f1e2a4f0489b8.txt',
};

const paths = {
  articlesDir: join(SEEDS, 'articles'),
  entitiesDir: join(SEEDS, 'no-entities'),
  redirectsFile: join(SEEDS, 'no-redirects.txt'),
  timelineFile: join(SEEDS, 'no-timeline.yaml'),
  capturesDir: join(SEEDS, 'captures'),
};

/** The file system, except that the captures folder holds each raw seed text under its article's name. */
function seedsAsCaptures(overrides: Record<string, Uint8Array> = {}): ContentReader {
  return {
    list: async (dir, pattern) =>
      dir === paths.capturesDir
        ? Object.keys(CAPTURE_OF).map((slug) => join(paths.capturesDir, `${slug}.txt`))
        : FILE_SYSTEM.list(dir, pattern),
    read: async (file) => {
      if (!file.startsWith(paths.capturesDir)) return FILE_SYSTEM.read(file);
      const slug = basename(file, '.txt');
      return overrides[slug] ?? FILE_SYSTEM.read(join(SEEDS, CAPTURE_OF[slug] ?? 'missing'));
    },
  };
}

describe('the five seed articles and their captures', () => {
  it('are each their capture less exactly what their `removed` lists, with the recorded hashes', async () => {
    expect((await readdir(paths.articlesDir)).map((file) => basename(file, '.md')).toSorted()).toEqual(
      Object.keys(CAPTURE_OF).toSorted(),
    );
    const content = await loadContent(paths, seedsAsCaptures());
    expect(content.problems).toEqual([]);
    expect(content.captures.size).toBe(5);
  });

  it('catch one word changed in a capture, by its hash', async () => {
    const original = (await FILE_SYSTEM.read(join(SEEDS, '003_d78681dd366caea6.txt'))) ?? new Uint8Array();
    const altered = new TextEncoder().encode(new TextDecoder().decode(original).replace('depraved', 'deprived'));
    const { problems } = await loadContent(paths, seedsAsCaptures({ 'us-urges-independent-probe': altered }));
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'tests/fixtures/seeds/articles/us-urges-independent-probe.md capture.sha256',
    ]);
  });
});
