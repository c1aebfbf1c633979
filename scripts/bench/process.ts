/**
 * Runs a command and measures it from outside: wall time, and the peak memory of
 * the command with every process it starts (Astro's build runs Pagefind as a child
 * process, so the Node process alone would miss part of it).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** What one measured run of a command gave. */
export interface MeasuredRun {
  /** Wall time from start to exit, in milliseconds. */
  ms: number;
  /** The largest resident memory of the process tree seen at any sample, in bytes. */
  peakRssBytes: number;
  /** The largest resident memory seen for each program in the tree (`node`, `pagefind_extended`), in bytes. */
  peakRssByProgram: Record<string, number>;
  /** Standard output and error, interleaved as they arrived. */
  output: string;
  exitCode: number;
}

/**
 * Memory is sampled this often; a peak shorter than this can be missed, which is why the figure is a lower bound.
 * Each sample reads /proc synchronously (about 10 ms on a busy machine), so sampling takes about 2% of one core
 * away from the build it measures; asynchronous reads cost several times more.
 */
const SAMPLE_MS = 500;

/** The pid and parent pid of every process on the machine (Linux `/proc`), and each one's program name. */
function processParents(): { parents: Map<number, number>; names: Map<number, string> } {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses; the parent pid is the second field after it.
      const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(afterName[1]));
      names.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return { parents, names };
}

/** The pids of `root` and all its descendants, given every process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found = [root];
  for (const pid of found) found.push(...(children.get(pid) ?? []));
  return found;
}

/** Resident memory in bytes from the text of `/proc/<pid>/status`, or 0 if it has no `VmRSS` line (a zombie). */
export function rssFromStatus(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The resident memory of `root` and its descendants: in all, and per program name. */
function treeRss(root: number): { total: number; byProgram: Map<string, number> } {
  const { parents, names } = processParents();
  const byProgram = new Map<string, number>();
  let total = 0;
  for (const pid of descendants(root, parents)) {
    try {
      const rss = rssFromStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss;
      const name = names.get(pid) ?? 'unknown';
      byProgram.set(name, (byProgram.get(name) ?? 0) + rss);
    } catch {
      // Gone already.
    }
  }
  return { total, byProgram };
}

/** Runs `command` with `args` and returns its time, peak memory and output; it never throws on a non-zero exit. */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: (chunk: string) => void },
): Promise<MeasuredRun> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    options.echo?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let peakRssBytes = 0;
  const peakRssByProgram: Record<string, number> = {};
  const timer = setInterval(() => {
    if (child.pid === undefined || child.exitCode !== null) return;
    const { total, byProgram } = treeRss(child.pid);
    peakRssBytes = Math.max(peakRssBytes, total);
    for (const [name, rss] of byProgram) peakRssByProgram[name] = Math.max(peakRssByProgram[name] ?? 0, rss);
  }, SAMPLE_MS);

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  }).finally(() => clearInterval(timer));
  const ms = performance.now() - start;
  return { ms, peakRssBytes, peakRssByProgram, output, exitCode };
}
