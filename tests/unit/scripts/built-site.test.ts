import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPermanentPaths } from '../../../scripts/built-site';

describe('builtPermanentPaths', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('lists pages and feeds of a built site, not redirect pages, later listing pages or assets', async () => {
    dir = await mkdtemp(join(tmpdir(), 'archive-built-'));
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>Home</title>',
      'articles/a/index.html': '<!doctype html><title>A</title>',
      'articles/old-a/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/articles/a/">',
      'tags/x/index.html': '<!doctype html>',
      'tags/x/2/index.html': '<!doctype html>',
      'tags/x/rss.xml': '<rss/>',
      'rss.xml': '<rss/>',
      '404.html': '<!doctype html>',
      'cards/articles/a.png': 'png',
      'sitemap-index.xml': '<sitemapindex/>',
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(join(dir, dirname(file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    expect(builtPermanentPaths(dir)).toEqual(['/', '/articles/a/', '/rss.xml', '/tags/x/', '/tags/x/rss.xml']);
  });
});
