/** Site-wide settings. The public address comes from `SITE_URL` when the environment sets it. */
export const SITE = {
  title: 'Organ Harvesting Archive',
  description:
    'A searchable archive of articles about forced organ harvesting in China, each with its source, author and dates as the original states them.',
  lang: 'en',
  /** How many of the newest articles the home page lists. */
  homeArticleCount: 20,
} as const;

/** Where editors keep articles, relative to the project root; tests point `ARCHIVE_CONTENT_DIR` at fixtures. */
export const CONTENT_DIR = process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles';

/** The article files the `articles` collection loads, below `CONTENT_DIR`. */
export const ARTICLE_PATTERN = '**/*.{md,mdx}';

/** The public origin the site is served from; used for canonical links. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Where Astro keeps its caches, the rendered articles among them. Tests that build several sites at once give
 * each build its own with `ARCHIVE_CACHE_DIR`, so no build reads another's half-written cache.
 */
export const CACHE_DIR = process.env.ARCHIVE_CACHE_DIR;
