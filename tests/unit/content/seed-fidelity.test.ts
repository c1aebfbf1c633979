import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleFrontMatter } from '../../../src/schema';

/**
 * The archive promises to keep each source text as it was written. These tests hold each of the first five
 * articles, as it was made (copied from content/articles/ into tests/fixtures/seeds/articles/), to the raw text it
 * was made from (tests/fixtures/seeds/): each source line is in the article's body, moved to front matter, or
 * removed as page chrome and owned up to in the article's `removed` list; and the body holds nothing else. They read
 * fixtures only, so an editor's change to content/ can never fail them.
 */

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
const ARTICLES = new URL('../../fixtures/seeds/articles/', import.meta.url);

/** A source line whose information the archive keeps in a front-matter field instead of the body. */
interface MovedLine {
  line: string;
  field: 'title' | 'authors' | 'published' | 'updated';
  /** What the field must hold (for `authors`, one of the names). */
  value: string;
  reason: string;
  /** Words of the article's record of changes (`removed`) that account for any part of the line the field does not keep. */
  recordSays?: string;
}

/** A source line that is not the article (a form, a widget, a stray headline) and was left out. */
interface RemovedLine {
  line: string;
  reason: string;
  /** Words of the article's `removed` list that tell the reader this line was removed. */
  recordSays: string;
}

interface SeedMapping {
  seed: string;
  article: string;
  moved: MovedLine[];
  removed: RemovedLine[];
}

const WANG_LIJUN_HEADLINE = 'Source: Wang Lijun Told U.S. Officials of Organ Harvest';

