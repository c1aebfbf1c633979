import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILT_SITE_FILE_VARIABLE,
  INDEX_AFTER_BUILD_VARIABLE,
  PART_SIZE_VARIABLE,
  readPartSize,
  searchIndex,
  writeSearchIndex,
} from '../../../src/integrations/search-index';
import { SEARCH_PARTS_FILE, SEARCH_SORT_FILE, type SearchPartsManifest } from '../../../src/lib/search/index-parts';

const page = (lang: string, body: string): string =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>` +
  `<nav>Site navigation words</nav><h1 data-pagefind-body>${body}</h1><div data-pagefind-body><p>${body}</p></div>` +
  `</body></html>`;

describe('writeSearchIndex', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function builtSite(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'archive-dist-'));
    for (const [path, html] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), html);
    }
    return dir;
  }

  it('writes one index per page language into pagefind/, from the marked pages only', async () => {
    const outDir = await builtSite({
      'articles/english/index.html': page('en', 'Hospitals offered kidneys within two weeks.'),
      'articles/chinese/index.html': page('zh-CN', '医院在两周内提供肾脏。'),
      'index.html': '<!doctype html><html lang="en"><body><h1>Home page listing</h1></body></html>',
    });
    await writeSearchIndex(outDir, { cacheDir: null });

    const files = await readdir(join(outDir, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-component-ui.js', 'pagefind-highlight.js']));
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // The home page has no data-pagefind-body, so only the two articles are indexed, each under its own language,
    // which is the name the search page merges the Chinese index by.
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count])),
    ).toEqual({ en: 1, 'zh-cn': 1 });
    const manifest = JSON.parse(await readFile(join(outDir, 'pagefind', SEARCH_PARTS_FILE), 'utf8')) as unknown;
    expect(manifest).toEqual({ parts: [{ path: '', languages: ['en', 'zh-cn'] }] });
  });

  it('splits a large archive into parts, each a bundle with its languages, and lists them for the search page', async () => {
    const outDir = await builtSite(
      Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [
          `articles/article-${i}/index.html`,
          page('en', `Article number ${i} about transplant waiting times.`).replace(
            '</body>',
            `<span data-pagefind-sort="date">201${i}-01-02</span></body>`,
          ),
        ]),
      ),
    );
    await writeSearchIndex(outDir, { partSize: 2, cacheDir: null });

    const bundle = join(outDir, 'pagefind');
    const manifest = JSON.parse(await readFile(join(bundle, SEARCH_PARTS_FILE), 'utf8')) as SearchPartsManifest;
    expect(manifest.parts.map(({ path }) => path)).toEqual(['', 'part-1/', 'part-2/']);
    let pages = 0;
    for (const { path, languages } of manifest.parts) {
      // Six pages by the hash of their paths need not fill three parts; a part left empty has no language index.
      expect(['en'], path).toEqual(expect.arrayContaining(languages));
      const entry = JSON.parse(await readFile(join(bundle, path, 'pagefind-entry.json'), 'utf8')) as {
        languages: { en?: { page_count: number } };
      };
      pages += entry.languages.en?.page_count ?? 0;
    }
    expect(pages, 'every article is in one part').toBe(6);
    const sorts = JSON.parse(await readFile(join(bundle, SEARCH_SORT_FILE), 'utf8')) as {
      date: Record<string, [string, number][]>;
    };
    expect(
      Object.values(sorts.date).reduce((sum, runs) => sum + runs.reduce((n, [, count]) => n + count, 0), 0),
      'each index lists its dates',
    ).toBe(6);
  }, 30_000);

  it('indexes again only the part whose page changed, and places the others from the cache', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'archive-search-cache-'));
    try {
      const files = Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [`articles/article-${i}/index.html`, page('en', `Article ${i} text.`)]),
      );
      const outDir = await builtSite(files);
      const logged: string[] = [];
      const logger = { info: (line: string) => logged.push(line) };
      await writeSearchIndex(outDir, { partSize: 2, cacheDir, logger });
      await writeSearchIndex(outDir, { partSize: 2, cacheDir, logger });
      await writeFile(join(outDir, 'articles/article-4/index.html'), page('en', 'Article 4 text, now with Quillwort.'));
      await writeSearchIndex(outDir, { partSize: 2, cacheDir, logger });

      expect(logged.map((line) => /in 3 parts \((\d+) indexed, (\d+) from the cache\)/.exec(line)?.slice(1))).toEqual([
        ['3', '0'],
        ['0', '3'],
        ['1', '2'],
      ]);
      // The parts the last build did not use are gone, so the cache holds one index per part.
      expect(await readdir(cacheDir)).toHaveLength(3);
      expect(await bundleHolds(join(outDir, 'pagefind'), 'Quillwort')).toBe(true);
      // The parts placed from the cache are the site's own: emptying the cache, as a CI job without one starts,
      // leaves every article searchable.
      await rm(cacheDir, { recursive: true, force: true });
      for (let i = 0; i < 6; i++) expect(await bundleHolds(join(outDir, 'pagefind'), `Article ${i} text`)).toBe(true);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
    // Seven Pagefind runs, each a process of its own.
  }, 60_000);
});

/** Whether any fragment of any part of the bundle holds `word`. */
async function bundleHolds(bundle: string, word: string): Promise<boolean> {
  for (const file of await readdir(bundle, { recursive: true })) {
    if (!file.endsWith('.pf_fragment')) continue;
    if (gunzipSync(await readFile(join(bundle, file))).includes(word)) return true;
  }
  return false;
}

describe('readPartSize', () => {
  it('reads a whole number of pages, and names the variable and the value otherwise', () => {
    expect(readPartSize(undefined)).toBe(2500);
    expect(readPartSize('3')).toBe(3);
    expect(() => readPartSize('a few')).toThrow(
      `${PART_SIZE_VARIABLE} must be a whole number of pages, 1 or more; found "a few"`,
    );
  });
});

describe('searchIndex', () => {
  it('leaves the index to the step after the build when npm run build says so, naming the folder it built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archive-dist-'));
    const handoff = await mkdtemp(join(tmpdir(), 'archive-build-'));
    try {
      const logged: string[] = [];
      const builtSiteFile = join(handoff, 'built-site');
      const hook = searchIndex({ [INDEX_AFTER_BUILD_VARIABLE]: '1', [BUILT_SITE_FILE_VARIABLE]: builtSiteFile }).hooks[
        'astro:build:done'
      ];
      await hook?.({ dir: pathToFileURL(`${dir}/`), logger: { info: (line: string) => logged.push(line) } } as never);
      expect(await readdir(dir)).toEqual([]);
      expect(await readFile(builtSiteFile, 'utf8')).toBe(`${dir}/`);
      expect(logged).toEqual(['Search index left to the step after the build.']);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(handoff, { recursive: true, force: true });
    }
  });
});
