import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArticlesDirectory } from '../../../src/integrations/content-check';

const GOOD = '---\ntitle: A headline\n---\n\nThe first paragraph.\n';

describe('checkArticlesDirectory', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A content tree in a fresh temporary folder: path below the folder → file text. */
  async function contentTree(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'archive-content-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return dir;
  }

  it('finds nothing wrong with the archive’s own articles', async () => {
    expect(await checkArticlesDirectory('content/articles')).toEqual([]);
  });

  it('checks Markdown and MDX files in sub-folders, and ignores other files', async () => {
    const root = await contentTree({
      'a.md': GOOD,
      '2012/b.mdx': '---\ntilte: T\n---\n\nText.\n',
      'notes.txt': 'not an article',
    });
    const problems = await checkArticlesDirectory(root);
    expect(problems.map((problem) => problem.field)).toEqual(['title', 'tilte']);
    expect(problems.every((problem) => problem.file.endsWith(join('2012', 'b.mdx')))).toBe(true);
  });

  it('adds the problems no single file shows, after those of each file', async () => {
    const root = await contentTree({ 'a.md': GOOD, '2012/a.md': GOOD, 'b.md': '---\ntitle: T\n---\n' });
    const problems = await checkArticlesDirectory(root);
    expect(problems.map((problem) => problem.message)).toEqual([
      'the article has no text after its front matter',
      expect.stringMatching(/^".*2012\/a\.md" and ".*\/a\.md" would both be published at /),
    ]);
  });
});
