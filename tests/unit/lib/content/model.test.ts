import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FILE_SYSTEM, loadContent, type ContentPaths, type ContentReader } from '../../../../src/lib/content/model';
import { articleUrl, entityUrl, tagUrl } from '../../../../src/lib/site/urls';

const GOOD = '---\ntitle: A headline\n---\n\nThe first paragraph.\n';
const B_CAPTURE = 'The first\nparagraph.\n';
const B_CAPTURE_SHA256 = 'a2777ec355b492218b1a86642c898442f7ebbacbacbf91884822e5701f286f2b';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A content tree in a fresh temporary folder: path below the folder → file text or bytes. */
async function contentTree(files: Record<string, string | Uint8Array>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'archive-content-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** The content paths of a tree laid out as `content/` is: articles/, entities/, redirects.txt, timeline.yaml. */
const pathsOf = (root: string): ContentPaths => ({
  articlesDir: join(root, 'articles'),
  entitiesDir: join(root, 'entities'),
  redirectsFile: join(root, 'redirects.txt'),
  timelineFile: join(root, 'timeline.yaml'),
  capturesDir: join(root, 'captures'),
});

/** Every problem of the tree at `root`, as the build would report it. */
const problemsOf = async (root: string) => (await loadContent(pathsOf(root))).problems;

describe('loadContent', () => {
  it('reads every content file once, and each article once though the timeline cites it with a passage', async () => {
    const root = await contentTree({
      'articles/a.md': '---\ntitle: A\naliases: [old-a]\n---\n\nThe first paragraph.\n',
      'articles/2012/b.mdx': `---\ntitle: B\ncapture: { sha256: ${B_CAPTURE_SHA256} }\n---\n\nThe first paragraph.\n`,
      'captures/b.txt': B_CAPTURE,
      'articles/d.md': '---\ntitle: D\ndraft: true\n---\n',
      'entities/e.yaml': 'name: A headline\nkind: report\ndescription: A report.\nsource: a\n',
      'redirects.txt': '/tags/x/ /tags/y/\n',
      'timeline.yaml': '- date: 2019\n  precision: year\n  summary: S.\n  sources:\n    - article: a\n      passage: p-the-first-paragraph-0000000\n',
    });
    const reads = new Map<string, number>();
    const counting: ContentReader = {
      list: FILE_SYSTEM.list,
      read: (file) => {
        reads.set(relative(root, file), (reads.get(relative(root, file)) ?? 0) + 1);
        return FILE_SYSTEM.read(file);
      },
    };
    const content = await loadContent(pathsOf(root), counting);
    expect(Object.fromEntries(reads)).toEqual({
      'articles/2012/b.mdx': 1,
      'articles/a.md': 1,
      'articles/d.md': 1,
      'captures/b.txt': 1,
      'entities/e.yaml': 1,
      'redirects.txt': 1,
      'timeline.yaml': 1,
    });
    // What every user of the model needs comes from those reads: the check, the redirects, the names, the timeline.
    expect(content.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^event 1 \(line 1\): "passage" of "a" must be the id of one of its paragraphs; found "p-the-first-paragraph-0000000"/),
    ]);
    expect(content.redirects).toEqual([
      { from: articleUrl('old-a'), to: articleUrl('a') },
      { from: '/tags/x/', to: '/tags/y/' },
    ]);
    expect(content.entityNames).toEqual([{ slug: 'e', names: ['A headline'], shortNames: [] }]);
    expect(content.captures.get('b')?.sha256).toBe(B_CAPTURE_SHA256);
    expect(content.articles.map(({ slug, draft }) => [slug, draft])).toEqual([
      ['b', false],
      ['a', false],
      ['d', true],
    ]);
  });

  it('checks Markdown and MDX files in sub-folders, and ignores other files', async () => {
    const root = await contentTree({
      'articles/a.md': GOOD,
      'articles/2012/b.mdx': '---\ntilte: T\n---\n\nText.\n',
      'articles/notes.txt': 'not an article',
    });
    const problems = await problemsOf(root);
    expect(problems.map((problem) => problem.field)).toEqual(['title', 'tilte']);
    expect(problems.every((problem) => problem.file.endsWith(join('2012', 'b.mdx')))).toBe(true);
  });

  // Found while checking bad input: a file saved as Windows-1252 built, with its accented letters garbled.
  it('reports a file that is not UTF-8, with the first bad byte and its line, and nothing else about it', async () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9 report\n---\n\nThe caf\xe9.\n', 'latin1');
    const root = await contentTree({ 'articles/a.md': GOOD, 'articles/cafe.md': latin1 });
    expect(await problemsOf(root)).toEqual([
      {
        file: relative(process.cwd(), join(root, 'articles', 'cafe.md')),
        message:
          'the file is not saved as UTF-8: byte 0xE9 on line 2 is not UTF-8 text (the file was probably saved as Windows-1252 or Latin-1); save it again with the encoding UTF-8',
      },
    ]);
  });

  it('adds the problems no single file shows, after those of each file', async () => {
    const root = await contentTree({
      'articles/a.md': GOOD,
      'articles/2012/a.md': GOOD,
      'articles/b.md': '---\ntitle: T\n---\n',
    });
    expect((await problemsOf(root)).map((problem) => problem.message)).toEqual([
      'the article has no text after its front matter',
      expect.stringMatching(/^".*2012\/a\.md" and ".*\/a\.md" would both be published at /),
    ]);
  });

  it('reports an alias that is another article’s address, and one two articles claim', async () => {
    const root = await contentTree({
      'articles/a.md': '---\ntitle: A\naliases: [b, old]\n---\n\nText.\n',
      'articles/b.md': GOOD,
      'articles/c.md': '---\ntitle: C\naliases: [old]\n---\n\nText.\n',
    });
    expect((await problemsOf(root)).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^the alias "b" is the address of ".*b\.md"/),
      expect.stringMatching(/^".*a\.md" and ".*c\.md" both list the alias "old"/),
    ]);
  });

  it('keeps an article’s text byte for byte, a byte-order mark included, for its .md address', async () => {
    const source = `\uFEFF${GOOD}`;
    const root = await contentTree({ 'articles/a.md': source });
    const { articles, problems } = await loadContent(pathsOf(root));
    expect(problems).toEqual([]);
    expect(articles[0]?.source).toBe(source);
  });

  describe('the redirects list', () => {
    it('is optional', async () => {
      const root = await contentTree({ 'articles/a.md': GOOD });
      expect(await loadContent(pathsOf(root))).toMatchObject({ redirects: [], problems: [] });
    });

    it('reports bad lines, a redirect over a live article and chains, by line and address', async () => {
      const root = await contentTree({
        'articles/a.md': '---\ntitle: A\naliases: [old-a]\n---\n\nText.\n',
        'redirects.txt': [
          '/tags/one/ /tags/two/',
          '/tags/two/ /tags/three/',
          `${articleUrl('a')} /tags/one/`,
          `${articleUrl('old-a')} /tags/one/`,
          'not a line',
        ].join('\n'),
      });
      const file = relative(process.cwd(), join(root, 'redirects.txt'));
      const messages = (await problemsOf(root)).map((p) => `${p.file === file}: ${p.message}`);
      expect(messages).toEqual([
        'true: line 5: must hold an old address and a new one separated by a space, for example "/tags/uighurs/ /tags/uyghurs/"; found "not a line"',
        `true: "${articleUrl('a')}" is a published article's address; a redirect there would hide it`,
        `true: "${articleUrl('old-a')}" already redirects as an article's alias; remove the line`,
        // The two refused lines are not reported again as chains.
        'true: "/tags/one/" redirects to "/tags/two/", which redirects again; point it straight at "/tags/three/"',
      ]);
    });

    it('leaves a clash between aliases to the article check instead of reporting it again as a chain', async () => {
      const root = await contentTree({
        'articles/a.md': '---\ntitle: A\naliases: [old]\n---\n\nText.\n',
        'articles/b.md': '---\ntitle: B\naliases: [a]\n---\n\nText.\n',
      });
      expect((await problemsOf(root)).map((p) => p.message)).toEqual([
        expect.stringMatching(/^the alias "a" is the address of /),
      ]);
    });

    it('joins the published articles’ aliases and the list into the redirects the site serves', async () => {
      const root = await contentTree({
        'articles/a.md': '---\ntitle: A\naliases: [old-a]\n---\n\nText.\n',
        'articles/d.md': '---\ntitle: D\ndraft: true\naliases: [old-d]\n---\n',
        'redirects.txt': '/tags/x/ /tags/y/\n',
      });
      expect((await loadContent(pathsOf(root))).redirects).toEqual([
        { from: articleUrl('old-a'), to: articleUrl('a') },
        { from: '/tags/x/', to: '/tags/y/' },
      ]);
    });
  });

  describe('topics with an entity’s name', () => {
    it('finds each in the published articles and redirects its address to the entity’s page', async () => {
      const { topicMerges, redirects, problems } = await loadContent({
        articlesDir: 'tests/fixtures/site',
        entitiesDir: 'tests/fixtures/entities',
        redirectsFile: 'tests/fixtures/redirects.txt',
        timelineFile: 'tests/fixtures/timeline.yaml',
        capturesDir: 'tests/fixtures/captures',
      });
      expect(problems).toEqual([]);
      expect(topicMerges).toEqual([
        {
          topic: 'The Epoch Times',
          topicSlug: 'the-epoch-times',
          entity: {
            file: 'tests/fixtures/entities/the-epoch-times.yaml',
            slug: 'the-epoch-times',
            name: 'The Epoch Times',
          },
        },
        {
          topic: 'Wang Lijun',
          topicSlug: 'wang-lijun',
          entity: { file: 'tests/fixtures/entities/wang-lijun.yaml', slug: 'wang-lijun', name: 'Wang Lijun' },
        },
      ]);
      expect(redirects).toContainEqual({ from: tagUrl('wang-lijun'), to: entityUrl('wang-lijun') });
    });
  });

  describe('the timeline', () => {
    const fixtureSite = (timelineFile: string): ContentPaths => ({
      articlesDir: 'tests/fixtures/site',
      entitiesDir: 'tests/fixtures/entities',
      redirectsFile: 'tests/fixtures/redirects.txt',
      timelineFile,
      capturesDir: 'tests/fixtures/captures',
    });

    it('checks the fixture timeline against the fixture site, passages rendered through the site’s own pipeline', async () => {
      const { timeline, problems } = await loadContent(fixtureSite('tests/fixtures/timeline.yaml'));
      expect(problems).toEqual([]);
      expect(timeline.map((event) => event.date)).toEqual(['2012-02', '2019', '2019-11-02']);
    });

    it('reports every problem of the invalid timeline fixture, passages included', async () => {
      const { timeline, problems } = await loadContent(fixtureSite('tests/fixtures/invalid-timeline.yaml'));
      expect(timeline).toEqual([]);
      expect(problems.map((p) => [p.file, p.field])).toEqual([
        ['tests/fixtures/invalid-timeline.yaml', 'sources'],
        ['tests/fixtures/invalid-timeline.yaml', 'sources'],
        ['tests/fixtures/invalid-timeline.yaml', 'sources'],
        ['tests/fixtures/invalid-timeline.yaml', 'date'],
        ['tests/fixtures/invalid-timeline.yaml', 'sources'],
      ]);
    });

    it('takes a missing timeline file as no events', async () => {
      expect(await loadContent(fixtureSite('tests/fixtures/no-such-timeline.yaml'))).toMatchObject({
        timeline: [],
        problems: [],
      });
    });
  });
});

describe('FILE_SYSTEM', () => {
  // At 30,000 articles the build stopped before it began: every file was opened at once, past the process's limit.
  it('reads an archive of more files than the process may have open', async () => {
    const files = 600;
    const root = await contentTree(
      Object.fromEntries(Array.from({ length: files }, (_, n) => [`articles/a-${n}.md`, GOOD])),
    );
    const script = [
      `import { loadContent } from ${JSON.stringify(new URL('../../../../src/lib/content/model.ts', import.meta.url).pathname)};`,
      `const content = await loadContent(${JSON.stringify(pathsOf(root))});`,
      'console.log(content.articles.length);',
    ].join('\n');
    const scriptFile = join(root, 'load.mts');
    await writeFile(scriptFile, script);
    const tsx = new URL('../../../../node_modules/.bin/tsx', import.meta.url).pathname;
    // A limit of 256 open files: Node itself needs a few dozen, the articles alone are more than twice the rest.
    const { stdout } = await promisify(execFile)('bash', ['-c', `ulimit -n 256 && "${tsx}" "${scriptFile}"`]);
    expect(stdout.trim()).toBe(String(files));
  });
});
