import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './temp-folder';

describe('tempFolder', () => {
  // The tests of a file run in order: the second checks what the first left behind.
  let made = '';

  it('makes a fresh empty folder each call', () => {
    made = tempFolder('temp-folder');
    writeFileSync(join(made, 'file.txt'), 'x');
    const other = tempFolder('temp-folder');
    expect(other).not.toBe(made);
    expect(readdirSync(other)).toEqual([]);
  });

  it('removes it, with what it holds, once the test that made it has ended', () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });
});
