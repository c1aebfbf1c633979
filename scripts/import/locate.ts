/**
 * Finding the article in a saved page with Mozilla Readability (the engine of Firefox's Reader View),
 * while keeping the importer's own promise: every element left out is listed with the rule that left
 * it out, and a left-out passage that reads like article text is flagged for the editor to check.
 *
 * Readability removes what it judges not to be the article without saying why. So every element of
 * the page is numbered first (`data-import-id`), Readability runs on a copy, and what comes back is
 * compared with the page: an element that did not come back, and is not merely a container of the
 * article, was left out; its rule is worked out from the element itself.
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { parseHTML } from 'linkedom';
import { HTML_CHROME_SELECTORS } from './chrome-rules';
import { embeddedMedia, markerElement } from './media';
import type { DroppedElement } from './types';

/** The attribute (`data-import-id`) that carries each element's number through Readability and back. */
const ID = 'dataImportId';

/**
 * Below this many characters of article text Readability is guessing (it is the library's own
 * threshold), so the importer falls back to the page's `<article>`, `<main>` or `<body>`.
 */
export const READABILITY_MINIMUM = 500;

/** An element with more than this share of the page's text is not taken out by a chrome rule before Readability runs. */
const WRAPPER_SHARE = 0.25;

/** Characters of visible text, spaces aside (scripts and styles hold none a reader sees). */
const INVISIBLE = ['script', 'style', 'noscript', 'template'];
const textLength = (element: Element): number =>
  INVISIBLE.includes(element.tagName)
    ? 0
    : toString({
        ...element,
        children: element.children.filter((child) => child.type !== 'element' || !INVISIBLE.includes(child.tagName)),
      }).replace(/\s+/g, '').length;

/**
 * An element's text as a browser shows it, read as the capture is read (scripts and styles show nothing), runs of
 * white space as one space.
 */
export function shownText(element: Element): string {
  const shown = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): ElementContent[] =>
      child.type !== 'element' ? [child] : INVISIBLE.includes(child.tagName) ? [] : [shown(child)],
    ),
  });
  // toText follows a browser's rules and is slow; an element without any text needs none of it.
  if (INVISIBLE.includes(element.tagName) || textLength(element) === 0) return '';
  return toText(shown(element)).replace(/\s+/g, ' ').trim();
}

/** A left-out passage of at least this many words, with few links, may be article text: the editor checks it. */
export const PROSE_WORDS = 40;

/** Class and id words that mark page chrome, as Readability reads them (its `unlikelyCandidates` and `negative`). */
const CHROME_NAMES =
  /-ad-|banner|breadcrumbs|comment|community|disqus|footer|gdpr|header|masthead|menu|newsletter|outbrain|pagination|pager|popup|promo|related|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|tags|teaser|widget/i;

export interface LocatedArticle {
  /** The article as Readability returned it, each element carrying the source position of the one it came from. */
  content: Element;
  /** The smallest element of the page that holds all of the article. */
  region: Element;
  /** Readability's title for the page (from its JSON-LD, meta tags or `<title>`). */
  title?: string;
  /** What Readability left out, each with the rule worked out for it. */
  dropped: DroppedElement[];
  /** Left-out passages that read like article text. */
  warnings: string[];
}

