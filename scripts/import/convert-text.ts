/**
 * Plain text copied from a web page → an article draft. Copied text does not wrap its lines, so
 * each line is one paragraph; bullets become a list, a short line standing alone between blank lines
 * becomes a subheading, and HTML pasted into the text becomes Markdown.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { classifyLines, type ClassifiedLine, type SourceLine } from './classify';
import { imageFacts, isCaptionOf, settleLinksAndImages } from './links';
import { endsInPhotoCredit, isMarker, notPreserved, settleMarkers } from './media';
import { isOneSentence, looksLikeHeadline } from './metadata';
import type { Draft, LayoutChange, Removal } from './types';

const BULLET = /^[•●▪◦‣·*–-]\s*(?=\S)/;
const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;
const HAS_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

export interface ConvertOptions {
  /** The address the source was published at, against which relative links are resolved. */
  base?: string;
}

/** Converts the text of a `.txt` source. Pure: it reads nothing and writes nothing. */
export function convertText(text: string, { base }: ConvertOptions = {}): Draft {
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const changes: LayoutChange[] = [];
  const indented = rawLines.flatMap((line, i) => (/^\s+\S/.test(line) ? [i + 1] : []));
  if (indented.length > 0) changes.push({ lines: indented, what: 'indentation removed' });

  const source: SourceLine[] = rawLines.map((line, i) => ({ number: i + 1, text: visibleText(line.trim()) }));
  const classification = classifyLines(source, 'first-line');
  const raw = (line: SourceLine) => (rawLines[line.number - 1] ?? '').trim();
  const { lines } = classification;
  const removals = [...classification.removals];
  const warnings = [...classification.warnings];
  const usesBlankLines = lines.some(
    (line, i) =>
      line.role === 'blank' && lines[i - 1]?.role === 'body' && lines.slice(i + 1).some((l) => l.role === 'body'),
  );
  const lastBody = lines.findLast((line) => line.role === 'body')?.number ?? 0;

  const blocks: RootContent[] = [];
  const bodyLines = lines.filter((line) => line.role === 'body');
  for (let i = 0; i < bodyLines.length; i++) {
    const line = bodyLines[i] as ClassifiedLine;
    const next = bodyLines[i + 1];

    if (BULLET.test(raw(line)) || isNumberedRun(bodyLines, i, raw)) {
      const ordered = !BULLET.test(raw(line));
      const pattern = ordered ? NUMBERED : BULLET;
      const items: ClassifiedLine[] = [];
      while (bodyLines[i] && pattern.test(raw(bodyLines[i] as ClassifiedLine)))
        items.push(bodyLines[i++] as ClassifiedLine);
      i -= 1;
      const start = ordered ? Number(NUMBERED.exec(raw(items[0] as ClassifiedLine))?.[1]) : undefined;
      blocks.push(list(items, start, (item) => raw(item).replace(pattern, ''), base, warnings, changes));
      changes.push({
        lines: items.map((item) => item.number),
        what: `${ordered ? 'numbered' : 'bulleted'} lines made a Markdown list of ${items.length} items`,
      });
      continue;
    }

    if (HAS_TAG.test(raw(line))) {
      const fragment = fromHtml(raw(line), { fragment: true });
      const image = soleImage(fragment);
      const facts = image ? imageFacts(image, base) : undefined;
      if (facts && next && isCaptionOf(next.text, facts)) {
        removals.push({
          rule: 'captioned-image',
          line: line.number,
          text: raw(line),
          afterArticle: line.number > lastBody,
          image: { src: facts.src, caption: next.text },
        });
        blocks.push(notPreserved('photo', raw(next)));
        changes.push({
          lines: [next.number],
          what: `the caption of the image on line ${line.number} marks the photo as not preserved`,
        });
        i += 1;
        continue;
      }
      const settled = settleLinksAndImages(fragment, base, () => line.number);
      warnings.push(...settled.warnings);
      changes.push(...settled.changes, { lines: [line.number], what: 'HTML in the text converted to Markdown' });
      const content = phrasing(fragment);
      if (content.length > 0) blocks.push({ type: 'paragraph', children: content });
      continue;
    }

    if (usesBlankLines && isSubheading(lines, line) && next) {
      blocks.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: line.text }] });
      changes.push({
        lines: [line.number],
        what: `"${line.text}" made a subheading: a short line alone between blank lines`,
      });
      continue;
    }

    if (endsInPhotoCredit(raw(line)) && besideFurniture(lines, line, raw)) {
      blocks.push(notPreserved('photo', raw(line)));
      changes.push({
        lines: [line.number],
        what: "a caption ending in a photo credit, beside the page's furniture, marks a photo as not preserved",
      });
      continue;
    }

    blocks.push({ type: 'paragraph', children: [{ type: 'text', value: raw(line) }] });
  }

  const settled = settleMarkers(blocks);
  if (settled.leftOut > 0)
    warnings.push(
      `${settled.leftOut} image${settled.leftOut === 1 ? '' : 's'} inside a sentence left out: the marker of media not preserved stands on its own line; see the images under "Changed in form"`,
    );
  const opening = settled.blocks.find((block): block is Paragraph => block.type === 'paragraph' && !isMarker(block));
  const openingText = opening ? paragraphText(opening) : undefined;
  const openingLine = bodyLines.find((line) => line.text === openingText)?.number;
  const found = [...classification.found];
  if (openingText && openingLine !== undefined && isOneSentence(openingText))
    found.push({
      field: 'description',
      value: openingText,
      lines: [openingLine],
      how: 'the opening paragraph, one sentence',
    });

  return {
    format: 'text',
    body: { type: 'root', children: settled.blocks },
    found,
    removals: sortRemovals(removals),
    moved: classification.moved,
    droppedElements: [],
    changes,
    warnings,
    ...(classification.headline !== undefined ? { headline: classification.headline } : {}),
    ...(openingText !== undefined ? { openingParagraph: openingText } : {}),
    bylineAtEnd: classification.bylineAtEnd,
  };
}

