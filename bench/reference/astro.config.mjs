// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

/**
 * The floor for `npm run bench`: the least an Astro site with Pagefind search does with the same articles, on the
 * archive's own kind of Markdown processing: unified with `remark-gfm` (the archive's pipeline without its own
 * plugins), with the same switches the archive sets. Astro's defaults otherwise; Pagefind runs after the build as
 * its own command. Astro 7's default processor, Sätteri, is measured as a comparison row, not as the floor.
 */
export default defineConfig({
  markdown: {
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
    syntaxHighlight: false,
  },
});
