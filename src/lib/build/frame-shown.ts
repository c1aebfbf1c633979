import { getEntry } from 'astro:content';

/**
 * What every page's frame (`layouts/BaseLayout.astro`) shows from content rather than code, for each page's
 * `cacheKey`: the footer's link to the About page, by that page's title, when the archive has one.
 */
export async function frameShown(): Promise<{ about: string | null }> {
  return { about: (await getEntry('pages', 'about'))?.data.title ?? null };
}
