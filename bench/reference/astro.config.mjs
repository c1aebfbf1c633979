// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The floor for `npm run bench`: the least an Astro site with Pagefind search does with the same articles.
 * Astro's defaults throughout, Sätteri for Markdown included; Pagefind runs after the build as its own command.
 */
export default defineConfig({});
