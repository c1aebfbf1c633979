import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { keepHtmlApart, keptHtml } from '../../../../src/lib/build/article-html';
import { tempFolder } from '../../temp-folder';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/** A folder not made yet, as the cache's `article-html/` is before a first build. */
const freshDir = (): string => join(tempFolder('article-html'), 'article-html');

/** The part of Astro's scoped store a loader uses, kept in a map, with its rule that an unchanged digest is not set. */
function memoryStore(): Store {
  const entries = new Map<string, Entry>();
  const store = {
    get: (id: string) => entries.get(id),
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    set: (entry: Entry) => {
      if (entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    addAssetImports: () => {},
    addModuleImport: () => {},
  };
  return store as unknown as Store;
}

/** One article file as the fake loader sees it: its digest and what rendering it gives. */
interface SourceFile {
  digest: string;
  html?: string;
  imagePaths?: string[];
}

/**
 * A loader that behaves as Astro's glob loader does for the store: an entry whose digest is unchanged is left as it
 * is, any other is rendered and set, and entries of deleted files are removed. `sawStored` records the ids it found
 * in the store when it began.
 */
function fakeGlob(files: Map<string, SourceFile>, sawStored: string[][] = []): Loader {
  return {
    name: 'fake-glob',
    load: async ({ store }) => {
      sawStored.push(store.keys());
      for (const id of store.keys()) if (!files.has(id)) store.delete(id);
      for (const [id, { digest, html, imagePaths = [] }] of files) {
        if (store.get(id)?.digest === digest) continue;
        store.set({
          id,
          data: { title: id },
          filePath: `content/articles/${id}.md`,
          digest,
          ...(html !== undefined
            ? { rendered: { html, metadata: { headings: [{ depth: 2, slug: 'h', text: 'H' }], imagePaths } } }
            : { deferredRender: true }),
        });
      }
    },
  };
}

const load = (loader: Loader, store: Store) => loader.load({ store } as unknown as LoaderContext);

function stored(store: Store, id: string): Entry {
  const entry = store.get(id);
  if (!entry) throw new Error(`No entry ${id} in the store`);
  return entry;
}

const htmlFile = (entry: Entry): unknown => entry.rendered?.metadata?.htmlFile;

describe('keepHtmlApart', () => {
  it('keeps each HTML in a file of its own and the rest of the entry in the store', async () => {
    const dir = freshDir();
    const store = memoryStore();
    await load(keepHtmlApart(fakeGlob(new Map([['a', { digest: '1', html: '<p>A</p>' }]])), dir), store);

    const entry = stored(store, 'a');
    expect(entry.rendered?.html).toBe('');
    expect(entry.rendered?.metadata?.headings).toEqual([{ depth: 2, slug: 'h', text: 'H' }]);
    expect(entry.data).toEqual({ title: 'a' });
    expect(keptHtml(entry, dir)).toBe('<p>A</p>');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("leaves to Astro the HTML it finishes at render time: local images' and deferred (MDX) entries'", async () => {
    const dir = freshDir();
    const store = memoryStore();
    const files = new Map<string, SourceFile>([
      ['pictured', { digest: '1', html: '<img src="__ASTRO_IMAGE_x">', imagePaths: ['./x.png'] }],
      ['mdx', { digest: '2' }],
    ]);
    await load(keepHtmlApart(fakeGlob(files), dir), store);

    expect(store.get('pictured')?.rendered?.html).toBe('<img src="__ASTRO_IMAGE_x">');
    expect(keptHtml(stored(store, 'pictured'), dir)).toBeUndefined();
    expect(store.get('mdx')?.deferredRender).toBe(true);
    expect(keptHtml(stored(store, 'mdx'), dir)).toBeUndefined();
    expect(existsSync(dir)).toBe(false);
  });

  it('keeps one file for equal HTML, and after an edit or a deletion keeps only the files the store names', async () => {
    const dir = freshDir();
    const store = memoryStore();
    const files = new Map<string, SourceFile>([
      ['a', { digest: '1', html: '<p>Same</p>' }],
      ['b', { digest: '2', html: '<p>Same</p>' }],
      ['c', { digest: '3', html: '<p>C</p>' }],
    ]);
    await load(keepHtmlApart(fakeGlob(files), dir), store);
    expect(readdirSync(dir)).toHaveLength(2);

    files.set('a', { digest: '4', html: '<p>Edited</p>' });
    files.delete('c');
    await load(keepHtmlApart(fakeGlob(files), dir), store);

    expect(keptHtml(stored(store, 'a'), dir)).toBe('<p>Edited</p>');
    expect(keptHtml(stored(store, 'b'), dir)).toBe('<p>Same</p>');
    expect(readdirSync(dir).sort()).toEqual([htmlFile(stored(store, 'a')), htmlFile(stored(store, 'b'))].sort());
  });

  it('drops an entry whose file has gone before loading, so the loader renders it again', async () => {
    const dir = freshDir();
    const store = memoryStore();
    const files = new Map<string, SourceFile>([
      ['a', { digest: '1', html: '<p>A</p>' }],
      ['b', { digest: '2', html: '<p>B</p>' }],
    ]);
    await load(keepHtmlApart(fakeGlob(files), dir), store);
    rmSync(join(dir, String(htmlFile(stored(store, 'a')))));

    const sawStored: string[][] = [];
    await load(keepHtmlApart(fakeGlob(files, sawStored), dir), store);

    expect(sawStored).toEqual([['b']]);
    expect(keptHtml(stored(store, 'a'), dir)).toBe('<p>A</p>');
  });
});

describe('keptHtml', () => {
  it('names the article and the file when the file cannot be read', () => {
    const dir = freshDir();
    const entry = {
      filePath: 'content/articles/a.md',
      rendered: { html: '', metadata: { htmlFile: 'gone.html' } },
    };
    expect(() => keptHtml(entry, dir)).toThrow(
      /^content\/articles\/a\.md: its rendered HTML, kept in .*gone\.html, cannot be read \(ENOENT\)/,
    );
  });

  it('gives back the HTML exactly, whatever its script', async () => {
    const dir = freshDir();
    const store = memoryStore();
    const html = '<p>é — 中文 «活摘器官»</p>\n';
    await load(keepHtmlApart(fakeGlob(new Map([['a', { digest: '1', html }]])), dir), store);
    expect(keptHtml(stored(store, 'a'), dir)).toBe(html);
  });
});
