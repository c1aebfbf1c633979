import { describe, expect, it } from 'vitest';
import { contentsHeadings, FOOTNOTES_HEADING_ID } from '../../../src/lib/site/contents';
import { isPassageId } from '../../../src/lib/content/passage-ids';
import { markdownPipeline } from '../../../src/markdown/pipeline';
import { listMarkdownFixtureFiles, normaliseHtml, renderFixture, renderMarkdown, withoutPassageLinks } from './render';

describe('markdownPipeline', () => {
  it('renders GitHub-flavoured Markdown: aligned tables, strikethrough, task lists, autolinks, footnotes', async () => {
    const { actual, expected } = await renderFixture('gfm');
    expect(actual).toBe(expected);
  });

  it('keeps straight quotes, double hyphens and three dots as the source wrote them', async () => {
    const { actual, expected } = await renderFixture('straight-quotes');
    expect(actual).toBe(expected);
    // The article's own text; the search title's "…" marks where the archive cut it, and is no typography.
    expect(withoutPassageLinks(actual)).not.toMatch(/[“”‘’–—…]/);
  });

  it('names remark-gfm itself and turns the built-in switches off, so nothing runs twice', () => {
    const pipeline = markdownPipeline([]);
    expect(pipeline.gfm).toBe(false);
    expect(pipeline.smartypants).toBe(false);
    expect(pipeline.remarkPlugins).toHaveLength(1);
  });

  it('reports the footnotes heading in the headings metadata, for contentsHeadings to drop', async () => {
    const markdown = ['## One', '', '## Two', '', '### Three', '', 'A claim.[^1]', '', '[^1]: The source.'].join('\n');
    const { headings } = (await renderMarkdown(markdown)).metadata;
    expect(headings).toEqual([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 2, slug: 'two', text: 'Two' },
      { depth: 3, slug: 'three', text: 'Three' },
      { depth: 2, slug: FOOTNOTES_HEADING_ID, text: 'Footnotes' },
    ]);
    expect(contentsHeadings(headings).map((h) => h.slug)).toEqual(['one', 'two', 'three']);
  });

  it('keeps footnote links and their targets in step', async () => {
    const { code } = await renderMarkdown('A claim.[^note]\n\n[^note]: The source.');
    const hrefs = [...code.matchAll(/href="#([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((id) => !isPassageId(id));
    const ids = new Set([...code.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
    expect(hrefs).toEqual(['user-content-fn-note', 'user-content-fnref-note']);
    for (const href of hrefs) expect(ids).toContain(href);
    expect(ids).toContain(FOOTNOTES_HEADING_ID);
  });
});

describe('tests/fixtures/markdown', () => {
  it('has an expected .html file for every .md input, and nothing else', () => {
    const files = listMarkdownFixtureFiles();
    const inputs = files.filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -'.md'.length));
    expect(inputs.length).toBeGreaterThan(0);
    expect(files).toEqual(inputs.flatMap((name) => [`${name}.html`, `${name}.md`]).sort());
  });

  it('normalises only trailing whitespace', () => {
    expect(normaliseHtml('<p>a</p>  \n\t<p> b </p>\t\n\n')).toBe('<p>a</p>\n\t<p> b </p>');
  });
});
