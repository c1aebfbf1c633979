/**
 * `npm run test:e2e` runs this first: it makes sure a system Chromium exists for
 * Playwright to drive, installing Debian's package when it can (as root, with
 * apt-get), and otherwise stops with one line saying what the person should do.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM_MISSING, findChromium } from './chromium-path';

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Runs an apt-get step in view of the person, so its progress and errors are theirs to read. */
function aptGet(...args: string[]): void {
  const result = spawnSync('apt-get', args, { stdio: 'inherit' });
  if (result.status !== 0) {
    fail(
      `"apt-get ${args.join(' ')}" failed (exit ${result.status ?? result.signal}); ` +
        'install Chromium yourself or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

const named = process.env.CHROMIUM_PATH?.trim();
let chromium = findChromium();

// A CHROMIUM_PATH that points nowhere is a mistake to fix, not a reason to install a second browser.
if (!chromium && named) {
  fail(`CHROMIUM_PATH is "${named}", which is not an executable file: point it at a Chromium binary or unset it.`);
}

if (!chromium && process.getuid?.() === 0 && onPath('apt-get')) {
  console.log("Chromium not found; installing Debian's package with apt-get.");
  aptGet('update');
  aptGet('install', '-y', 'chromium');
  chromium = findChromium();
}

if (!chromium) fail(CHROMIUM_MISSING);
console.log(`End-to-end tests will use Chromium at ${chromium}.`);
