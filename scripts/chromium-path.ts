import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian and Ubuntu put Chromium, in the order we try them. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** The one line a person sees when no Chromium can be found; it says what to do, not what went wrong inside. */
export const CHROMIUM_MISSING =
  "Chromium not found: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.";

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium binary the end-to-end tests drive, or `undefined` when there is none.
 * `CHROMIUM_PATH` wins when set: a person who names a binary means that one, so a
 * wrong value is reported rather than quietly replaced by the system browser.
 * Playwright's own browser download is never used; this machine has no network for it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) return isExecutableFile(chosen) ? chosen : undefined;
  return CHROMIUM_CANDIDATES.find(isExecutableFile);
}
