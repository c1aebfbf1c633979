import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { permanentPath } from '../src/lib/deploy/published-urls';

/**
 * Every permanent address of the site built in `outDir`: its pages and feeds, without
 * the redirect pages of old addresses (they keep an address alive but are no page of their own).
 */
export function builtPermanentPaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => !(file.endsWith('.html') && readFileSync(join(outDir, file), 'utf8').includes('http-equiv="refresh"')),
    )
    .map(permanentPath)
    .filter((path): path is string => path !== undefined)
    .toSorted();
}
