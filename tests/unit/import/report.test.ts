import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../scripts/import/article';
import { formatReport, lineList } from '../../../scripts/import/report';

describe('lineList', () => {
  it.each([
    [[4], 'line 4'],
    [[7, 8], 'lines 7–8'],
    [[3, 4, 5, 9, 11, 12], 'lines 3–5, 9, 11–12'],
    [[9, 3, 3], 'lines 3, 9'],
  ])('%j → %j', (lines, text) => {
    expect(lineList(lines)).toBe(text);
  });
});

describe('formatReport', () => {
  it('reports every decision for seed 003, by line', () => {
    const file = 'tests/fixtures/seeds/003_d78681dd366caea6.txt';
    const result = importArticle({
      file,
      bytes: readFileSync(file),
      options: { slug: 'us-urges-independent-probe', tags: ['United States'] },
      contentDir: 'content/articles',
      existing: new Map(),
      capturesDir: 'content/captures',
      captures: new Map(),
      force: false,
    });
    expect(formatReport(result, 'Dry run: nothing was written.')).toBe(
      [
        'tests/fixtures/seeds/003_d78681dd366caea6.txt → content/articles/us-urges-independent-probe.md',
        '  Read from the source:',
        '    title        line 1       headline line: US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting…',
        '    description  line 6       the opening paragraph, one sentence: Amid escalating international scrutiny, the United States government…',
        '    authors      line 3       byline "by Sidney Hunt": Sidney Hunt',
        '    published    line 4       date "Published: July 2, 2024 (3 weeks ago)": 2024-07-02',
        '  Language:',
        '    en (the default, English)',
        '  Supplied by you:',
        '    tags         --tags         United States',
        '  Removed as page chrome:',
        '    line 4       "(3 weeks ago)"  (relative-date: date relative to the day the page was copied, wrong on any other day)',
        '    line 18      "HTML tutorial"  (widget-text: stray text of an embedded widget)',
        '  Changed in form, words kept:',
        '    lines 3–4, 6, 8, 10, 12, 14, 16, 18 indentation removed',
        '  Capture:',
        '    content/captures/us-urges-independent-probe.txt  2,627 bytes  SHA-256 0baa89b32c3c18f8831dcbde738b1003b8685f9368fdc9cd6ffeedb14ed791d5',
        '  Taken out of the capture, in its order (removed):',
        '    1. the headline → title',
        '       "US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting Practices"',
        '    2. the byline → authors',
        '       "by Sidney Hunt"',
        '    3. the publication date → published',
        '       "Published: July 2, 2024"',
        '    4. the relative date "(3 weeks ago)" after the publication date',
        '       "(3 weeks ago)"',
        '    5. after the article, the stray widget text "HTML tutorial"',
        '       "HTML tutorial"',
        '  Still to fill in:',
        '    publication: the text names none; pass --publication if the source shows it',
        '    sourceUrl: not recorded; pass --source-url with the original address',
        "  Editor's note written:",
        '    The text names no publication.',
        '  Dry run: nothing was written.',
      ].join('\n'),
    );
  });

  it('cuts a long removed text in the report, which the front matter holds whole', () => {
    const file = 'tests/fixtures/import/page-with-chrome.html';
    const long = readFileSync(file, 'utf8').replace('Most read', `Most read ${'word '.repeat(80)}`);
    const result = importArticle({
      file,
      bytes: new TextEncoder().encode(long),
      options: {},
      contentDir: 'content/articles',
      existing: new Map(),
      capturesDir: 'content/captures',
      captures: new Map(),
      force: false,
    });
    const report = formatReport(result, '');
    const quoted = `"Most read ${'word '.repeat(58)}…" (423 characters in all, whole in the front matter)`;
    expect(report).toContain(`. after the article, <aside class="sidebar"> (sidebar)\n       ${quoted}\n`);
  });

  it('shows the address of a removed image and the caption kept', () => {
    const file = 'tests/fixtures/seeds/001_724dd4794ec6e017.txt';
    const result = importArticle({
      file,
      bytes: readFileSync(file),
      options: {},
      contentDir: 'content/articles',
      existing: new Map(),
      capturesDir: 'content/captures',
      captures: new Map(),
      force: false,
    });
    expect(formatReport(result, '')).toContain(
      '    line 9       image https://www.theepochtimes.com/assets/uploads/2015/09/109810644.jpeg, captioned "Wang Lijun"  (captioned-image: image hosted on another site; marked in the text as not preserved, with its caption)',
    );
  });
});
