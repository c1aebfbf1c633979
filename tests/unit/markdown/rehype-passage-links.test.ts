import { describe, expect, it } from 'vitest';
import { passageId } from '../../../src/lib/content/passage-ids';
import { renderFixture, renderMarkdown } from './render';

describe('passage links', () => {
  it('gives paragraphs, list items and quotations an id from their text and a link to themselves', async () => {
    const { actual, expected } = await renderFixture('passage-links');
    expect(actual).toBe(expected);
  });

  it('keeps an id when other paragraphs are added, removed or moved', async () => {
    const before = (await renderMarkdown('First.\n\nSecond.\n\nThird.')).code;
    const after = (await renderMarkdown('New opening.\n\nThird.\n\nSecond.')).code;
    for (const text of ['Second.', 'Third.']) {
      expect(before).toContain(`id="${passageId(text)}"`);
      expect(after).toContain(`id="${passageId(text)}"`);
    }
  });

  it('names each passage by its opening words for search, so a match can link to it', async () => {
    const { code } = await renderMarkdown('A paragraph with more than eight words in it, to be cut.');
    expect(code).toContain('data-pagefind-title="A paragraph with more than eight words in…"');
  });

  it('leaves footnote numbers out of the id, so renumbering notes changes nothing', async () => {
    const { code } = await renderMarkdown('A claim.[^a]\n\n[^a]: Note.');
    expect(code).toContain(`<p id="${passageId('A claim.')}"`);
  });

  it('keeps an id that raw HTML gave a paragraph, and adds no second link', async () => {
    const { code } = await renderMarkdown('<p id="kept">Raw paragraph.</p>');
    expect(code).toBe('<p id="kept">Raw paragraph.</p>');
    expect(code).not.toContain('passage-anchor');
  });

  it('leaves empty paragraphs and table cells alone', async () => {
    const { code } = await renderMarkdown('| a |\n|---|\n| b |');
    expect(code).not.toContain('passage-anchor');
  });

  it('stops the build when two passages of one article would share an id, quoting the passage and naming the file', async () => {
    await expect(
      renderMarkdown('Watch the video here:\n\nSomething else.\n\nWatch the video here:', {
        fileURL: new URL('file:///archive/content/articles/a.md'),
      } as never),
    ).rejects.toThrow(
      `would get the link #${passageId('Watch the video here:')}: "Watch the video here:". Each paragraph, list item and quotation is linked by its own text.`,
    );
  });
});
