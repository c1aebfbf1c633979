/**
 * An editor who makes a mistake in front matter must be told, in one run, which
 * file and which field, in words they can act on, with no stack trace to wade through.
 * No browser is needed; these live here because they run real builds, like the rest of this suite.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleUrl } from '../../src/lib/urls';
import { PROJECT_ROOT } from './content';
import { run } from './run-command';

const INVALID_DIR = 'tests/fixtures/invalid';
/** A valid article beside each bad one, so a build fails because of the bad file and nothing else. */
const VALID_ARTICLE = 'tests/fixtures/site/seed-copy-wang-lijun.md';

/** Each invalid fixture and the exact sentences `src/lib/article-problems.ts` must print for it. */
const MISTAKES: { file: string; field?: string; problems: string[] }[] = [
  {
    file: 'missing-title.md',
    field: 'title',
    problems: ['"title" is required and must be the headline as text; it is missing'],
  },
  {
    file: 'published-not-a-date.md',
    field: 'published',
    problems: ['"published" must be a date written YYYY-MM-DD, for example 2019-03-14; found "March 2019"'],
  },
  {
    file: 'misspelt-key-tilte.md',
    field: 'tilte',
    // The misspelling also leaves the article without a title, and the editor should hear both.
    problems: [
      '"tilte" is not a field an article can have; did you mean "title"?',
      '"title" is required and must be the headline as text; it is missing',
    ],
  },
  {
    file: 'tags-as-string.md',
    field: 'tags',
    problems: ['"tags" must be a list, for example [organ harvesting, Falun Gong]; found "organ harvesting"'],
  },
  {
    file: 'broken-yaml.md',
    problems: ['the front matter is not valid YAML: bad indentation of a mapping entry (line 2, column 15)'],
  },
  {
    file: 'bad-source-url.md',
    field: 'sourceUrl',
    problems: [
      '"sourceUrl" must be a full web address starting with http:// or https://; found "www.example.org/fixtures/bad-source-url"',
    ],
  },
  {
    file: 'Not_A_Slug.md',
    problems: [
      `the file name "Not_A_Slug" becomes the article's web address, so it may hold only lowercase letters, digits and single hyphens; rename the file, for example to "not-a-slug.md"`,
    ],
  },
];

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

test('every invalid fixture has its expected report here', async () => {
  const fixtures = (await readdir(join(PROJECT_ROOT, INVALID_DIR))).toSorted();
  expect(fixtures).toEqual(MISTAKES.map((m) => m.file).toSorted());
});

for (const mistake of MISTAKES) {
  test(`the build names ${mistake.file} and ${mistake.field ? `its field "${mistake.field}"` : 'what is wrong'}`, async () => {
    const { dir, root } = await contentTree([join(INVALID_DIR, mistake.file), VALID_ARTICLE]);
    try {
      const outDir = join(root, 'dist');
      const { code, output } = await run('npx', ['astro', 'build', '--outDir', outDir], dir);

      expect(code, output).not.toBe(0);
      expect(output).toContain(`  ${reported(dir, mistake.file)}\n`);
      if (mistake.field) expect(output).toContain(`"${mistake.field}"`);
      for (const problem of mistake.problems) expect(output).toContain(`    - ${problem}\n`);
      const count = mistake.problems.length;
      expect(output).toContain(
        `${count} ${count === 1 ? 'problem' : 'problems'} in 1 article file; nothing was built:`,
      );
      expect(output, 'the valid article is not blamed').not.toContain(basename(VALID_ARTICLE));
      expect(output).not.toMatch(STACK_LINE);
      await expect(readdir(outDir), 'nothing was built').rejects.toThrow();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
}

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
      for (const problem of mistake.problems) expect(output).toContain(`    - ${problem}\n`);
    }
    expect(output).not.toMatch(STACK_LINE);
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
