import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { keepHtmlApart, keptHtml, keptHtmlOr, keptTextOfHtml } from '../../../../src/lib/build/article-html';
import { KeptTexts } from '../../../../src/lib/build/kept-texts';
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

describe('keptHtmlOr', () => {
  it("gives a kept article's HTML without rendering it, and renders only those whose HTML Astro keeps", async () => {
    const dir = freshDir();
    const store = memoryStore();
    const files = new Map<string, SourceFile>([
      ['kept', { digest: '1', html: '<p>Kept</p>' }],
      ['pictured', { digest: '2', html: '<img src="__ASTRO_IMAGE_x">', imagePaths: ['./x.png'] }],
      ['mdx', { digest: '3' }],
    ]);
    await load(keepHtmlApart(fakeGlob(files), dir), store);
    const rendered: string[] = [];
    const render = (id: string) => (): string => (rendered.push(id), `<p>Rendered ${id}</p>`);

    expect(keptHtmlOr(stored(store, 'kept'), render('kept'), dir)).toBe('<p>Kept</p>');
    expect(keptHtmlOr(stored(store, 'pictured'), render('pictured'), dir)).toBe('<p>Rendered pictured</p>');
    expect(keptHtmlOr(stored(store, 'mdx'), render('mdx'), dir)).toBe('<p>Rendered mdx</p>');
    expect(rendered).toEqual(['pictured', 'mdx']);
  });
});

describe('keptTextOfHtml', () => {
  const notRendered = (): Promise<string> => Promise.reject(new Error('rendered, though its HTML is kept'));

  /** Articles loaded as a build loads them, their HTML kept in `dir`, and a file to keep their texts in. */
  async function loaded(files: Map<string, SourceFile>) {
    const dir = freshDir();
    const store = memoryStore();
    await load(keepHtmlApart(fakeGlob(files), dir), store);
    return { dir, store, files, textsFile: join(tempFolder('kept-text'), 'texts.json') };
  }

  /**
   * What one build's data files do: every stored article's text, in order, kept in `textsFile`. `rendered` gives
   * the HTML Astro renders for those whose HTML is not kept. Says also which HTML each made text was made from, and
   * what `KeptTexts` counted.
   */
  async function buildTexts(
    { dir, store, textsFile }: Awaited<ReturnType<typeof loaded>>,
    rendered: Record<string, string> = {},
  ) {
    const kept = new KeptTexts(textsFile, '1');
    const madeFrom: string[] = [];
    const make = (html: string): string => (madeFrom.push(html), html.toUpperCase());
    const texts: string[] = [];
    for (const id of store.keys()) {
      const html = rendered[id];
      const render = html === undefined ? notRendered : () => Promise.resolve(html);
      texts.push(await keptTextOfHtml(kept, stored(store, id), render, make, dir));
    }
    kept.save();
    return { texts, madeFrom, made: kept.made };
  }

  const twoArticles = (): Map<string, SourceFile> =>
    new Map([
      ['a', { digest: '1', html: '<p>A</p>' }],
      ['b', { digest: '2', html: '<p>B</p>' }],
    ]);

  it("reads a kept article's HTML only to make its text, and after that finds the text by the file's name", async () => {
    const site = await loaded(twoArticles());
    const texts = ['<P>A</P>', '<P>B</P>'];
    expect(await buildTexts(site)).toEqual({ texts, madeFrom: ['<p>A</p>', '<p>B</p>'], made: 2 });

    // With its files gone, reading either article's HTML would throw: a kept text is found without it.
    for (const file of readdirSync(site.dir)) rmSync(join(site.dir, file));
    expect(await buildTexts(site)).toEqual({ texts, madeFrom: [], made: 0 });
  });

  it("makes the text again once the article's HTML changes, and only that one", async () => {
    const site = await loaded(twoArticles());
    await buildTexts(site);

    site.files.set('a', { digest: '3', html: '<p>Edited</p>' });
    await load(keepHtmlApart(fakeGlob(site.files), site.dir), site.store);
    expect(await buildTexts(site)).toEqual({
      texts: ['<P>EDITED</P>', '<P>B</P>'],
      madeFrom: ['<p>Edited</p>'],
      made: 1,
    });
  });

  it('renders an article whose HTML Astro makes, and keys its text as a kept file of the same HTML is keyed', async () => {
    const site = await loaded(
      new Map<string, SourceFile>([
        ['kept', { digest: '1', html: '<p>Same</p>' }],
        ['mdx', { digest: '2' }],
        ['other-mdx', { digest: '3' }],
      ]),
    );
    const rendered = { mdx: '<p>Same</p>', 'other-mdx': '<p>Other</p>' };
    expect(await buildTexts(site, rendered)).toEqual({
      texts: ['<P>SAME</P>', '<P>SAME</P>', '<P>OTHER</P>'],
      madeFrom: ['<p>Same</p>', '<p>Other</p>'],
      made: 2,
    });
  });

  it('names the article and the file when a text must be made and its HTML cannot be read', async () => {
    const dir = freshDir();
    const entry = { filePath: 'content/articles/a.md', rendered: { html: '', metadata: { htmlFile: 'gone.html' } } };
    const texts = new KeptTexts(join(tempFolder('kept-text'), 'texts.json'), '1');
    await expect(keptTextOfHtml(texts, entry, notRendered, (html) => html, dir)).rejects.toThrow(
      /^content\/articles\/a\.md: its rendered HTML, kept in .*gone\.html, cannot be read \(ENOENT\)/,
    );
  });
});
