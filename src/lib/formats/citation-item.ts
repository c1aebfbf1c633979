/** The CSL-JSON record an article is cited from: what its source states, nothing supplied. */

/** A name as CSL-JSON writes it. */
export interface CslName {
  given?: string;
  family?: string;
  literal?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
}

/** One CSL-JSON item (only the fields the archive fills). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  URL: string;
  language?: string;
}

/** What citing an article needs: its slug, its front matter, and its page's absolute address. */
export interface CitableArticle {
  slug: string;
  title: string;
  authors?: readonly string[];
  publication?: string;
  published?: string;
  sourceUrl?: string;
  lang?: string;
  archiveUrl: string;
}

/**
 * The CSL-JSON item for an article. It cites the article as its source published it:
 * authors, publication and date only where the source states them (each style then
 * applies its own rule for what is missing, such as APA's "n.d."), and the original
 * address, or this archive's copy when the original was not recorded.
 * `parseName` splits a written name into its parts.
 */
export function citationItem(article: CitableArticle, parseName: (name: string) => CslName): CslItem {
  const { slug, title, authors = [], publication, published, sourceUrl, lang, archiveUrl } = article;
  const dateParts = published?.split('-').map(Number) as [number, number, number] | undefined;
  return {
    id: slug,
    // BibTeX keys in citation-js may not hold hyphens.
    'citation-key': slug.replaceAll('-', '_'),
    type: publication ? 'article-newspaper' : 'webpage',
    title,
    ...(authors.length > 0 && { author: authors.map(parseName) }),
    ...(publication && { 'container-title': publication }),
    ...(dateParts && { issued: { 'date-parts': [dateParts] } }),
    URL: sourceUrl ?? archiveUrl,
    ...(lang && { language: lang }),
  };
}
