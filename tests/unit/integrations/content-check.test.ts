import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allRedirects,
  checkArticlesDirectory,
  checkRedirectsList,
  checkTimeline,
  readArticleSources,
  readRedirectsList,
} from '../../../src/integrations/content-check';
import { articleUrl } from '../../../src/lib/site/urls';

const GOOD = '---\ntitle: A headline\n---\n\nThe first paragraph.\n';

describe('checkArticlesDirectory', () => {
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

  // Found while checking bad input: a file saved as Windows-1252 built, with its accented letters garbled.
  it('reports a file that is not UTF-8, with the first bad byte and its line, and nothing else about it', async () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9 report\n---\n\nThe caf\xe9.\n', 'latin1');
    const root = await contentTree({ 'a.md': GOOD, 'cafe.md': latin1 });
    expect(await checkArticlesDirectory(root)).toEqual([
      {
        file: relative(process.cwd(), join(root, 'cafe.md')),
        message:
          'the file is not saved as UTF-8: byte 0xE9 on line 2 is not UTF-8 text (the file was probably saved as Windows-1252 or Latin-1); save it again with the encoding UTF-8',
      },
    ]);
  });

  it('adds the problems no single file shows, after those of each file', async () => {
    const root = await contentTree({ 'a.md': GOOD, '2012/a.md': GOOD, 'b.md': '---\ntitle: T\n---\n' });
    const problems = await checkArticlesDirectory(root);
    expect(problems.map((problem) => problem.message)).toEqual([
      'the article has no text after its front matter',
      expect.stringMatching(/^".*2012\/a\.md" and ".*\/a\.md" would both be published at /),
    ]);
  });

  it('reports an alias that is another article’s address, and one two articles claim', async () => {
    const root = await contentTree({
      'a.md': '---\ntitle: A\naliases: [b, old]\n---\n\nText.\n',
      'b.md': GOOD,
      'c.md': '---\ntitle: C\naliases: [old]\n---\n\nText.\n',
    });
    const messages = (await checkArticlesDirectory(root)).map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringMatching(/^the alias "b" is the address of ".*b\.md"/),
      expect.stringMatching(/^".*a\.md" and ".*c\.md" both list the alias "old"/),
    ]);
  });

  describe('the redirects list', () => {
    it('is optional', async () => {
      const root = await contentTree({ 'a.md': GOOD });
      expect(await readRedirectsList(join(root, 'redirects.txt'))).toBe('');
      expect(await checkRedirectsList(join(root, 'redirects.txt'), root)).toEqual([]);
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
      const file = join(root, 'redirects.txt');
      const messages = (await checkRedirectsList(file, join(root, 'articles'))).map(
        (p) => `${p.file === relative(process.cwd(), file)}: ${p.message}`,
      );
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
      expect(await checkRedirectsList(join(root, 'redirects.txt'), join(root, 'articles'))).toEqual([]);
      expect((await checkArticlesDirectory(join(root, 'articles'))).map((p) => p.message)).toEqual([
        expect.stringMatching(/^the alias "a" is the address of /),
      ]);
    });

    it('names the list by its path from the working directory, as it names articles', async () => {
      const root = await contentTree({ 'articles/a.md': GOOD, 'redirects.txt': 'one-field\n' });
      const [problem] = await checkRedirectsList(join(root, 'redirects.txt'), join(root, 'articles'));
      expect(problem?.file).toBe(relative(process.cwd(), join(root, 'redirects.txt')));
    });

    it('joins the articles’ aliases and the list into the redirects the site serves', async () => {
      const root = await contentTree({
        'articles/a.md': '---\ntitle: A\naliases: [old-a]\n---\n\nText.\n',
        'articles/d.md': '---\ntitle: D\ndraft: true\naliases: [old-d]\n---\n',
      });
      const articles = await readArticleSources(join(root, 'articles'));
      expect(allRedirects(articles, '/tags/x/ /tags/y/\n')).toEqual([
        { from: articleUrl('old-a'), to: articleUrl('a') },
        { from: '/tags/x/', to: '/tags/y/' },
      ]);
    });
  });
});

describe('checkTimeline', () => {
  it('checks the fixture timeline against the fixture site, passages rendered through the site’s own pipeline', async () => {
    const { events, problems } = await checkTimeline('tests/fixtures/timeline.yaml', 'tests/fixtures/site');
    expect(problems).toEqual([]);
    expect(events.map((event) => event.date)).toEqual(['2012-02', '2019', '2019-11-02']);
  });

  it('reports every problem of the invalid timeline fixture, passages included', async () => {
    const { events, problems } = await checkTimeline('tests/fixtures/invalid-timeline.yaml', 'tests/fixtures/site');
    expect(events).toEqual([]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['tests/fixtures/invalid-timeline.yaml', 'sources'],
      ['tests/fixtures/invalid-timeline.yaml', 'sources'],
      ['tests/fixtures/invalid-timeline.yaml', 'sources'],
      ['tests/fixtures/invalid-timeline.yaml', 'date'],
      ['tests/fixtures/invalid-timeline.yaml', 'sources'],
    ]);
  });

  it('takes a missing timeline file as no events', async () => {
    expect(await checkTimeline('tests/fixtures/no-such-timeline.yaml', 'tests/fixtures/site')).toEqual({
      events: [],
      problems: [],
    });
  });
});
