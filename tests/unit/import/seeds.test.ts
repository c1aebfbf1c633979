import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportOptions } from '../../../scripts/import/article';
import { sha256Hex } from '../../../src/lib/content/captures';
import { findUnfaithfulness } from '../../../src/lib/content/faithfulness';

/**
 * Importing each raw seed reproduces its article and its capture. The expected articles are kept as
 * fixtures (tests/fixtures/seeds/expected/), so an editor's later change to content/ never fails a unit
 * test. Each equals its file in content/articles/ in everything the importer writes: the body, title,
 * description, authors, publication, dates, language, `removed` and `capture`. The options are what only
 * an editor can add: the slug they chose, tags, a title for a text without a headline, and their own words
 * for the editor's note. One thing in content/ the importer cannot write: the "skeptical" article's
 * `![](not-preserved:video)` after each of its three "Watch … here:" lines, which an editor added knowing a
 * video stood there; the copied text shows nothing of them, so its fixture has no marker.
 */

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
/** The day the seed articles entered the archive (the commit that added them). */
const SEEDS_ADDED = '2026-11-22';
const EXPECTED = new URL('../../fixtures/seeds/expected/', import.meta.url);

const SEED_IMPORTS: { seed: string; slug: string; options: ImportOptions }[] = [
  {
    seed: '000_d7f5f34c62be811a.txt',
    slug: 'ccp-officials-fear-investigation',
    options: {
      title: 'CCP officials worry the United States will investigate the regime’s crimes of killing for organs',
      tags: ['Falun Gong', 'United States', 'Chinese Communist Party'],
    },
  },
  {
    seed: '001_724dd4794ec6e017.txt',
    slug: 'wang-lijun-organ-harvest-files',
    options: { tags: ['Wang Lijun', 'Falun Gong', 'United States', 'Chinese Communist Party'] },
  },
  {
    seed: '002_b3ed8675ec58ab28.txt',
    slug: 'skeptical-about-organ-harvesting-watch-this',
    options: {
      tags: ['Falun Gong', 'Bloody Harvest', 'David Kilgour', 'David Matas', 'Ethan Gutmann'],
      editorNote:
        'The four round-table videos the article presented were not preserved; the lines that introduce them are kept as written.',
    },
  },
  {
    seed: '003_d78681dd366caea6.txt',
    slug: 'us-urges-independent-probe',
    options: {
      tags: ['United States', 'Chinese Communist Party', 'Prisoners of conscience'],
      editorNote:
        'Unverified quotations. The article quotes a "US Secretary of State Jessica Ramirez" and an ' +
        '"Amnesty International spokesperson Emily Carter". On 2 July 2024 the U.S. Secretary of State was Antony ' +
        'Blinken, and the archive could not match either person to the office named, so the quotations attributed ' +
        'to them are unverified. The text is kept as published.',
    },
  },
  {
    seed: '004_4f1f1e2a4f0489b8.txt',
    slug: 'coalition-urges-ccp-to-end-organ-harvesting',
    options: {
      title:
        'International coalition of nongovernment organizations wants the CCP to end its forced organ harvesting practices',
      tags: ['Falun Gong', 'Uighurs', 'China Tribunal', 'United States'],
    },
  },
];

describe.each(SEED_IMPORTS)('importing $seed', ({ seed, slug, options }) => {
  const result = importArticle({
    file: `tests/fixtures/seeds/${seed}`,
    bytes: readFileSync(new URL(seed, SEEDS)),
    options: { ...options, slug, added: SEEDS_ADDED },
    contentDir: 'content/articles',
    existing: new Map(),
    capturesDir: 'content/captures',
    captures: new Map(),
    force: false,
  });
  if (!result.ok) throw new Error(result.error);
  const [, frontMatter = '', body = ''] = result.markdown.split(/^---$/m);
  const fields = load(frontMatter) as { removed?: { text: string }[]; capture?: { sha256: string } };

  it(`reproduces ${slug}.md exactly`, () => {
    const expected = readFileSync(new URL(`${slug}.md`, EXPECTED), 'utf8');
    expect(result.markdown).toBe(expected);
  });

  it(`keeps the seed byte for byte as content/captures/${slug}.txt, its hash recorded`, () => {
    expect(result.capture.target).toBe(`content/captures/${slug}.txt`);
    expect(Buffer.from(result.capture.bytes).equals(readFileSync(new URL(seed, SEEDS)))).toBe(true);
    expect(fields.capture?.sha256).toBe(sha256Hex(readFileSync(new URL(seed, SEEDS))));
  });

  it('passes the faithfulness check against that capture', () => {
    expect(
      findUnfaithfulness({
        body,
        capture: readFileSync(new URL(seed, SEEDS), 'utf8'),
        captureKind: 'text',
        removed: fields.removed ?? [],
      }),
    ).toBeUndefined();
  });
});
