import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../markdown/render';
import {
  ARTICLE_CSV_FIELDS,
  ARTICLE_FIELD_DOCS,
  articleRecord,
  articlesCsv,
  dataFile,
  eventRecords,
  EVENT_FIELD_DOCS,
  EVENT_SOURCE_FIELD_DOCS,
  plainText,
  toCsv,
} from '../../../../src/lib/formats/open-data';
import { ARTICLE_FIELD_FACTS, ARTICLE_FIELDS, articleSchema } from '../../../../src/schema';

const SITE = 'https://archive.example.org';

const full = {
  id: 'wang-lijun-organ-harvest-files',
  data: articleSchema.parse({
    title: 'Source: Wang Lijun Told U.S. Officials of Organ Harvest',
    description: 'A source said, "this year".',
    authors: ['A. Writer', 'B. Writer'],
    publication: 'The Epoch Times',
    sourceUrl: 'https://www.example.com/a',
    published: '2012-06-20',
    updated: '2015-10-01',
    added: '2026-11-20',
    tags: ['Wang Lijun', 'Falun Gong'],
    editorNote: 'A note.',
    removed: ['a second copy of the headline', 'after the article, an obscured email address'],
  }),
};
const bare = { id: 'undated', data: articleSchema.parse({ title: 'Undated, unsigned' }) };

describe('articleRecord', () => {
  it('carries every documented field, with absolute addresses', () => {
    const record = articleRecord(full, 'Text.', SITE);
    expect(Object.keys(record)).toEqual(ARTICLE_FIELD_DOCS.map((f) => f.name));
    expect(record).toMatchObject({
      slug: 'wang-lijun-organ-harvest-files',
      url: 'https://archive.example.org/articles/wang-lijun-organ-harvest-files/',
      markdownUrl: 'https://archive.example.org/articles/wang-lijun-organ-harvest-files.md',
      authors: ['A. Writer', 'B. Writer'],
      published: '2012-06-20',
      lang: 'en',
      text: 'Text.',
    });
  });

  it('writes null or an empty list for what the source does not state, never a guess', () => {
    expect(articleRecord(bare, 'Text.', SITE)).toMatchObject({
      description: null,
      authors: [],
      publication: null,
      published: null,
      updated: null,
      added: null,
      sourceUrl: null,
      tags: [],
      editorNote: null,
      removed: [],
    });
  });
});

describe('toCsv', () => {
  it('quotes only fields with a comma, quote or line break, doubles quotes, and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1, 2', 'say "hi"'],
        ['line\nbreak', 'plain'],
      ]),
    ).toBe('a,b\r\n"1, 2","say ""hi"""\r\n"line\nbreak",plain\r\n');
  });

  it('keeps every character of UTF-8 text as it is', () => {
    expect(toCsv([['王立军', 'café’s “quotes”']])).toBe('王立军,café’s “quotes”\r\n');
  });

  // OWASP's CSV injection: a cell a spreadsheet would run as a formula gets a leading single quote, quoted as usual.
  it('neutralises every cell beginning with =, +, -, @, a tab or a carriage return, and no other', () => {
    expect(toCsv([['=1+1', '+33 1', '-2', '@SUM(A1)', '\tTab', '\rReturn', 'a=b', ' =spaced', "'quoted"]])).toBe(
      "'=1+1,'+33 1,'-2,'@SUM(A1),'\tTab,\"'\rReturn\",a=b, =spaced,'quoted\r\n",
    );
    expect(toCsv([['=HYPERLINK("http://evil.example","x")']])).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"\r\n',
    );
  });

  it('neutralises a formula in an article’s title or editor’s note in articles.csv', () => {
    const data = { ...full.data, title: '=cmd|calc', editorNote: '-1 is the note' };
    const row = articlesCsv([articleRecord({ ...full, data }, 'Text.', SITE)]).split('\r\n')[1] ?? '';
    expect(row).toContain(",'=cmd|calc,");
    expect(row).toContain(",'-1 is the note,");
  });
});

