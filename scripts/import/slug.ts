import { pinyin } from 'pinyin-pro';
import { hanShare } from '../../src/lib/content/languages';
import { suggestSlug } from '../../src/lib/content/slugs';

/** Words that make a slug longer without making it easier to recognise. */
const SMALL_WORDS = new Set(
  'a an the of in on at to for and or but into onto with by from about as is are was were be its their his her'.split(
    ' ',
  ),
);

/** Syllables of a Chinese title kept in its slug: enough to tell articles apart, short enough to read. */
const PINYIN_SYLLABLES = 8;

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

/**
 * The slug for an article's title, and how it was made when not from the title's own letters: a title
 * written mostly in Chinese characters is written in pinyin (without tones), its first syllables.
 * @example slugForTitle('宇航员在太空中喝酒会怎么样？后果很严重') // { slug: 'yu-hang-yuan-zai-tai-kong-zhong-he', how: 'pinyin of the title' }
 */
export function slugForTitle(title: string): { slug: string; how?: string } {
  if (hanShare(title) <= 0.5) return { slug: shortSlug(title) };
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = suggestSlug(syllables.join(' ')).split('-').filter(Boolean).slice(0, PINYIN_SYLLABLES).join('-');
  return { slug, how: 'pinyin of the title' };
}
