import satori from 'satori';
import sharp from 'sharp';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { articleCard, CARD_FONTS } from '../src/lib/site/card';
import { CARD_SIZE } from '../src/consts';
const require = createRequire(join(process.cwd(), 'package.json'));
const f = async (name: string, weight: 400 | 600, file: string) => ({ name, weight, style: 'normal' as const, data: await readFile(require.resolve(file)) });
const fonts = [await f(CARD_FONTS.serif, 600, '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff'), await f(CARD_FONTS.sans, 400, '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'), await f(CARD_FONTS.sans, 600, '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff')];
const tree = articleCard({ siteTitle: 'Forced Organ Harvesting Archive', title: 'Coalition urges CCP to end organ harvesting, citing new evidence from hospitals', publication: 'The Epoch Times', date: '12 March 2024' } as any, CARD_SIZE);
const N = 20;
let t = performance.now(); let svg = '';
for (let i = 0; i < N; i++) svg = await satori(tree as any, { ...CARD_SIZE, fonts });
console.log('satori ms', ((performance.now() - t) / N).toFixed(1), 'svg bytes', svg.length);
sharp.concurrency(1);
const variants: [string, (s: sharp.Sharp) => sharp.Sharp][] = [
  ['palette c9 (now)', (s) => s.png({ palette: true, compressionLevel: 9 })],
  ['palette effort1 c9', (s) => s.png({ palette: true, compressionLevel: 9, effort: 1 })],
  ['palette 16col effort1', (s) => s.png({ palette: true, colours: 16, compressionLevel: 9, effort: 1 })],
  ['palette 16col effort1 nodither', (s) => s.png({ palette: true, colours: 16, compressionLevel: 9, effort: 1, dither: 0 })],
  ['palette 16col c6', (s) => s.png({ palette: true, colours: 16, compressionLevel: 6, effort: 1, dither: 0 })],
  ['raster only (raw)', (s) => s.raw()],
];
for (const [name, v] of variants) {
  t = performance.now(); let out: Buffer = Buffer.alloc(0);
  for (let i = 0; i < N; i++) out = await v(sharp(Buffer.from(svg))).toBuffer();
  console.log(name.padEnd(34), ((performance.now() - t) / N).toFixed(1), 'ms', out.length, 'bytes');
  if (name.startsWith('palette 16col effort1 nodither')) await sharp(out).toFile('/tmp/card16.png');
  if (name.startsWith('palette c9')) await sharp(out).toFile('/tmp/cardnow.png');
}
