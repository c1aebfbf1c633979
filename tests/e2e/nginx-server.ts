import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './content';

/** The paths deploy/nginx.conf is written for, which the test replaces with its own. */
export const DEPLOY_ROOT = '/srv/organ-harvesting-archive/dist';
export const DEPLOY_LISTEN = ['listen 80;', 'listen [::]:80;'];

/** The brotli settings deploy/ offers beside nginx.conf, for servers with the module. */
export const BROTLI_CONFIG = 'deploy/nginx-brotli.conf';

const NGINX_BINARIES = ['/usr/sbin/nginx', '/usr/bin/nginx'];
const BROTLI_MODULE = '/etc/nginx/modules-enabled/50-mod-http-brotli-filter.conf';

const findNginx = (): string | undefined => NGINX_BINARIES.find((path) => existsSync(path));

/**
 * Debian's nginx, installed with apt-get when it is missing and this is root on a machine with apt (CI always
 * is); with the brotli module, so the brotli settings are tested too. Returns the binary, or why there is none.
 */
export function ensureNginx(): { binary: string; brotli: boolean } | { missing: string } {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if ((!findNginx() || !existsSync(BROTLI_MODULE)) && canInstall) {
    const install = (): number | null =>
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx', 'libnginx-mod-http-brotli-filter'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status;
    if (install() !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit' });
      install();
    }
  }
  const binary = findNginx();
  if (!binary) {
    return {
      missing: canInstall
        ? 'apt-get could not install nginx'
        : 'nginx is not installed, and installing it needs root and apt-get (apt-get install nginx libnginx-mod-http-brotli-filter)',
    };
  }
  return { binary, brotli: existsSync(BROTLI_MODULE) };
}

/**
 * deploy/nginx.conf made to serve `outDir` on 127.0.0.1:`port`: only the `listen` lines and the root path change,
 * and the test fails if they cannot be found, so the file under test is the file in the repository.
 */
export function configForTest(outDir: string, port: number): string {
  let config = readFileSync(join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8');
  for (const line of [...DEPLOY_LISTEN, DEPLOY_ROOT]) {
    if (!config.includes(line)) throw new Error(`deploy/nginx.conf no longer contains "${line}"; update the test`);
  }
  config = config.replace(DEPLOY_LISTEN[0] ?? '', `listen 127.0.0.1:${port};`).replace(DEPLOY_LISTEN[1] ?? '', '');
  return config.replaceAll(DEPLOY_ROOT, join(PROJECT_ROOT, outDir));
}

/** A running nginx serving a build; `stop` ends it and removes its files. */
export interface NginxServer {
  origin: string;
  stop: () => Promise<void>;
  errorLog: () => string;
}

/** Starts `binary` in the foreground with deploy/nginx.conf over `outDir`, and waits until it answers. */
export async function startNginx(
  binary: string,
  { outDir, port, brotli }: { outDir: string; port: number; brotli: boolean },
): Promise<NginxServer> {
  const dir = mkdtempSync(join(tmpdir(), 'archive-nginx-'));
  for (const sub of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'archive.conf'), configForTest(outDir, port));
  const errorLog = join(dir, 'error.log');
  const main = [
    // Started by root, nginx runs its workers as "nobody", who cannot read a checkout in a private folder (a
    // `mktemp -d` clone is 0700): they run as the tests' own user instead, who built the site.
    ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${errorLog} warn;`,
    // Debian's way of loading modules, brotli among them when installed.
    ...(globSync('/etc/nginx/modules-enabled/*.conf').length > 0 ? ['include /etc/nginx/modules-enabled/*.conf;'] : []),
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${join(dir, kind === 'client_body' ? 'client' : kind)};`,
    ),
    `  include ${join(dir, 'archive.conf')};`,
    ...(brotli ? [`  include ${join(PROJECT_ROOT, BROTLI_CONFIG)};`] : []),
    '}',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), main);

  const args = ['-e', errorLog, '-c', join(dir, 'nginx.conf')];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t refused deploy/nginx.conf:\n${check.stderr}`);
  }

  const child: ChildProcess = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  // What the last attempt saw, so a timeout says whether nginx answered wrongly or not at all.
  let lastAnswer: string;
  for (;;) {
    if (child.exitCode !== null) {
      const log = readFileSync(errorLog, 'utf8');
      await stop();
      throw new Error(`nginx exited at once:\n${log}`);
    }
    try {
      const { status } = await get(origin, '/');
      if (status === 200) break;
      lastAnswer = `status ${status} for /`;
    } catch (error) {
      // Not listening yet.
      lastAnswer = (error as Error).message;
    }
    if (Date.now() > deadline) {
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '(none written)';
      await stop();
      throw new Error(
        `nginx did not answer 200 on ${origin} within 15 s (last: ${lastAnswer}); its error log:\n${log}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop, errorLog: () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '') };
}

/** A raw HTTP response: no redirect followed, nothing decompressed. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GETs `path` from `origin` with `headers`, as a plain HTTP client sees the answer. */
export function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, origin), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
