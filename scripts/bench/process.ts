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
  /** CPU seconds (user + system) the process tree used, from its samples: a lower bound, see `treeSample`. */
  cpuSeconds: number;
  /** CPU seconds every process on the machine used meanwhile, the tree included (from `/proc/stat`). */
  machineCpuSeconds: number;
  /** The mean of the machine's one-minute load average over the samples. */
  meanLoad: number;
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

/** Clock ticks per second in `/proc` times: 100 on every Linux build this runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/**
 * User plus system CPU time in clock ticks from the text of `/proc/<pid>/stat`, its waited-for children left out
 * (they are counted on their own while they run).
 * @example cpuTicksFromStat('42 (node) S 1 42 42 0 -1 0 0 0 0 0 150 30 7 1 20 0') // 180
 */
export function cpuTicksFromStat(stat: string): number {
  // Fields after the command name start with the state (field 3); utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

/**
 * Busy clock ticks of all cores since boot, from the first line of `/proc/stat`: everything but idle and I/O wait.
 * @example machineBusyTicks('cpu  100 5 40 900 20 0 3 2 0 0\ncpu0 …') // 150
 */
export function machineBusyTicks(procStat: string): number {
  const fields = (procStat.split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return user + nice + system + irq + softirq + steal;
}

const readMachineBusy = (): number => machineBusyTicks(readFileSync('/proc/stat', 'utf8'));
const readLoad = (): number => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** The pid and parent pid of every process on the machine (Linux `/proc`), each one's program name and CPU ticks. */
function processParents(): { parents: Map<number, number>; names: Map<number, string>; ticks: Map<number, number> } {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses; the parent pid is the second field after it.
      const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(afterName[1]));
      names.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      ticks.set(Number(name), cpuTicksFromStat(stat));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return { parents, names, ticks };
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

/**
 * The resident memory of `root` and its descendants (in all, and per program name), and each one's CPU ticks so far.
 * CPU time a process used after its last sample is not seen, nor that of a child that lived less than one interval.
 */
function treeSample(root: number): { total: number; byProgram: Map<string, number>; ticks: Map<number, number> } {
  const { parents, names, ticks: allTicks } = processParents();
  const byProgram = new Map<string, number>();
  const ticks = new Map<number, number>();
  let total = 0;
  for (const pid of descendants(root, parents)) {
    ticks.set(pid, allTicks.get(pid) ?? 0);
    try {
      const rss = rssFromStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss;
      const name = names.get(pid) ?? 'unknown';
      byProgram.set(name, (byProgram.get(name) ?? 0) + rss);
    } catch {
      // Gone already.
    }
  }
  return { total, byProgram, ticks };
}

/** Runs `command` with `args` and returns its time, peak memory and output; it never throws on a non-zero exit. */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: (chunk: string) => void },
): Promise<MeasuredRun> {
  const start = performance.now();
  const machineBusyAtStart = readMachineBusy();
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
  const treeTicks = new Map<number, number>();
  const loads: number[] = [];
  const timer = setInterval(() => {
    if (child.pid === undefined || child.exitCode !== null) return;
    const { total, byProgram, ticks } = treeSample(child.pid);
    peakRssBytes = Math.max(peakRssBytes, total);
    for (const [name, rss] of byProgram) peakRssByProgram[name] = Math.max(peakRssByProgram[name] ?? 0, rss);
    for (const [pid, used] of ticks) treeTicks.set(pid, Math.max(treeTicks.get(pid) ?? 0, used));
    loads.push(readLoad());
  }, SAMPLE_MS);

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  }).finally(() => clearInterval(timer));
  const ms = performance.now() - start;
  const machineCpuSeconds = (readMachineBusy() - machineBusyAtStart) / TICKS_PER_SECOND;
  const cpuSeconds = [...treeTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
  const meanLoad = loads.length > 0 ? loads.reduce((a, b) => a + b, 0) / loads.length : readLoad();
  return { ms, peakRssBytes, peakRssByProgram, cpuSeconds, machineCpuSeconds, meanLoad, output, exitCode };
}
