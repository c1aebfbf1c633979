import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArticleProblems, findDuplicateSlugs } from '../../../src/lib/content/article-problems';

const CONTENT_DIR = 'content/articles';
const ARTICLES = new URL(`../../../${CONTENT_DIR}/`, import.meta.url);

/** Every article file, as a path from the project root (the form the build's report uses). */
const files = readdirSync(ARTICLES, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => `${CONTENT_DIR}/${file}`)
  .sort();

describe('content/articles', () => {
  it('holds the archive’s articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s passes the content check', (file) => {
    const source = readFileSync(new URL(file.slice(CONTENT_DIR.length + 1), ARTICLES), 'utf8');
    expect(findArticleProblems(file, source)).toEqual([]);
  });

  it('gives every article its own address', () => {
    expect(findDuplicateSlugs(files)).toEqual([]);
  });
});
