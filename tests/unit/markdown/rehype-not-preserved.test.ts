import { describe, expect, it } from 'vitest';
import { renderFixture, renderMarkdown } from './render';

const FILE = { fileURL: new URL('file:///archive/content/articles/example.md') };

describe('rehypeNotPreserved', () => {
  it('renders every kind of marker as a placeholder paragraph that search ignores', async () => {
    const { actual, expected } = await renderFixture('media-not-preserved');
    expect(actual).toBe(expected);
  });

  it('leaves no image, no not-preserved address, no passage link and no entity link in a placeholder', async () => {
    const { actual } = await renderFixture('media-not-preserved');
    expect(actual).not.toContain('<img');
    expect(actual).not.toContain('not-preserved:');
    const placeholders = [...actual.matchAll(/<p class="media-not-preserved"[^>]*>(.*?)<\/p>/g)].map((m) => m[1]);
    expect(placeholders).toHaveLength(8);
    // Each holds its words and nothing else: "David Matas" in a caption is not a mention, and nothing links.
    for (const inner of placeholders)
      expect(inner).toMatch(/^\[(Photo|Video|Audio|Graphic) not preserved(: [^<]+)?\]$/);
  });

  it('keeps the caption and credit as their words, emphasis read as its text as the faithfulness check reads it', async () => {
    const { code } = await renderMarkdown('![Wang *Lijun* & co. (Feng Li/Getty Images)](not-preserved:photo)', FILE);
    expect(code).toBe(
      '<p class="media-not-preserved" data-pagefind-ignore="">[Photo not preserved: Wang Lijun &#x26; co. (Feng Li/Getty Images)]</p>',
    );
  });

  it('stops the render naming the file, the line and the kinds when a marker names an unknown kind', async () => {
    await expect(renderMarkdown('One.\n\n![A caption](not-preserved:picture)', FILE)).rejects.toThrow(
      'content/articles/example.md, line 3: the media marker "not-preserved:picture" captioned "A caption" names the ' +
        'unknown kind "picture"; the kinds are photo, video, audio and graphic',
    );
  });

  it('stops the render when a marker stands inside a paragraph of other text', async () => {
    await expect(renderMarkdown('Watch it here: ![](not-preserved:video)', FILE)).rejects.toThrow(
      'line 1: the media marker "not-preserved:video" without a caption stands inside a paragraph of other text',
    );
  });

  it('stops the render when a marker stands inside a link', async () => {
    await expect(renderMarkdown('[![A caption](not-preserved:photo)](https://example.org/)', FILE)).rejects.toThrow(
      'the media marker "not-preserved:photo" captioned "A caption" stands inside a paragraph of other text or a link',
    );
  });

  it('leaves an ordinary image to the other plugins', async () => {
    const { code } = await renderMarkdown('![A local photo](./photo.jpg)', FILE);
    expect(code).not.toContain('media-not-preserved');
  });
});
