import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleText,
  captureSegments,
  captureText,
  findUnfaithfulness,
  sentenceAt,
  visibleTextOfHtml,
} from '../../../../src/lib/content/faithfulness';

const FAITHFULNESS_FIXTURES = new URL('../../../fixtures/faithfulness/', import.meta.url);

const CAPTURE = [
  'A Headline Copied With The Text',
  '',
  'By A. Writer',
  '',
  'The first paragraph, wrapped',
  'over two lines.',
  '',
  'Victims and numbers',
  '',
  '• one point',
  '• another point',
  '',
  'Sign up to receive our latest news!',
].join('\n');

const BODY = [
  'The first paragraph, wrapped over two lines.',
  '',
  '## Victims and numbers',
  '',
  '- one point',
  '- another *point*',
  '',
].join('\n');

const REMOVED = [
  { text: 'A Headline Copied With The Text' },
  { text: 'By A. Writer' },
  { text: 'Sign up to receive our latest news!' },
];

describe('findUnfaithfulness', () => {
  it('accepts an article that is its capture less the listed removals, modulo Markdown and wrapping', () => {
    expect(findUnfaithfulness({ body: BODY, capture: CAPTURE, captureKind: 'text', removed: REMOVED })).toBeUndefined();
  });

  it('names the sentence where an unlisted removal leaves the capture longer than the article', () => {
    const removed = REMOVED.filter(({ text }) => !text.startsWith('Sign up'));
    expect(findUnfaithfulness({ body: BODY, capture: CAPTURE, captureKind: 'text', removed })).toEqual({
      kind: 'text-differs',
      article: '',
      capture: 'Sign up to receive our latest news!',
    });
  });

  it('names the sentence holding one altered word, as the article and the capture have it', () => {
    const body = BODY.replace('wrapped over', 'folded over');
    expect(findUnfaithfulness({ body, capture: CAPTURE, captureKind: 'text', removed: REMOVED })).toEqual({
      kind: 'text-differs',
      article: 'The first paragraph, folded over two lines.',
      capture: 'The first paragraph, wrapped over two lines.',
    });
  });

  it('refuses a removal whose text the capture does not hold', () => {
    const removed = [...REMOVED, { text: 'Follow us on Twitter' }];
    expect(findUnfaithfulness({ body: BODY, capture: CAPTURE, captureKind: 'text', removed })).toEqual({
      kind: 'removal-not-in-capture',
      index: 3,
      text: 'Follow us on Twitter',
    });
  });

  it('takes a removal out once, so text that stands twice must be listed twice', () => {
    const capture = `Headline\n\nHeadline\n\n${CAPTURE}`;
    const once = [{ text: 'Headline' }, ...REMOVED];
    expect(findUnfaithfulness({ body: BODY, capture, captureKind: 'text', removed: once })).toMatchObject({
      kind: 'text-differs',
    });
    const twice = [{ text: 'Headline' }, ...once];
    expect(findUnfaithfulness({ body: BODY, capture, captureKind: 'text', removed: twice })).toBeUndefined();
  });

  it('counts punctuation and quotation marks: straight and curly quotes differ', () => {
    const capture = 'He said “no”.';
    expect(findUnfaithfulness({ body: 'He said "no".', capture, captureKind: 'text', removed: [] })).toMatchObject({
      kind: 'text-differs',
    });
  });

  it('treats no-break spaces and line ends as white space, and compares Unicode in NFC', () => {
    const capture = 'Follow us\u00a0on\u00a0Twitter\r\nCafe\u0301 au lait';
    expect(
      findUnfaithfulness({ body: 'Follow us on Twitter Café au lait', capture, captureKind: 'text', removed: [] }),
    ).toBeUndefined();
  });

  it('reads an HTML capture as a browser shows it: no scripts, styles or head', () => {
    const capture =
      '<!doctype html><html><head><title>Site name</title><style>p{}</style></head><body>' +
      '<nav>Home</nav><article><h1>Title</h1><p>The <b>text</b>.</p><script>alert(1)</script></article></body></html>';
    const removed = [{ text: 'Home' }, { text: 'Title' }];
    expect(findUnfaithfulness({ body: 'The **text**.', capture, captureKind: 'html', removed })).toBeUndefined();
  });
});

