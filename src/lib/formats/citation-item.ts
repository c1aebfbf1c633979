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

/** A day as CSL-JSON writes it: year, month, day. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** One CSL-JSON item (only the fields the archive fills). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  /** The archive that keeps the copy cited, when the reference is to that copy and a publication is its container. */
  archive?: string;
  issued?: CslDate;
  /** The day the archive added its copy, when the reference is to that copy. */
  accessed?: CslDate;
  URL: string;
  language?: string;
}

/** What citing an article needs: its slug, its front matter, and the archive's name and page address for it. */
export interface CitableArticle {
  slug: string;
  title: string;
  authors?: readonly string[];
  publication?: string;
  published?: string;
  added?: string;
  sourceUrl?: string;
  lang?: string;
  /** The absolute address of the article's page in the archive. */
  archiveUrl: string;
  /** The archive's name, as readers and reference managers should see it. */
  archiveName: string;
}

/**
 * A `YYYY-MM-DD` date as CSL-JSON writes it.
 * @example cslDate('2024-07-02') // { 'date-parts': [[2024, 7, 2]] }
 */
export const cslDate = (date: string): CslDate => ({
  'date-parts': [date.split('-').map(Number) as [number, number, number]],
});

/**
 * The CSL-JSON item for an article. It cites the article as its source published it:
 * authors, publication and date only where the source states them (each style then
 * applies its own rule for what is missing, such as APA's "n.d."), and the original
 * address. When the original address was not recorded, the reference is to the archive's
 * copy, and says so: its address, the archive as the container (or, beside a
 * publication, as the archive holding the copy), and the day the archive added it.
 * `parseName` splits a written name into its parts.
 */
export function citationItem(article: CitableArticle, parseName: (name: string) => CslName): CslItem {
  const {
    slug,
    title,
    authors = [],
    publication,
    published,
    added,
    sourceUrl,
    lang,
    archiveUrl,
    archiveName,
  } = article;
  const citesCopy = sourceUrl === undefined;
  const container = publication ?? (citesCopy ? archiveName : undefined);
  return {
    id: slug,
    // Underscores, as the first downloads wrote keys (citation-js refused hyphens), so a saved key stays the same.
    'citation-key': slug.replaceAll('-', '_'),
    type: publication ? 'article-newspaper' : 'webpage',
    title,
    ...(authors.length > 0 && { author: authors.map(parseName) }),
    ...(container && { 'container-title': container }),
    ...(citesCopy && publication && { archive: archiveName }),
    ...(published && { issued: cslDate(published) }),
    ...(citesCopy && added && { accessed: cslDate(added) }),
    URL: sourceUrl ?? archiveUrl,
    ...(lang && { language: lang }),
  };
}
