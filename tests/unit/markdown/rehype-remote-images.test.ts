import { describe, expect, it } from 'vitest';
import { renderFixture, renderMarkdown, withoutPassageLinks } from './render';

describe('rehypeRemoteImages', () => {
  it('turns every remote image into a visible link and keeps a local one', async () => {
    const { actual, expected } = await renderFixture('images');
    expect(actual).toBe(expected);
    // The only image left is the local one; nothing is loaded from another host.
    expect([...actual.matchAll(/<img [^>]*>/g)].map((match) => match[0])).toEqual([
      '<img src="./photo.jpg" alt="A local photo">',
    ]);
  });

  it('keeps the image description as the link text', async () => {
    const { code } = await renderMarkdown('![Wang Lijun](https://example.org/wang.jpg)');
    expect(withoutPassageLinks(code)).toBe(
      '<p><a href="https://example.org/wang.jpg" class="remote-image">Image: Wang Lijun</a></p>',
    );
  });

  it('does the same for an <img> written in raw HTML', async () => {
    const { code } = await renderMarkdown('<img src="https://example.org/wang.jpg" alt="Wang Lijun" width="350">');
    expect(code).toBe('<a href="https://example.org/wang.jpg" class="remote-image">Image: Wang Lijun</a>');
  });

  it('says so when a remote image has no description', async () => {
    const { code } = await renderMarkdown('![  ](http://example.org/a.jpg)');
    expect(withoutPassageLinks(code)).toBe(
      '<p><a href="http://example.org/a.jpg" class="remote-image">Image without a description</a></p>',
    );
  });

  it('works the same when the file is known, as in the build, and leaves the local image to Astro', async () => {
    const markdown = '![Remote](https://example.org/r.jpg)\n\n![Local](./photo.jpg)';
    const { code, metadata } = await renderMarkdown(markdown, {
      fileURL: new URL('file:///archive/content/articles/example.md'),
    });
    expect(code).toContain('<a href="https://example.org/r.jpg" class="remote-image">Image: Remote</a>');
    expect(metadata.remoteImagePaths).toEqual([]);
    expect(metadata.localImagePaths).toEqual(['./photo.jpg']);
  });
});
