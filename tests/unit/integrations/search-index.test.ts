import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_AFTER_BUILD_VARIABLE, searchIndex, writeSearchIndex } from '../../../src/integrations/search-index';

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
    await writeSearchIndex(outDir);

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
  });
});

describe('searchIndex', () => {
  it('leaves the index to the step after the build when npm run build says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'archive-dist-'));
    try {
      const logged: string[] = [];
      const hook = searchIndex({ [INDEX_AFTER_BUILD_VARIABLE]: '1' }).hooks['astro:build:done'];
      await hook?.({ dir: pathToFileURL(`${dir}/`), logger: { info: (line: string) => logged.push(line) } } as never);
      expect(await readdir(dir)).toEqual([]);
      expect(logged).toEqual(['Search index left to the step after the build (scripts/search-index.ts).']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
