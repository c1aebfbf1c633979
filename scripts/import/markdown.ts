/**
 * Writing an article body as Markdown that reads like the source. The standard serializer escapes
 * every character that could ever start Markdown syntax ("[cases]" becomes "\[cases]"); here each
 * block is first written with its text as is, and the escaped form is used only when the plain form
 * would not read back as the same content.
 */
import type { Nodes, Root, RootContent, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

const OPTIONS: Options = {
  bullet: '-',
  listItemIndent: 'one',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  extensions: [gfmToMarkdown()],
};

const PLAIN_TEXT: Options = { ...OPTIONS, handlers: { text: (node: Text) => node.value } };

/** The Markdown of a body: blocks separated by one blank line, ending with a newline. */
export function toArticleMarkdown(tree: Root): string {
  dropEdgeBreaks(tree);
  const blocks = tree.children.map(blockMarkdown);
  const markdown = `${blocks.join('\n\n')}\n`;
  // Two blocks written side by side can merge (two lists become one); then the whole body is escaped.
  return sameContent(markdown, tree) ? markdown : toMarkdown(tree, OPTIONS);
}

/**
 * A line break (`<br>`) that opens or ends a paragraph breaks nothing, and Markdown cannot write it: the backslash
 * that marks it would be read as a backslash of the text. Such breaks are dropped, also inside emphasis at the
 * paragraph's edge (`<em><strong><br></strong></em>`), with the emphasis they leave empty.
 */
function dropEdgeBreaks(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node) || !['paragraph', 'heading', 'tableCell'].includes(node.type)) return;
    trimEdge(node.children as Nodes[], 'end');
    trimEdge(node.children as Nodes[], 'start');
  });
}

const WRAPPERS = new Set(['emphasis', 'strong', 'delete']);

function trimEdge(children: Nodes[], side: 'start' | 'end'): void {
  for (;;) {
    const edge = side === 'end' ? children.at(-1) : children[0];
    if (!edge) return;
    const blank = edge.type === 'break' || (edge.type === 'text' && edge.value.trim() === '');
    if (!blank && WRAPPERS.has(edge.type) && 'children' in edge) {
      trimEdge(edge.children as Nodes[], side);
      if (edge.children.length > 0) return;
    } else if (!blank) return;
    if (side === 'end') children.pop();
    else children.shift();
  }
}

function blockMarkdown(block: RootContent): string {
  const root: Root = { type: 'root', children: [block] };
  const plain = toMarkdown(root, PLAIN_TEXT).trimEnd();
  return sameContent(plain, root) ? plain : toMarkdown(root, OPTIONS).trimEnd();
}

/** `true` when `markdown` parses to a tree that the standard serializer writes exactly as it writes `tree`. */
function sameContent(markdown: string, tree: Root): boolean {
  const parsed = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return toMarkdown(parsed, OPTIONS) === toMarkdown(tree, OPTIONS);
}
