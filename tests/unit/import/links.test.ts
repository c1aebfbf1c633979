import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, imageFacts, isCaptionOf, photoMarker, settleLinksAndImages } from '../../../scripts/import/links';

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

  it('are marked as photos not preserved, with a caption or without', () => {
    expect(photoMarker('A caption (AFP)')).toEqual({
      type: 'element',
      tagName: 'img',
      properties: { src: 'not-preserved:photo', alt: 'A caption (AFP)' },
      children: [],
    });
    expect(photoMarker().properties.alt).toBe('');
  });

  it('know their caption regardless of case and spacing', () => {
    const facts = { src: 'https://e.org/a.jpg', description: 'Wang Lijun', names: ['Wang Lijun'] };
    expect(isCaptionOf('wang  lijun', facts)).toBe(true);
    expect(isCaptionOf('Wang Lijun in 2011', facts)).toBe(false);
    expect(isCaptionOf('', { ...facts, names: [''] })).toBe(false);
  });
});

describe('settleLinksAndImages', () => {
  it('makes links absolute, strips their other attributes and marks images as photos not preserved', () => {
    const tree = fromHtml(
      '<a href="/x" target="_blank" onclick="evil()">X</a> <img src="/i.png" alt="I"> <img src="data:," alt="D">',
      { fragment: true },
    );
    const result = settleLinksAndImages(tree, 'https://e.org/p', () => 7);
    expect(tree.children.filter((node) => node.type === 'element')).toMatchObject([
      { tagName: 'a', properties: { href: 'https://e.org/x' } },
      { tagName: 'img', properties: { src: 'not-preserved:photo', alt: '' } },
    ]);
    expect((tree.children[0] as Element).properties).toEqual({ href: 'https://e.org/x' });
    expect(result).toEqual({
      changes: [{ lines: [7], what: 'image https://e.org/i.png marked as a photo not preserved' }],
      warnings: [
        'line 7: an image with the address "data:," was left out: it is not a web address the archive can link to',
      ],
    });
  });
});

describe('an image inside a link', () => {
  it('with no words of its own becomes the marker of a photo not preserved, both addresses in the report', () => {
    const tree = fromHtml('<p><a href="/photo/1"><img src="/small.jpg" alt="A ward"></a></p>', { fragment: true });
    const { changes } = settleLinksAndImages(tree, 'https://example.org/news/', () => 1);
    expect((tree.children[0] as Element).children).toEqual([
      { type: 'element', tagName: 'img', properties: { src: 'not-preserved:photo', alt: '' }, children: [] },
    ]);
    expect(changes).toEqual([
      {
        lines: [1],
        what: 'image https://example.org/small.jpg inside the link to https://example.org/photo/1: marked as a photo not preserved, without the link',
      },
    ]);
  });

  it('beside the link’s words is left out, the link keeping its words', () => {
    const tree = fromHtml('<p><a href="/story"><img src="/t.jpg" alt="Thumb"> The story</a></p>', { fragment: true });
    const { changes } = settleLinksAndImages(tree, 'https://example.org/', () => 2);
    expect((tree.children[0] as Element).children).toMatchObject([
      { tagName: 'a', properties: { href: 'https://example.org/story' }, children: [{ value: ' The story' }] },
    ]);
    expect(changes).toEqual([
      {
        lines: [2],
        what: 'image https://example.org/t.jpg inside the link to https://example.org/story: left out, the link keeps its own words',
      },
    ]);
  });
});
