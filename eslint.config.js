import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.fixture-dist/',
      '.astro/',
      'bench/reference/.astro/',
      'tmp/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.screenshots-dist/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...eslintPluginAstro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that run in the reader's browser as they are, without a bundler.
    files: ['src/scripts/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
