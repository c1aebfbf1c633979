import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { buildCacheDir, installedVersions, writeFileWhole } from '../lib/build/cache-dir';
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

/**
 * A card is flat colour and anti-aliased text, which 16 colours without dithering draw with no visible difference.
 * Encoding is most of a first build's cost per article, so the settings are chosen for it: for a three-line title,
 * 256 dithered colours took 89 ms and 28.6 KB, these take 22 ms and 18.5 KB (full colour 51.8 KB).
 */
const PNG_SETTINGS = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

/** The packages that draw a card, whose upgrades may draw the same tree differently. */
const DRAWING_PACKAGES = ['satori', 'sharp', '@fontsource/source-serif-4', '@fontsource/source-sans-3'] as const;

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

let drawingDigest: string | undefined;

/**
 * A digest of everything a card's picture depends on besides its tree and size: which font files, the PNG settings and
 * the versions of the packages that draw it. A change to any of them draws every card again; nothing has to be
 * bumped by hand.
 */
function drawing(): string {
  drawingDigest ??= createHash('sha256')
    .update(JSON.stringify({ FONT_FILES, PNG_SETTINGS, versions: installedVersions(DRAWING_PACKAGES) }))
    .digest('hex');
  return drawingDigest;
}

/**
 * A card drawn as a PNG of `size`. Drawing takes tens of milliseconds, which adds up
 * over tens of thousands of articles, so each card is cached on disk under a hash of
 * its tree and only new or changed cards are drawn again.
 */
export async function renderCard(tree: CardNode, size: CardSize): Promise<Buffer> {
  const key = createHash('sha256').update(drawing()).update(JSON.stringify({ tree, size })).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  // Satori's types expect React elements; the tree has exactly their shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...size, fonts: await loadFonts() });
  const png = await sharp(Buffer.from(svg)).png(PNG_SETTINGS).toBuffer();
  writeFileWhole(cached, png);
  return png;
}
