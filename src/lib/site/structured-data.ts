/** schema.org data for search engines and link previews, built from what the article states and nothing more. */

/** One step of a breadcrumb trail: a name and the absolute address it links to. */
export interface Crumb {
  name: string;
  url: string;
}

/** What `NewsArticle` data says about an article; every address absolute. */
export interface NewsArticleFacts {
  headline: string;
  description?: string;
  url: string;
  image: string;
  lang: string;
  authors: readonly Crumb[];
  publication?: string;
  published?: string;
  updated?: string;
  sourceUrl?: string;
  /** The archive's own copy of a text first published elsewhere (schema.org `archivedAt`). */
  archivedAt?: string;
  tags: readonly string[];
}

/**
 * A schema.org `NewsArticle`. Author, publisher and dates appear only when the
 * source states them; the archive is not named as publisher, because it is not one.
 */
export function newsArticle(facts: NewsArticleFacts): Record<string, unknown> {
  const {
    headline,
    description,
    url,
    image,
    lang,
    authors,
    publication,
    published,
    updated,
    sourceUrl,
    archivedAt,
    tags,
  } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(description && { description }),
    url,
    mainEntityOfPage: url,
    image: [image],
    inLanguage: lang,
    ...(authors.length > 0 && {
      author: authors.map(({ name, url: authorUrl }) => ({ '@type': 'Person', name, url: authorUrl })),
    }),
    ...(publication && { publisher: { '@type': 'Organization', name: publication } }),
    ...(published && { datePublished: published }),
    ...(updated && { dateModified: updated }),
    ...(sourceUrl && { isBasedOn: sourceUrl }),
    ...(archivedAt && { archivedAt }),
    ...(tags.length > 0 && { keywords: tags.join(', ') }),
  };
}

/** A schema.org `BreadcrumbList` for the trail `crumbs`, first to last. */
export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map(({ name, url }, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      item: url,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped so a title
 * holding "</script>" cannot end the element early; line and paragraph separators are
 * escaped for old parsers that treat them as line ends.
 * @example jsonLdText({ headline: '</script>' }) // '{"headline":"\\u003c/script>"}'
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
