import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import vitest from '@vitest/eslint-plugin';
import eslintPluginAstro from 'eslint-plugin-astro';
import playwright from 'eslint-plugin-playwright';
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
  {
    // A focused or skipped test lets the suite pass without running the rest; a fixed sleep passes or fails by timing.
    files: ['tests/e2e/**/*.ts'],
    plugins: { playwright },
    rules: {
      'playwright/no-focused-test': 'error',
      'playwright/no-skipped-test': ['error', { disallowFixme: true }],
      'playwright/no-wait-for-timeout': 'error',
    },
  },
  {
    files: ['tests/unit/**/*.ts'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
    },
  },
  {
    // The command-line tools run from a checkout without its tests; what they share with the tests lives in scripts/.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**'],
              message: 'scripts/ never imports from tests/; move what both need into scripts/.',
            },
          ],
        },
      ],
    },
  },
);
