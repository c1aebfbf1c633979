// @ts-check
import { readFileSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CACHE_DIR, PUBLIC_ADDRESS, SITE_URL } from './src/consts';
import { contentCheck } from './src/integrations/content-check';
import { contentModule } from './src/integrations/content-module';
import { redirects } from './src/integrations/redirects';
import { searchIndex } from './src/integrations/search-index';
import { serverHeaders } from './src/integrations/server-headers';
import { contentOfThisBuild } from './src/lib/content/model';
import { addressReport } from './src/lib/site/public-address';
import { astroCspConfig, headerPolicy, INLINE_SCRIPT_FILES } from './src/lib/deploy/content-security-policy';
import { markdownPipeline } from './src/markdown/pipeline';

/** The text of each `is:inline` script the pages carry, hashed into the content security policy. */
const INLINE_SCRIPTS = INLINE_SCRIPT_FILES.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));

/**
 * Every content file read and checked once, here: the content check, the redirects and the Markdown pipeline's
 * entity names come from it, and the pages of this build are handed the same object (see `contentOfThisBuild`).
 * Loaded afresh whenever the configuration is, so a restarted dev server sees the files as they are.
 */
const CONTENT = await contentOfThisBuild(undefined, { fresh: true });

/** Old addresses that only redirect; the sitemap lists pages, not redirects. */
const redirectSources = new Set(CONTENT.redirects.map(({ from }) => from));

export default defineConfig({
  site: SITE_URL,
  ...(CACHE_DIR && { cacheDir: CACHE_DIR }),
  trailingSlash: 'always',
  // One stylesheet for the whole site, fetched once and then cached for every page. Left to its defaults, Astro
  // splits CSS per page and inlines every part under 4 KB into the HTML, so each page re-sent its own <style>.
  // Two pages at a time: while sharp draws one link-preview card on its own threads, the next page renders. On the
  // benchmark's 1,000 articles this took a first build from 75 s to 57 s; with the cards already drawn, no change.
  build: { inlineStylesheets: 'never', concurrency: 2 },
  markdown: {
    processor: unified(markdownPipeline(CONTENT.entityNames)),
    // Shiki's inline styles would need a CSP exception, and articles carry little code.
    syntaxHighlight: false,
  },
  vite: {
    // Never inline a script or stylesheet into the page: every page then works under a CSP without 'unsafe-inline'.
    // And one CSS file for every page (see `inlineStylesheets` above).
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
  // A page whose route returns a `cacheKey` (articles, their cards and downloads) is copied from the previous
  // build's output, kept in `cacheDir`, while its key, its code and the content it renders are unchanged: after
  // one edit, only that article's pages and the listings, feeds and data files are rendered again.
  experimental: { incrementalBuild: true },
  // A <meta> policy on every page; servers send the same policy as a header (deploy/nginx.conf, _headers).
  security: { csp: astroCspConfig(INLINE_SCRIPTS) },
  integrations: [
    // First, so a content mistake stops the build before anything reads the files.
    contentCheck(CONTENT),
    redirects(CONTENT),
    contentModule(),
    mdx(),
    // Indexes the site at the end of `astro build`; `npm run build` leaves that to a process of its own instead.
    searchIndex(),
    sitemap({
      // Pages only (their addresses end in "/"): not feeds, card images or redirects.
      filter: (url) => url.endsWith('/') && !redirectSources.has(new URL(url).pathname),
    }),
    serverHeaders({ policy: headerPolicy(INLINE_SCRIPTS) }),
    // Last, so the build's output ends with the address it wrote into every page, and a warning if it is a local one.
    {
      name: 'archive:public-address',
      hooks: {
        'astro:build:done': ({ logger }) =>
          addressReport(PUBLIC_ADDRESS).forEach((line) =>
            PUBLIC_ADDRESS.local ? logger.warn(line) : logger.info(line),
          ),
      },
    },
  ],
});
