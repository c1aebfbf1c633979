import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs): a digest
 * of everything the page shows that is not its route's code, so a page is reused only while all of it is
 * unchanged. Astro itself adds the code of the route and everything it imports, the configuration, the lockfile
 * and the rendered text of each content entry the page renders; everything else the page shows must be in `shown`.
 * @example pageCacheKey({ title: 'A' }) === pageCacheKey({ title: 'A' }) // true
 */
export const pageCacheKey = (shown: unknown): string =>
  createHash('sha256').update(JSON.stringify(shown)).digest('base64url');

/**
 * What a page can show of an entry: its id, its front matter as the schema read it, and the digest Astro keeps of
 * its whole file (which changes with any edit to it, text included).
 */
export const shownOf = (entry: { id: string; digest?: string | number | undefined; data: unknown }) => ({
  id: entry.id,
  digest: entry.digest,
  data: entry.data,
});
