// @ts-check
import { readFileSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { CACHE_DIR, CONTENT_DIR, SITE_URL } from './src/consts';
import { contentCheck } from './src/integrations/content-check';
import { serverHeaders } from './src/integrations/server-headers';
import { astroCspConfig, headerPolicy, INLINE_SCRIPT_FILES } from './src/lib/content-security-policy';
import { searchIndex } from './src/integrations/search-index';
import { markdownPipeline } from './src/markdown/pipeline';

/** The text of each `is:inline` script the pages carry, hashed into the content security policy. */
const INLINE_SCRIPTS = INLINE_SCRIPT_FILES.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));

export default defineConfig({
  site: SITE_URL,
  ...(CACHE_DIR && { cacheDir: CACHE_DIR }),
  trailingSlash: 'always',
  markdown: {
    processor: unified(markdownPipeline),
    // Shiki's inline styles would need a CSP exception, and articles carry little code.
    syntaxHighlight: false,
  },
  vite: {
    // Never inline a script or stylesheet into the page: every page then works under a CSP without 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  // A <meta> policy on every page; servers send the same policy as a header (deploy/nginx.conf, _headers).
  security: { csp: astroCspConfig(INLINE_SCRIPTS) },
  integrations: [
    contentCheck({ dir: CONTENT_DIR }),
    mdx(),
    searchIndex(),
    serverHeaders({ policy: headerPolicy(INLINE_SCRIPTS) }),
  ],
});
