import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import {
  UNDESCRIBED_IMAGE,
  absoluteUrl,
  imageFacts,
  imageLink,
  isCaptionOf,
  settleLinksAndImages,
} from '../../../scripts/import/links';

const img = (attributes: Record<string, string>): Element => ({
  type: 'element',
  tagName: 'img',
  properties: attributes,
  children: [],
});

describe('absoluteUrl', () => {
  it.each([
    ['/a.jpg', 'https://example.org/news/1', 'https://example.org/a.jpg'],
    ['b.jpg', 'https://example.org/news/1', 'https://example.org/news/b.jpg'],
    ['//cdn.example.net/c.jpg', 'https://example.org/', 'https://cdn.example.net/c.jpg'],
    ['https://other.example/x', undefined, 'https://other.example/x'],
    ['mailto:desk@example.org', undefined, 'mailto:desk@example.org'],
  ])('%j against %j → %j', (href, base, url) => {
    expect(absoluteUrl(href, base)).toBe(url);
  });

  it.each([
    ['/a.jpg', undefined],
    ['javascript:alert(1)', 'https://example.org/'],
    ['data:image/png;base64,AAAA', 'https://example.org/'],
    ['  ', 'https://example.org/'],
  ])('gives no address for %j against %j', (href, base) => {
    expect(absoluteUrl(href, base)).toBeUndefined();
  });
});

describe('images', () => {
  it('describe themselves by alt, else title', () => {
    expect(imageFacts(img({ src: 'https://e.org/a.jpg', alt: ' A ', title: 'T' }), undefined)).toEqual({
      src: 'https://e.org/a.jpg',
      description: 'A',
      names: ['A', 'T'],
    });
    expect(imageFacts(img({ src: 'https://e.org/a.jpg', title: 'T' }), undefined)?.description).toBe('T');
  });

  it('become a link named by their description, or as the site names undescribed images', () => {
    expect(imageLink({ src: 'https://e.org/a.jpg', description: '', names: [] })).toMatchObject({
      tagName: 'a',
      properties: { href: 'https://e.org/a.jpg' },
      children: [{ type: 'text', value: UNDESCRIBED_IMAGE }],
    });
  });

  it('know their caption regardless of case and spacing', () => {
    const facts = { src: 'https://e.org/a.jpg', description: 'Wang Lijun', names: ['Wang Lijun'] };
    expect(isCaptionOf('wang  lijun', facts)).toBe(true);
    expect(isCaptionOf('Wang Lijun in 2011', facts)).toBe(false);
    expect(isCaptionOf('', { ...facts, names: [''] })).toBe(false);
  });
});

describe('settleLinksAndImages', () => {
  it('makes links absolute, strips their other attributes and replaces images by links', () => {
    const tree = fromHtml(
      '<a href="/x" target="_blank" onclick="evil()">X</a> <img src="/i.png" alt="I"> <img src="data:," alt="D">',
      { fragment: true },
    );
    const result = settleLinksAndImages(tree, 'https://e.org/p', () => 7);
    expect(tree.children.filter((node) => node.type === 'element')).toMatchObject([
      { tagName: 'a', properties: { href: 'https://e.org/x' } },
      { tagName: 'a', properties: { href: 'https://e.org/i.png' }, children: [{ value: 'I' }] },
    ]);
    expect((tree.children[0] as Element).properties).toEqual({ href: 'https://e.org/x' });
    expect(result).toEqual({
      changes: [{ lines: [7], what: 'image https://e.org/i.png replaced by a link to it' }],
      warnings: [
        'line 7: an image with the address "data:," was left out: it is not a web address the archive can link to',
      ],
    });
  });
});

describe('an image inside a link', () => {
  it('becomes one link named by the image, with the image’s address in the report', async () => {
    const { fromHtml } = await import('hast-util-from-html');
    const { select } = await import('hast-util-select');
    const { settleLinksAndImages: settle } = await import('../../../scripts/import/links');
    const tree = fromHtml('<p><a href="/photo/1"><img src="/small.jpg" alt="A ward"></a></p>', { fragment: true });
    const { changes } = settle(tree, 'https://example.org/news/', () => 1);
    const link = select('a', tree);
    expect(link?.properties.href).toBe('https://example.org/photo/1');
    expect(link?.children).toEqual([{ type: 'text', value: 'A ward' }]);
    expect(changes).toContainEqual({
      lines: [1],
      what: 'image https://example.org/small.jpg inside the link to https://example.org/photo/1: the link reads "A ward"',
    });
  });
});
