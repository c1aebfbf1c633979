/**
 * A saved HTML page → an article draft. The page is parsed as a browser would; the article is what
 * Mozilla Readability finds in it (see locate.ts), or, on a page where it finds none, the `<article>`,
 * `<main>` or `<body>`. Scripts, styles, navigation, forms, sidebars and advertisements are taken out
 * wherever they stand, and every element left out is listed with its rule. The article's paragraphs
 * then go through the same line rules as plain text.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { findPageByline, isPersonName, pageEditors, parseByline, type PageByline } from './byline';
import { HTML_CHROME_SELECTORS } from './chrome-rules';
import { classifyLines, type SourceLine } from './classify';
import type { ConvertOptions } from './convert-text';
import { imageFacts, imageSummary, isCaptionOf, photoMarker, settleLinksAndImages } from './links';
import { locateArticle, shownText, tagOf } from './locate';
import { holdsOnlyMarkers, isMarker, NOT_PRESERVED, settleMarkers } from './media';
import { isOneSentence, parseDate } from './metadata';
import { pageAddress, readHead, type Head, type Stated } from './page-head';
import type { DroppedElement, Draft, Finding, LayoutChange, MovedText, Removal } from './types';

/** The text a caption-less marker stands as among the page's lines, so it is classified as article text. */
const MARKER_LINE = '[media not preserved]';
const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Converts the text of an `.html` source. Pure: it reads nothing and writes nothing. */
export function convertHtml(html: string, { base }: ConvertOptions = {}): Draft {
  const page = fromHtml(html);
  const head = readHead(page);
  const warnings: string[] = [];
  const changes: LayoutChange[] = [];
  const address = sourceAddress(head, warnings);
  const pageBase = (head.baseHref && pageAddress(head.baseHref, [base, address?.value])) || base || address?.value;

  const { dropped, article: located } = locateArticle(page);
  let root: Element;
  let region: Element;
  const droppedElements: DroppedElement[] = [...dropped];
  if (located) {
    root = located.content;
    region = located.region;
    droppedElements.push(...located.dropped);
    warnings.push(...located.warnings);
    changes.push({ lines: [lineOf(region)], what: `the article is what Readability found in ${tagOf(region)}` });
  } else {
    const fallback = articleRoot(page);
    root = fallback.root;
    region = fallback.root;
    droppedElements.push(...outsideArticle(page, root));
    changes.push({ lines: [lineOf(root)], what: `the article is ${fallback.description}` });
  }
  // The other chrome rules ran on the whole page before Readability (locate.ts); a site header and
  // footer are taken out only when the article is the whole page, as an article's own header holds its headline.
  const wholePage = region.tagName === 'body';
  for (const { selector, reason, wholePageOnly } of HTML_CHROME_SELECTORS) {
    if (!wholePageOnly || !wholePage) continue;
    for (const element of selectAll(selector, root)) {
      if (remove(root, element))
        droppedElements.push({ line: lineOf(element), element: tagOf(element), reason, text: shownText(element) });
    }
  }
  removeComments(root);

  const headline = chooseHeadline(page, head, located?.title, region);
  // Readability leaves the headline out of the article it returns; the report says where it went.
  for (const element of droppedElements)
    if (headline && element.line === headline.line && /^<h[1-6][ >]/.test(element.element))
      element.reason = 'the headline, which becomes the title';
  for (const heading of selectAll('h1, h2, h3', root))
    if (headline && sameText(toString(heading), headline.value)) remove(root, heading);

  const within = (inner: Element, outer: Element) =>
    (outer.position?.start.offset ?? 0) <= (inner.position?.start.offset ?? -1) &&
    (inner.position?.end.offset ?? Infinity) <= (outer.position?.end.offset ?? 0);
  const byline = findPageByline(
    page,
    (element) => within(element, region),
    (element) => (element.position?.end.offset ?? Infinity) <= (region.position?.start.offset ?? 0),
  );
  if (byline) removeWithin(root, byline.element);
  // The article's date: its first timestamp, else the first in the header just before it (a later
  // one there is usually the update time).
  const times = selectAll('time[datetime]', page);
  const time = times.find((element) => within(element, region)) ?? headerTime(times, region, page);

  const imageRemovals = captionedImages(root, pageBase, lineOf);
  const settled = settleLinksAndImages(root, pageBase, lineOf);
  warnings.push(...settled.warnings);
  changes.push(...settled.changes);

  const tree = toMdast({ type: 'root', children: [root] }) as Root;
  // A marker standing between blocks comes out of the conversion as a bare image; it is a block of its own.
  const blocks = tree.children.map((block): RootContent =>
    block.type === 'image' && block.url.startsWith(NOT_PRESERVED) ? { type: 'paragraph', children: [block] } : block,
  );
  const lines: SourceLine[] = blocks.map((block) => ({
    number: block.position?.start.line ?? 0,
    // A marker without a caption has no words, yet it is no blank line.
    text: spaced(mdastToString(block)) || (holdsOnlyMarkers(block) ? MARKER_LINE : ''),
  }));
  const classification = classifyLines(lines, headline?.value);
  warnings.push(...classification.warnings);
  const settledMarkers = settleMarkers(
    blocks.filter((_, i) => classification.lines[i]?.role === 'body').map(demoteTitleHeading),
  );
  const kept = settledMarkers.blocks;
  if (settledMarkers.leftOut > 0)
    warnings.push(
      `${settledMarkers.leftOut} image${settledMarkers.leftOut === 1 ? '' : 's'} inside a sentence left out: the marker of media not preserved stands on its own line; see the images under "Changed in form"`,
    );
  const moved: MovedText[] = [
    ...(headline ? [{ field: 'title' as const, line: headline.line, text: headline.value, what: 'the headline' }] : []),
    ...(byline
      ? [
          {
            field: 'authors' as const,
            line: lineOf(byline.element),
            text: spaced(toString(byline.element)),
            what: 'the byline',
          },
        ]
      : []),
    ...classification.moved,
  ].sort((a, b) => a.line - b.line);
  const lastBody = classification.lines.findLast((line) => line.role === 'body')?.number ?? 0;

  const found = pageFindings(head, classification.found, {
    headline,
    byline,
    address,
    editors: pageEditors(toString(page)),
    time,
    warnings,
  });
  const opening = kept.find((block): block is Paragraph => block.type === 'paragraph' && !isMarker(block));
  const openingText = opening ? mdastToString(opening) : undefined;
  if (!found.some((finding) => finding.field === 'description') && opening && openingText && isOneSentence(openingText))
    found.push({
      field: 'description',
      value: openingText,
      lines: [opening.position?.start.line ?? 0],
      how: 'the opening paragraph, one sentence',
    });

  const declaredLang = select('html[lang]', page)?.properties.lang;
  return {
    ...(typeof declaredLang === 'string' && declaredLang.trim() ? { declaredLang } : {}),
    format: 'html',
    body: { type: 'root', children: kept },
    found,
    removals: [
      ...classification.removals,
      ...imageRemovals.map((removal) => ({ ...removal, afterArticle: removal.line > lastBody })),
    ].sort((a, b) => a.line - b.line),
    moved,
    droppedElements: droppedElements.sort((a, b) => a.line - b.line),
    changes,
    warnings,
    ...(headline ? { headline: headline.value } : {}),
    ...(openingText !== undefined ? { openingParagraph: openingText } : {}),
    bylineAtEnd: classification.bylineAtEnd,
  };
}

