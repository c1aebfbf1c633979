import type { Element } from 'hast';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  embeddedMedia,
  endsInPhotoCredit,
  holdsOnlyMarkers,
  isMarker,
  markerElement,
  notPreserved,
  settleMarkers,
} from '../../../scripts/import/media';

const element = (tagName: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [],
});
const text = (value: string) => ({ type: 'text' as const, value });

describe('notPreserved', () => {
  it('is a paragraph holding only the marker, caption as its description', () => {
    expect(notPreserved('photo', 'Wang Lijun (Feng Li/Getty Images)')).toEqual({
      type: 'paragraph',
      children: [{ type: 'image', url: 'not-preserved:photo', alt: 'Wang Lijun (Feng Li/Getty Images)' }],
    });
    expect(isMarker(notPreserved('video'))).toBe(true);
    expect(isMarker({ type: 'paragraph', children: [{ type: 'image', url: 'https://e.org/a.jpg', alt: '' }] })).toBe(
      false,
    );
  });

  it('has an HTML form the Markdown conversion turns into the same marker', () => {
    expect(markerElement('audio')).toEqual(element('img', { src: 'not-preserved:audio', alt: '' }));
  });
});

describe('endsInPhotoCredit', () => {
  it.each([
    'Wang Lijun, former Chief of Chongqing Public Security Bureau, in March, 2011. (Feng Li/Getty Images)',
    'Protesters in Hong Kong. (Photo: Reuters)',
    'A ward in 2018. (AFP)',
    'The minister in Beijing (Courtesy of the ministry)',
  ])('reads %j as a photo caption', (line) => {
    expect(endsInPhotoCredit(line)).toBe(true);
  });

  it.each([
    'The report (2006) was published.',
    'Kilgour and Matas wrote it (with Gutmann).',
    'Falun Gong (also known as Falun Dafa)',
    `${'A long paragraph of the article. '.repeat(12)}(Feng Li/Getty Images)`,
  ])('reads %j as text', (line) => {
    expect(endsInPhotoCredit(line)).toBe(false);
  });
});

describe('embeddedMedia', () => {
  it.each<[Element, string | undefined]>([
    [element('video'), 'video'],
    [element('audio'), 'audio'],
    [element('iframe', { src: 'https://www.youtube.com/embed/abc' }), 'video'],
    [element('iframe', { src: '//player.vimeo.com/video/1' }), 'video'],
    [element('object', { data: 'https://www.dailymotion.com/embed/video/x' }), 'video'],
    [element('iframe', { src: 'https://ads.example/youtube.com' }), undefined],
    [element('iframe', { src: 'https://notyoutube.com/embed/abc' }), undefined],
    [element('iframe'), undefined],
    [element('canvas'), undefined],
  ])('%o → %s', (node, kind) => {
    expect(embeddedMedia(node)).toBe(kind);
  });
});

describe('settleMarkers', () => {
  const marker = { type: 'image' as const, url: 'not-preserved:video', alt: '' };

  it('gives a marker that opens or ends a paragraph a paragraph of its own', () => {
    const blocks: RootContent[] = [{ type: 'paragraph', children: [marker, text('Watch it here: '), marker] }];
    expect(settleMarkers(blocks)).toEqual({
      blocks: [
        { type: 'paragraph', children: [marker] },
        { type: 'paragraph', children: [text('Watch it here:')] },
        { type: 'paragraph', children: [marker] },
      ],
      leftOut: 0,
    });
  });

  it('leaves out a marker inside a sentence and counts it', () => {
    const blocks: RootContent[] = [{ type: 'paragraph', children: [text('A ward '), marker, text(' in 2018.')] }];
    expect(settleMarkers(blocks)).toEqual({
      blocks: [{ type: 'paragraph', children: [text('A ward '), text(' in 2018.')] }],
      leftOut: 1,
    });
  });

  it('knows a paragraph of markers alone, which has no words yet is no blank line', () => {
    expect(holdsOnlyMarkers({ type: 'paragraph', children: [marker, text(' '), marker] })).toBe(true);
    expect(holdsOnlyMarkers({ type: 'paragraph', children: [marker, text('Watch')] })).toBe(false);
    expect(holdsOnlyMarkers({ type: 'paragraph', children: [text(' ')] })).toBe(false);
  });

  it('leaves every other block as it is', () => {
    const blocks: RootContent[] = [{ type: 'heading', depth: 2, children: [text('Victims')] }];
    expect(settleMarkers(blocks)).toEqual({ blocks, leftOut: 0 });
  });
});
