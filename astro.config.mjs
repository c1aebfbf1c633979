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
  markdown: {
    processor: unified(markdownPipeline),
    // Shiki's inline styles would need a CSP exception, and articles carry little code.
    syntaxHighlight: false,
  },
  integrations: [contentCheck({ dir: CONTENT_DIR }), mdx(), searchIndex()],
});
