import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/cards/render';
import { articleCard } from '../../../src/lib/site/card';

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderCard', () => {
  const size = { width: 1200, height: 630 };

  it('draws a PNG of the size asked for, with the bundled fonts and no network', async () => {
    const tree = articleCard(
      { siteTitle: 'Archive', title: `Petr Šváb’s “test” card ${Date.now()}`, publication: 'The Epoch Times' },
      size,
    );
    expect(pngSize(await renderCard(tree, size))).toEqual(size);
  }, 30_000);

  it('gives the same picture for the same card, from the cache the second time', async () => {
    const tree = articleCard({ siteTitle: 'Archive', title: 'A card drawn twice' }, size);
    const first = await renderCard(tree, size);
    const started = performance.now();
    const second = await renderCard(tree, size);
    expect(second.equals(first)).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  }, 30_000);

  it('draws a different picture for a different title', async () => {
    const a = await renderCard(articleCard({ siteTitle: 'Archive', title: 'First title' }, size), size);
    const b = await renderCard(articleCard({ siteTitle: 'Archive', title: 'Second title' }, size), size);
    expect(a.equals(b)).toBe(false);
  }, 30_000);
});
