/**
 * An editor who makes a mistake in front matter must be told, in one run, which
 * file and which field, in words they can act on, with no stack trace to wade through.
 * No browser is needed; these live here because they run real builds, like the rest of this suite.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleUrl } from '../../src/lib/site/urls';
import { INVALID_DIR, MISTAKES } from '../fixtures/invalid-articles';
import { PROJECT_ROOT } from './content';
import { run } from './run-command';

/** A valid article beside the bad ones, so a build fails because of the bad files and nothing else. */
const VALID_ARTICLE = 'tests/fixtures/site/seed-copy-wang-lijun.md';

/** A fresh temporary content tree holding `files`, removed when the test ends. */
async function contentTree(files: string[]): Promise<{ dir: string; root: string }> {
  const root = await mkdtemp(join(tmpdir(), 'archive-editor-errors-'));
  const dir = join(root, 'content');
  await mkdir(dir);
  await Promise.all(files.map((file) => copyFile(join(PROJECT_ROOT, file), join(dir, basename(file)))));
  return { dir, root };
}

/** The path of a file as the report names it: relative to the directory the command ran in. */
const reported = (dir: string, file: string): string => relative(PROJECT_ROOT, join(dir, file));

/** A line of a Node stack trace, which would bury the editor's message in noise. */
const STACK_LINE = /^ {4}at /m;

test.describe.configure({ mode: 'parallel' });
// Each build loads Astro and Vite, and two run at a time on a small machine.
test.setTimeout(120_000);

