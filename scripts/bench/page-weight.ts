/**
 * What one built page costs a reader before any script runs: its HTML, the
 * stylesheets and scripts it names, each raw and gzipped. Pure: the caller reads
 * the files.
 */
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A size in bytes, as stored and as sent with gzip (level 6, the usual server setting). */
export interface Weight {
  raw: number;
  gzip: number;
}

/** @example weigh('aaaa').raw // 4 */
export function weigh(content: string | Uint8Array): Weight {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 6 }).byteLength };
}

/** Adds weights; gzip sizes add as separate files would, each compressed on its own. */
export const addWeights = (...weights: Weight[]): Weight =>
  weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip }), { raw: 0, gzip: 0 });

/** What a page's HTML loads or carries: linked stylesheets and scripts by URL, and inline style and script text. */
export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineStyles: string[];
  inlineScripts: string[];
}

/** Script types the browser runs; templates (`text/pagefind-template`) and data (`application/ld+json`) are not code. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The stylesheets, scripts and inline blocks of an HTML document. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineStyles: [], inlineScripts: [] };
  visit(fromHtml(html), 'element', (node: Element) => {
    const { properties } = node;
    if (node.tagName === 'link' && (properties.rel as string[] | undefined)?.includes('stylesheet'))
      assets.stylesheets.push(String(properties.href));
    else if (node.tagName === 'style') assets.inlineStyles.push(toString(node));
    else if (node.tagName === 'script' && RUNNABLE.has(String(properties.type ?? '').toLowerCase())) {
      if (properties.src !== undefined) assets.scripts.push(String(properties.src));
      else assets.inlineScripts.push(toString(node));
    }
  });
  return assets;
}

/**
 * The document with the article's own text taken out: the contents of every
 * `data-pagefind-body` element, which is what the search index takes as the text.
 * What remains is the page's chrome, whose size must not depend on the article.
 */
export function withoutArticleText(html: string): string {
  const cuts: [number, number][] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.properties.dataPagefindBody === undefined) return;
    const first = node.children[0]?.position?.start.offset;
    const last = node.children.at(-1)?.position?.end.offset;
    if (first !== undefined && last !== undefined) cuts.push([first, last]);
    return 'skip';
  });
  let result = html;
  for (const [start, end] of cuts.toSorted((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return result;
}

/** A page's weight by kind: the whole HTML, linked CSS, and JS (linked files plus inline scripts). */
export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  /** The HTML without the article's text, for article pages. */
  chrome: Weight;
  /** How many stylesheet files the page links, and how many `<style>` blocks it carries inline. */
  cssFiles: number;
  inlineStyles: number;
  /** How many script files it loads at once, and how many inline scripts it runs. */
  jsFiles: number;
  inlineScripts: number;
}

/**
 * Weighs a page given its HTML and a reader for the files it links. Inline scripts
 * are counted under JS as well as inside the HTML they sit in, so no script goes
 * unseen; inline style blocks stay in the HTML figure, and their number is shown.
 */
export function pageWeight(html: string, readAsset: (url: string) => Uint8Array | undefined): PageWeight {
  const assets = pageAssets(html);
  const files = (urls: string[]) => addWeights(...urls.map((url) => weigh(readAsset(url) ?? new Uint8Array())));
  return {
    html: weigh(html),
    css: files(assets.stylesheets),
    js: addWeights(files(assets.scripts), ...assets.inlineScripts.map((text) => weigh(text))),
    chrome: weigh(withoutArticleText(html)),
    cssFiles: assets.stylesheets.length,
    inlineStyles: assets.inlineStyles.length,
    jsFiles: assets.scripts.length,
    inlineScripts: assets.inlineScripts.length,
  };
}