/** Text compared as a reader compares it: spacing, case and the kind of quotation marks do not matter. */
const sameText = (a: string, b: string): boolean => plainTitle(a) === plainTitle(b);
const plainTitle = (text: string): string => spaced(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Elements that name themselves a title: where a page without an `<h1>` may set its headline. */
const TITLE_ELEMENTS = '[class*=tit], [id*=tit], [class*=headline], [class*=heading]';

/** What separates a headline from the site's name in a `<title>`: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATOR = /^\s*(?:[|_@·•:–—-]|::)/;

/**
 * The article's headline: the first `<h1>` (else `<h2>`) of the page whose text is one of the titles
 * the page states (its JSON-LD headline, `og:title`, `twitter:title`, `<title>`), or begins one of them
 * before a separator, so neither a logo in an `<h1>` nor a photo caption is taken for it. Without such
 * a heading, the first `<h1>` of the article itself, and else Readability's title, which it reads from
 * the same tags.
 */
function chooseHeadline(
  page: HastRoot,
  head: Head,
  readabilityTitle: string | undefined,
  region: Element,
): Stated | undefined {
  const titles = [
    head.article?.headline,
    ...['og:title', 'twitter:title', 'title', 'dc.title', 'parsely-title'].map((key) => head.meta.get(key)?.value),
    head.title?.value,
  ]
    .filter((title): title is string => title !== undefined)
    .map(plainTitle);
  const matches = (heading: Element) => {
    const text = plainTitle(toString(heading));
    return (
      text !== '' &&
      titles.some(
        (title) => title === text || (title.startsWith(text) && TITLE_SEPARATOR.test(title.slice(text.length))),
      )
    );
  };
  // Some sites set the headline in a styled element instead of a heading: <div class="l_tit">.
  for (const selector of ['h1', 'h2', TITLE_ELEMENTS]) {
    const heading = selectAll(selector, page).find(matches);
    if (heading)
      return {
        value: spaced(toString(heading)),
        line: lineOf(heading),
        how: `${tagOf(heading)}, as the page's title states it`,
      };
  }
  const own = selectAll('h1', region).find((heading) => spaced(toString(heading)) !== '');
  if (own) return { value: spaced(toString(own)), line: lineOf(own), how: "the article's <h1>" };
  if (readabilityTitle)
    return { value: readabilityTitle, line: head.title?.line ?? 0, how: "Readability's title for the page" };
  return undefined;
}

/** The page's address from its canonical link or `og:url`; a link that cannot be made absolute is reported. */
function sourceAddress(head: Head, warnings: string[]): Stated | undefined {
  const ogUrl = head.meta.get('og:url');
  for (const stated of [head.canonical, ogUrl]) {
    if (!stated) continue;
    const others = [head.baseHref, stated === head.canonical ? ogUrl?.value : head.canonical?.value];
    const value = pageAddress(stated.value, others);
    if (value)
      return {
        ...stated,
        value,
        how: value === stated.value ? stated.how : `${stated.how} "${stated.value}", resolved`,
      };
    warnings.push(
      `line ${stated.line}: ${stated.how} gives "${stated.value}", which is not a web address the archive can link to; ` +
        'pass --source-url with the original address',
    );
  }
  return undefined;
}

/** The first timestamp before the article within the element that holds both the article and its header. */
function headerTime(times: readonly Element[], region: Element, page: HastRoot): Element | undefined {
  const start = region.position?.start.offset ?? 0;
  const holder = selectAll('*', page).findLast((element) => selectAll('*', element).includes(region));
  const from = holder?.position?.start.offset ?? Infinity;
  return times.find(
    (element) => (element.position?.end.offset ?? Infinity) <= start && (element.position?.start.offset ?? -1) >= from,
  );
}

/** Removes every element of `root` that lies within `outer` of the page (they share source positions). */
function removeWithin(root: Element, outer: Element): void {
  const start = outer.position?.start.offset;
  const end = outer.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const inside = (node: ElementContent) =>
    node.type === 'element' &&
    node.position !== undefined &&
    (node.position.start.offset ?? -1) >= start &&
    (node.position.end.offset ?? Infinity) <= end;
  const walk = (node: Element) => {
    node.children = node.children.filter((child) => !inside(child));
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(root);
}

/** The element that holds the article when Readability finds none, and how the report names it. */
function articleRoot(page: HastRoot): { root: Element; description: string } {
  const articles = selectAll('article', page);
  const longest = articles.sort((a, b) => toString(b).length - toString(a).length)[0];
  if (longest) return { root: longest, description: 'the <article> element' };
  const main = select('main, [role=main]', page);
  if (main) return { root: main, description: `the ${tagOf(main)} element` };
  const body = select('body', page) as Element;
  return { root: body, description: 'the whole <body>: the page has no <article> or <main> element' };
}

/** The elements beside the article on its way up to `<body>`: what the page holds besides the article. */
function outsideArticle(page: HastRoot, root: Element): DroppedElement[] {
  const dropped: DroppedElement[] = [];
  const walk = (node: Element): boolean => {
    if (node === root) return true;
    const onPath = node.children.filter((child): child is Element => child.type === 'element' && walk(child));
    if (onPath.length === 0) return false;
    for (const child of node.children)
      if (child.type === 'element' && !onPath.includes(child) && toString(child).trim() !== '')
        dropped.push({
          line: child.position?.start.line ?? 0,
          element: tagOf(child),
          reason: 'outside the article',
          text: shownText(child),
        });
    return true;
  };
  const body = select('body', page);
  if (body) walk(body);
  return dropped;
}

/**
 * Images whose caption the page gives as text: a `<figure>` with a `<figcaption>`, or an image followed
 * by a paragraph that repeats its description. The image goes; its caption becomes the text of the marker
 * of a photo not preserved, where the photo stood.
 */
function captionedImages(
  root: Element,
  base: string | undefined,
  lineOf: (node: Element) => number,
): Omit<Removal, 'afterArticle'>[] {
  const removals: Omit<Removal, 'afterArticle'>[] = [];
  for (const figure of selectAll('figure', root)) {
    const image = select('img', figure);
    const caption = select('figcaption', figure);
    const facts = image ? imageFacts(image, base) : undefined;
    if (!image || !caption || !facts) continue;
    // Read as the capture is read (src/lib/content/faithfulness.ts): a credit in its own element is a word apart.
    const captionText = spaced(toText(caption));
    if (captionText === '') continue;
    removals.push({
      rule: 'captioned-image',
      line: lineOf(image),
      text: imageSummary(facts),
      image: { src: facts.src, caption: captionText },
    });
    replace(root, figure, { type: 'element', tagName: 'p', properties: {}, children: [photoMarker(captionText)] });
  }
  for (const image of selectAll('img', root)) {
    const facts = imageFacts(image, base);
    const holder = outermostHolder(root, image);
    const next = holder ? nextElement(root, holder) : undefined;
    if (!facts || !holder || !next || !isCaptionOf(toString(next), facts)) continue;
    const captionText = spaced(toText(next));
    removals.push({
      rule: 'captioned-image',
      line: lineOf(image),
      text: imageSummary(facts),
      image: { src: facts.src, caption: captionText },
    });
    remove(root, holder);
    replace(root, next, { type: 'element', tagName: 'p', properties: {}, children: [photoMarker(captionText)] });
  }
  return removals;
}

/** The largest element around `image` that holds nothing but it (a `<p>` or an `<a>` wrapping an image). */
function outermostHolder(root: Element, image: Element): Element | undefined {
  let holder = image;
  for (let parent = parentOf(root, holder); parent && parent !== root; parent = parentOf(root, parent)) {
    if (toString(parent).trim() !== '' || selectAll('img', parent).length > 1) break;
    holder = parent;
  }
  return holder;
}

function nextElement(root: Element, node: Element): Element | undefined {
  const parent = parentOf(root, node);
  if (!parent) return undefined;
  const after = parent.children.slice(parent.children.indexOf(node) + 1);
  return after.find((child): child is Element => child.type === 'element');
}

function parentOf(root: Element, node: Element): Element | undefined {
  if (root.children.includes(node)) return root;
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    const found = parentOf(child, node);
    if (found) return found;
  }
  return undefined;
}

function remove(root: Element, node: Element): boolean {
  const parent = parentOf(root, node);
  if (!parent) return false;
  parent.children.splice(parent.children.indexOf(node), 1);
  return true;
}

function replace(root: Element, node: Element, replacement: Element): void {
  const parent = parentOf(root, node);
  if (parent) parent.children.splice(parent.children.indexOf(node), 1, replacement);
}

function removeComments(node: Element | HastRoot): void {
  node.children = (node.children as (ElementContent | HastRootContent)[]).filter(
    (child) => child.type !== 'comment',
  ) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') removeComments(child);
}

/** The article's own heading levels stay; only a second top-level heading becomes a subheading. */
function demoteTitleHeading(block: RootContent): RootContent {
  return block.type === 'heading' && block.depth === 1 ? { ...block, depth: 2 } : block;
}

/**
 * Metadata in the order a page states it most plainly: what the article's text and its byline say,
 * then the page's JSON-LD, then its meta tags. A disagreement between them is reported, never
 * resolved silently.
 */
function pageFindings(
  head: Head,
  fromText: readonly Finding[],
  context: {
    headline: Stated | undefined;
    byline: PageByline | undefined;
    address: Stated | undefined;
    editors: string[];
    time: Element | undefined;
    warnings: string[];
  },
): Finding[] {
  const found: Finding[] = [...fromText];
  const has = (field: Finding['field']) => found.some((finding) => finding.field === field);
  const add = (field: Finding['field'], stated: Stated | undefined, value = stated?.value) => {
    if (stated && value && !has(field)) found.push({ field, value, lines: [stated.line], how: stated.how });
  };
  const metaOf = (...keys: string[]) => keys.map((key) => head.meta.get(key)).find((stated) => stated !== undefined);
  const article = head.article;
  const jsonLd = (value: string | undefined, what: string): Stated | undefined =>
    article && value ? { value, line: article.line, how: `JSON-LD ${article.type} ${what}` } : undefined;

  if (context.headline) found.unshift({ field: 'title', ...statedFinding(context.headline) });
  add('title', metaOf('og:title'));
  add('title', head.title);

  authorFindings(found, head, context);

  const datetime = context.time ? String(context.time.properties.dateTime ?? '') : '';
  const timeStated =
    context.time && isoPrefix(datetime)
      ? { value: datetime, line: lineOf(context.time), how: `<time datetime="${datetime}">` }
      : undefined;
  for (const [field, stated] of [
    [
      'published',
      metaOf(
        'article:published_time',
        'article:published',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'published_at',
        'parsely-pub-date',
        'dc.date',
        'dc.date.issued',
      ) ??
        jsonLd(article?.datePublished, 'datePublished') ??
        timeStated,
    ],
    [
      'updated',
      metaOf('article:modified_time', 'datemodified', 'last-modified') ?? jsonLd(article?.dateModified, 'dateModified'),
    ],
  ] as const) {
    const iso = stated ? isoPrefix(stated.value) : undefined;
    const existing = found.find((finding) => finding.field === field);
    if (stated && iso && existing && existing.value !== iso)
      context.warnings.push(
        `line ${stated.line}: ${stated.how} gives ${iso} but the text gives ${String(existing.value)}; the text is used`,
      );
    if (stated && iso) add(field, stated, iso);
  }

  add('sourceUrl', context.address);
  add('publication', metaOf('og:site_name'));
  add('publication', jsonLd(article?.publisher, 'publisher'));
  add('description', metaOf('description', 'og:description'));
  return found;
}

const statedFinding = (stated: Stated) => ({ value: stated.value, lines: [stated.line], how: stated.how });

/**
 * The authors: the visible byline first (a line of the text, else the page's byline element), then the
 * JSON-LD article's authors, then the meta tags. Every source that names other people is reported; a
 * meta author whom the page calls its editor (责任编辑) is not taken for the author.
 */
function authorFindings(
  found: Finding[],
  head: Head,
  context: { byline: PageByline | undefined; editors: string[]; warnings: string[] },
): void {
  const sources: { names: string[]; stated: Stated }[] = [];
  const textByline = found.find((finding) => finding.field === 'authors');
  if (context.byline)
    sources.push({
      names: context.byline.names,
      stated: {
        value: context.byline.names.join(', '),
        line: lineOf(context.byline.element),
        how: `byline ${tagOf(context.byline.element)} "${spaced(toString(context.byline.element)).slice(0, 80)}"`,
      },
    });
  const article = head.article;
  if (article && article.authors.length > 0)
    sources.push({
      names: article.authors,
      stated: { value: article.authors.join(', '), line: article.line, how: `JSON-LD ${article.type} author` },
    });
  for (const key of ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']) {
    const stated = head.meta.get(key);
    if (!stated || /^https?:|^\/\//i.test(stated.value)) continue;
    const names = parseByline(stated.value) ?? parseByline(stated.value, { prefixed: false }) ?? [stated.value.trim()];
    const editor = names.find((name) => context.editors.some((editor) => name.includes(editor)));
    if (editor) {
      context.warnings.push(
        `line ${stated.line}: ${stated.how} names ${editor}, whom the page calls its editor (责任编辑); not taken for the author`,
      );
      continue;
    }
    // A meta tag may hold a newsroom or a user name ("BBC News", "devindra"): only people are authors.
    if (names.every(isPersonName)) {
      sources.push({ names, stated });
      break;
    }
  }
  const key = (names: readonly string[]) =>
    [...new Set(names.map((name) => spaced(name).toLowerCase()))].sort().join('|');
  const chosen = textByline ? [textByline.value].flat() : sources[0]?.names;
  const chosenHow = textByline ? textByline.how : sources[0]?.stated.how;
  if (!chosen) return;
  for (const source of sources)
    if (key(source.names) !== key(chosen))
      context.warnings.push(
        `line ${source.stated.line}: ${source.stated.how} names ${source.names.join(', ')} but ${chosenHow} ` +
          `names ${chosen.join(', ')}, which is used`,
      );
  if (!textByline && sources[0])
    found.push({
      field: 'authors',
      value: sources[0].names,
      lines: [sources[0].stated.line],
      how: sources[0].stated.how,
    });
}

/** The date at the start of a machine-readable timestamp, as written: `2024-07-02T10:00+08:00` → `2024-07-02`. */
function isoPrefix(value: string): string | undefined {
  const date = parseDate(value.trim().slice(0, 10));
  return date?.kind === 'exact' && /^\d{4}-\d{2}-\d{2}(?:$|T|\s)/.test(value.trim()) ? date.iso : undefined;
}