/**
 * The words a reader sees on a line: for a line holding HTML, its text without the tags. A line of
 * HTML with no text (an image) keeps its markup, so it is never mistaken for a blank line.
 */
function visibleText(line: string): string {
  if (!HAS_TAG.test(line)) return line;
  return (
    toString(fromHtml(line, { fragment: true }))
      .replace(/\s+/g, ' ')
      .trim() || line
  );
}

/**
 * `true` when the nearest line before or after `line` (blank lines aside) is not article text: the headline, a
 * byline, a date, page chrome or an image. A copied page leaves a photo's caption there, where the photo stood.
 */
function besideFurniture(
  lines: readonly ClassifiedLine[],
  line: ClassifiedLine,
  raw: (line: SourceLine) => string,
): boolean {
  const at = lines.indexOf(line);
  const neighbours = [
    lines.slice(0, at).findLast((other) => other.role !== 'blank'),
    lines.slice(at + 1).find((other) => other.role !== 'blank'),
  ];
  return neighbours.some((other) => other !== undefined && (other.role !== 'body' || /<img\b/i.test(raw(other))));
}

/** A subheading is a short line with blank lines before and after it, that reads like a headline. */
function isSubheading(lines: readonly ClassifiedLine[], line: ClassifiedLine): boolean {
  const at = lines.indexOf(line);
  return (
    lines[at - 1]?.role === 'blank' &&
    (lines[at + 1]?.role ?? 'blank') === 'blank' &&
    looksLikeHeadline(line.text, { maxWords: 12, allowQuestion: false })
  );
}

/** A numbered list needs at least two lines numbered one after the other, so "1999. The…" stays a paragraph. */
function isNumberedRun(lines: readonly ClassifiedLine[], i: number, raw: (line: SourceLine) => string): boolean {
  const number = (line: ClassifiedLine | undefined) => (line ? Number(NUMBERED.exec(raw(line))?.[1] ?? NaN) : NaN);
  return number(lines[i]) + 1 === number(lines[i + 1]);
}

function list(
  items: readonly ClassifiedLine[],
  start: number | undefined,
  itemText: (line: ClassifiedLine) => string,
  base: string | undefined,
  warnings: string[],
  changes: LayoutChange[],
): List {
  return {
    type: 'list',
    ordered: start !== undefined,
    spread: false,
    ...(start !== undefined ? { start } : {}),
    children: items.map((item): ListItem => {
      const text = itemText(item);
      let content: PhrasingContent[] = [{ type: 'text', value: text }];
      if (HAS_TAG.test(text)) {
        const fragment = fromHtml(text, { fragment: true });
        const settled = settleLinksAndImages(fragment, base, () => item.number);
        warnings.push(...settled.warnings);
        changes.push(...settled.changes);
        content = phrasing(fragment);
      }
      return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: content }] };
    }),
  };
}

/** The inline Markdown of an HTML fragment. */
function phrasing(fragment: HastRoot): PhrasingContent[] {
  const tree = toMdast(fragment) as Root;
  return tree.children.flatMap((node): PhrasingContent[] =>
    node.type === 'paragraph' ? node.children : isPhrasing(node) ? [node] : [],
  );
}

const isPhrasing = (node: RootContent): node is PhrasingContent =>
  ['text', 'emphasis', 'strong', 'link', 'inlineCode', 'break', 'delete', 'html', 'image'].includes(node.type);

/** The one `<img>` of a fragment that has no text of its own, or `undefined`. */
function soleImage(fragment: HastRoot): Element | undefined {
  if (toString(fragment).trim() !== '') return undefined;
  const images: Element[] = [];
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'img') images.push(child);
      else walk(child);
    }
  };
  walk(fragment);
  return images.length === 1 ? images[0] : undefined;
}

function paragraphText(paragraph: Paragraph | BlockContent): string {
  return 'children' in paragraph
    ? paragraph.children.map((child) => ('value' in child ? child.value : paragraphText(child as Paragraph))).join('')
    : '';
}

const sortRemovals = (removals: Removal[]): Removal[] => [...removals].sort((a, b) => a.line - b.line);
