/**
 * Run after `npm install` changes `package-lock.json`: `npm run lockfile:complete`.
 *
 * The registry mirror on the project's machines holds only some platforms' builds of
 * packages such as `pagefind` and `@astrojs/compiler-binding`. `npm install` leaves an
 * optional dependency it cannot fetch out of the lock, and `npm ci` then refuses that
 * lock as out of sync with package.json ("Missing: @pagefind/darwin-arm64@ from lock
 * file"). This records each such dependency under the package that wants it, with its
 * exact version and no download address; `npm ci` accepts the lock, and on a platform
 * that needs the build it fetches it as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockedPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

const LOCKFILE = 'package-lock.json';
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;

const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8')) as { packages: Record<string, LockedPackage> };
const { packages } = lock;

/** The lock path Node would load `name` from when required by the package at `from`, if the lock holds one. */
function resolveFrom(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

const added: string[] = [];
for (const [path, locked] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(locked.optionalDependencies ?? {})) {
    // Ranges (fsevents@~2.3.3 and the like) are left for npm to resolve; only pinned platform builds go missing.
    if (!EXACT_VERSION.test(version)) continue;
    const resolved = resolveFrom(path, name);
    if (resolved && packages[resolved]?.version === version) continue;
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    packages[nested] = { version, ...(locked.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${version} (for ${path || 'the project'})`);
  }
}

if (added.length === 0) {
  console.log(`${LOCKFILE} already lists every pinned optional dependency.`);
} else {
  // npm lists the project itself (path "") first, then every package by path.
  lock.packages = Object.fromEntries(
    Object.entries(packages).toSorted(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Added to ${LOCKFILE}:\n${added.map((line) => `  ${line}`).join('\n')}`);
}
