// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { CONTENT_DIR, SITE_URL } from './src/consts';
import { contentCheck } from './src/integrations/content-check';
import { searchIndex } from './src/integrations/search-index';
import { markdownPipeline } from './src/markdown/pipeline';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // One stylesheet for the whole site, fetched once and then cached for every page. Left to its defaults, Astro
  // splits CSS per page and inlines every part under 4 KB into the HTML, so each page re-sent its own <style>.
  build: { inlineStylesheets: 'never' },
  vite: { build: { cssCodeSplit: false } },
  markdown: {
    processor: unified(markdownPipeline),
    // Shiki's inline styles would need a CSP exception, and articles carry little code.
    syntaxHighlight: false,
  },
  integrations: [contentCheck({ dir: CONTENT_DIR }), mdx(), searchIndex()],
});
