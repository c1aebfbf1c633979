import { suggestSlug } from '../../src/lib/content/slugs';

/** Words that make a slug longer without making it easier to recognise. */
const SMALL_WORDS = new Set(
  'a an the of in on at to for and or but into onto with by from about as is are was were be its their his her'.split(
    ' ',
  ),
);

/**
 * A short slug for a title: its first six words that carry meaning, in lowercase ASCII.
 * @example shortSlug('US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting Practices')
 * // 'us-urges-ccp-allow-independent-probe'
 */
export function shortSlug(title: string, maxWords = 6): string {
  const words = suggestSlug(title).split('-').filter(Boolean);
  const meaningful = words.filter((word) => !SMALL_WORDS.has(word));
  return (meaningful.length > 0 ? meaningful : words).slice(0, maxWords).join('-');
}
