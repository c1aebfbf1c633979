import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInlinedStore, storeReadAtRunTime } from '../../../../src/lib/build/content-module';
import { tempFolder } from '../../temp-folder';

/** What a module's `export default` evaluates to, as Node runs it. */
async function valueOf(code: string): Promise<unknown> {
  const file = join(tempFolder('content-module'), 'module.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** The module as Astro 7 writes it for a store held in one file. */
const astroForm = (json: string): string => `export default JSON.parse(${JSON.stringify(json)})`;

describe('the content-layer module', () => {
  const store = JSON.stringify([{ articles: 1 }, ['a', { html: '<p>Quotes " and \\ and 器官 😀</p>' }]]);

  it('recognises the form Astro writes, with or without a closing semicolon', () => {
    expect(isInlinedStore(astroForm(store))).toBe(true);
    expect(isInlinedStore(`\n${astroForm(store)};\n`)).toBe(true);
  });

  it('leaves any other form alone', () => {
    expect(isInlinedStore('export default new Map()')).toBe(false);
    expect(isInlinedStore('export default JSON.parse(data)')).toBe(false);
    expect(isInlinedStore('export default{"articles":[(await import("astro:data-layer-content-chunk:a.txt"))]}')).toBe(
      false,
    );
  });

  it('read from the store file when it runs has the value of the inlined store', async () => {
    const file = join(tempFolder('content-module'), 'data-store.json');
    writeFileSync(file, store);
    expect(await valueOf(storeReadAtRunTime(pathToFileURL(file)))).toEqual(await valueOf(astroForm(store)));
  });
});

describe('the installed Astro', () => {
  // The build reads the store from Astro's cache file instead of compiling it (src/integrations/content-module.ts);
  // if Astro stops writing the module this way, or moves the file, that falls back to the slow compile with only a
  // warning. This says so at once, naming the Astro source to read again.
  it('still inlines its content store from cacheDir/data-store.json as one JSON.parse string', () => {
    const plugin = readFileSync(
      new URL('../../../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js', import.meta.url),
      'utf8',
    );
    const consts = readFileSync(
      new URL('../../../../node_modules/astro/dist/content/consts.js', import.meta.url),
      'utf8',
    );
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
  });
});
