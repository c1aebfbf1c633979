import { describe, expect, it } from 'vitest';
import { articleCard, CARD_FONTS, siteCard, titleFontSize, type CardNode } from '../../../../src/lib/site/card';

const SIZE = { width: 1200, height: 630 };

/** Every text in a card, in order. */
const texts = (node: CardNode): string[] =>
  typeof node.props.children === 'string'
    ? [node.props.children]
    : (node.props.children ?? []).flatMap((child) => texts(child));

describe('titleFontSize', () => {
  it('shrinks as titles grow, so long headlines still fit', () => {
    const sizes = [10, 50, 51, 90, 91, 140, 141, 400].map((length) => titleFontSize('x'.repeat(length)));
    expect(sizes).toEqual([72, 72, 62, 62, 52, 52, 44, 44]);
  });

  it('counts characters, not UTF-16 units, so Chinese titles are not shrunk twice', () => {
    expect(titleFontSize('😀'.repeat(50))).toBe(72);
  });
});

describe('articleCard', () => {
  it('shows the site, the headline, and the publication and date', () => {
    const card = articleCard(
      { siteTitle: 'Archive', title: 'Source: Wang Lijun', publication: 'The Epoch Times', date: '20 June 2012' },
      SIZE,
    );
    expect(texts(card)).toEqual(['Archive', 'Source: Wang Lijun', 'The Epoch Times  ·  20 June 2012']);
    expect(card.props.style).toMatchObject({ width: 1200, height: 630 });
  });

  it('shows only what the source states, and nothing made up when it states neither', () => {
    expect(texts(articleCard({ siteTitle: 'A', title: 'T', date: '2 July 2024' }, SIZE)).at(-1)).toBe('2 July 2024');
    expect(texts(articleCard({ siteTitle: 'A', title: 'T', publication: 'P' }, SIZE)).at(-1)).toBe('P');
    expect(texts(articleCard({ siteTitle: 'A', title: 'T' }, SIZE))).toEqual(['A', 'T']);
  });

  it('sets the headline in the serif face at the size its length calls for', () => {
    const title = 'x'.repeat(120);
    const card = articleCard({ siteTitle: 'A', title }, SIZE);
    const find = (node: CardNode): CardNode | undefined =>
      node.props.children === title
        ? node
        : Array.isArray(node.props.children)
          ? node.props.children.map(find).find(Boolean)
          : undefined;
    expect(find(card)?.props.style).toMatchObject({ fontFamily: CARD_FONTS.serif, fontSize: titleFontSize(title) });
  });
});

describe('siteCard', () => {
  it('shows the site’s name and description', () => {
    expect(texts(siteCard({ siteTitle: 'Archive', description: 'What it is.' }, SIZE))).toEqual([
      'An archive of sources',
      'Archive',
      'What it is.',
    ]);
  });
});
