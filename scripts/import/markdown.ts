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
 * that marks it would be read as a backslash of the text. Such breaks are dropped.
 */
function dropEdgeBreaks(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node) || !['paragraph', 'heading', 'tableCell'].includes(node.type)) return;
    const children = node.children as Nodes[];
    const blank = (child: Nodes | undefined) =>
      child?.type === 'break' || (child?.type === 'text' && child.value.trim() === '');
    while (children.length > 0 && blank(children.at(-1))) children.pop();
    while (children.length > 0 && blank(children[0])) children.shift();
  });
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
