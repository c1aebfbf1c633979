import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  integrity?: string;
  link?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
}

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};
/** Every installed package of the lock: the project itself (path "") and links to local folders fetch nothing. */
const fetched = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);

describe('package-lock.json', () => {
  it('is the lock npm 7 and later write, with a path for every package', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(fetched.length).toBeGreaterThan(0);
  });

  // An entry without a hash is installed unverified by `npm ci`. npm writes one for every package it resolved
  // from the registry; an entry without it was written by hand or by a script.
  it('carries the integrity hash of every package it installs', () => {
    const unverified = fetched.filter(([, entry]) => !entry.integrity?.startsWith('sha512-')).map(([path]) => path);
    expect(unverified, 'entries without a sha512 integrity; regenerate them with `npm install`').toEqual([]);
  });

  it('gives every entry the exact version it installs', () => {
    const unversioned = fetched.filter(([, entry]) => !entry.version).map(([path]) => path);
    expect(unversioned).toEqual([]);
  });
});
