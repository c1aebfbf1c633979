/**
 * deploy/nginx.conf, as it is, in Debian's nginx over the fixture build: the headers, caching, compression, the
 * 404 page, redirects, and search in Chromium under the policy the server sends. nginx listens on 127.0.0.1 at
 * E2E_PORT + 2 (the previews use E2E_PORT and the port after it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy, INLINE_SCRIPT_FILES } from '../../src/lib/deploy/content-security-policy';
import { IMMUTABLE, REVALIDATE, securityHeaders } from '../../src/lib/deploy/server-headers';
import { articleUrl, homeUrl } from '../../src/lib/site/urls';
import { expect, expectNoMisconduct, test, watchContext } from './archive-test';
import { PROJECT_ROOT, published } from './content';
import { BROTLI_CONFIG, ensureNginx, get, startNginx, type NginxServer } from './nginx-server';
import { filterButton, filterOption, openSearch, resultTitles } from './search-helpers';

const PORT = Number(process.env.E2E_PORT ?? 4321) + 2;
const POLICY = headerPolicy(INLINE_SCRIPT_FILES.map((file) => readFileSync(join(PROJECT_ROOT, file), 'utf8')));

// One nginx for the whole file, so its tests share a worker.
test.describe.configure({ mode: 'default' });

let server: NginxServer | undefined;
let brotli = false;

test.beforeAll(async ({ outDir }) => {
  // Installing nginx with apt-get can take a while the first time.
  test.setTimeout(300_000);
  const nginx = ensureNginx();
  // CI can always install nginx and its brotli module; there, a missing one is a failure rather than a reason to skip.
  if ('missing' in nginx) {
    if (process.env.CI) throw new Error(`nginx tests cannot run in CI: ${nginx.missing}`);
    console.log(`Skipping the nginx tests: ${nginx.missing}.`);
    // The one skip the suite allows, outside CI only: a machine without nginx cannot run these tests at all.
    // eslint-disable-next-line playwright/no-skipped-test
    test.skip(true, nginx.missing);
    return;
  }
  brotli = nginx.brotli;
  if (!brotli && existsSync(join(PROJECT_ROOT, BROTLI_CONFIG))) {
    const missing = `nginx has no brotli module, so ${BROTLI_CONFIG} goes untested (apt-get install libnginx-mod-http-brotli-filter)`;
    if (process.env.CI) throw new Error(`nginx tests cannot run in CI: ${missing}`);
    console.log(`${missing}; only gzip is checked.`);
  }
  server = await startNginx(nginx.binary, { outDir, port: PORT, brotli });
});

test.afterAll(async () => {
  await server?.stop();
});

const origin = (): string => server?.origin ?? '';
const header = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : (value ?? '');

test('a page, the 404 page and a redirect all carry every security header', async () => {
  for (const path of [homeUrl(), '/no-such-page/', '/articles']) {
    const response = await get(origin(), path);
    for (const [name, value] of securityHeaders(POLICY)) {
      expect(header(response.headers[name.toLowerCase()]), `${name} on ${path}`).toBe(value);
    }
    // No version for anyone probing for known holes.
    expect(header(response.headers.server)).toBe('nginx');
  }
});

test('hashed files are cached for a year, pages and fixed-name files are revalidated', async ({ outDir }) => {
  const built = (pattern: RegExp): string => {
    const html = readFileSync(join(PROJECT_ROOT, outDir, 'search/index.html'), 'utf8');
    const match = pattern.exec(html)?.[1];
    if (!match) throw new Error(`No ${pattern} in the search page`);
    return match;
  };
  const entry = JSON.parse((await get(origin(), '/pagefind/pagefind-entry.json')).body.toString()) as {
    languages: Record<string, { hash: string }>;
  };
  const { hash } = Object.values(entry.languages)[0] ?? { hash: '' };
  const cases: [string, string][] = [
    [built(/href="(\/_astro\/[^"]+\.css)"/), IMMUTABLE],
    [built(/src="(\/_astro\/[^"]+\.js)"/), IMMUTABLE],
    [`/pagefind/pagefind.${hash}.pf_meta`, IMMUTABLE],
    [homeUrl(), REVALIDATE],
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    ['/pagefind/pagefind.js', REVALIDATE],
  ];
  for (const [path, cacheControl] of cases) {
    const response = await get(origin(), path);
    expect(response.status, path).toBe(200);
    expect(header(response.headers['cache-control']), path).toBe(cacheControl);
  }
});

test('pages, styles and scripts are compressed; Pagefind files, compressed already, are not', async () => {
  const encodings = brotli ? ['gzip', 'br'] : ['gzip'];
  for (const encoding of encodings) {
    for (const path of [homeUrl(), '/pagefind/pagefind-component-ui.js', '/pagefind/pagefind-component-ui.css']) {
      const response = await get(origin(), path, { 'accept-encoding': encoding });
      expect(header(response.headers['content-encoding']), `${path} with ${encoding}`).toBe(encoding);
      expect(header(response.headers.vary)).toMatch(/Accept-Encoding/i);
    }
    const wasm = await get(origin(), '/pagefind/wasm.en.pagefind', { 'accept-encoding': encoding });
    expect(header(wasm.headers['content-encoding'])).toBe('');
  }
  const page = await get(origin(), homeUrl());
  expect(header(page.headers['content-type'])).toBe('text/html; charset=utf-8');
});

test('a missing page answers 404 with the not-found page, and so does asking for it by name', async () => {
  for (const path of ['/no-such-page/', articleUrl('no-such-article'), '/404.html']) {
    const response = await get(origin(), path);
    expect(response.status, path).toBe(404);
    expect(response.body.toString(), path).toContain('This page is not in the archive');
  }
});

test('a folder without its slash redirects to the page, keeping the host', async ({ articles }) => {
  const slug = published(articles)[0]?.slug ?? '';
  const response = await get(origin(), articleUrl(slug).slice(0, -1));
  expect(response.status).toBe(301);
  expect(header(response.headers.location)).toBe(articleUrl(slug));
});

test("an article's former address and a line of the redirects list answer with a permanent redirect", async ({
  articles,
}) => {
  const renamed = published(articles).filter((a) => a.data.aliases.length > 0);
  expect(renamed.length, 'the fixtures have an article with former addresses').toBeGreaterThan(0);
  const cases: [string, string][] = [
    ...renamed.flatMap((a) => a.data.aliases.map((alias): [string, string] => [articleUrl(alias), articleUrl(a.slug)])),
    // tests/fixtures/redirects.txt
    ['/tags/fixture-old-topic/', '/tags/human-rights/'],
  ];
  for (const [from, to] of cases) {
    const response = await get(origin(), from);
    expect(response.status, from).toBe(301);
    expect(header(response.headers.location), from).toBe(to);
    expect((await get(origin(), to)).status, to).toBe(200);
  }
});

test('files written for servers are not served', async () => {
  for (const path of ['/_headers', '/_redirects', '/_redirects.nginx']) {
    expect((await get(origin(), path)).status, path).toBe(404);
  }
});

test('search works in Chromium under the policy the server sends, and no other site can frame a page', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: origin(), viewport: { width: 1280, height: 2400 } });
  const misconduct = watchContext(context, origin());
  const warnings: string[] = [];
  context.on('console', (message) => {
    if (/Permissions-Policy|Referrer|Cross-Origin/i.test(message.text())) warnings.push(message.text());
  });
  const page = await context.newPage();
  const response = await page.goto(homeUrl());
  expect(response?.headers()['content-security-policy']).toBe(POLICY);

  await openSearch(page, 'organ');
  await filterButton(page, 'topic').click();
  await filterOption(page, 'topic', '').first().click();
  await page.keyboard.press('Escape');
  await expect(resultTitles(page).first()).toBeVisible();
  await resultTitles(page).first().click();
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  expectNoMisconduct(misconduct);
  expect(warnings).toEqual([]);

  // frame-ancestors 'none': a page that tries to frame the archive gets nothing.
  const framer = await context.newPage();
  await framer.setContent(`<iframe src="${origin()}${homeUrl()}"></iframe>`);
  // Chromium puts its own error page in place of the refused one.
  await expect.poll(() => framer.frames()[1]?.url()).toMatch(/^chrome-error:/);
  expect(misconduct.violations.join('\n')).toMatch(/frame-ancestors/);
  await context.close();
});
