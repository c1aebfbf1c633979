import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * The command itself, run as an editor runs it, against empty content and capture folders
 * (`ARCHIVE_CONTENT_DIR`, `ARCHIVE_CAPTURES_DIR`), so the tests see exactly what it writes and prints.
 */

const SEED_001 = 'tests/fixtures/seeds/001_724dd4794ec6e017.txt';
const BAD = 'tests/fixtures/import';
let contentDir: string;
let capturesDir: string;

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'import-cli-'));
  contentDir = join(root, 'articles');
  capturesDir = join(root, 'captures');
  mkdirSync(contentDir);
});
afterEach(() => {
  rmSync(dirname(contentDir), { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_CAPTURES_DIR: capturesDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const written = () => readdirSync(contentDir);
const capturesWritten = () => (existsSync(capturesDir) ? readdirSync(capturesDir) : []);

// Each case starts the command in a new process; on a busy machine that takes seconds.
// Each test starts the CLI (and tsx) once or twice; on a busy two-core machine that alone took 15 s.
describe('npm run import', { timeout: 90_000 }, () => {
  it('with --dry-run prints the Markdown, the capture and what it takes out of it, and writes nothing', () => {
    const { status, stdout, stderr } = run('--dry-run', '--slug', 'wang-lijun', SEED_001);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain(`${contentDir}/wang-lijun.md (dry run, not written):\n---\ntitle: 'Source: Wang Lijun`);
    expect(stdout).toContain('  Removed as page chrome:\n');
    expect(stdout).toContain(
      `  Capture:\n    ${capturesDir}/wang-lijun.txt  4,127 bytes  ` +
        'SHA-256 1863b677bd65de98715a0d970a7ca879e85985263f442b33881559206e24f4c1\n',
    );
    expect(stdout).toContain(
      '  Taken out of the capture, in its order (removed):\n' +
        '    1. the headline → title\n' +
        '       "Source: Wang Lijun Told U.S. Officials of Organ Harvest"\n' +
        '    2. a second copy of the headline\n',
    );
    expect(stdout.trimEnd().endsWith('Dry run: nothing was written.')).toBe(true);
    expect(written()).toEqual([]);
    expect(capturesWritten()).toEqual([]);
  });

  it('writes the article and its capture, byte for byte, and says so', () => {
    const { status, stdout } = run('--slug', 'wang-lijun', '--captured', '2024-07-02', SEED_001);
    expect(status).toBe(0);
    expect(
      stdout.trimEnd().endsWith(`Wrote ${capturesDir}/wang-lijun.txt and wrote ${contentDir}/wang-lijun.md.`),
    ).toBe(true);
    expect(written()).toEqual(['wang-lijun.md']);
    expect(readFileSync(join(capturesDir, 'wang-lijun.txt')).equals(readFileSync(SEED_001))).toBe(true);
    const article = readFileSync(join(contentDir, 'wang-lijun.md'), 'utf8');
    expect(article).toMatch(/^---\ntitle: 'Source: Wang Lijun/);
    expect(article).toContain(
      '\ncapture:\n  sha256: 1863b677bd65de98715a0d970a7ca879e85985263f442b33881559206e24f4c1\n  captured: 2024-07-02\n---\n',
    );
  });

  it('never replaces an existing capture without --force', () => {
    mkdirSync(capturesDir);
    const existing = join(capturesDir, 'wang-lijun.txt');
    writeFileSync(existing, 'the collected file');
    const refused = run('--slug', 'wang-lijun', SEED_001);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `${SEED_001}: ${existing} already exists and was not changed; pass --slug to import under another name, ` +
        'or --force to replace it; nothing was written.\n',
    );
    expect(readFileSync(existing, 'utf8')).toBe('the collected file');
    expect(written()).toEqual([]);
  });

  it('never touches an existing article without --force, and replaces it with --force', () => {
    const existing = join(contentDir, 'wang-lijun.md');
    writeFileSync(existing, 'the editor’s own file');
    const refused = run('--slug', 'wang-lijun', SEED_001);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `${SEED_001}: ${existing} already exists and was not changed; pass --slug to import under another name, ` +
        'or --force to replace it; nothing was written.\n',
    );
    expect(readFileSync(existing, 'utf8')).toBe('the editor’s own file');

    const forced = run('--slug', 'wang-lijun', '--force', SEED_001);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(`Wrote ${capturesDir}/wang-lijun.txt and replaced ${existing}.`);
    expect(readFileSync(existing, 'utf8')).toMatch(/^---\ntitle:/);
  });

  it('gives each bad file a one-line error, writes nothing for it, and still imports the good one', () => {
    const { status, stdout, stderr } = run(
      `${BAD}/empty.txt`,
      `${BAD}/binary.txt`,
      `${BAD}/latin1.txt`,
      `${BAD}/missing.txt`,
      SEED_001,
    );
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${BAD}/empty.txt: expected the text of an article, found an empty file; nothing was written.`,
      `${BAD}/binary.txt: expected text, found binary data (a zero byte at byte 9); nothing was written.`,
      `${BAD}/latin1.txt: expected text encoded as UTF-8, found a byte that is not UTF-8 (0xE9 on line 1); ` +
        'save the file as UTF-8 and import it again; nothing was written.',
      `${BAD}/missing.txt: expected a file to import, found no such file; nothing was written.`,
    ]);
    expect(written()).toEqual(['source-wang-lijun-told-us-officials.md']);
    expect(capturesWritten()).toEqual(['source-wang-lijun-told-us-officials.txt']);
    expect(stdout.trimEnd().endsWith('1 of 5 files imported.')).toBe(true);
  });

  it('prints the report and the reason when a text needs a title', () => {
    const { status, stdout, stderr } = run('tests/fixtures/seeds/000_d7f5f34c62be811a.txt');
    expect(status).toBe(1);
    expect(stdout).toContain('  Still to fill in:\n    title: the text has no headline line; pass --title "…"');
    expect(stderr).toMatch(
      /^tests\/fixtures\/seeds\/000_d7f5f34c62be811a.txt: expected a headline line .* nothing was written.\n$/,
    );
    expect(written()).toEqual([]);
    expect(capturesWritten()).toEqual([]);
  });

  it('refuses --title with more than one file before reading any', () => {
    const { status, stderr } = run('--title', 'One Title', SEED_001, `${BAD}/page-with-chrome.html`);
    expect(status).toBe(2);
    expect(stderr).toBe(
      '--title and --slug name one article, but 2 files were given: import that file on its own; nothing was written.\n',
    );
    expect(written()).toEqual([]);
  });

  it('explains itself with --help', () => {
    const { status, stderr } = run('--help');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^Usage: npm run import -- \[options\] <file\.txt\|file\.html\.\.\.>/);
  });
});
