import { describe, expect, it } from 'vitest';
import { convertText } from '../../../scripts/import/convert-text';
import { toArticleMarkdown } from '../../../scripts/import/markdown';
import type { Draft } from '../../../scripts/import/types';

const lines = (...text: string[]) => text.join('\n');
const body = (draft: Draft) => toArticleMarkdown(draft.body);
const found = (draft: Draft, field: string) => draft.found.find((finding) => finding.field === field);
const rules = (draft: Draft) => draft.removals.map((removal) => [removal.rule, removal.text, removal.afterArticle]);

describe('convertText: paragraphs and headline', () => {
  it('makes each line a paragraph, as copied text does not wrap', () => {
    const draft = convertText(lines('First paragraph ends here.', 'Second paragraph ends here.'));
    expect(body(draft)).toBe('First paragraph ends here.\n\nSecond paragraph ends here.\n');
    expect(draft.headline).toBeUndefined();
  });

  it('takes a first line that reads like a headline as the title, with its line number', () => {
    const draft = convertText(lines('Doctors Describe the Trade', '', 'The first paragraph.'));
    expect(found(draft, 'title')).toEqual({
      field: 'title',
      value: 'Doctors Describe the Trade',
      lines: [1],
      how: 'headline line',
    });
    expect(body(draft)).toBe('The first paragraph.\n');
  });

  it('leaves a text of one line as text', () => {
    expect(convertText('Doctors Describe the Trade').headline).toBeUndefined();
  });

  it('removes a second copy of the headline', () => {
    const draft = convertText(
      lines('Doctors Describe the Trade', 'The first paragraph.', 'Doctors Describe the Trade'),
    );
    expect(rules(draft)).toEqual([['repeated-headline', 'Doctors Describe the Trade', true]]);
  });

  it('keeps no-break spaces inside a line and drops the ones at its end', () => {
    expect(body(convertText('One\u00a0two.\u00a0'))).toBe('One\u00a0two.\n');
  });

  it('removes indentation and says which lines had it', () => {
    const draft = convertText(lines('Title Line', '', '    Indented paragraph.', '    Another one.'));
    expect(body(draft)).toBe('Indented paragraph.\n\nAnother one.\n');
    expect(draft.changes).toContainEqual({ lines: [3, 4], what: 'indentation removed' });
  });

  it('takes the opening paragraph as the description when it is one sentence', () => {
    expect(found(convertText(lines('Title Line', '', 'One sentence here.')), 'description')).toMatchObject({
      value: 'One sentence here.',
      lines: [3],
    });
    expect(found(convertText(lines('Title Line', '', 'Two sentences. Here.')), 'description')).toBeUndefined();
  });
});

describe('convertText: lists and subheadings', () => {
  it('makes "•" lines one Markdown list', () => {
    const draft = convertText(
      lines('Times:', '', '  • Feb. 24, 2021: 4 p.m.', '  • Feb. 25, 2021: 8 a.m.', '', 'After.'),
    );
    expect(body(draft)).toBe('Times:\n\n- Feb. 24, 2021: 4 p.m.\n- Feb. 25, 2021: 8 a.m.\n\nAfter.\n');
    expect(draft.changes).toContainEqual({ lines: [3, 4], what: 'bulleted lines made a Markdown list of 2 items' });
  });

  it('makes lines numbered one after the other a numbered list', () => {
    expect(body(convertText(lines('Steps:', '1. Ask.', '2. Wait.')))).toBe('Steps:\n\n1. Ask.\n2. Wait.\n');
  });

  it('keeps a single line that starts with a number as a paragraph', () => {
    expect(body(convertText(lines('Intro.', '1999. The persecution began.')))).toBe(
      'Intro.\n\n1999\\. The persecution began.\n',
    );
  });

  it('makes a short line alone between blank lines a subheading', () => {
    const draft = convertText(lines('Title Line', '', 'Intro.', '', 'Victims and numbers', '', 'More text.'));
    expect(body(draft)).toBe('Intro.\n\n## Victims and numbers\n\nMore text.\n');
  });

  it('makes no subheading in a text without blank lines, or from a question', () => {
    expect(body(convertText(lines('Intro.', 'Victims and numbers', 'More text.')))).toBe(
      'Intro.\n\nVictims and numbers\n\nMore text.\n',
    );
    expect(body(convertText(lines('Title Line', '', 'Intro.', '', 'Why now?', '', 'More.')))).toContain(
      '\n\nWhy now?\n\n',
    );
  });
});