describe('articlesCsv', () => {
  it('has a header of the documented fields but the text, lists joined by "; ", an empty cell for an absent value', () => {
    const csv = articlesCsv([articleRecord(full, 'One.\n\nTwo, "three".', SITE), articleRecord(bare, 'Text.', SITE)]);
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe(
      ARTICLE_FIELD_DOCS.map((f) => f.name)
        .filter((name) => name !== 'text')
        .join(','),
    );
    expect(first).toContain(',A. Writer; B. Writer,The Epoch Times,2012-06-20,2015-10-01,2026-11-20,');
    expect(first).not.toContain('One.');
    expect(first).toContain(',A note.,"a second copy of the headline; after the article, an obscured email address",');
    expect(first).toContain(',"A source said, ""this year"".",');
    expect(second).toBe(
      'undated,https://archive.example.org/articles/undated/,https://archive.example.org/articles/undated.md,' +
        '"Undated, unsigned",,,,,,,,,en,,,',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('leaves out only the text, which articles.json and the Markdown file hold', () => {
    expect(ARTICLE_FIELD_DOCS.map((f) => f.name).filter((name) => !ARTICLE_CSV_FIELDS.includes(name))).toEqual([
      'text',
    ]);
  });
});

describe('dataFile', () => {
  it('wraps the records with a title, the documentation address and their count', () => {
    expect(JSON.parse(dataFile('Archive: things', 'things', [1, 2], SITE))).toEqual({
      title: 'Archive: things',
      documentation: 'https://archive.example.org/data/',
      count: 2,
      things: [1, 2],
    });
  });
});

describe('eventRecords', () => {
  it('gives each source its article’s title and page, and its paragraph’s address or null', () => {
    const [record] = eventRecords(
      [
        {
          id: 'e-2006-07-the-report',
          date: '2006-07',
          precision: 'month',
          summary: 'The report.',
          sources: [{ article: 'a', passage: 'p-in-july-0abcdef' }, { article: 'b' }],
        },
      ],
      new Map([
        ['a', 'Article A'],
        ['b', 'Article B'],
      ]),
      SITE,
    );
    expect(Object.keys(record ?? {})).toEqual(EVENT_FIELD_DOCS.map((f) => f.name));
    expect(Object.keys(record?.sources[0] ?? {})).toEqual(EVENT_SOURCE_FIELD_DOCS.map((f) => f.name));
    expect(record).toEqual({
      id: 'e-2006-07-the-report',
      url: 'https://archive.example.org/timeline/#e-2006-07-the-report',
      date: '2006-07',
      precision: 'month',
      summary: 'The report.',
      sources: [
        {
          article: 'a',
          title: 'Article A',
          url: 'https://archive.example.org/articles/a/',
          passage: 'p-in-july-0abcdef',
          passageUrl: 'https://archive.example.org/articles/a/#p-in-july-0abcdef',
        },
        {
          article: 'b',
          title: 'Article B',
          url: 'https://archive.example.org/articles/b/',
          passage: null,
          passageUrl: null,
        },
      ],
    });
  });
});

describe('plainText', () => {
  it('separates paragraphs by a blank line and drops the marks the site adds', () => {
    const html =
      '<h2 id="a">Heading<a class="heading-anchor" href="#a"><span class="heading-anchor-mark"></span></a></h2>' +
      '<p id="p-one">One <em>two</em>.<a class="passage-anchor" href="#p-one"><span></span></a></p>' +
      '<ul><li>First</li><li>Second</li></ul>' +
      '<p>A note<sup><a href="#fn-1" data-footnote-ref>1</a></sup>.</p>' +
      '<section data-footnotes><ol><li><p>Footnote. <a href="#ref" data-footnote-backref>↩</a></p></li></ol></section>';
    expect(plainText(html)).toBe('Heading\n\nOne two.\n\nFirst\nSecond\n\nA note1.\n\nFootnote.');
  });
});

describe('plainText of media not preserved', () => {
  it('reads each placeholder as its own paragraph of words, never as an image', async () => {
    const { code } = await renderMarkdown(
      'Before.\n\n![Wang Lijun](not-preserved:photo)\n\n![](not-preserved:video)\n\nAfter.',
    );
    expect(plainText(code)).toBe('Before.\n\n[Photo not preserved: Wang Lijun]\n\n[Video not preserved]\n\nAfter.');
  });
});

describe('ARTICLE_FIELD_DOCS', () => {
  it('documents every field of a record once, the front matter’s from the facts beside the schema', () => {
    const record = articleRecord(full, 'Text.', SITE);
    expect(ARTICLE_FIELD_DOCS.map((doc) => doc.name).toSorted()).toEqual(Object.keys(record).toSorted());
    const published = ARTICLE_FIELDS.filter((field) => field !== 'aliases' && field !== 'draft');
    for (const field of published) {
      expect(ARTICLE_FIELD_DOCS.find((doc) => doc.name === field)).toEqual({
        name: field,
        ...ARTICLE_FIELD_FACTS[field].data,
      });
    }
  });
});

describe('articleRecord and the capture', () => {
  it('publishes each change to the capture with its exact text, and the capture’s hash, size and address', () => {
    const data = {
      ...bare.data,
      removed: [{ what: 'the headline', text: 'Undated, unsigned', keptAs: 'title' as const }, { what: 'a form' }],
      capture: { sha256: 'b'.repeat(64) },
    };
    const record = articleRecord({ ...bare, data }, 'Text.', SITE, { kind: 'html', bytes: 2492 });
    expect(record.removed).toEqual([
      { what: 'the headline', text: 'Undated, unsigned', keptAs: 'title' },
      { what: 'a form', text: null, keptAs: null },
    ]);
    expect(record.capture).toEqual({
      sha256: 'b'.repeat(64),
      bytes: 2492,
      captured: null,
      url: 'https://archive.example.org/articles/undated/capture.html.txt',
    });
    expect(articlesCsv([record]).split('\r\n')[1]).toMatch(new RegExp(`,the headline; a form,${'b'.repeat(64)}$`));
  });

  it('says null for an article whose capture was not kept', () => {
    expect(articleRecord(bare, 'Text.', SITE).capture).toBeNull();
  });
});
