import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FIELD_FACTS,
  ARTICLE_FIELDS,
  articleSchema,
  ENTITY_FIELD_FACTS,
  ENTITY_FIELDS,
  isCalendarDate,
  TIMELINE_EVENT_FIELD_FACTS,
  TIMELINE_EVENT_FIELDS,
} from '../../src/schema';

/** The smallest front matter an article can have. */
const minimal = { title: 'Source: Wang Lijun Told U.S. Officials of Organ Harvest' };

/** Front matter as the build receives it: YAML parsed the way Astro parses it. */
const yamlFrontMatter = (yaml: string): Record<string, unknown> =>
  parseFrontmatter(`---\n${yaml}\n---\n`).frontmatter as Record<string, unknown>;

describe('articleSchema', () => {
  it('accepts a title alone and fills in the defaults', () => {
    expect(articleSchema.parse(minimal)).toEqual({
      ...minimal,
      tags: [],
      lang: 'en',
      aliases: [],
      draft: false,
      removed: [],
    });
  });

  it('keeps every documented field as written', () => {
    const full = {
      title: 'A headline',
      description: 'One sentence.',
      authors: ['Petr Svab'],
      publication: 'The Epoch Times',
      sourceUrl: 'https://www.theepochtimes.com/article',
      published: '2012-06-20',
      updated: '2015-10-01',
      added: '2026-11-20',
      tags: ['Falun Gong', 'United States'],
      lang: 'zh-CN',
      aliases: ['wang-lijun-organ-files'],
      draft: true,
      editorNote: 'The text names no author.',
      removed: [
        { what: 'the headline', text: 'A headline', keptAs: 'title' },
        { what: 'a sign-up line', text: 'Follow us on Twitter' },
      ],
      capture: { sha256: 'a'.repeat(64), captured: '2026-11-19' },
    };
    expect(articleSchema.parse(full)).toEqual(full);
  });

  it('reads a change given as a phrase as a change with only its description', () => {
    expect(articleSchema.parse({ title: 'T', removed: ['the line "Follow us"'] }).removed).toEqual([
      { what: 'the line "Follow us"' },
    ]);
  });

  it('lists the fields in the order editors see them documented', () => {
    expect(ARTICLE_FIELDS).toEqual([
      'title',
      'description',
      'authors',
      'publication',
      'sourceUrl',
      'published',
      'updated',
      'added',
      'tags',
      'lang',
      'aliases',
      'draft',
      'editorNote',
      'removed',
      'capture',
    ]);
  });

  describe('lang', () => {
    it('defaults to English', () => {
      expect(articleSchema.parse({ title: 'T' }).lang).toBe('en');
    });

    it.each(['en', 'zh-CN', 'zh-Hant-TW', 'yue'])('accepts the language tag %s', (lang) => {
      expect(articleSchema.parse({ title: 'T', lang }).lang).toBe(lang);
    });

    it.each(['English', 'zh_CN', 'EN', '', 'en-'])('refuses %j, which is no language tag', (lang) => {
      expect(articleSchema.safeParse({ title: 'T', lang }).success).toBe(false);
    });
  });

  describe('dates', () => {
    it('turns an unquoted YAML date (a Date at midnight UTC) into YYYY-MM-DD', () => {
      const frontMatter = yamlFrontMatter('title: T\npublished: 2012-06-20\nupdated: 2015-10-01');
      // The premise of the preprocess step: YAML really does hand over Date objects here.
      expect(frontMatter.published).toEqual(new Date(Date.UTC(2012, 5, 20)));
      expect(articleSchema.parse(frontMatter)).toMatchObject({ published: '2012-06-20', updated: '2015-10-01' });
    });

    it('keeps a quoted YYYY-MM-DD string as it is', () => {
      const frontMatter = yamlFrontMatter("title: T\npublished: '2012-06-20'");
      expect(frontMatter.published).toBe('2012-06-20');
      expect(articleSchema.parse(frontMatter).published).toBe('2012-06-20');
    });

    it('gives the same string for both spellings, whatever the local time zone', () => {
      const fromDate = articleSchema.parse({ ...minimal, published: new Date('2019-03-14T00:00:00.000Z') });
      const fromText = articleSchema.parse({ ...minimal, published: '2019-03-14' });
      expect(fromDate.published).toBe(fromText.published);
    });

    it.each([
      ['a day that does not exist', '2019-02-30'],
      ['a month name', 'March 2019'],
      ['a date without leading zeros', '2019-3-14'],
      ['a day-first date', '14/03/2019'],
      ['a date-time written as text', '2019-03-14T10:00:00Z'],
      ['empty text', ''],
    ])('refuses %s (%j)', (_, published) => {
      expect(articleSchema.safeParse({ ...minimal, published }).success).toBe(false);
    });

    it('refuses a Date that carries a time of day', () => {
      const result = articleSchema.safeParse({ ...minimal, published: new Date('2019-03-14T10:30:00Z') });
      expect(result.success).toBe(false);
    });

    it('refuses an invalid Date and a bare year', () => {
      expect(articleSchema.safeParse({ ...minimal, published: new Date('not a date') }).success).toBe(false);
      expect(articleSchema.safeParse({ ...minimal, published: 2019 }).success).toBe(false);
    });

    it('checks `updated` the same way as `published`', () => {
      expect(articleSchema.safeParse({ ...minimal, updated: '2015-02-29' }).success).toBe(false);
      expect(articleSchema.parse({ ...minimal, updated: '2016-02-29' }).updated).toBe('2016-02-29');
    });
  });

  it('checks `added` the same way as `published`, and leaves it out when not written', () => {
    expect(articleSchema.parse({ ...minimal, added: new Date('2026-11-20T00:00:00.000Z') }).added).toBe('2026-11-20');
    expect(articleSchema.safeParse({ ...minimal, added: '2026-02-30' }).success).toBe(false);
    expect(articleSchema.parse(minimal)).not.toHaveProperty('added');
  });

  it('accepts aliases only as valid file names, as a list', () => {
    expect(articleSchema.parse({ ...minimal, aliases: ['old-name', 'older-name-2'] }).aliases).toEqual([
      'old-name',
      'older-name-2',
    ]);
    for (const aliases of [['Old Name'], ['/articles/old-name/'], ['old-name.md'], [''], 'old-name']) {
      expect(articleSchema.safeParse({ ...minimal, aliases }).success, JSON.stringify(aliases)).toBe(false);
    }
  });

  it('refuses a key it does not know, so a misspelt field never vanishes', () => {
    const result = articleSchema.safeParse({ ...minimal, tilte: 'A headline' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['tilte'] })]);
  });

  it.each([
    ['an http address', 'http://example.org/a'],
    ['an https address', 'https://example.org/a?b=c#d'],
  ])('accepts %s as sourceUrl', (_, sourceUrl) => {
    expect(articleSchema.parse({ ...minimal, sourceUrl }).sourceUrl).toBe(sourceUrl);
  });

  it.each([
    ['an ftp address', 'ftp://example.org/a'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['an address without a scheme', 'www.example.org'],
    ['plain words', 'the Epoch Times website'],
  ])('refuses %s as sourceUrl', (_, sourceUrl) => {
    expect(articleSchema.safeParse({ ...minimal, sourceUrl }).success).toBe(false);
  });

  it.each([
    ['missing', {}],
    ['empty', { title: '' }],
    ['only spaces', { title: '   ' }],
    ['not text', { title: 42 }],
  ])('refuses a title that is %s', (_, frontMatter) => {
    expect(articleSchema.safeParse(frontMatter).success).toBe(false);
  });

  it('refuses an empty tag, an empty author and a draft flag written as text', () => {
    expect(articleSchema.safeParse({ ...minimal, tags: ['Falun Gong', ''] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...minimal, authors: [' '] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...minimal, draft: 'yes' }).success).toBe(false);
  });

  it('refuses a single tag written without the list brackets', () => {
    expect(articleSchema.safeParse({ ...minimal, tags: 'Falun Gong' }).success).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each(['2012-06-20', '2019-01-01', '2019-12-31', '2016-02-29', '2000-02-29'])('accepts %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    ['29 February outside a leap year', '2019-02-29'],
    ['29 February in a century year that is not a leap year', '1900-02-29'],
    ['30 February', '2019-02-30'],
    ['31 April', '2019-04-31'],
    ['month 13', '2019-13-01'],
    ['month 00', '2019-00-10'],
    ['day 00', '2019-01-00'],
    ['day 32', '2019-01-32'],
    ['no leading zeros', '2019-3-4'],
    ['a two-digit year', '19-03-14'],
    ['a date-time', '2019-03-14T00:00:00Z'],
    ['surrounding spaces', ' 2019-03-14 '],
    ['slashes', '2019/03/14'],
    ['empty text', ''],
  ])('refuses %s (%j)', (_, text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});

/**
 * The field names in the first table after `heading` in a Markdown file, in order: the first cell of each row,
 * written as code.
 */
function fieldTable(file: string, heading: string): string[] {
  const lines = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').split('\n');
  const start = lines.indexOf(heading);
  expect(start, `${file} has the heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const tableStart = lines.findIndex((line, index) => index > start && line.startsWith('|'));
  const tableEnd = lines.findIndex((line, index) => index > tableStart && !line.startsWith('|'));
  return lines
    .slice(tableStart + 2, tableEnd)
    .map((row) => /^\|\s*`([^`]+)`\s*\|/.exec(row)?.[1] ?? `unreadable row: ${row}`);
}

describe('the field tables of the README and docs/editing.md', () => {
  it.each([
    ['README.md', '### Front matter fields', ARTICLE_FIELDS],
    ['docs/editing.md', '## Front matter fields', ARTICLE_FIELDS],
    ['docs/editing.md', '### Adding a person, organisation or report', ENTITY_FIELDS],
    ['docs/editing.md', '## The timeline', TIMELINE_EVENT_FIELDS],
  ] as const)(
    '%s, under "%s", names every field of the schema and nothing else, in its order',
    (file, heading, fields) => {
      expect(fieldTable(file, heading)).toEqual(fields);
    },
  );
});

describe('the facts beside each field', () => {
  it('give every field of every schema the phrase its errors follow "must be" with', () => {
    for (const facts of [ARTICLE_FIELD_FACTS, ENTITY_FIELD_FACTS, TIMELINE_EVENT_FIELD_FACTS]) {
      for (const [field, { mustBe }] of Object.entries(facts)) expect(mustBe, field).toMatch(/^\S.*\S$/);
    }
  });

  it('document for the data files every article field but the two that stay in the archive', () => {
    const documented = ARTICLE_FIELDS.filter((field) => ARTICLE_FIELD_FACTS[field].data !== undefined);
    expect(ARTICLE_FIELDS.filter((field) => !documented.includes(field))).toEqual(['aliases', 'draft']);
  });
});
