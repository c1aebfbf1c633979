import { suggestSlug } from './slugs';

/** How many of a passage's opening words its id shows, so a link reads as the passage it points at. */
const ID_WORDS = 4;

/**
 * The text an id is made from: whitespace collapsed and trimmed, so a re-wrapped
 * paragraph keeps its id.
 */
export function passageText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A 32-bit FNV-1a hash of the text's UTF-16 code units, written in base 36. Small,
 * fast and the same on every machine, which is all an id needs.
 */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The stable id of a paragraph, list item or block quote, made from its own text and
 * nothing else: editing, adding or moving other passages never changes it. It opens
 * with the passage's first words (when they are Latin letters or digits) and ends
 * with a hash of the whole text, so two passages share an id only when their text is
 * the same.
 * @example passageId('Their uncovering of this state-sanctioned crime has been no easy feat.') // 'p-their-uncovering-of-this-1kqz7wd'
 */
export function passageId(text: string): string {
  const normalised = passageText(text);
  const words = suggestSlug(normalised.split(' ', ID_WORDS).join(' '))
    .split('-')
    .filter(Boolean)
    .slice(0, ID_WORDS)
    .join('-');
  return ['p', words, fnv1a(normalised)].filter(Boolean).join('-');
}

/** `true` for an id that `passageId` made, as opposed to a heading's or a footnote's. */
export const isPassageId = (id: string): boolean => /^p-(?:[a-z0-9]+-)*[a-z0-9]{7}$/.test(id);

/** How many words of a passage name it among search results. */
const OPENING_WORDS = 8;
/** The most characters that name it, for text without spaces between words (Chinese, say). */
const OPENING_CHARACTERS = 60;

/**
 * A passage's opening words, by which search names it when a match falls inside it: enough to
 * recognise the paragraph, short enough for one line.
 * @example passageOpening('A short paragraph under a third-level heading in the fixture.') // 'A short paragraph under a third-level heading in…'
 */
export function passageOpening(text: string): string {
  const normalised = passageText(text);
  const opening = normalised.split(' ', OPENING_WORDS).join(' ');
  const clipped = opening.length > OPENING_CHARACTERS ? clipToWord(opening.slice(0, OPENING_CHARACTERS + 1)) : opening;
  return clipped.length < normalised.length ? `${clipped.replace(/[\s,;:.]+$/, '')}…` : normalised;
}

/** Cuts at the last space, so no word is broken; text written without spaces is cut where it stands. */
function clipToWord(text: string): string {
  const lastSpace = text.lastIndexOf(' ');
  return lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, OPENING_CHARACTERS);
}
