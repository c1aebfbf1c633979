import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from './content';

export interface Run {
  code: number | null;
  /** stdout and stderr together, without colour codes: what the editor sees in the terminal. */
  output: string;
}

/**
 * Runs a command from the project root, as an editor would, with `ARCHIVE_CONTENT_DIR` pointing at `contentDir`
 * and any other environment given.
 */
export function run(command: string, args: string[], contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, NO_COLOR: '1', ...env };
  delete fullEnv.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: fullEnv });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }));
  });
}

/**
 * A full build of `contentDir` into `outDir`, with its own Astro cache in `cacheDir` so that builds running side
 * by side never share one, and `--force` so nothing comes from an earlier build.
 */
export const build = (contentDir: string, outDir: string, cacheDir: string): Promise<Run> =>
  run('npx', ['astro', 'build', '--force', '--outDir', outDir], contentDir, { ARCHIVE_CACHE_DIR: cacheDir });
