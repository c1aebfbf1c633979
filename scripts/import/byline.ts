/**
 * Bylines as news pages write them: "By Jane Doe", "Par Martin Untersinger (avec Damien Leloup et
 * Morgane Tual)", "Von …", "Por …", "作者：…", "记者 …", or a byline element holding the name alone.
 * A name is accepted only when it looks like a person's, so an organisation ("BBC News", "Our Foreign
 * Staff") or a sentence is never taken for an author.
 */
import type { Element, Root as HastRoot } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** The words that introduce a byline, in the languages of the archive's sources. */
const BYLINE_PREFIX =
  /^(?:by|par|von|por|door|di|av|af)\s*:?\s+|^(?:作者|记者|記者)\s*[:：|︱丨/\s]\s*|^文\s*[:：|/]\s*/iu;

/** A word of a person's name in a Latin script: capitalised (or all capitals), or a particle names carry. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{L}'’.-]*\)|de|da|del|della|der|den|di|du|dos|das|van|von|la|le|bin|al|y)$/u;

/** Words that name a newsroom rather than a person. */
const NOT_A_PERSON = /\b(?:news|staff|press|agency|desk|team|editors?|reporters?|correspondents?|wire|services?)\b/i;

/** Chinese names: two to four Han characters, or a transcribed name joined by a middle dot. */
const HAN_NAME = /^[\p{Script=Han}]{2,4}$|^[\p{Script=Han}]+·[\p{Script=Han}]+$/u;

/**
 * `true` when `name` can be a person's name.
 * @example isPersonName('JOE HILDEBRAND') // true
 * @example isPersonName('BBC News') // false
 */
export function isPersonName(name: string): boolean {
  if (HAN_NAME.test(name)) return true;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((word) => NAME_WORD.test(word)) &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    /^\p{Lu}/u.test(words.at(-1) ?? '') &&
    !NOT_A_PERSON.test(name)
  );
}

/**
 * The names in a byline, or `undefined` when it is not one. With `prefixed` (a line of the article's
 * text), the byline must start with a word such as "By" or "Par"; a byline element may hold names alone.
 * @example parseByline('By Jane Doe and John Roe') // ['Jane Doe', 'John Roe']
 * @example parseByline('Par Martin Untersinger (avec Damien Leloup et Morgane Tual)') // ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']
 * @example parseByline('记者 王明', { prefixed: true }) // ['王明']
 */
export function parseByline(line: string, { prefixed = true } = {}): string[] | undefined {
  let text = line.replace(/\s+/g, ' ').trim();
  const prefix = BYLINE_PREFIX.exec(text);
  if (prefixed && !prefix) return undefined;
  if (prefix) text = text.slice(prefix[0].length);
  text = text.replace(/\.$/, '');
  // "Name (avec A et B)", "Name (with A and B)": the people in parentheses wrote it too.
  const joint = /^(.+?)\s*\((?:avec|with|mit|con|com)\s+(.+)\)$/i.exec(text);
  const parts = joint ? [joint[1] ?? '', joint[2] ?? ''] : [text];
  const names = parts
    .flatMap((part) => part.split(/\s*,\s*(?:and\s+|et\s+|und\s+)?|\s+(?:and|et|und|y|e)\s+|\s*&\s*|[、，]|\s*和\s*/u))
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every(isPersonName) ? [...new Set(names)] : undefined;
}

/** Elements a page marks as its byline, as Readability recognises them, and the author links inside them. */
const BYLINE_ELEMENTS =
  '[rel~=author], [itemprop~=author], [class*=byline], [class*=author], [id*=byline], [id*=author], [class*=writtenby], [class*=dateline]';
const NAME_ELEMENTS =
  '[itemprop~=name], a[rel~=author], a[href*="/author"], a[href*="/by/"], a[href*="/autor"], a[href*="/auteur"], [class*=authorname], [class*=author-name], [class*=author__name], [class*=byauthor], a[class*=author], a[class*=byline]';
/** Parts of an author box that are not the byline: a biography, a photo, a follow button. */
const NOT_BYLINE = /bio|avatar|photo|image|img|follow|views|desc|title|about|related|more|list|tag/i;

/** A byline element and the names it gives. */
export interface PageByline {
  element: Element;
  names: string[];
}

/**
 * The page's byline: the first byline element inside the article that names people (by its author
 * links, or else by its text), or else the last one before the article. `order` gives each element's
 * place in the page, `inArticle` whether it lies inside the article.
 */
export function findPageByline(
  page: HastRoot,
  inArticle: (element: Element) => boolean,
  before: (element: Element) => boolean,
): PageByline | undefined {
  const candidates: PageByline[] = [];
  for (const element of selectAll(BYLINE_ELEMENTS, page)) {
    if (['body', 'html', 'meta', 'link', 'script', 'img'].includes(element.tagName)) continue;
    const classes = [element.properties.className ?? []].flat().join(' ');
    if (NOT_BYLINE.test(classes)) continue;
    const names = namesIn(element);
    if (names) candidates.push({ element, names });
  }
  return (
    candidates.find((candidate) => inArticle(candidate.element)) ??
    candidates.filter((candidate) => before(candidate.element)).at(-1)
  );
}

function namesIn(element: Element): string[] | undefined {
  const linked = selectAll(NAME_ELEMENTS, element)
    .map((link) => toString(link).replace(/\s+/g, ' ').trim())
    .map((text) => parseByline(text, { prefixed: false }) ?? [])
    .flat();
  if (linked.length > 0) return [...new Set(linked)];
  const text = toString(element).replace(/\s+/g, ' ').trim();
  if (text.length > 120) return undefined;
  return parseByline(text, { prefixed: false });
}

/**
 * The people a Chinese page names as its editors (责任编辑, 编辑), who are not its authors though a
 * page's `<meta name="author">` often names them.
 * @example pageEditors('来源：新华网 责任编辑：肖春芳') // ['肖春芳']
 */
export function pageEditors(text: string): string[] {
  return [...text.matchAll(/(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*([\p{Script=Han}·]{2,8}|[A-Za-z][\w.]*)/gu)].map(
    (match) => match[1] ?? '',
  );
}
