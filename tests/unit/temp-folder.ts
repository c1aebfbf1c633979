import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh, empty folder in the system's temporary folder, named after `prefix`, removed when the test that asked for
 * it ends, whether it passed or not. Call it inside a test: the removal is tied to that test.
 */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
