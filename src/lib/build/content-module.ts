/**
 * Astro hands its content layer to the build as one JavaScript module, `export default JSON.parse("…")`, whose
 * single string literal is the content-layer cache file `data-store.json`: every entry's data, headings and
 * mentions (its HTML too, until `keepHtmlApart` took it out: 26 KB an article then). V8 compiles a string literal in
 * time that grows with the square of its length. Measured with Node 24 on this machine: 6 MB took 0.4 s, 24 MB
 * 4.2 s, and the 264 MB of a 10,000-article archive with its HTML 6 min 27 s, in every build, first or incremental;
 * the bundler holds several copies of it meanwhile. A static build renders its pages on the machine that wrote that
 * file, so the module can read the file when it runs instead.
 */

/** How Astro writes the module (astro/dist/content/vite-plugin-content-virtual-mod.js, single-file storage). */
const PREFIX = 'export default JSON.parse("';
const SUFFIX = '")';

/** Whether `code` is the module as Astro writes it, its store inlined as one JSON string. */
export function isInlinedStore(code: string): boolean {
  // String operations, not a regular expression: a pattern over hundreds of megabytes overflows its backtracking stack.
  let trimmed = code.trim();
  if (trimmed.endsWith(';')) trimmed = trimmed.slice(0, -1);
  return trimmed.startsWith(PREFIX) && trimmed.endsWith(SUFFIX);
}

/** The module's code, reading the store from `storeFile` when it runs: the same value, and nothing to compile. */
export const storeReadAtRunTime = (storeFile: URL): string =>
  `import { readFileSync } from 'node:fs';\n` +
  `export default JSON.parse(readFileSync(new URL(${JSON.stringify(storeFile.href)}), 'utf8'));\n`;