const MAPPINGS: SeedMapping[] = [
  {
    seed: '000_d7f5f34c62be811a.txt',
    article: 'ccp-officials-fear-investigation',
    moved: [{ line: 'By Petr Svab', field: 'authors', value: 'Petr Svab', reason: 'byline → authors' }],
    removed: [],
  },
  {
    seed: '001_724dd4794ec6e017.txt',
    article: 'wang-lijun-organ-harvest-files',
    moved: [
      { line: WANG_LIJUN_HEADLINE, field: 'title', value: WANG_LIJUN_HEADLINE, reason: 'headline → title' },
      { line: '6/20/2012', field: 'published', value: '2012-06-20', reason: 'publication date → published' },
      { line: 'Updated:', field: 'updated', value: '2015-10-01', reason: 'label of the update date → updated' },
      { line: '10/1/2015', field: 'updated', value: '2015-10-01', reason: 'update date → updated' },
    ],
    removed: [
      {
        line: WANG_LIJUN_HEADLINE,
        reason: 'second copy of the headline',
        recordSays: 'a second copy of the headline',
      },
      {
        line:
          '<a><img class="size-medium wp-image-1780594" title="Wang Lijun" ' +
          'src="https://www.theepochtimes.com/assets/uploads/2015/09/109810644.jpeg" ' +
          'alt="Wang Lijun" width="350" height="262"/></a>',
        reason: 'photo hosted on the publisher’s site',
        recordSays: 'a photo hosted on the publisher\'s site (its caption, "Wang Lijun", is kept)',
      },
      {
        line:
          'Click www.ept.ms/ccp-crisis to read about the most recent developments in the ongoing crisis within ' +
          'the Chinese communist regime. In this special topic, we provide readers with the necessary context to ' +
          'understand the situation. Get the RSS feed. Get the new interactive Timeline of Events. ' +
          'Who are the Major Players? Chinese Regime in Crisis RSS Feed',
        reason: 'promotion of the publisher’s topic page and feeds',
        recordSays: 'a promotion of the publisher\'s topic page and feeds ("Click www.ept.ms/ccp-crisis …")',
      },
      // The source has no-break spaces (\u00a0) in this line and the next.
      { line: '[email\u00a0protected]', reason: 'obscured email address', recordSays: 'an obscured email address' },
      {
        line: 'The Epoch Times publishes in 35 countries and in 19 languages.\u00a0Subscribe to our e-newsletter.',
        reason: 'publisher’s sign-off and newsletter promotion',
        recordSays: 'The Epoch Times publishes in 35 countries and in 19 languages. Subscribe to our e-newsletter.',
      },
    ],
  },
  {
    seed: '002_b3ed8675ec58ab28.txt',
    article: 'skeptical-about-organ-harvesting-watch-this',
    moved: [
      {
        line: 'Skeptical About Organ Harvesting in China? Then Watch This',
        field: 'title',
        value: 'Skeptical About Organ Harvesting in China? Then Watch This',
        reason: 'headline → title',
      },
    ],
    removed: [
      {
        // The source has no-break spaces (\u00a0) in this line.
        line: 'Follow us\u00a0on\u00a0Twitter or subscribe to our weekly email',
        reason: 'social and newsletter prompt',
        recordSays: 'the line "Follow us on Twitter or subscribe to our weekly email"',
      },
      {
        line: 'Tea Drinking in China Is Code For an Informal Interrogation',
        reason: 'unrelated headline',
        recordSays: '"Tea Drinking in China Is Code For an Informal Interrogation"',
      },
      {
        line: "‘I Don't Know Whether He's Alive or Dead’",
        reason: 'unrelated headline',
        recordSays: '"‘I Don\'t Know Whether He\'s Alive or Dead’"',
      },
    ],
  },
  {
    seed: '003_d78681dd366caea6.txt',
    article: 'us-urges-independent-probe',
    moved: [
      {
        line: 'US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting Practices',
        field: 'title',
        value: 'US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting Practices',
        reason: 'headline → title',
      },
      { line: 'by Sidney Hunt', field: 'authors', value: 'Sidney Hunt', reason: 'byline → authors' },
      {
        line: 'Published: July 2, 2024 (3 weeks ago)',
        field: 'published',
        value: '2024-07-02',
        reason: 'publication date → published; the relative date is page chrome',
        recordSays: 'the relative date "(3 weeks ago)"',
      },
    ],
    removed: [
      {
        line: 'HTML tutorial',
        reason: 'stray widget text',
        recordSays: 'the stray widget text "HTML tutorial"',
      },
    ],
  },
  {
    seed: '004_4f1f1e2a4f0489b8.txt',
    article: 'coalition-urges-ccp-to-end-organ-harvesting',
    moved: [],
    removed: [
      {
        line: 'Sign up to receive our latest news!',
        reason: 'sign-up form',
        recordSays: '"Sign up to receive our latest news!"',
      },
      {
        line: 'By submitting this form, I agree to the terms.',
        reason: 'sign-up form',
        recordSays: '"By submitting this form, I agree to the terms."',
      },
    ],
  },
];

/** A source line as text: indentation and the "•" of a bulleted list are layout, not words. */
const sourceLineText = (line: string): string => line.trim().replace(/^•\s*/, '');