// Each fixture's own report is checked in tests/unit/lib/content/invalid-fixtures.test.ts; one build shows the
// editor gets them all, from the build itself, at once.
test('one build reports every invalid file at once', async () => {
  const files = MISTAKES.map((m) => join(INVALID_DIR, m.file));
  const { dir, root } = await contentTree([...files, VALID_ARTICLE]);
  try {
    const { code, output } = await run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], dir);
    expect(code, output).not.toBe(0);
    const total = MISTAKES.reduce((sum, m) => sum + m.problems.length, 0);
    expect(output).toContain(`${total} problems in ${MISTAKES.length} article files; nothing was built:`);
    for (const mistake of MISTAKES) {
      expect(output).toContain(`  ${reported(dir, mistake.file)}\n`);
      if (mistake.field) expect(output).toContain(`"${mistake.field}"`);
      for (const problem of mistake.problems) expect(output).toContain(`    - ${problem}\n`);
    }
    expect(output, 'the valid article is not blamed').not.toContain(basename(VALID_ARTICLE));
    expect(output).not.toMatch(STACK_LINE);
    await expect(readdir(join(root, 'dist')), 'nothing was built').rejects.toThrow();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('check:content lists every invalid fixture and fails', async () => {
  const { code, output } = await run('npm', ['run', 'check:content'], INVALID_DIR);
  expect(code, output).toBe(1);
  for (const mistake of MISTAKES) {
    expect(output).toContain(`  ${join(INVALID_DIR, mistake.file)}\n`);
    for (const problem of mistake.problems) expect(output).toContain(`    - ${problem}\n`);
  }
  expect(output).not.toMatch(STACK_LINE);
});

for (const validDir of ['content/articles', 'tests/fixtures/site']) {
  test(`check:content passes ${validDir}`, async () => {
    const { code, output } = await run('npm', ['run', 'check:content'], validDir);
    expect(code, output).toBe(0);
    expect(output).toContain(`Every article in ${validDir} is valid.`);
    expect(output).toContain(`Every entity in ${join(dirname(validDir), 'entities')} is valid.`);
  });
}

test('the build stops when two articles claim one address, naming both files', async () => {
  const { dir, root } = await contentTree([VALID_ARTICLE]);
  try {
    const article = (title: string, aliases: string) => `---\ntitle: ${title}\naliases: [${aliases}]\n---\n\nText.\n`;
    await writeFile(join(dir, 'first-article.md'), article('First', 'old-shared-name'));
    await writeFile(join(dir, 'second-article.md'), article('Second', 'old-shared-name, first-article'));
    const { code, output } = await run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], dir);
    expect(code, output).not.toBe(0);
    const [first, second] = [reported(dir, 'first-article.md'), reported(dir, 'second-article.md')];
    expect(output).toContain(
      `    - the alias "first-article" is the address of "${first}" (${articleUrl('first-article')}); an alias must be a name no other article has\n`,
    );
    expect(output).toContain(
      `    - "${first}" and "${second}" both list the alias "old-shared-name", but ${articleUrl('old-shared-name')} can lead to only one of them; keep it in one file\n`,
    );
    expect(output).toContain('2 problems in 2 article files; nothing was built:');
    expect(output).not.toMatch(STACK_LINE);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('the build stops when an entity cites an article the archive does not publish, naming the file and field', async () => {
  const { dir, root } = await contentTree([VALID_ARTICLE]);
  try {
    // Entity files sit beside the content folder, as content/entities/ sits beside content/articles/.
    await mkdir(join(root, 'entities'));
    await writeFile(
      join(root, 'entities', 'wang-lijun.yaml'),
      'name: Wang Lijun\nkind: person\ndescription: Former police chief of Chongqing.\nsource: seed-copy-wang-lijun-file\n',
    );
    const { code, output } = await run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], dir);
    expect(code, output).not.toBe(0);
    expect(output).toContain(`  ${reported(root, 'entities/wang-lijun.yaml')}\n`);
    expect(output).toContain(
      '    - "source" must be the file name of a published article the description comes from; found ' +
        '"seed-copy-wang-lijun-file", which is no published article; did you mean "seed-copy-wang-lijun"?\n',
    );
    expect(output).toContain('1 problem in 1 file; nothing was built:');
    expect(output).not.toMatch(STACK_LINE);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('the build stops on a mistake in the redirects list, naming its line', async () => {
  const { dir, root } = await contentTree([VALID_ARTICLE]);
  try {
    // The list sits beside the content folder, as content/redirects.txt sits beside content/articles.
    await writeFile(join(root, 'redirects.txt'), '# Renamed topics\n/tags/old-topic/\n');
    const { code, output } = await run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], dir);
    expect(code, output).not.toBe(0);
    expect(output).toContain(`  ${reported(root, 'redirects.txt')}\n`);
    expect(output).toContain(
      '    - line 2: must hold an old address and a new one separated by a space, for example "/tags/uighurs/ /tags/uyghurs/"; found "/tags/old-topic/"\n',
    );
    expect(output).toContain('1 problem in 1 file; nothing was built:');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('the build stops on every mistake in the timeline, naming the event, its line and the field', async () => {
  const { dir, root } = await contentTree([VALID_ARTICLE, 'tests/fixtures/site/draft-never-published.md']);
  try {
    // The timeline sits beside the content folder, as content/timeline.yaml sits beside content/articles.
    await copyFile(join(PROJECT_ROOT, 'tests/fixtures/invalid-timeline.yaml'), join(root, 'timeline.yaml'));
    const outDir = join(root, 'dist');
    const { code, output } = await run('npx', ['astro', 'build', '--outDir', outDir], dir);
    expect(code, output).not.toBe(0);
    const draft = reported(dir, 'draft-never-published.md');
    const article = reported(dir, basename(VALID_ARTICLE));
    expect(output).toContain(`5 problems in 1 file; nothing was built:\n  ${reported(root, 'timeline.yaml')}\n`);
    for (const problem of [
      'event 1 (line 4): "sources" names "seed-copy-wang-lijn", which is not an article in the archive; did you mean "seed-copy-wang-lijun"?',
      `event 2 (line 9): "sources" names "draft-never-published" (${draft}), which is a draft, so readers cannot open it; cite a published article, or publish this one first`,
      'event 3 (line 14): "sources" must list at least one article that states the event; found an empty list',
      'event 4 (line 19): "date" must be a real day written YYYY-MM-DD for the precision "day", for example 2012-02-06; found "2012-02"',
      `event 5 (line 24): "passage" of "seed-copy-wang-lijun" must be the id of one of its paragraphs; found "p-no-such-paragraph-0000000", which no paragraph of ${article} has; copy the id from the ¶ link after the paragraph, the part after "#"`,
    ]) {
      expect(output).toContain(`    - ${problem}\n`);
    }
    expect(output).not.toMatch(STACK_LINE);
    await expect(readdir(outDir), 'nothing was built').rejects.toThrow();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
