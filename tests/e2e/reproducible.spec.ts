/**
 * Two builds of the same content give the same files, byte for byte, so a deploy changes exactly what the
 * content changed, and anyone can check that the published site came from this repository. The second build runs
 * in a copy of the checkout at another path, on a clock years away and in another time zone, with no cache, so a
 * date or a path stamped anywhere in the output shows up as a difference.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './archive-test';
import { PROJECT_ROOT } from './content';
import { build } from './run-command';

/** Every file under `dir`, by its path relative to `dir`, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .toSorted();
}

/** Where two files first differ, with a little of each side around it, so a failure shows what was stamped. */
function firstDifference(a: string, b: string): string {
  const [left, right] = [readFileSync(a, 'latin1'), readFileSync(b, 'latin1')];
  let at = 0;
  while (at < left.length && left[at] === right[at]) at++;
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `${relative(PROJECT_ROOT, a)} at byte ${at}:\n  under test: ${around(left)}\n  rebuilt:    ${around(right)}`;
}

/** What the copy leaves out: builds, caches, test output and git; none of it is an input to a build. */
const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  'dist',
  '.fixture-dist',
  '.astro',
  'tmp',
  'test-results',
  'playwright-report',
  'screenshots',
  '.screenshots-dist',
]);

/**
 * A copy of the checkout at `to`, a different path, whose `node_modules` links to this one's packages but not to
 * its caches (Astro's, the drawn link-preview cards), so the copy's build makes every file afresh.
 */
function copyCheckout(to: string): void {
  cpSync(PROJECT_ROOT, to, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(PROJECT_ROOT, source).split(sep)[0] ?? ''),
  });
  const modules = join(PROJECT_ROOT, 'node_modules');
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(modules).filter((name) => name !== '.cache' && name !== '.astro')) {
    symlinkSync(join(modules, name), join(to, 'node_modules', name));
  }
}

/**
 * A clock set years and hours away from now, loaded into every Node process of the second build: a date stamped
 * into a file, even to the day, makes that file differ.
 */
const SHIFTED_CLOCK = `
const RealDate = Date;
const offset = RealDate.UTC(2031, 6, 15, 13, 37, 11) - RealDate.now();
globalThis.Date = class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
};
process.stderr.write(\`Clock shifted to \${new Date().toISOString().slice(0, 10)}\\n\`);
`;

test('a build of the same content in another folder, at another time, is byte-identical to the one under test', async ({
  contentDir,
  outDir,
  pageSize,
  editBaseUrl,
}) => {
  // A whole build with no cache: on two cores shared with other test runs it took 3 minutes.
  test.setTimeout(420_000);
  const root = await mkdtemp(join(tmpdir(), 'archive-reproducible-'));
  try {
    const checkout = join(root, 'another-checkout');
    copyCheckout(checkout);
    const clock = join(root, 'shifted-clock.mjs');
    writeFileSync(clock, SHIFTED_CLOCK);
    const second = join(root, 'dist');
    // The settings the build under test was made with (playwright.config.ts), and another clock and time zone.
    const settings = {
      ARCHIVE_PAGE_SIZE: String(pageSize),
      ...(editBaseUrl && { ARCHIVE_EDIT_URL: editBaseUrl }),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(clock).href}`.trim(),
      TZ: 'Pacific/Kiritimati',
    };
    const { code, output } = await build(contentDir, second, join(root, 'cache'), settings, checkout);
    expect(code, output).toBe(0);
    expect(output, 'the second build ran on the shifted clock').toContain('Clock shifted to 2031-07-15');

    const first = join(PROJECT_ROOT, outDir);
    const firstFiles = filesUnder(first);
    expect(firstFiles.length).toBeGreaterThan(0);
    expect(filesUnder(second), 'the same files').toEqual(firstFiles);
    const differing = firstFiles.filter(
      (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    const where = differing.map((file) => firstDifference(join(first, file), join(second, file))).join('\n');
    expect(differing, `files whose bytes differ between the two builds\n${where}`).toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