describe('convertText: HTML in the text', () => {
  it('turns a link into Markdown, resolving a relative address against the source address', () => {
    const draft = convertText('Read <a href="/report">the report</a> [in full].', {
      base: 'https://example.org/news/1',
    });
    expect(body(draft)).toBe('Read [the report](https://example.org/report) [in full].\n');
  });

  it('keeps the words of a relative link it cannot resolve, and says so', () => {
    const draft = convertText('Read <a href="/report">the report</a>.');
    expect(body(draft)).toBe('Read the report.\n');
    expect(draft.warnings).toEqual([
      'line 1: the link "the report" to "/report" is kept as text: its address is relative and the page does not say where it was',
    ]);
  });

  it('removes an image whose caption is the next line, marking the photo as not preserved with the caption', () => {
    const draft = convertText(
      lines(
        'Intro.',
        '<a><img title="Wang Lijun" src="https://example.org/w.jpeg" alt="Wang Lijun"/></a>',
        'Wang Lijun',
        'More.',
      ),
    );
    expect(body(draft)).toBe('Intro.\n\n![Wang Lijun](not-preserved:photo)\n\nMore.\n');
    expect(draft.removals).toEqual([
      {
        rule: 'captioned-image',
        line: 2,
        text: '<a><img title="Wang Lijun" src="https://example.org/w.jpeg" alt="Wang Lijun"/></a>',
        afterArticle: false,
        image: { src: 'https://example.org/w.jpeg', caption: 'Wang Lijun' },
      },
    ]);
  });

  it('marks an image without a caption line as a photo not preserved, its description not taken for text', () => {
    const draft = convertText(lines('Intro.', '<img src="https://example.org/ward.jpg" alt="A ward">', 'More.'));
    expect(body(draft)).toBe('Intro.\n\n![](not-preserved:photo)\n\nMore.\n');
    expect(draft.changes).toContainEqual({
      lines: [2],
      what: 'image https://example.org/ward.jpg marked as a photo not preserved',
    });
  });

  it('leaves out an image inside a sentence, as a marker cannot interrupt one, and says so', () => {
    const draft = convertText(lines('Intro.', 'A ward <img src="https://example.org/x.png"> of a hospital.'));
    expect(body(draft)).toBe('Intro.\n\nA ward  of a hospital.\n');
    expect(draft.warnings).toContain(
      '1 image inside a sentence left out: the marker of media not preserved stands on its own line; see the images under "Changed in form"',
    );
  });

  it('marks a caption ending in a photo credit, beside the page’s furniture, as a photo not preserved', () => {
    const draft = convertText(
      lines(
        'The Headline Of It',
        'A first paragraph of the article.',
        'The Headline Of It',
        'Wang Lijun in March, 2011. (Feng Li/Getty Images)',
        'The report (2006, Kilgour/Matas) was read.',
      ),
    );
    expect(body(draft)).toBe(
      'A first paragraph of the article.\n\n![Wang Lijun in March, 2011. (Feng Li/Getty Images)](not-preserved:photo)\n\n' +
        'The report (2006, Kilgour/Matas) was read.\n',
    );
  });

  it('keeps a paragraph that ends in a credit as text when it stands among the article’s paragraphs', () => {
    const draft = convertText(lines('First paragraph.', 'A line that ends (Photo: Reuters)', 'Last paragraph.'));
    expect(body(draft)).toBe('First paragraph.\n\nA line that ends (Photo: Reuters)\n\nLast paragraph.\n');
  });

  it('never writes HTML it does not understand as raw HTML', () => {
    expect(body(convertText('A <span onclick="x()">span</span> and <script>alert(1)</script>.'))).not.toMatch(
      /<|onclick/,
    );
  });
});