/** A tag as the report shows it, with its id and classes. */
export function tagOf(element: Element): string {
  const id = element.properties.id ? ` id="${String(element.properties.id)}"` : '';
  const classes = [element.properties.className ?? []].flat().join(' ');
  return `<${element.tagName}${id}${classes ? ` class="${classes}"` : ''}>`;
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
const wordCount = (text: string) =>
  (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []).length;

/** The share of an element's text that is the text of links. */
function linkDensity(element: Element): number {
  const all = toString(element).replace(/\s+/g, '').length;
  if (all === 0) return 0;
  const linked = selectAll('a', element).reduce((sum, link) => sum + toString(link).replace(/\s+/g, '').length, 0);
  return linked / all;
}

/**
 * Takes the importer's chrome rules out of the page (in place, listing each element in `dropped`), then
 * runs Readability over it and maps its result back onto the page. `article` is missing when
 * Readability finds no article of its minimum length, so the caller can fall back to the page's own
 * `<article>`, `<main>` or `<body>`.
 */
export function locateArticle(page: HastRoot): { dropped: DroppedElement[]; article?: LocatedArticle } {
  const body = select('body', page);
  if (!body) return { dropped: [] };
  // The importer's own rules go first, on the whole page, so each such element is listed with its reason
  // (Readability may rename or unwrap an element and lose the class that said what it was).
  // An element holding a large part of the page's text is a wrapper whatever its class says (a
  // <div id="ad-portal"> around the whole article): Readability judges it instead.
  const dropped: DroppedElement[] = [];
  const pageText = textLength(body);
  for (const { selector, reason, wholePageOnly } of HTML_CHROME_SELECTORS) {
    if (wholePageOnly) continue;
    for (const element of selectAll(selector, body)) {
      const media = embeddedMedia(element);
      // A player's fallback text ("Your browser cannot play this video") makes it no wrapper of the article.
      if (media === undefined && textLength(element) > pageText * WRAPPER_SHARE) continue;
      // A video or audio player the article showed stays marked where it stood, as media not preserved.
      const marked = media !== undefined && replaceIn(body, element, markerElement(media));
      if (marked || removeFrom(body, element))
        dropped.push({
          line: lineOf(element),
          element: tagOf(element),
          reason: marked ? `${media} player, marked in the text as ${media} not preserved` : reason,
          text: shownText(element),
        });
    }
  }

  const byId = new Map<string, Element>();
  const parents = new Map<Element, Element | undefined>();
  let next = 0;
  const number = (node: Element | HastRoot, parent: Element | undefined) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = String(next++);
      child.properties[ID] = id;
      byId.set(id, child);
      parents.set(child, parent);
      number(child, child);
      if (child.tagName === 'template' && child.content) number(child.content as HastRoot, child);
    }
  };
  number(page, undefined);

  // linkedom (a light DOM) reads the page as hast wrote it out, numbers included.
  const { document } = parseHTML(toHtml(page));
  const parsed = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  for (const element of byId.values()) delete element.properties.dataImportId;
  if (!parsed?.content || (parsed.length ?? 0) < READABILITY_MINIMUM) return { dropped };

  const content = fromHtml(parsed.content, { fragment: true });
  const kept = new Set<Element>();
  const placeAll = (node: Element | HastRoot): ElementContent['position'] => {
    let first: ElementContent['position'];
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const original = byId.get(String(child.properties[ID] ?? ''));
      delete child.properties.dataImportId;
      if (original) kept.add(original);
      const inner = placeAll(child);
      // Elements Readability made (a <p> around loose text) take the place of what they hold.
      child.position = original?.position ?? inner;
      first ??= child.position;
    }
    return first;
  };
  placeAll(content);
  matchUnwrapped(content, byId, kept);
  if (kept.size === 0) return { dropped };

  const onPath = new Set<Element>();
  for (const element of kept)
    for (let parent = parents.get(element); parent && !kept.has(parent); parent = parents.get(parent))
      onPath.add(parent);
  // The region holds every kept element: the one kept element above all others, or else the lowest
  // element on the path to them.
  const tops = [...kept].filter((element) => !kept.has(parents.get(element) as Element));
  const region =
    (tops.length === 1 ? tops[0] : undefined) ??
    [...onPath].find((candidate) => ![...onPath].some((other) => parents.get(other) === candidate)) ??
    body;

  const warnings: string[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (kept.has(child) || onPath.has(child)) {
        visit(child);
        continue;
      }
      const text = toString(child).replace(/\s+/g, ' ').trim();
      const images = child.tagName === 'img' ? [child] : selectAll('img', child);
      if (text === '' && images.length === 0) continue;
      const reason = ruleFor(child, kept.has(element) || isInside(region, element, parents));
      dropped.push({ line: lineOf(child), element: tagOf(child), reason, text: shownText(child) });
      if (wordCount(text) >= PROSE_WORDS && linkDensity(child) < 0.1 && /[.!?。！？"”]$/.test(text))
        warnings.push(
          `line ${lineOf(child)}: ${tagOf(child)} was left out (${reason}) but reads like article text ` +
            `(${wordCount(text)} words: "${text.slice(0, 60).trimEnd()}…"); if it is the article's, import the page ` +
            'again after saving only the article, or add the passage by hand',
        );
    }
  };
  const removedFirst = dropped.length;
  visit(body);
  return {
    dropped: dropped.slice(0, removedFirst),
    article: {
      content: { type: 'element', tagName: 'div', properties: {}, children: content.children as ElementContent[] },
      region,
      ...(parsed.title?.trim() ? { title: parsed.title.replace(/\s+/g, ' ').trim() } : {}),
      dropped: dropped.slice(removedFirst),
      warnings,
    },
  };
}

