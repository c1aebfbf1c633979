import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from './content';

export interface Run {
  code: number | null;
  /** stdout and stderr together, without colour codes: what the editor sees in the terminal. */
  output: string;
}

/**
 * Runs a command from the project root (or `cwd`), as an editor would, with `ARCHIVE_CONTENT_DIR` pointing at
 * `contentDir` and any other environment given.
 */
export function run(
  command: string,
  args: string[],
  contentDir: string,
  env: NodeJS.ProcessEnv = {},
  cwd = PROJECT_ROOT,
): Promise<Run> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, NO_COLOR: '1', ...env };
  delete fullEnv.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: fullEnv });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }));
  });
}

/**
 * Astro writes a build's server chunks into the project's `.astro/` folder whatever the output folder, so two
 * full builds of this checkout at once break each other ("Cannot find module .astro/.prerender/…"). Tests that
 * build run one at a time under this lock, a folder that only one process can create.
 */
const BUILD_LOCK = join(PROJECT_ROOT, '.astro', 'e2e-build.lock');
/** A lock older than this was left by a test run that was killed. */
const STALE_LOCK_MS = 10 * 60_000;

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(BUILD_LOCK).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > STALE_LOCK_MS) await rm(BUILD_LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * A full build of `contentDir` into `outDir`, with its own Astro cache in `cacheDir` and `--force`, so nothing
 * comes from an earlier build, run under the build lock. `env` adds settings; `cwd` builds another checkout.
 */
export const build = (
  contentDir: string,
  outDir: string,
  cacheDir: string,
  env: NodeJS.ProcessEnv = {},
  cwd = PROJECT_ROOT,
): Promise<Run> =>
  withBuildLock(() =>
    run(
      'npx',
      ['astro', 'build', '--force', '--outDir', outDir],
      contentDir,
      { ...env, ARCHIVE_CACHE_DIR: cacheDir },
      cwd,
    ),
  );

/**
 * A rebuild of `contentDir` into `outDir` that keeps what Astro's cache in `cacheDir` holds from an earlier build,
 * as a CI job that keeps that folder does: pages whose cache key, code and content are unchanged are copied from
 * the earlier build instead of rendered. `env` adds settings, the same as the earlier build's. Run under the build
 * lock.
 */
export const rebuild = (
  contentDir: string,
  outDir: string,
  cacheDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Run> =>
  withBuildLock(() =>
    run('npx', ['astro', 'build', '--outDir', outDir], contentDir, { ...env, ARCHIVE_CACHE_DIR: cacheDir }),
  );

/**
 * `npm run build -- --outDir <outDir>` of `contentDir`, as an editor or a CI job types it, with its own Astro cache in
 * `cacheDir`, run under the build lock.
 */
export const npmBuild = (contentDir: string, outDir: string, cacheDir: string): Promise<Run> =>
  withBuildLock(() =>
    run('npm', ['run', 'build', '--', '--outDir', outDir], contentDir, { ARCHIVE_CACHE_DIR: cacheDir }),
  );
