/**
 * A saved HTML page → an article draft. The page is parsed as a browser would; the article is its
 * `<article>` (or `<main>`, or else the body), without scripts, styles, navigation, forms, sidebars
 * and advertisements. Its paragraphs then go through the same line rules as plain text.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { HTML_CHROME_SELECTORS } from './chrome-rules';
import { classifyLines, type SourceLine } from './classify';
import type { ConvertOptions } from './convert-text';
import { imageFacts, imageSummary, isCaptionOf, settleLinksAndImages } from './links';
import { isOneSentence, parseByline, parseDate } from './metadata';
import type { DroppedElement, Draft, Finding, LayoutChange, Removal } from './types';

/** Converts the text of an `.html` source. Pure: it reads nothing and writes nothing. */
export function convertHtml(html: string, { base }: ConvertOptions = {}): Draft {
  const page = fromHtml(html);
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
  const head = readHead(page);
  const pageBase = head.baseHref ?? base ?? head.canonical?.value;
  const warnings: string[] = [];
  const changes: LayoutChange[] = [];

  const { root, description: rootDescription, wholePage } = articleRoot(page);
  changes.push({ lines: [lineOf(root)], what: `the article is ${rootDescription}` });
  const droppedElements = outsideArticle(page, root);
  for (const { selector, reason, wholePageOnly } of HTML_CHROME_SELECTORS) {
    if (wholePageOnly && !wholePage) continue;
    for (const element of selectAll(selector, root)) {
      if (remove(root, element)) droppedElements.push({ line: lineOf(element), element: tagOf(element), reason });
    }
  }
  removeComments(root);

  const h1 = select('h1', root);
  const headline = h1 ? toString(h1).replace(/\s+/g, ' ').trim() : undefined;
  if (h1) remove(root, h1);
  const time = select('time[datetime]', root);

  const imageRemovals = captionedImages(root, pageBase, lineOf);
  const settled = settleLinksAndImages(root, pageBase, lineOf);
  warnings.push(...settled.warnings);
  changes.push(...settled.changes);

  const tree = toMdast({ type: 'root', children: [root] }) as Root;
  const blocks = tree.children;
  const lines: SourceLine[] = blocks.map((block) => ({
    number: block.position?.start.line ?? 0,
    text: mdastToString(block).replace(/\s+/g, ' ').trim(),
  }));
  const classification = classifyLines(lines, headline);
  warnings.push(...classification.warnings);
  const kept = blocks.filter((_, i) => classification.lines[i]?.role === 'body').map(demoteTitleHeading);
  const lastBody = classification.lines.findLast((line) => line.role === 'body')?.number ?? 0;

  const found = pageFindings(head, classification.found, { h1, headline, time, lineOf, warnings });
  const opening = kept.find((block): block is Paragraph => block.type === 'paragraph');
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
    droppedElements: droppedElements.sort((a, b) => a.line - b.line),
    changes,
    warnings,
    ...(headline ? { headline } : {}),
    ...(openingText !== undefined ? { openingParagraph: openingText } : {}),
    bylineAtEnd: classification.bylineAtEnd,
  };
}

interface Stated {
  value: string;
  line: number;
  how: string;
}

interface Head {
  title?: Stated;
  meta: Map<string, Stated>;
  canonical?: Stated;
  baseHref?: string;
}

/** The `<title>`, every `<meta>` by its name, property or itemprop, the canonical link and `<base href>`. */
function readHead(page: HastRoot): Head {
  const meta = new Map<string, Stated>();
  for (const element of selectAll('meta[content]', page)) {
    const key = String(element.properties.name ?? element.properties.property ?? element.properties.itemProp ?? '');
    const content = String(element.properties.content).trim();
    if (key && content && !meta.has(key.toLowerCase()))
      meta.set(key.toLowerCase(), { value: content, line: element.position?.start.line ?? 0, how: `<meta ${key}>` });
  }
  const titleElement = select('title', page);
  const title = titleElement ? toString(titleElement).replace(/\s+/g, ' ').trim() : '';
  const canonical = selectAll('link[href]', page).find((link) =>
    [link.properties.rel].flat().map(String).includes('canonical'),
  );
  const baseElement = select('base[href]', page);
  return {
    ...(title ? { title: { value: title, line: titleElement?.position?.start.line ?? 0, how: '<title>' } } : {}),
    meta,
    ...(canonical
      ? {
          canonical: {
            value: String(canonical.properties.href),
            line: canonical.position?.start.line ?? 0,
            how: '<link rel="canonical">',
          },
        }
      : {}),
    ...(baseElement ? { baseHref: String(baseElement.properties.href) } : {}),
  };
}

/** The element that holds the article, and how the report names it. */
function articleRoot(page: HastRoot): { root: Element; description: string; wholePage: boolean } {
  const articles = selectAll('article', page);
  const longest = articles.sort((a, b) => toString(b).length - toString(a).length)[0];
  if (longest) return { root: longest, description: 'the <article> element', wholePage: false };
  const main = select('main, [role=main]', page);
  if (main) return { root: main, description: `the ${tagOf(main)} element`, wholePage: false };
  const body = select('body', page) as Element;
  return { root: body, description: 'the whole <body>: the page has no <article> or <main> element', wholePage: true };
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
        dropped.push({ line: child.position?.start.line ?? 0, element: tagOf(child), reason: 'outside the article' });
    return true;
  };
  const body = select('body', page);
  if (body) walk(body);
  return dropped;
}

