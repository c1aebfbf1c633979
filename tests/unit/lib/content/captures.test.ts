import { describe, expect, it } from 'vitest';
import { captureFileOf, findCaptureProblems, sha256Hex } from '../../../../src/lib/content/captures';

const HASHES: Record<string, string> = {
  'content/captures/a.txt': 'a'.repeat(64),
  'content/captures/b.html': 'b'.repeat(64),
};
const hashOf = (file: string): string => HASHES[file] ?? '0'.repeat(64);

describe('sha256Hex', () => {
  it('gives what sha256sum prints', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
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
  it('accepts articles whose captures match their recorded hashes, and articles without a capture', () => {
    const articles = [
      { file: 'content/articles/a.md', slug: 'a', capture: { sha256: 'a'.repeat(64) } },
      { file: 'content/articles/b.md', slug: 'b', capture: { sha256: 'b'.repeat(64) } },
      { file: 'content/articles/c.md', slug: 'c' },
    ];
    expect(findCaptureProblems(articles, Object.keys(HASHES), hashOf)).toEqual([]);
  });

  it('stops on a capture whose bytes no longer give the recorded hash, naming both hashes and what to do', () => {
    const articles = [{ file: 'content/articles/a.md', slug: 'a', capture: { sha256: 'f'.repeat(64) } }];
    expect(findCaptureProblems(articles, ['content/captures/a.txt'], hashOf)).toEqual([
      {
        file: 'content/articles/a.md',
        field: 'capture.sha256',
        message:
          `the capture content/captures/a.txt is not the file that was recorded: its bytes give SHA-256 ${'a'.repeat(64)}, ` +
          `the front matter records ${'f'.repeat(64)}; a capture is never edited, so restore the collected file ` +
          `(git log -- content/captures/a.txt), or, if a new capture replaces it on purpose, record its hash and say ` +
          `why in the editor's note`,
      },
    ]);
  });

  it('names a recorded capture that is missing, and a capture the front matter does not record, with its hash', () => {
    const articles = [
      { file: 'content/articles/a.md', slug: 'a' },
      { file: 'content/articles/z.md', slug: 'z', capture: { sha256: 'a'.repeat(64) } },
    ];
    const problems = findCaptureProblems(articles, ['content/captures/a.txt'], hashOf);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'content/articles/a.md capture',
      'content/articles/z.md capture',
    ]);
    expect(problems[0]?.message).toContain(`"sha256: ${'a'.repeat(64)}"`);
    expect(problems[1]?.message).toContain('content/captures/ has no z.txt or z.html');
  });

  it('names a capture no article owns, two captures for one article, and a file that is not a capture', () => {
    const files = ['content/captures/orphan.txt', 'content/captures/a.txt', 'content/captures/a.html', 'content/captures/x.pdf'];
    const problems = findCaptureProblems([{ file: 'content/articles/a.md', slug: 'a', capture: { sha256: 'a'.repeat(64) } }], files, hashOf);
    expect(problems.map(({ file }) => file)).toEqual([
      'content/captures/x.pdf',
      'content/captures/orphan.txt',
      'content/captures/a.txt',
    ]);
    expect(problems[0]?.message).toBe(
      'this file is not a capture: a capture is named after its article and ends in .txt or .html',
    );
    expect(problems[2]?.message).toContain('content/captures/a.txt and content/captures/a.html are both named after "a"');
  });
});