/**
 * Readability replaces a `<div>` that holds one paragraph's words by a new `<p>` of its own, which
 * carries no number. Such a paragraph takes the place of the page element with the same words, so
 * that element counts as kept, not left out.
 */
function matchUnwrapped(content: HastRoot, byId: ReadonlyMap<string, Element>, kept: Set<Element>): void {
  const words = (element: Element) => toString(element).replace(/\s+/g, ' ').trim();
  const made: Element[] = [];
  const collect = (node: Element | HastRoot) => {
    for (const child of node.children)
      if (child.type === 'element') {
        if (child.position === undefined || !selectAll('*', child).some((inner) => inner.position)) made.push(child);
        collect(child);
      }
  };
  collect(content);
  const unmatched = new Map<string, Element[]>();
  for (const element of byId.values()) {
    if (kept.has(element)) continue;
    const text = words(element);
    if (text !== '') unmatched.set(text, [...(unmatched.get(text) ?? []), element]);
  }
  for (const element of made) {
    const original = unmatched.get(words(element))?.shift();
    if (!original) continue;
    kept.add(original);
    element.position = original.position;
  }
}

function replaceIn(root: Element, node: Element, replacement: Element): boolean {
  for (const [index, child] of root.children.entries()) {
    if (child === node) {
      root.children.splice(index, 1, replacement);
      return true;
    }
    if (child.type === 'element' && replaceIn(child, node, replacement)) return true;
  }
  return false;
}

function removeFrom(root: Element, node: Element): boolean {
  for (const child of root.children) {
    if (child === node) {
      root.children.splice(root.children.indexOf(child), 1);
      return true;
    }
    if (child.type === 'element' && removeFrom(child, node)) return true;
  }
  return false;
}

function isInside(region: Element, element: Element, parents: ReadonlyMap<Element, Element | undefined>): boolean {
  for (let node: Element | undefined = element; node; node = parents.get(node)) if (node === region) return true;
  return false;
}

const OUTSIDE = 'outside the article';
const TOO_LITTLE = 'too little text for its place, by Readability’s scoring';

/** Why an element was left out, in the words of the report. */
function ruleFor(element: Element, insideArticle: boolean): string {
  if (!insideArticle) return OUTSIDE;
  const chrome = HTML_CHROME_SELECTORS.find(({ selector }) =>
    selectAll(selector, { type: 'root', children: [element] }).includes(element),
  );
  if (chrome) return chrome.reason;
  const names = `${String(element.properties.id ?? '')} ${[element.properties.className ?? []].flat().join(' ')}`;
  const named = CHROME_NAMES.exec(names);
  if (named) return `page chrome by its class or id ("${named[0]}")`;
  const density = linkDensity(element);
  if (density > 0.33) return `mostly links (${Math.round(density * 100)} % of its text)`;
  if (!/[\p{L}\p{N}]/u.test(toString(element))) return 'an image or media without text';
  return TOO_LITTLE;
}
