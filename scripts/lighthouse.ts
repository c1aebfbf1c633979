/**
 * `npm run lighthouse`: serves the built site (`dist/`, or `--dist <folder>`) on
 * 127.0.0.1, runs Lighthouse on the home page, an article and the search page in
 * the system Chromium, prints the four scores of each, and fails when any is below
 * 95 (`--min` changes that). Build first: `npm run build && npm run lighthouse`.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_MISSING, findChromium } from './bench/chromium';
import { CATEGORIES, auditPages, pagesToAudit, scoresBelow } from './bench/lighthouse';
import { serveStatic } from './bench/static-server';

const USAGE = `Usage: npm run lighthouse -- [--dist dist] [--port 4376] [--min 95]
  --dist  the built site to audit (default dist/, made by npm run build)
  --port  where to serve it on 127.0.0.1; Chromium's debugging port is the next one (default 4376)
  --min   the lowest acceptable score in any category (default 95)`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dist: { type: 'string', default: 'dist' },
        port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4376' },
        min: { type: 'string', default: '95' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [port, minimum] = [Number(values.port), Number(values.min)];
  if (!Number.isInteger(port) || !Number.isFinite(minimum)) {
    console.error(
      `--port must be a whole number and --min a number; got "${values.port}" and "${values.min}".\n\n${USAGE}`,
    );
    return 2;
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.error(CHROMIUM_MISSING);
    return 1;
  }
  try {
    await access(join(values.dist, 'index.html'));
  } catch {
    console.error(`No built site in ${values.dist}/ (index.html is missing): run npm run build first.`);
    return 1;
  }

  const server = await serveStatic(values.dist, port);
  try {
    const pages = await auditPages(server.url, await pagesToAudit(values.dist), {
      chromiumPath,
      debuggingPort: port + 1,
    });
    const width = Math.max(...pages.map((p) => p.path.length));
    console.log(`${'page'.padEnd(width)}  ${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
    for (const page of pages)
      console.log(`${page.path.padEnd(width)}  ${CATEGORIES.map((c) => String(page.scores[c]).padStart(16)).join('')}`);
    const low = scoresBelow(pages, minimum);
    if (low.length > 0) {
      console.error(`\nBelow ${minimum}:\n${low.map((line) => `  ${line}`).join('\n')}`);
      return 1;
    }
    console.log(`\nEvery score is ${minimum} or more.`);
    return 0;
  } finally {
    await server.close();
  }
}

process.exitCode = await main();
