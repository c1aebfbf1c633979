/**
 * Media the archive does not preserve (a photo, video, audio clip or graphic hosted elsewhere) is marked in the
 * article with the shared "not preserved" marker: a Markdown image whose address is `not-preserved:<kind>` and whose
 * description is the caption and credit exactly as the source wrote them (`![Caption (Credit)](not-preserved:photo)`).
 * The site draws it as a placeholder and the faithfulness check reads its caption like any other text.
 */
import type { Element } from 'hast';
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

/** The marker as an HTML element, which the conversion to Markdown turns into `![caption](not-preserved:<kind>)`. */
export function markerElement(kind: MediaKind, caption = ''): Element {
  return {
    type: 'element',
    tagName: 'img',
    properties: { src: `${NOT_PRESERVED}${kind}`, alt: caption },
    children: [],
  };
}

/** Players of video sites, embedded in a frame: what the page showed there was a video. */
const VIDEO_PLAYER =
  /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|twitch\.tv|brightcove\.net|jwplatform\.com|jwplayer\.com|cdn\.jwplayer\.com|ted\.com|bilibili\.com|v\.qq\.com|youku\.com|facebook\.com\/plugins\/video)(?:[/:?#]|$)/i;

/**
 * The kind of media an embedded element showed, when the page says: `<video>`, `<audio>`, or a frame or object
 * playing a video site's player. An advertisement's frame or an unknown embed says nothing, so it is no media.
 * @example embeddedMedia(<iframe src="https://www.youtube.com/embed/x">) // 'video'
 */
export function embeddedMedia(element: Element): MediaKind | undefined {
  if (element.tagName === 'video') return 'video';
  if (element.tagName === 'audio') return 'audio';
  if (!['iframe', 'embed', 'object'].includes(element.tagName)) return undefined;
  const address = String(element.properties.src ?? element.properties.data ?? '');
  return VIDEO_PLAYER.test(address.trim()) ? 'video' : undefined;
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

/** `true` for a paragraph of nothing but markers (and white space), which has no words yet is no blank line. */
export function holdsOnlyMarkers(block: RootContent): boolean {
  return (
    block.type === 'paragraph' &&
    block.children.some(isMarkerImage) &&
    block.children.every((child) => isMarkerImage(child) || (child.type === 'text' && child.value.trim() === ''))
  );
}

/**
 * A marker stands alone. One that opens or ends a paragraph (a video after "Watch it here:") becomes a paragraph of
 * its own beside it; one inside a sentence is left out, since a placeholder cannot interrupt a sentence. Returns the
 * blocks and how many markers were left out.
 */
export function settleMarkers(blocks: readonly RootContent[]): { blocks: RootContent[]; leftOut: number } {
  let leftOut = 0;
  const alone = (marker: Image): Paragraph => ({ type: 'paragraph', children: [marker] });
  const settled = blocks.flatMap((block): RootContent[] => {
    if (block.type !== 'paragraph' || !block.children.some(isMarkerImage)) return [block];
    const children = [...block.children];
    const before: Image[] = [];
    const after: Image[] = [];
    const blank = (node: PhrasingContent | undefined) =>
      node !== undefined && (node.type === 'break' || (node.type === 'text' && node.value.trim() === ''));
    for (;;) {
      const first = children[0];
      if (blank(first)) children.shift();
      else if (first && isMarkerImage(first)) before.push(children.shift() as Image);
      else break;
    }
    for (;;) {
      const last = children.at(-1);
      if (blank(last)) children.pop();
      else if (last && isMarkerImage(last)) after.unshift(children.pop() as Image);
      else break;
    }
    const rest = children.filter((child) => !isMarkerImage(child));
    leftOut += children.length - rest.length;
    const edge = (node: PhrasingContent | undefined, trim: (text: string) => string) => {
      if (node?.type === 'text') node.value = trim(node.value);
    };
    edge(rest[0], (text) => text.trimStart());
    edge(rest.at(-1), (text) => text.trimEnd());
    return [...before.map(alone), ...(rest.length > 0 ? [{ ...block, children: rest }] : []), ...after.map(alone)];
  });
  return { blocks: settled, leftOut };
}

const isMarkerImage = (node: PhrasingContent): node is Image =>
  node.type === 'image' && node.url.startsWith(NOT_PRESERVED);