/**
 * Images whose caption the page gives as text: a `<figure>` with a `<figcaption>`, or an image followed
 * by a paragraph that repeats its description. The image goes, the caption stays as a paragraph.
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
    const captionText = toString(caption).replace(/\s+/g, ' ').trim();
    if (captionText === '') continue;
    removals.push({
      rule: 'captioned-image',
      line: lineOf(image),
      text: imageSummary(facts),
      image: { src: facts.src, caption: captionText },
    });
    replace(root, figure, { type: 'element', tagName: 'p', properties: {}, children: caption.children });
  }
  for (const image of selectAll('img', root)) {
    const facts = imageFacts(image, base);
    const holder = outermostHolder(root, image);
    const next = holder ? nextElement(root, holder) : undefined;
    if (!facts || !holder || !next || !isCaptionOf(toString(next), facts)) continue;
    removals.push({
      rule: 'captioned-image',
      line: lineOf(image),
      text: imageSummary(facts),
      image: { src: facts.src, caption: toString(next).replace(/\s+/g, ' ').trim() },
    });
    remove(root, holder);
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

/** A tag as the report shows it, with its id and classes. */
function tagOf(element: Element): string {
  const id = element.properties.id ? ` id="${String(element.properties.id)}"` : '';
  const classes = [element.properties.className ?? []].flat().join(' ');
  return `<${element.tagName}${id}${classes ? ` class="${classes}"` : ''}>`;
}

/** The article's own heading levels stay; only a second top-level heading becomes a subheading. */
function demoteTitleHeading(block: RootContent): RootContent {
  return block.type === 'heading' && block.depth === 1 ? { ...block, depth: 2 } : block;
}

/**
 * Metadata in the order a page states it most plainly: what the article's text says, then the
 * page's machine-readable tags. A disagreement between them is reported, never resolved silently.
 */
function pageFindings(
  head: Head,
  fromText: readonly Finding[],
  context: {
    h1: Element | undefined;
    headline: string | undefined;
    time: Element | undefined;
    lineOf: (node: Element) => number;
    warnings: string[];
  },
): Finding[] {
  const found: Finding[] = [...fromText];
  const has = (field: Finding['field']) => found.some((finding) => finding.field === field);
  const add = (field: Finding['field'], stated: Stated | undefined, value = stated?.value) => {
    if (stated && value && !has(field)) found.push({ field, value, lines: [stated.line], how: stated.how });
  };
  const metaOf = (...keys: string[]) => keys.map((key) => head.meta.get(key)).find((stated) => stated !== undefined);

  if (context.h1 && context.headline)
    found.unshift({ field: 'title', value: context.headline, lines: [context.lineOf(context.h1)], how: '<h1>' });
  add('title', metaOf('og:title'));
  add('title', head.title);

  const metaAuthor = metaOf('author', 'article:author', 'dc.creator');
  if (metaAuthor && !/^https?:/i.test(metaAuthor.value)) {
    const names = parseByline(`By ${metaAuthor.value}`) ?? [metaAuthor.value];
    const byline = found.find((finding) => finding.field === 'authors');
    if (byline && JSON.stringify(byline.value) !== JSON.stringify(names))
      context.warnings.push(
        `line ${metaAuthor.line}: ${metaAuthor.how} names ${names.join(', ')} but the byline names ${[byline.value].flat().join(', ')}; the byline is used`,
      );
    if (!byline) found.push({ field: 'authors', value: names, lines: [metaAuthor.line], how: metaAuthor.how });
  }

  const datetime = context.time ? String(context.time.properties.dateTime ?? '') : '';
  const timeDate = isoPrefix(datetime);
  const timeStated =
    context.time && timeDate
      ? { value: timeDate, line: context.lineOf(context.time), how: `<time datetime="${datetime}">` }
      : undefined;
  for (const [field, stated] of [
    [
      'published',
      metaOf('article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dc.date.issued') ?? timeStated,
    ],
    ['updated', metaOf('article:modified_time', 'datemodified', 'last-modified')],
  ] as const) {
    const iso = stated ? isoPrefix(stated.value) : undefined;
    const existing = found.find((finding) => finding.field === field);
    if (stated && iso && existing && existing.value !== iso)
      context.warnings.push(
        `line ${stated.line}: ${stated.how} gives ${iso} but the text gives ${String(existing.value)}; the text is used`,
      );
    if (stated && iso) add(field, stated, iso);
  }

  add('sourceUrl', head.canonical);
  add('sourceUrl', metaOf('og:url'));
  add('publication', metaOf('og:site_name'));
  add('description', metaOf('description', 'og:description'));
  return found;
}

/** The date at the start of a machine-readable timestamp, as written: `2024-07-02T10:00+08:00` → `2024-07-02`. */
function isoPrefix(value: string): string | undefined {
  const date = parseDate(value.trim().slice(0, 10));
  return date?.kind === 'exact' && /^\d{4}-\d{2}-\d{2}(?:$|T|\s)/.test(value.trim()) ? date.iso : undefined;
}