/** A body line as text: the "- " of a list item and the "## " of a heading are Markdown, not words. */
const bodyLineText = (line: string): string => line.trim().replace(/^(?:- |## )/, '');

const nonEmptyLines = (text: string, toText: (line: string) => string): string[] =>
  text
    .split('\n')
    .map(toText)
    .filter((line) => line !== '');

function readArticle(slug: string): { data: ArticleFrontMatter; bodyLines: string[] } {
  const { frontmatter, content } = parseFrontmatter(readFileSync(new URL(`${slug}.md`, ARTICLES), 'utf8'));
  return { data: articleSchema.parse(frontmatter), bodyLines: nonEmptyLines(content, bodyLineText) };
}

/**
 * The source lines the body must hold, in order: all of them less the lines the table accounts for.
 * Each table entry takes away one occurrence, so a line that appears twice must be listed twice.
 */
function expectedBodyLines(mapping: SeedMapping): { kept: string[]; unmatched: string[] } {
  const kept = nonEmptyLines(readFileSync(new URL(mapping.seed, SEEDS), 'utf8'), sourceLineText);
  const unmatched: string[] = [];
  for (const { line } of [...mapping.moved, ...mapping.removed]) {
    const index = kept.indexOf(line);
    if (index === -1) unmatched.push(line);
    else kept.splice(index, 1);
  }
  return { kept, unmatched };
}

const codePoint = (char: string | undefined): string =>
  char === undefined ? 'nothing' : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A line missing from one side, followed by the characters that differ when the other side has a line of
 * the same length that differs in only a few of them; so an invisible change (a no-break space, a curly
 * quote) is named instead of showing two lines that look the same.
 */
function explainMissing(
  line: string,
  otherSide: readonly string[],
  [thisName, otherName]: readonly [string, string],
): string {
  for (const other of otherSide) {
    if (other.length !== line.length) continue;
    const differences = Array.from(line, (char, i) => [char, other[i], i] as const)
      .filter(([char, otherChar]) => char !== otherChar)
      .map(
        ([char, otherChar, i]) =>
          `column ${i + 1}: ${codePoint(char)} in the ${thisName}, ${codePoint(otherChar)} in the ${otherName}`,
      );
    if (differences.length > 0 && differences.length <= 5)
      return `${line}\n  differs only at ${differences.join('; ')}`;
  }
  return line;
}

describe('the seed fixtures', () => {
  it('are exactly the seeds the table maps, each to its own article', () => {
    const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
    expect(MAPPINGS.map((mapping) => mapping.seed).sort()).toEqual(seeds.sort());
    expect(new Set(MAPPINGS.map((mapping) => mapping.article)).size).toBe(MAPPINGS.length);
    const articles = readdirSync(ARTICLES).map((file) => file.replace(/\.md$/, ''));
    expect(MAPPINGS.map((mapping) => mapping.article).sort()).toEqual(articles.sort());
  });
});

describe.each(MAPPINGS)('$seed → $article', (mapping) => {
  const article = readArticle(mapping.article);
  const { kept, unmatched } = expectedBodyLines(mapping);

  it('lists only lines that are in the source', () => {
    expect(unmatched).toEqual([]);
  });

  it('keeps every other source line, character for character, in the body', () => {
    const body = new Set(article.bodyLines);
    const missing = kept.filter((line) => !body.has(line));
    expect(missing.map((line) => explainMissing(line, article.bodyLines, ['source', 'article']))).toEqual([]);
  });

  it('adds no line to the body that the source does not have', () => {
    const source = new Set(kept);
    const added = article.bodyLines.filter((line) => !source.has(line));
    expect(added.map((line) => explainMissing(line, kept, ['article', 'source']))).toEqual([]);
  });

  it('keeps the lines in the order of the source', () => {
    // Only the order is checked here: a line missing from either side is the business of the two tests above.
    const [body, source] = [new Set(article.bodyLines), new Set(kept)];
    expect(article.bodyLines.filter((line) => source.has(line))).toEqual(kept.filter((line) => body.has(line)));
  });

  it('keeps what it moved to front matter in the right field', () => {
    for (const { field, value, reason } of mapping.moved) {
      const actual = article.data[field];
      if (Array.isArray(actual)) expect(actual, reason).toContain(value);
      else expect(actual, reason).toBe(value);
    }
  });

  it('lists in `removed` what it removed', () => {
    const record = article.data.removed.join('\n');
    for (const { recordSays, reason } of [...mapping.removed, ...mapping.moved]) {
      if (recordSays) expect(record, reason).toContain(recordSays);
    }
  });

  it('says in editorNote that the archive supplied a title the source does not have', () => {
    const titleFromSource = mapping.moved.some(({ field }) => field === 'title');
    if (titleFromSource) expect(article.data.editorNote ?? '').not.toContain('supplied this title');
    else expect(article.data.editorNote).toContain('the archive supplied this title');
  });
});
