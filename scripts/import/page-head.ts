/**
 * What a saved page states about itself in machine-readable form: its `<title>`, meta tags, canonical
 * address and `<base>`, and the JSON-LD description of the article (schema.org `NewsArticle` and kin).
 */
import type { Root as HastRoot } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** A value the page states, where, and how the report names the place. */
export interface Stated {
  value: string;
  line: number;
  how: string;
}

/** The schema.org article the page's JSON-LD describes, as far as the importer reads it. */
export interface JsonLdArticle {
  line: number;
  type: string;
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
}

export interface Head {
  title?: Stated;
  meta: Map<string, Stated>;
  canonical?: Stated;
  baseHref?: string;
  article?: JsonLdArticle;
}

/** schema.org types that describe an article, a post or a review: what a news page's JSON-LD calls its text. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|Review)$/;

/** The `<title>`, every `<meta>` by its name, property or itemprop, the canonical link, `<base href>` and JSON-LD. */
export function readHead(page: HastRoot): Head {
  const meta = new Map<string, Stated>();
  for (const element of selectAll('meta[content]', page)) {
    const key = String(element.properties.name ?? element.properties.property ?? element.properties.itemProp ?? '');
    const content = String(element.properties.content).trim();
    if (key && content && !meta.has(key.toLowerCase()))
      meta.set(key.toLowerCase(), { value: content, line: element.position?.start.line ?? 0, how: `<meta ${key}>` });
  }
  const titleElement = select('title', page);
  const title = titleElement ? toString(titleElement).replace(/\s+/g, ' ').trim() : '';
  const canonical = selectAll('link[href]', page).find((link) =>
    [link.properties.rel].flat().map(String).includes('canonical'),
  );
  const baseElement = select('base[href]', page);
  const article = selectAll('script[type="application/ld+json"]', page)
    .map((script) => jsonLdArticle(toString(script), script.position?.start.line ?? 0))
    .find((found) => found !== undefined);
  return {
    ...(title ? { title: { value: title, line: titleElement?.position?.start.line ?? 0, how: '<title>' } } : {}),
    meta,
    ...(canonical
      ? {
          canonical: {
            value: String(canonical.properties.href).trim(),
            line: canonical.position?.start.line ?? 0,
            how: '<link rel="canonical">',
          },
        }
      : {}),
    ...(baseElement ? { baseHref: String(baseElement.properties.href) } : {}),
    ...(article ? { article } : {}),
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Names in a JSON-LD `author`: a string, a Person or Organization with a name, or a list of them. */
function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return typeof value.name === 'string' ? names(value.name) : [];
  return [];
}

const text = (value: Json | undefined): string | undefined =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;

/**
 * The first article a JSON-LD block describes, looking through lists and `@graph`. A block that is not
 * valid JSON (some pages escape it as HTML) describes nothing.
 * @example jsonLdArticle('{"@type":"NewsArticle","headline":"A","author":{"name":"B"}}', 1)?.authors // ['B']
 */
export function jsonLdArticle(source: string, line: number): JsonLdArticle | undefined {
  let data: Json;
  try {
    data = JSON.parse(source.replace(/^\s*(?:<!\[CDATA\[|\/\/<!\[CDATA\[)|(?:\]\]>|\/\/\]\]>)\s*$/g, '')) as Json;
  } catch {
    return undefined;
  }
  const candidates: Json[] = [data];
  for (let i = 0; i < candidates.length; i++) {
    const node = candidates[i];
    if (Array.isArray(node)) {
      candidates.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node['@graph'])) candidates.push(...node['@graph']);
    const type = [node['@type']].flat().find((value) => typeof value === 'string' && ARTICLE_TYPE.test(value));
    if (typeof type !== 'string') continue;
    const headline = text(node.headline) ?? text(node.name);
    const publisher = node.publisher && typeof node.publisher === 'object' ? names(node.publisher)[0] : undefined;
    const datePublished = text(node.datePublished);
    const dateModified = text(node.dateModified);
    return {
      line,
      type,
      ...(headline ? { headline } : {}),
      authors: [...new Set(names(node.author))],
      ...(datePublished ? { datePublished } : {}),
      ...(dateModified ? { dateModified } : {}),
      ...(publisher ? { publisher } : {}),
    };
  }
  return undefined;
}

/**
 * The page's own address from its canonical link (or `og:url`), made absolute as a browser would: a
 * protocol-relative address takes `https:`, a relative one is resolved against `<base href>` or the
 * other stated address. `undefined` when no absolute web address can be made.
 * @example pageAddress('//us.yahoo.com/news/', []) // 'https://us.yahoo.com/news/'
 */
export function pageAddress(href: string, bases: readonly (string | undefined)[]): string | undefined {
  const absolute = (value: string, base?: string): string | undefined => {
    try {
      const url = new URL(value.startsWith('//') ? `https:${value}` : value, base);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  };
  const direct = absolute(href);
  if (direct) return direct;
  for (const base of bases) {
    const resolvedBase = base === undefined ? undefined : absolute(base);
    const resolved = resolvedBase ? absolute(href, resolvedBase) : undefined;
    if (resolved) return resolved;
  }
  return undefined;
}
