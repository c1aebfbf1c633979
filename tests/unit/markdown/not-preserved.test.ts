import { describe, expect, it } from 'vitest';
import {
  findMarkerMistakes,
  notPreservedKind,
  NOT_PRESERVED_KINDS,
  placeholderText,
} from '../../../src/markdown/not-preserved';

const KINDS_HINT =
  'the kinds are photo, video, audio and graphic, written as in "not-preserved:photo" (docs/editing.md#media-not-preserved)';

describe('placeholderText', () => {
  it('names the kind and keeps the caption as written', () => {
    expect(placeholderText('photo', 'Wang Lijun (Feng Li/Getty Images)')).toBe(
      '[Photo not preserved: Wang Lijun (Feng Li/Getty Images)]',
    );
    expect(placeholderText('graphic', '  A chart ')).toBe('[Graphic not preserved: A chart]');
  });

  it('names only the kind when there is no caption', () => {
    expect(placeholderText('video', '')).toBe('[Video not preserved]');
    expect(placeholderText('audio', '   ')).toBe('[Audio not preserved]');
  });
});

describe('notPreservedKind', () => {
  it('knows exactly the four kinds, in lowercase', () => {
    expect(NOT_PRESERVED_KINDS.map((kind) => notPreservedKind(`not-preserved:${kind}`))).toEqual([
      'photo',
      'video',
      'audio',
      'graphic',
    ]);
    expect(notPreservedKind('not-preserved:picture')).toBeUndefined();
    expect(notPreservedKind('not-preserved:Photo')).toBeUndefined();
    expect(notPreservedKind('NOT-PRESERVED:photo')).toBeUndefined();
    expect(notPreservedKind('https://example.org/photo')).toBeUndefined();
  });
});

describe('findMarkerMistakes', () => {
  it('finds nothing in right markers, wherever a block can stand', () => {
    const body = [
      'Text.',
      '![Wang Lijun](not-preserved:photo)',
      '![](not-preserved:video)',
      '> ![A quoted caption](not-preserved:audio)',
      '- ![A listed caption](not-preserved:graphic)',
      '![An image](./photo.jpg) inside text is not a marker',
    ].join('\n\n');
    expect(findMarkerMistakes(body)).toEqual([]);
  });

  it('names the line, the marker and the kinds for an unknown kind or none', () => {
    expect(findMarkerMistakes('One.\n\n![A caption](not-preserved:picture)\n\n![](not-preserved:)')).toEqual([
      {
        line: 3,
        message: `the media marker "not-preserved:picture" captioned "A caption" names the unknown kind "picture"; ${KINDS_HINT}`,
      },
      { line: 5, message: `the media marker "not-preserved:" without a caption names no kind; ${KINDS_HINT}` },
    ]);
  });

  it('names a marker inside a paragraph of other text, or inside a link', () => {
    const inline =
      'stands inside a paragraph of other text or a link; it must stand alone, with a blank line before and after it';
    expect(
      findMarkerMistakes(
        'Watch it here:\n![](not-preserved:video)\n\n[![A](not-preserved:photo)](https://example.org/)',
      ),
    ).toEqual([
      { line: 2, message: `the media marker "not-preserved:video" without a caption ${inline}; ${KINDS_HINT}` },
      { line: 4, message: `the media marker "not-preserved:photo" captioned "A" ${inline}; ${KINDS_HINT}` },
    ]);
  });

  it('asks for lowercase when the scheme or kind has capitals, which the sanitiser would not let through', () => {
    expect(findMarkerMistakes('![A caption](Not-Preserved:Photo)')).toEqual([
      {
        line: 1,
        message:
          'the media marker "Not-Preserved:Photo" captioned "A caption" must be written in lowercase: "not-preserved:photo"',
      },
    ]);
  });

  it('reads MDX as MDX', () => {
    expect(findMarkerMistakes('<Note />\n\n![A caption](not-preserved:picture)', 'mdx')).toHaveLength(1);
    expect(findMarkerMistakes('<Note />\n\n![A caption](not-preserved:photo)', 'mdx')).toEqual([]);
  });

  it('quotes a long caption only in part', () => {
    const caption = 'A very long caption '.repeat(10).trim();
    const [mistake] = findMarkerMistakes(`![${caption}](not-preserved:picture)`);
    expect(mistake?.message).toContain(`captioned "${caption.slice(0, 60)}…" names the unknown kind`);
  });

  it('words its errors without Markdown link syntax, which the build’s error report would turn into a link', () => {
    const [mistake] = findMarkerMistakes('![A caption](not-preserved:picture)');
    expect(mistake?.message).not.toMatch(/\]\(/);
  });
});
