import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import '@citation-js/plugin-csl';
import { SITE } from '../consts';
import { buildCacheDir, installedVersions, writeFileWhole } from '../lib/build/cache-dir';
import { bibtexEntry, risRecord } from '../lib/formats/citation-files';
import { citationItem, type CitableArticle, type CslItem, type CslName } from '../lib/formats/citation-item';
import { CSL_STYLES } from './styles';

/** The styles the "Cite" section offers, in its order: label and CSL style id. */
export const CITATION_STYLES = [
  // APA 7th edition, bundled with @citation-js/plugin-csl.
  { key: 'apa', label: 'APA (7th edition)', style: 'apa' },
  // The CSL project's "modern-language-association" style is MLA 9th edition.
  { key: 'mla', label: 'MLA (9th edition)', style: 'modern-language-association' },
  // The CSL project's "chicago-author-date" style as it stood before it moved to the 18th edition.
  { key: 'chicago', label: 'Chicago (author-date, 17th edition)', style: 'chicago-author-date' },
] as const;

export type CitationStyleKey = (typeof CITATION_STYLES)[number]['key'];

let registered = false;

/** Registers the styles citation-js does not bundle, once per process. */
function registerStyles(): void {
  if (registered) return;
  const { styles } = plugins.config.get('@csl') as { styles: { add(id: string, xml: string): void } };
  for (const [id, xml] of Object.entries(CSL_STYLES)) styles.add(id, xml);
  registered = true;
}

/** The CSL-JSON item of an article, with names split the way citation-js splits them and the archive named. */
export function articleCitationItem(article: Omit<CitableArticle, 'archiveName'>): CslItem {
  return citationItem({ ...article, archiveName: SITE.title }, (name) => parseName(name) as CslName);
}

/**
 * The APA style prints "Retrieved <accessed> from <URL>" for an undated item, and only
 * "Retrieved <URL>" when, as here, no access date is given: the archive cannot know
 * when the reader looked. APA's own examples then give the bare URL.
 * @example withoutEmptyRetrieval('Title. Retrieved https://a.org/') // 'Title. https://a.org/'
 */
export const withoutEmptyRetrieval = (entry: string): string => entry.replace(/Retrieved (https?:\/\/)/g, '$1');

/** Where formatted references are kept between builds, keyed by everything they are made from. */
const CACHE_DIR = buildCacheDir('citations');

/** Bump when `formatCitations` changes what it makes of citeproc's output, to set the kept references aside. */
const FORMAT_VERSION = 1;

let formatterDigest: string | undefined;

/**
 * A digest of what formatting depends on besides the item: the styles' XML and the versions of the formatter's
 * packages. Made once, so each article's cache key hashes a few bytes of it rather than the styles' 35 KB.
 */
function formatter(): string {
  if (formatterDigest) return formatterDigest;
  const versions = installedVersions(['@citation-js/core', '@citation-js/plugin-csl', 'citeproc']);
  formatterDigest = createHash('sha256')
    .update(JSON.stringify({ FORMAT_VERSION, versions, CITATION_STYLES, CSL_STYLES }))
    .digest('base64url');
  return formatterDigest;
}

/**
 * An article's reference in each style, as HTML (titles in italics where the style wants them). citeproc takes
 * about 14 ms an article, the largest part of an article page's cost, so each article's references are kept on
 * disk under a digest of the item and the formatter, and only a new or changed article is formatted again.
 */
export function formattedCitations(item: CslItem): Record<CitationStyleKey, string> {
  const key = createHash('sha256').update(formatter()).update(JSON.stringify(item)).digest('base64url');
  const cached = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as Record<CitationStyleKey, string>;
  } catch {
    // Not formatted yet, or a file left broken by a build stopped midway: formatted afresh and written again.
  }
  const entries = formatCitations(item);
  writeFileWhole(cached, JSON.stringify(entries));
  return entries;
}

function formatCitations(item: CslItem): Record<CitationStyleKey, string> {
  registerStyles();
  const cite = new Cite(item);
  const entries = CITATION_STYLES.map(({ key, style }) => {
    const html = cite.format('bibliography', { template: style, format: 'html', lang: 'en-US' }) as string;
    // citeproc wraps the entry in its own list markup; the page gives its own.
    const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
    return [key, withoutEmptyRetrieval(entry.trim())] as const;
  });
  return Object.fromEntries(entries) as Record<CitationStyleKey, string>;
}

/** The reference as plain text in one style, for tests and for tools that want no markup. */
export function plainCitation(item: CslItem, key: CitationStyleKey): string {
  registerStyles();
  const style = CITATION_STYLES.find((s) => s.key === key)?.style ?? 'apa';
  const text = new Cite(item).format('bibliography', { template: style, format: 'text', lang: 'en-US' }) as string;
  return withoutEmptyRetrieval(text.trim());
}

/**
 * A BibTeX entry, keyed by the article's slug, written by the archive: citation-js's drops every character it
 * cannot write in ASCII LaTeX, which left a Chinese title as ":".
 */
export const bibtex = bibtexEntry;

/** A RIS record, written by the archive: citation-js's wraps long values at 70 characters and unpads dates. */
export const ris = risRecord;

/** CSL-JSON, as reference managers import it: an array of items. */
export const cslJson = (item: CslItem): string => `${JSON.stringify([item], null, 2)}\n`;
