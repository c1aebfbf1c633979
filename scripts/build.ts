/**
 * `npm run build [-- <astro build options>]`: builds the site with `astro build`, then, once Astro's process has
 * ended, indexes it for search in this one, so the build's memory peak is the larger of the two rather than their
 * sum (see `INDEX_AFTER_BUILD_VARIABLE`). A script rather than `VAR=1 astro build && …` in package.json, which only a
 * POSIX shell understands: npm runs scripts with cmd.exe on Windows.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stepLogger, writeSearchIndex } from '../src/integrations/search-index';
import { afterBuild, astroBuild, type AfterBuild, type Command, type Ended } from './build-steps';

/** Astro's command-line script, found the way Node finds the package, wherever node_modules is. */
const ASTRO_SCRIPT = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Runs `command`, its output going straight to this terminal (colours and all), until it ends. */
function runToEnd({ program, args, env }: Command): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

/**
 * Runs `astro build` with `args` and says what comes next. The folder it built comes back in a file of a temporary
 * folder of its own, removed once read.
 */
async function buildSite(args: readonly string[]): Promise<AfterBuild> {
  const handoff = await mkdtemp(join(tmpdir(), 'archive-build-'));
  const builtSiteFile = join(handoff, 'built-site');
  try {
    const ended = await runToEnd(astroBuild(process.execPath, ASTRO_SCRIPT, args, process.env, builtSiteFile));
    const builtSite = await readFile(builtSiteFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    return afterBuild(ended, builtSite);
  } finally {
    await rm(handoff, { recursive: true, force: true });
  }
}

const next = await buildSite(process.argv.slice(2));
if ('index' in next) await writeSearchIndex(next.index, { logger: stepLogger });
else {
  console.error(next.message);
  process.exitCode = next.exitCode;
}