describe('articleText', () => {
  it('reads links, images and raw HTML as their words', () => {
    expect(articleText('A [link](https://example.org) and ![alt words](x.png).', 'text')).toBe(
      'A link and alt words.',
    );
    expect(articleText('Water<sup>2</sup> here', 'text')).toBe('Water<sup>2</sup> here');
    expect(articleText('Water<sup>2</sup> here', 'html')).toBe('Water2 here');
  });

  it('numbers an ordered list as copied text writes it, and not against a page', () => {
    expect(articleText('3. three\n4. four\n', 'text')).toBe('3. three 4. four');
    expect(articleText('3. three\n4. four\n', 'html')).toBe('three four');
  });

  it('reads the text of MDX without its imports and expressions', () => {
    expect(articleText("import X from './x';\n\nSome {1 + 1} text.\n", 'text', 'mdx')).toBe('Some text.');
  });
});

describe('captureText', () => {
  it('drops the bullets that open lines of copied text', () => {
    expect(captureText('•\u00a0first\n  • second', 'text')).toBe('first second');
  });

  it('keeps the text of an HTML capture between its blocks apart', () => {
    expect(visibleTextOfHtml('<p>one</p><p>two</p>').replace(/\s+/g, ' ').trim()).toBe('one two');
  });
});

describe('sentenceAt', () => {
  it('returns the sentence holding a position', () => {
    expect(sentenceAt('One. Two three. Four.', 7)).toBe('Two three.');
    expect(sentenceAt('One. Two three. Four.', 0)).toBe('One.');
    expect(sentenceAt('One.', 4)).toBe('');
  });

  it('cuts a long sentence around the position', () => {
    const long = `${'word '.repeat(100)}middle ${'word '.repeat(100)}`.trim();
    const shown = sentenceAt(long, long.indexOf('middle'));
    expect(shown).toContain('middle');
    expect(shown.length).toBeLessThanOrEqual(242);
  });
});

describe('captureSegments', () => {
  it('cuts the capture into kept text and each removal, in the capture’s order, however it wraps', () => {
    const readable = 'Published: July 2, 2024 (3 weeks\n ago)\n\nText.\n\nHTML tutorial';
    const removed = [{ text: 'HTML tutorial' }, { text: '(3 weeks ago)' }];
    expect(captureSegments(readable, removed)).toEqual({
      segments: [
        { text: 'Published: July 2, 2024 ' },
        { text: '(3 weeks\n ago)', removal: 1 },
        { text: '\n\nText.\n\n' },
        { text: 'HTML tutorial', removal: 0 },
      ],
    });
  });

  it('gives the index of the first removal it cannot find', () => {
    expect(captureSegments('one two', [{ text: 'two' }, { text: 'two' }])).toEqual({ missing: 1 });
    expect(captureSegments('one two', [{ text: '  ' }])).toEqual({ missing: 0 });
  });
});

describe('a placeholder for media not preserved (tests/fixtures/faithfulness/)', () => {
  const fixture = (name: string): string => readFileSync(new URL(name, FAITHFULNESS_FIXTURES), 'utf8');
  const capture = fixture('media-not-preserved-capture.txt');
  const removed = [
    { text: 'Police Chief Visits Consulate' },
    { text: '<a><img src="https://example.org/photo.jpeg" alt="Wang Lijun"/></a>' },
  ];

  it('passes when its caption is the capture’s, and the marker itself adds no words', () => {
    const body = fixture('media-not-preserved.md');
    expect(findUnfaithfulness({ body, capture, captureKind: 'text', removed })).toBeUndefined();
    expect(articleText(body, 'text')).toBe(
      'A source said the police chief gave officials files this year. ' +
        'Wang Lijun, former police chief, in March, 2011. (A. Photographer/Agency) Wang Lijun ' +
        'Watch part two of the discussion here: The discussion went on for an hour.',
    );
  });

  it('fails on a caption that differs from the capture’s, naming both', () => {
    const body = fixture('media-not-preserved-wrong-caption.md');
    expect(findUnfaithfulness({ body, capture, captureKind: 'text', removed })).toEqual({
      kind: 'text-differs',
      article: 'Wang Lijun, former police chief, in May, 2011.',
      capture: 'Wang Lijun, former police chief, in March, 2011.',
    });
  });
});
