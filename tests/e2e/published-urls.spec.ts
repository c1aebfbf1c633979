/**
 * Links never break: every address in published-urls.txt still answers, with its page
 * or a redirect to a live page, and every permanent address of the build is on the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPermanentPaths } from '../../scripts/built-site';
import { parsePublishedUrls, PUBLISHED_URLS_FILE } from '../../src/lib/deploy/published-urls';
import { expect, test } from './archive-test';
import { PROJECT_ROOT } from './content';

const listed = parsePublishedUrls(readFileSync(join(PROJECT_ROOT, PUBLISHED_URLS_FILE), 'utf8'));
const REFRESH = /<meta http-equiv="refresh" content="\d+;url=([^"]+)">/;

test('the list is not empty and holds each address once', () => {
  expect(listed.length).toBeGreaterThan(0);
  expect(new Set(listed).size).toBe(listed.length);
});

test('every listed address still answers, with its page or a redirect to a live page', async ({ request }) => {
  const dead: string[] = [];
  for (const path of listed) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      dead.push(`${path} answers ${response.status()}`);
      continue;
    }
    const target = REFRESH.exec(await response.text())?.[1];
    if (target === undefined) continue;
    const landing = await request.get(target, { maxRedirects: 0 });
    const body = await landing.text();
    if (landing.status() !== 200 || REFRESH.test(body))
      dead.push(`${path} redirects to ${target}, which is not a live page`);
  }
  expect(
    dead,
    'Keep each of these alive with an alias in the article that moved, or a line in content/redirects.txt (docs/editing.md)',
  ).toEqual([]);
});

test('every permanent address of the build is on the list', ({ outDir }) => {
  const built = builtPermanentPaths(join(PROJECT_ROOT, outDir));
  expect(
    built.filter((path) => !listed.includes(path)),
    `New addresses: run "npm run urls:update" and commit ${PUBLISHED_URLS_FILE}`,
  ).toEqual([]);
});
