/**
 * Input an editor may hand the build by mistake: every case ends in a correct page or in a clear error naming
 * the file, never in a crash without the file's name. (Each kind of invalid front matter is in
 * editor-errors.spec.ts.) No browser is needed; these run real builds.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT } from './content';
import { build } from './run-command';

/** A valid article beside the odd ones, so the site is never empty. */
const VALID_ARTICLE = 'tests/fixtures/site/seed-copy-wang-lijun.md';
const STACK_LINE = /^ {4}at /m;

/** A temporary content tree with the valid article and `files` (path below the tree → text or bytes). */
async function contentTree(files: Record<string, string | Uint8Array>): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'archive-bad-input-'));
  const dir = join(root, 'content');
  await mkdir(dir);
  await copyFile(join(PROJECT_ROOT, VALID_ARTICLE), join(dir, basename(VALID_ARTICLE)));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { root, dir };
}

test.describe.configure({ mode: 'parallel' });
test.setTimeout(180_000);

test('an article of 2 MB and one starting with a byte order mark build into correct pages', async () => {
  const paragraphs = Array.from(
    { length: 10_000 },
    (_, i) =>
      `Paragraph ${i + 1} of the long fixture, which repeats plain words so that the file reaches two megabytes in all; the sources this archive keeps are sometimes book-length reports, and the build must take them whole.`,
  );
  const long = `---\ntitle: A very long fixture report\n---\n\n${paragraphs.join('\n\n')}\n`;
  expect(Buffer.byteLength(long)).toBeGreaterThan(2_000_000);
  const bom = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('---\ntitle: Saved by Notepad\n---\n\nA café’s text.\n'),
  ]);
  const { root, dir } = await contentTree({ 'long-report.md': long, 'notepad-article.md': bom });
  try {
    const outDir = join(root, 'dist');
    const { code, output } = await build(dir, outDir, join(root, 'cache'));
    expect(code, output).toBe(0);

    const longPage = await readFile(join(outDir, articleUrl('long-report'), 'index.html'), 'utf8');
    expect(longPage).toContain('A very long fixture report</h1>');
    // Each paragraph carries its passage id (see rehype-passage-links.ts).
    expect(longPage).toMatch(/<p id="p-[a-z0-9-]+"[^>]*>Paragraph 1 of the long fixture,/);
    expect(longPage).toMatch(/<p id="p-[a-z0-9-]+"[^>]*>Paragraph 10000 of the long fixture,/);
    expect(longPage.match(/<p id="p-[a-z0-9-]+"[^>]*>Paragraph \d+ of the long fixture/g)).toHaveLength(10_000);

    const bomPage = await readFile(join(outDir, articleUrl('notepad-article'), 'index.html'), 'utf8');
    expect(bomPage).toContain('Saved by Notepad</h1>');
    expect(bomPage).toContain('A café’s text.');
    expect(bomPage).not.toContain('\uFEFF');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('an empty file, an empty body, a file not in UTF-8 and two files with one name each stop the build, named', async () => {
  const { root, dir } = await contentTree({
    'empty-file.md': '',
    'empty-body.md': '---\ntitle: Nothing below\n---\n\n   \n',
    'windows-1252.md': Buffer.from('---\ntitle: Caf\xe9 \x93quoted\x94\n---\n\nText.\n', 'latin1'),
    '2019/same-name.md': '---\ntitle: First\n---\n\nText.\n',
    '2020/same-name.md': '---\ntitle: Second\n---\n\nText.\n',
  });
  try {
    const outDir = join(root, 'dist');
    const { code, output } = await build(dir, outDir, join(root, 'cache'));
    expect(code, output).not.toBe(0);
    const named = (path: string): string => relative(PROJECT_ROOT, join(dir, path));
    expect(output).toContain(`  ${named('empty-file.md')}\n`);
    expect(output).toContain(
      '    - the file has no front matter: it must begin with a "---" line, the fields, and another "---" line\n',
    );
    expect(output).toContain(`  ${named('empty-body.md')}\n    - the article has no text after its front matter\n`);
    expect(output).toContain(
      `  ${named('windows-1252.md')}\n    - the file is not saved as UTF-8: byte 0xE9 on line 2 is not UTF-8 text (the file was probably saved as Windows-1252 or Latin-1); save it again with the encoding UTF-8\n`,
    );
    expect(output).toContain(
      `"${named('2019/same-name.md')}" and "${named('2020/same-name.md')}" would both be published at`,
    );
    expect(output).toContain('nothing was built');
    expect(output).not.toContain(basename(VALID_ARTICLE));
    expect(output).not.toMatch(STACK_LINE);
    await expect(readdir(outDir), 'nothing was built').rejects.toThrow();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
