import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { locateArticle, tagOf } from '../../../scripts/import/locate';

const sentence = (n: number) =>
  `Paragraph ${n} of the report says that the hospital arranged transplants within days, which records confirm.`;
const article = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i + 1)}</p>`).join('\n');
const teasers = Array.from({ length: 6 }, (_, i) => `<li><a href="/story/${i}">Most read story ${i}</a></li>`).join('');

const page = (extra = '') =>
  fromHtml(
    `<!doctype html><html><head><title>Report</title></head><body>\n<div class="top-menu"><a href="/">Home</a> <a href="/world">World</a></div>\n` +
      `<div class="story">\n<h1>Report</h1>\n${article}\n<div class="related"><ul>${teasers}</ul></div>\n</div>\n${extra}` +
      `<footer class="site-footer">© The Tribune</footer>\n<script>track()</script></body></html>`,
  );

describe('locateArticle', () => {
  const { dropped, article: located } = locateArticle(page());

  it('returns the article Readability finds, each paragraph with the line of the page it came from', () => {
    expect(located).toBeDefined();
    const text = toString(located?.content ?? { type: 'root', children: [] });
    for (let n = 1; n <= 8; n++) expect(text).toContain(sentence(n));
    expect(text).not.toContain('Most read story');
    expect(located?.content.children.find((child) => child.type === 'element')?.position?.start.line).toBeGreaterThan(
      0,
    );
  });

  it('lists the importer’s own chrome rules first, then what Readability left out, each with a rule', () => {
    expect(dropped).toEqual([{ line: 16, element: '<script>', reason: 'script', text: '' }]);
    expect(located?.dropped.map(({ element, reason }) => `${element}: ${reason}`)).toEqual([
      '<div class="top-menu">: outside the article',
      '<h1>: too little text for its place, by Readability’s scoring',
      '<div class="related">: page chrome by its class or id ("related")',
      '<footer class="site-footer">: outside the article',
    ]);
  });

  it('names the smallest element that holds the article', () => {
    expect(located && tagOf(located.region)).toBe('<div class="story">');
  });

  it('flags a left-out passage that reads like article text', () => {
    const long = `<div class="comment-box"><p>${sentence(9)} ${sentence(10)} ${sentence(11)}</p></div>`;
    expect(locateArticle(page(long)).article?.warnings).toEqual([
      expect.stringMatching(
        /^line 15: <div class="comment-box"> was left out \(outside the article\) but reads like article text \(4\d words: "Paragraph 9 of the report/,
      ),
    ]);
  });

  it('leaves a page with too little text to the caller', () => {
    expect(locateArticle(fromHtml('<body><article><p>Short.</p></article></body>')).article).toBeUndefined();
  });
});
