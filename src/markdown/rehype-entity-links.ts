import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import {
  articleNameFinder,
  MENTIONS_KEY,
  sentenceAround,
  textRuns,
  type EntityMention,
  type EntityNames,
  type TextRun,
} from '../lib/content/mentions';
import { isPassageId } from '../lib/content/passage-ids';
import { entityUrl } from '../lib/site/urls';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** The passages `rehypePassageLinks` marked, in reading order; only they can be linked to from an entity page. */
function passages(children: readonly (RootContent | ElementContent)[]): Element[] {
  return children
    .filter(isElement)
    .flatMap((node) => (isPassageId(String(node.properties.id ?? '')) ? [node] : passages(node.children)));
}

function entityLink(slug: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['entity-link'], href: entityUrl(slug) },
    children: [{ type: 'text', value: text }],
  };
}

/** Replaces the text node `run` by its text with the given spans wrapped in links, in its parent. */
function linkSpans(
  parent: Element,
  run: TextRun,
  spans: readonly { slug: string; start: number; end: number }[],
): void {
  const value = run.node.value;
  const pieces: ElementContent[] = [];
  let at = 0;
  for (const { slug, start, end } of spans) {
    if (start > at) pieces.push({ type: 'text', value: value.slice(at, start) });
    pieces.push(entityLink(slug, value.slice(start, end)));
    at = end;
  }
  if (at < value.length) pieces.push({ type: 'text', value: value.slice(at) });
  parent.children.splice(parent.children.indexOf(run.node), 1, ...pieces);
}

/** The element holding each text node, so a node can be replaced where it stands. */
function parentsOf(element: Element, parents = new Map<Text, Element>()): Map<Text, Element> {
  for (const child of element.children) {
    if (child.type === 'text') parents.set(child, element);
    else if (child.type === 'element') parentsOf(child, parents);
  }
  return parents;
}

/**
 * Finds every mention of the archive's people, organisations and reports (`content/entities/`)
 * in the passages of an article, outside links and code, and records each with its passage id
 * and sentence for the entity pages. The first mention of each entity becomes a link to its
 * page. Runs after `rehypePassageLinks`, whose ids it records.
 */
export function rehypeEntityLinks({ entities }: { entities: readonly EntityNames[] }) {
  return (tree: Root, file: VFile) => {
    const found = passages(tree.children).map((passage) => ({ passage, runs: textRuns(passage) }));
    const findableText = found
      .flatMap(({ runs }) => runs.filter((r) => r.findable).map((r) => r.node.value))
      .join('\n');
    const find = articleNameFinder(entities, findableText);
    const mentions: EntityMention[] = [];
    const linked = new Set<string>();
    for (const { passage, runs } of found) {
      const text = runs.map((run) => run.node.value).join('');
      const parents = parentsOf(passage);
      for (const run of runs.filter((r) => r.findable)) {
        const matches = find(run.node.value);
        for (const { slug, start, end } of matches) {
          const id = String(passage.properties.id);
          mentions.push({
            entity: slug,
            passage: id,
            sentence: sentenceAround(text, run.offset + start, run.offset + end),
          });
        }
        const firsts = matches.filter(({ slug }) => {
          if (linked.has(slug)) return false;
          linked.add(slug);
          return true;
        });
        const parent = parents.get(run.node);
        if (firsts.length > 0 && parent) linkSpans(parent, run, firsts);
      }
    }
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[MENTIONS_KEY] = mentions;
  };
}
