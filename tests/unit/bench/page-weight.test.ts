import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addWeights, pageAssets, pageWeight, weigh, withoutArticleText } from '../../../scripts/bench/page-weight';

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">
<style>.x{color:red}</style>
<script type="application/ld+json">{"@type":"Article"}</script>
</head><body>
<article><h1>Title</h1><div class="prose" data-pagefind-body><p>Text of the <em>article</em>.</p><div><p>More</p></div></div></article>
<script type="text/pagefind-template"><li>{{ title }}</li></script>
<script src="/pagefind/ui.js"></script><script type="module">console.log(1)</script>
</body></html>`;

describe('pageAssets', () => {
  it('finds linked stylesheets and scripts, inline styles and runnable inline scripts only', () => {
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/site.css'],
      scripts: ['/pagefind/ui.js'],
      inlineStyles: ['.x{color:red}'],
      inlineScripts: ['console.log(1)'],
    });
  });
});

describe('withoutArticleText', () => {
  it('empties every data-pagefind-body element and keeps the rest byte for byte', () => {
    const result = withoutArticleText(html);
    expect(result).toContain('<div class="prose" data-pagefind-body></div></article>');
    expect(result).not.toContain('Text of the');
    expect(result.replace('<div class="prose" data-pagefind-body></div>', '')).toBe(
      html.replace(/<div class="prose" data-pagefind-body>.*<\/div><\/div>/, ''),
    );
  });

  it('leaves a page without article text as it is', () => {
    expect(withoutArticleText('<p>Home</p>')).toBe('<p>Home</p>');
  });
});

describe('weigh and pageWeight', () => {
  it('weighs raw and gzipped bytes, and adds weights', () => {
    expect(weigh('aaaa')).toEqual({ raw: 4, gzip: gzipSync('aaaa', { level: 6 }).byteLength });
    expect(addWeights({ raw: 1, gzip: 2 }, { raw: 3, gzip: 4 })).toEqual({ raw: 4, gzip: 6 });
  });

  it('counts linked files through the reader, and inline scripts under JS', () => {
    const files: Record<string, string> = { '/_astro/site.css': 'body{margin:0}', '/pagefind/ui.js': 'let a=1;' };
    const weight = pageWeight(html, (url) => (files[url] ? Buffer.from(files[url]) : undefined));
    expect(weight.css.raw).toBe(14);
    expect(weight.js.raw).toBe('let a=1;'.length + 'console.log(1)'.length);
    expect(weight.html.raw).toBe(Buffer.byteLength(html));
    expect(weight.chrome.raw).toBeLessThan(weight.html.raw);
    expect([weight.cssFiles, weight.inlineStyles, weight.jsFiles, weight.inlineScripts]).toEqual([1, 1, 1, 1]);
  });
});
