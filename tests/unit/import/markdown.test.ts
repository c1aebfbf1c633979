import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { toArticleMarkdown } from '../../../scripts/import/markdown';

const paragraph = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const root = (...children: RootContent[]): Root => ({ type: 'root', children });

describe('toArticleMarkdown', () => {
  it.each([
    'with “tens of thousands more [cases] to be confirmed,” according to',
    'Feb. 24, 2021: 4 p.m. to 5:45 p.m. U.S. Eastern Time',
    'Truthfulness-Compassion-Tolerance & more',
    'A 100% rise_in numbers',
  ])('writes %j as it is, since it reads back the same', (text) => {
    expect(toArticleMarkdown(root(paragraph(text)))).toBe(`${text}\n`);
  });

  it.each([
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['# not a heading', '\\# not a heading'],
    ['1999. The start', '1999\\. The start'],
    ['a <b>tag</b> written out', 'a \\<b>tag\\</b> written out'],
    ['[text](not-a-link)', '\\[text]\\(not-a-link)'],
    ['- not a list', '\\- not a list'],
  ])('escapes %j, which would read back as Markdown', (text, markdown) => {
    expect(toArticleMarkdown(root(paragraph(text)))).toBe(`${markdown}\n`);
  });

  it('separates blocks with one blank line and ends with a newline', () => {
    expect(toArticleMarkdown(root(paragraph('One.'), paragraph('Two.')))).toBe('One.\n\nTwo.\n');
  });

  it('keeps two lists in a row apart', () => {
    const list = (item: string): RootContent => ({
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
        },
      ],
    });
    // Written block by block, "- a" and "- b" would read back as one list; the serializer changes the bullet.
    expect(toArticleMarkdown(root(list('a'), list('b')))).toBe('- a\n\n* b\n');
  });

  it('drops a line break that opens or ends a paragraph, also inside emphasis, which Markdown would write as a backslash', () => {
    const tree = root({
      type: 'paragraph',
      children: [
        { type: 'break' },
        { type: 'text', value: 'Check it out here.' },
        { type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'break' }] }] },
        { type: 'text', value: ' ' },
      ],
    });
    expect(toArticleMarkdown(tree)).toBe('Check it out here.\n');
  });

  it('keeps a line break inside a paragraph', () => {
    const tree = root({
      type: 'paragraph',
      children: [{ type: 'text', value: 'One' }, { type: 'break' }, { type: 'text', value: 'two' }],
    });
    expect(toArticleMarkdown(tree)).toBe('One\\\ntwo\n');
  });
});