describe('convertText: metadata lines', () => {
  it('reads a byline at the end and knows it is at the end', () => {
    const draft = convertText(lines('First paragraph.', 'By Petr Svab'));
    expect(found(draft, 'authors')).toEqual({
      field: 'authors',
      value: ['Petr Svab'],
      lines: [2],
      how: 'byline "By Petr Svab"',
    });
    expect(draft.bylineAtEnd).toBe(true);
    expect(body(draft)).toBe('First paragraph.\n');
  });

  it('reads a published date, an "Updated:" label and the update date after it', () => {
    const draft = convertText(lines('Title Line', '', 'Intro.', '6/20/2012', 'Updated:', '10/1/2015', 'More.'));
    expect(found(draft, 'published')).toMatchObject({ value: '2012-06-20', lines: [4] });
    expect(found(draft, 'updated')).toMatchObject({ value: '2015-10-01', lines: [5, 6] });
    expect(body(draft)).toBe('Intro.\n\nMore.\n');
  });

  it('keeps a numeric date it cannot read without guessing, and says why', () => {
    const draft = convertText(lines('Title Line', '', '10/1/2015', 'Intro.'));
    expect(found(draft, 'published')).toBeUndefined();
    expect(body(draft)).toBe('10/1/2015\n\nIntro.\n');
    expect(draft.warnings).toEqual([
      'line 3: "10/1/2015" is kept in the text and not used as the published date: "10/1/2015" could be month/day/year ' +
        'or day/month/year; write "published" yourself if you know the date',
    ]);
  });

  it('removes a relative date after the publication date as chrome', () => {
    const draft = convertText(
      lines('Title Line', '', 'by Sidney Hunt', 'Published: July 2, 2024 (3 weeks ago)', 'Intro.'),
    );
    expect(found(draft, 'published')).toMatchObject({ value: '2024-07-02', lines: [4] });
    expect(draft.removals).toEqual([
      { rule: 'relative-date', line: 4, text: '(3 weeks ago)', follows: 'publication date', afterArticle: false },
    ]);
  });

  it('keeps a second date of the same kind in the text', () => {
    const draft = convertText(lines('Intro.', 'July 2, 2024', 'July 3, 2024'));
    expect(found(draft, 'published')).toMatchObject({ value: '2024-07-02' });
    expect(body(draft)).toBe('Intro.\n\nJuly 3, 2024\n');
  });
});

describe('convertText: the end of the page', () => {
  it('removes headlines after the closing chrome', () => {
    const draft = convertText(
      lines(
        'Title Line',
        '',
        'Last paragraph.',
        '',
        'Follow us on Twitter',
        '',
        'Another Story Entirely',
        'And Another',
      ),
    );
    expect(body(draft)).toBe('Last paragraph.\n');
    expect(rules(draft)).toEqual([
      ['social-prompt', 'Follow us on Twitter', true],
      ['unrelated-headline', 'Another Story Entirely', true],
      ['unrelated-headline', 'And Another', true],
    ]);
  });

  it('keeps a short last line when no chrome comes before it', () => {
    expect(body(convertText(lines('Title Line', '', 'Paragraph.', '', 'The End')))).toContain('The End');
  });

  it('keeps article text that follows a chrome line', () => {
    const draft = convertText(lines('Title Line', '', 'Paragraph.', 'Advertisement', 'The paragraph after the ad.'));
    expect(body(draft)).toBe('Paragraph.\n\nThe paragraph after the ad.\n');
    expect(rules(draft)).toEqual([['advertisement-label', 'Advertisement', false]]);
  });
});
