/**
 * A small static server for measuring a built site as a host would serve it:
 * `/x/` from `/x/index.html`, gzip for text when the browser asks for it,
 * long caching for Astro's hashed `/_astro/` files, and 404.html for the rest.
 * `astro preview` sends nothing compressed, which would inflate every byte count.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files are gzipped already; sending them as they are is what its docs ask of a host.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types worth compressing on the way out. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** The file to answer a URL path with, inside `root`; `undefined` for a path that tries to leave it. */
export function fileForPath(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const base = normalize(root);
  const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : undefined;
}

/** Serves `root` on 127.0.0.1:`port` until `close()`. */
export async function serveStatic(root: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const asked = fileForPath(root, request.url ?? '/');
    const found = asked ? await stat(asked).catch(() => undefined) : undefined;
    if (found?.isDirectory()) {
      response.writeHead(301, { location: `${request.url}/` }).end();
      return;
    }
    const [file, status] = asked && found ? [asked, 200] : [join(root, '404.html'), 404];
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': request.url?.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    const body = createReadStream(file);
    body.on('error', () => response.destroy());
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else if (gzip) body.pipe(createGzip({ level: 6 })).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
