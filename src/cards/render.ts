import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { buildCacheDir, writeFileWhole } from '../lib/build/cache-dir';
import { CARD_FONTS, type CardNode, type CardSize } from '../lib/site/card';

/**
 * The fonts a card is drawn with, from the `@fontsource` packages (WOFF, which Satori
 * reads; it cannot read WOFF2). Latin and Latin Extended cover the archive's English
 * text with accents and typographic quotes; a character outside them is drawn as a box.
 */
const FONT_FILES = [
  {
    name: CARD_FONTS.serif,
    weight: 600,
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff',
  },
  {
    name: CARD_FONTS.serif,
    weight: 600,
    file: '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff',
  },
  { name: CARD_FONTS.sans, weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
  {
    name: CARD_FONTS.sans,
    weight: 400,
    file: '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff',
  },
  { name: CARD_FONTS.sans, weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff' },
  {
    name: CARD_FONTS.sans,
    weight: 600,
    file: '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff',
  },
] as const;

/** Bump when the drawing changes in a way the card's tree does not show (fonts, PNG settings), to empty the cache. */
const RENDER_VERSION = 3;

/** Where drawn cards are kept between builds, keyed by what they show. */
const CACHE_DIR = buildCacheDir('cards');

type SatoriFont = { name: string; data: Buffer; weight: 400 | 600; style: 'normal' };
let fonts: Promise<SatoriFont[]> | undefined;

function loadFonts(): Promise<SatoriFont[]> {
  // Resolved from the project root: the built endpoint runs from a chunk in dist, not from src.
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(file)),
    })),
  );
  return fonts;
}

/**
 * A card drawn as a PNG of `size`. Drawing takes tens of milliseconds, which adds up
 * over tens of thousands of articles, so each card is cached on disk under a hash of
 * its tree and only new or changed cards are drawn again.
 */
export async function renderCard(tree: CardNode, size: CardSize): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ tree, size, RENDER_VERSION })).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  // Satori's types expect React elements; the tree has exactly their shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...size, fonts: await loadFonts() });
  // A card is flat colour and anti-aliased text, which 16 colours without dithering draw with no visible
  // difference. Encoding is most of a first build's cost per article, so the settings are chosen for it: for a
  // three-line title, 256 dithered colours took 89 ms and 28.6 KB, these take 22 ms and 18.5 KB (full colour 51.8 KB).
  const png = await sharp(Buffer.from(svg))
    .png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
  writeFileWhole(cached, png);
  return png;
}
