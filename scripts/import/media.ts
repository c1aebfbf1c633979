/**
 * Media the archive does not preserve (a photo, video, audio clip or graphic hosted elsewhere) is marked in the
 * article with the shared "not preserved" marker: a Markdown image whose address is `not-preserved:<kind>` and whose
 * description is the caption and credit exactly as the source wrote them (`![Caption (Credit)](not-preserved:photo)`).
 * The site draws it as a placeholder and the faithfulness check reads its caption like any other text.
 */
import type { Image, Paragraph, PhrasingContent, RootContent } from 'mdast';

/** The kinds of media the marker names. */
export type MediaKind = 'photo' | 'video' | 'audio' | 'graphic';

/** The address scheme of the marker. */
export const NOT_PRESERVED = 'not-preserved:';

/**
 * The marker as a paragraph of its own: a marker may not stand inside a paragraph of other text.
 * @example notPreserved('photo', 'Wang Lijun') // paragraph holding ![Wang Lijun](not-preserved:photo)
 */
export function notPreserved(kind: MediaKind, caption = ''): Paragraph {
  return { type: 'paragraph', children: [{ type: 'image', url: `${NOT_PRESERVED}${kind}`, alt: caption }] };
}

/** A news agency or photo library a photo credit names. */
const PHOTO_AGENCY =
  /\b(?:Getty Images|AFP|Reuters|AP Photo|Associated Press|EPA|Xinhua|Shutterstock|iStock|Imaginechina|Bloomberg)\b/;

/** A credit that opens with the word for it: "(Photo: …)", "(Credit: …)", "(Courtesy of …)". */
const CREDIT_WORD = /^(?:photo|photograph|image|picture|credit|courtesy|foto|bild)\b/i;

/** "Photographer/Agency", each side starting with a capital, as captions credit a photo. */
const PHOTOGRAPHER_AGENCY = /^\p{Lu}[^/]*\/\s*\p{Lu}[^/]*$/u;

/** Longer than this, a line is a paragraph that happens to end in parentheses, not a caption. */
const CAPTION_MOST_WORDS = 60;

/**
 * `true` when a line reads as a photo caption: it ends in a credit in parentheses, such as "(Feng Li/Getty Images)",
 * "(Photo: Reuters)" or "(AFP)". Whether a photo stood there is for the caller to tell from the line's neighbours.
 * @example endsInPhotoCredit('Wang Lijun in March, 2011. (Feng Li/Getty Images)') // true
 * @example endsInPhotoCredit('The report (2006) was published.') // false
 */
export function endsInPhotoCredit(line: string): boolean {
  const credit = /\(([^()]+)\)\s*$/u.exec(line)?.[1]?.trim();
  if (!credit || line.split(/\s+/).length > CAPTION_MOST_WORDS) return false;
  return PHOTOGRAPHER_AGENCY.test(credit) || CREDIT_WORD.test(credit) || PHOTO_AGENCY.test(credit);
}

/** `true` for a block that is nothing but a "not preserved" marker. */
export function isMarker(block: RootContent): boolean {
  return (
    block.type === 'paragraph' &&
    block.children.length === 1 &&
    block.children[0]?.type === 'image' &&
    block.children[0].url.startsWith(NOT_PRESERVED)
  );
}

/**
 * A marker stands alone: one inside a paragraph of other text (an image in the middle of a sentence) is left out,
 * since a placeholder cannot interrupt a sentence, and a paragraph of several markers becomes one paragraph each.
 * Returns the blocks and how many markers were left out.
 */
export function settleMarkers(blocks: readonly RootContent[]): { blocks: RootContent[]; leftOut: number } {
  let leftOut = 0;
  const settled = blocks.flatMap((block): RootContent[] => {
    if (block.type !== 'paragraph') return [block];
    const markers = block.children.filter(isMarkerImage);
    if (markers.length === 0) return [block];
    const rest = block.children.filter((child) => !isMarkerImage(child));
    if (rest.every((child) => child.type === 'text' && child.value.trim() === ''))
      return markers.map((marker) => ({ type: 'paragraph', children: [marker] }));
    leftOut += markers.length;
    return [{ ...block, children: rest }];
  });
  return { blocks: settled, leftOut };
}

const isMarkerImage = (node: PhrasingContent): node is Image =>
  node.type === 'image' && node.url.startsWith(NOT_PRESERVED);
