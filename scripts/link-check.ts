/**
 * A link checker for a built static site, working on its files rather than over HTTP: every internal link,
 * image, stylesheet, script and `#fragment` must lead to a file (and an element) that exists. Pure: the caller
 * reads the files (see `readBuiltSite`) and decides what to do with the problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built site: every file by its site path ("/articles/x/index.html"), with the text of each HTML page. */
export interface BuiltSite {
  files: ReadonlySet<string>;
  pages: ReadonlyMap<string, string>;
}

/** One reference from a page that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, as a site path ("/articles/x/"). */
  page: string;
  /** The reference as written. */
  href: string;
  problem: string;
}

/** What a page links to and which fragment targets it holds. */
export interface PageLinks {
  /** Every URL the page refers to, as written, from the attributes that load or link something. */
  hrefs: string[];
  /** Every `id` (and `<a name>`) on the page: the targets a `#fragment` can point at. */
  ids: Set<string>;
}

/** The attributes that hold a URL, by element. `srcset` is a list and is split. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** Collects the references and fragment targets of one HTML page. */
export function pageLinks(html: string): PageLinks {
  const tree: Root = fromHtml(html);
  const hrefs: string[] = [];
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    if (properties.id !== undefined) ids.add(String(properties.id));
    if (node.tagName === 'a' && properties.name !== undefined) ids.add(String(properties.name));
    for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = properties[attribute];
      if (value === undefined || value === null) continue;
      if (attribute === 'srcSet') {
        for (const candidate of String(value).split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) hrefs.push(url);
        }
      } else hrefs.push(String(value));
    }
    // Open Graph images and page addresses are absolute URLs on the site itself, so they are checked too.
    if (node.tagName === 'meta' && /^og:(?:image|url)$/.test(String(properties.property ?? ''))) {
      hrefs.push(String(properties.content ?? ''));
    }
    if (node.tagName === 'meta' && String(properties.httpEquiv ?? '').toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(String(properties.content ?? ''))?.[1];
      if (target) hrefs.push(target.trim().replace(/^['"]|['"]$/g, ''));
    }
  });
  return { hrefs, ids };
}

/**
 * The site path a page is served at: "/articles/x/index.html" is "/articles/x/", "/404.html" stays.
 * @example pageUrl('/articles/x/index.html') // '/articles/x/'
 */
export const pageUrl = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * The file a site path is served from, or `undefined` when there is none. A path ending in "/" is served from
 * its `index.html`; a path to a folder without the slash is an error, as the site always writes the slash.
 */
export function fileFor(path: string, site: BuiltSite): string | undefined {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return site.files.has(file) ? file : undefined;
}

/** A fixed origin to resolve site paths against; only its path part is ever used. */
const BASE = 'http://site.invalid';

/**
 * Every internal reference on every page of `site` that leads to no file, or to a page without the element its
 * `#fragment` names. `siteOrigins` are the public addresses the site is built for (`SITE_URL`): absolute links
 * to them are internal too. Links to other hosts, `mailto:` and the like are not followed.
 */
export function findBrokenLinks(site: BuiltSite, siteOrigins: readonly string[] = []): BrokenLink[] {
  const internal = new Set([BASE, ...siteOrigins.map((origin) => new URL(origin).origin)]);
  const parsed = new Map([...site.pages].map(([file, html]) => [file, pageLinks(html)]));
  const broken: BrokenLink[] = [];
  for (const [file, { hrefs }] of parsed) {
    const page = pageUrl(file);
    for (const href of hrefs) {
      const report = (problem: string): void => void broken.push({ page, href, problem });
      let url: URL;
      try {
        url = new URL(href, `${BASE}${page}`);
      } catch {
        report('is not a valid URL');
        continue;
      }
      if (!internal.has(url.origin)) continue;
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        report('has a malformed %-escape');
        continue;
      }
      const target = fileFor(path, site);
      if (!target) {
        const folder = site.files.has(`${path}/index.html`);
        report(folder ? `leads to a folder: write "${url.pathname}/"` : `leads to ${path}, which was not built`);
        continue;
      }
      if (href.endsWith('#')) {
        report('has an empty #fragment');
        continue;
      }
      if (!url.hash) continue;
      const id = decodeURIComponent(url.hash.slice(1));
      const targetLinks = parsed.get(target);
      if (!targetLinks) report(`points at #${id} in ${target}, which is not a page`);
      else if (!targetLinks.ids.has(id)) report(`points at #${id}, which ${pageUrl(target)} does not have`);
    }
  }
  return broken;
}

/**
 * The pages a reader reaches from `start` by following links, as site paths ("/articles/x/"). Only `<a>` and
 * `<area>` links count: a stylesheet or an image is not a way to a page.
 */
export function reachablePages(site: BuiltSite, start = '/'): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    const file = fileFor(path, site);
    const html = file === undefined ? undefined : site.pages.get(file);
    if (html === undefined || seen.has(path)) continue;
    seen.add(path);
    const tree: Root = fromHtml(html);
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName !== 'a' && node.tagName !== 'area') || node.properties.href === undefined) return;
      const url = new URL(String(node.properties.href), `${BASE}${path}`);
      if (url.origin === BASE) queue.push(decodeURIComponent(url.pathname));
    });
  }
  return seen;
}

/** Reads a built site from `dir`: every file's site path, and the text of each `.html` file. */
export function readBuiltSite(dir: string): BuiltSite {
  const files = new Set<string>();
  const pages = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const sitePath = `/${relative(dir, path).split(sep).join('/')}`;
    files.add(sitePath);
    if (sitePath.endsWith('.html')) pages.set(sitePath, readFileSync(path, 'utf8'));
  }
  return { files, pages };
}
