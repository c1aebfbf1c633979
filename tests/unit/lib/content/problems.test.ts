import { describe, expect, it } from 'vitest';
import { findArticleProblems } from '../../../../src/lib/content/article-problems';
import {
  describeValue,
  describeYamlError,
  formatProblems,
  type ContentProblem,
} from '../../../../src/lib/content/problems';

/** An article file: front-matter lines between `---` lines, a blank line, then the body. */
const article = (frontMatter: readonly string[], body = 'The first paragraph.\n'): string =>
  ['---', ...frontMatter, '---', '', body].join('\n');

describe('formatProblems', () => {
  const problems: ContentProblem[] = [
    { file: 'content/articles/a.md', field: 'title', message: 'first problem of a' },
    { file: 'content/articles/b.md', message: 'only problem of b' },
    { file: 'content/articles/a.md', field: 'tags', message: 'second problem of a' },
  ];

  it('counts problems and files, then lists each file once with its problems under it', () => {
    expect(formatProblems(problems)).toBe(
      [
        '3 problems in 2 article files; nothing was built:',
        '  content/articles/a.md',
        '    - first problem of a',
        '    - second problem of a',
        '  content/articles/b.md',
        '    - only problem of b',
      ].join('\n'),
    );
  });

  it('uses the singular for one problem in one file', () => {
    expect(formatProblems([{ file: 'content/articles/b.md', message: 'only problem of b' }])).toBe(
      ['1 problem in 1 article file; nothing was built:', '  content/articles/b.md', '    - only problem of b'].join(
        '\n',
      ),
    );
  });

  it('says "files" rather than "article files" when a problem is in the redirects list', () => {
    expect(
      formatProblems([
        { file: 'content/articles/b.md', message: 'only problem of b' },
        { file: 'content/redirects.txt', message: 'line 2: a problem' },
      ]).split('\n')[0],
    ).toBe('2 problems in 2 files; nothing was built:');
  });

  it('prints the report the editing guide shows for real findings', () => {
    const file = 'content/articles/example.md';
    const report = formatProblems(
      findArticleProblems(file, article(['title: T', 'published: March 2019', 'tilte: T'])),
    );
    expect(report).toBe(
      [
        '2 problems in 1 article file; nothing was built:',
        '  content/articles/example.md',
        '    - "published" must be a date written YYYY-MM-DD, for example 2019-03-14; found "March 2019"',
        '    - "tilte" is not a field an article can have; did you mean "title"?',
      ].join('\n'),
    );
  });
});

describe('describeValue', () => {
  it('reads a value back to the editor', () => {
    expect(describeValue('March 2019')).toBe('"March 2019"');
    expect(describeValue('  ')).toBe('empty text');
    expect(describeValue(['a'])).toBe('a list of 1 item');
    expect(describeValue(['a', 'b'])).toBe('a list of 2 items');
    expect(describeValue({ a: 1 })).toBe('a set of "key: value" lines');
    expect(describeValue(42)).toBe('42');
  });
});

describe('describeYamlError', () => {
  it('says what could not be read, why, and where', () => {
    const error = { reason: 'bad indentation of a mapping entry', mark: { line: 1, column: 14 } };
    expect(describeYamlError(error, 'the timeline')).toBe(
      'the timeline is not valid YAML: bad indentation of a mapping entry (line 2, column 15)',
    );
    expect(describeYamlError(new Error('boom'), 'the file')).toBe('the file could not be read: Error: boom');
  });
});
