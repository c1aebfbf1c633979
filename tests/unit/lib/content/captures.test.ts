import { describe, expect, it } from 'vitest';
import { captureFileOf, findCaptureProblems, sha256Hex } from '../../../../src/lib/content/captures';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const CAPTURE = 'A Headline\n\nSign up now!\n\nThe first paragraph,\nwrapped.\n';
const HASH = sha256Hex(bytes(CAPTURE));
const FILES = [{ file: 'content/captures/a.txt', bytes: bytes(CAPTURE) }];

/** An article faithful to CAPTURE: its headline moved to the title and a sign-up line removed. */
const FAITHFUL = {
  file: 'content/articles/a.md',
  slug: 'a',
  body: '\nThe first paragraph, wrapped.\n',
  capture: { sha256: HASH },
  removed: [
    { what: 'the headline', text: 'A Headline' },
    { what: 'a sign-up prompt', text: 'Sign up now!' },
  ],
};

const problemsOf = (articles: Parameters<typeof findCaptureProblems>[0], files = FILES) =>
  findCaptureProblems(articles, files).problems;

describe('sha256Hex', () => {
  it('gives what sha256sum prints', () => {
    expect(sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('captureFileOf', () => {
  it('ties a capture to its article by name and reads its kind from the ending', () => {
    expect(captureFileOf('content/captures/us-urges.txt')).toEqual({
      file: 'content/captures/us-urges.txt',
      slug: 'us-urges',
      kind: 'text',
    });
    expect(captureFileOf('content/captures/page.html')?.kind).toBe('html');
    expect(captureFileOf('content/captures/notes.md')).toBeUndefined();
  });
});

describe('findCaptureProblems', () => {
  it('accepts a faithful article and an article without a capture, and keeps each capture with its hash', () => {
    const { captures, problems } = findCaptureProblems(
      [FAITHFUL, { file: 'content/articles/c.md', slug: 'c', body: 'Text.', removed: [{ what: 'a form' }] }],
      FILES,
    );
    expect(problems).toEqual([]);
    expect(captures.get('a')).toMatchObject({ file: 'content/captures/a.txt', kind: 'text', sha256: HASH });
  });

  it('stops on a capture whose bytes no longer give the recorded hash, naming both hashes and what to do', () => {
    const tampered = [{ file: 'content/captures/a.txt', bytes: bytes(CAPTURE.replace('first', 'last')) }];
    const actual = sha256Hex(bytes(CAPTURE.replace('first', 'last')));
    expect(problemsOf([FAITHFUL], tampered)).toEqual([
      {
        file: 'content/articles/a.md',
        field: 'capture.sha256',
        message:
          `the capture content/captures/a.txt is not the file that was recorded: its bytes give SHA-256 ${actual}, ` +
          `the front matter records ${HASH}; a capture is never edited, so restore the collected file ` +
          `(git log -- content/captures/a.txt), or, if a new capture replaces it on purpose, record its hash and say ` +
          `why in the editor's note`,
      },
    ]);
  });

  it('stops on an unlisted removal, naming the sentence the capture has where the article has none', () => {
    const article = { ...FAITHFUL, removed: FAITHFUL.removed.slice(0, 1) };
    expect(problemsOf([article])).toEqual([
      {
        file: 'content/articles/a.md',
        message:
          'the text is not its capture content/captures/a.txt less the changes "removed" lists: where they first ' +
          'differ, the article has "The first paragraph, wrapped." and the capture has "Sign up now!"; restore the ' +
          "capture's words, or list the change with its exact text (docs/editing.md#the-original-capture)",
      },
    ]);
  });

  it('stops on one altered word, quoting the sentence from both sides', () => {
    const article = { ...FAITHFUL, body: 'The first paragraph, rewrapped.' };
    expect(problemsOf([article])[0]?.message).toContain(
      'the article has "The first paragraph, rewrapped." and the capture has "The first paragraph, wrapped."',
    );
  });

  it('stops on a change whose text the capture does not hold, and on a change without its text', () => {
    const wrong = { ...FAITHFUL, removed: [...FAITHFUL.removed, { what: 'a footer', text: 'Follow us' }] };
    expect(problemsOf([wrong])).toEqual([
      {
        file: 'content/articles/a.md',
        field: 'removed',
        message:
          'change 3 of "removed" ("a footer") takes out "Follow us", which content/captures/a.txt does not hold (or ' +
          'an earlier change already took out); copy the text exactly as the capture has it ' +
          '(docs/editing.md#the-original-capture)',
      },
    ]);
    const untexted = { ...FAITHFUL, removed: [...FAITHFUL.removed, { what: 'a footer' }] };
    expect(problemsOf([untexted])).toEqual([
      {
        file: 'content/articles/a.md',
        field: 'removed',
        message:
          'change 3 of "removed" ("a footer") has no "text:"; an article with a capture lists the exact text each ' +
          'change took out of content/captures/a.txt',
      },
    ]);
  });

  it('names a recorded capture that is missing, and a capture the front matter does not record, with its hash', () => {
    const unrecorded = { ...FAITHFUL, capture: undefined };
    const missing = { ...FAITHFUL, file: 'content/articles/z.md', slug: 'z' };
    const problems = problemsOf([unrecorded, missing]);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'content/articles/a.md capture',
      'content/articles/z.md capture',
    ]);
    expect(problems[0]?.message).toContain(`"sha256: ${HASH}"`);
    expect(problems[1]?.message).toContain('content/captures/ has no z.txt or z.html');
  });

  it('names a capture no article owns, two captures for one article, and a file that is not a capture', () => {
    const files = [
      { file: 'content/captures/orphan.txt', bytes: bytes('x') },
      ...FILES,
      { file: 'content/captures/a.html', bytes: bytes('<p>x</p>') },
      { file: 'content/captures/x.pdf', bytes: bytes('%PDF') },
    ];
    const problems = problemsOf([FAITHFUL], files);
    expect(problems.map(({ file }) => file)).toEqual([
      'content/captures/x.pdf',
      'content/captures/orphan.txt',
      'content/captures/a.txt',
    ]);
    expect(problems[0]?.message).toBe(
      'this file is not a capture: a capture is named after its article and ends in .txt or .html',
    );
    expect(problems[2]?.message).toContain(
      'content/captures/a.txt and content/captures/a.html are both named after "a"',
    );
  });

  it('reads an HTML capture as a browser shows it, so a script in it is neither text nor run', () => {
    const page = '<html><body><h1>A Headline</h1><p>The first paragraph, wrapped.</p><script>alert(1)</script></body></html>';
    const files = [{ file: 'content/captures/a.html', bytes: bytes(page) }];
    const article = { ...FAITHFUL, capture: { sha256: sha256Hex(bytes(page)) }, removed: FAITHFUL.removed.slice(0, 1) };
    expect(problemsOf([article], files)).toEqual([]);
  });
});
