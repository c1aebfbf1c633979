import { describe, expect, it } from 'vitest';
import { exactRemovals, knownRemovals, type ExactRemoval } from '../../../scripts/import/removals';
import type { Draft, Removal } from '../../../scripts/import/types';

const draft = (extra: Partial<Draft>): Draft => ({
  format: 'text',
  body: { type: 'root', children: [] },
  found: [],
  removals: [],
  moved: [],
  droppedElements: [],
  changes: [],
  warnings: [],
  bylineAtEnd: false,
  ...extra,
});
const chrome = (rule: Removal['rule'], text: string, line: number, afterArticle = true): Removal => ({
  rule,
  text,
  line,
  afterArticle,
});

describe('knownRemovals', () => {
  it('names each removal by its rule, in source order, counting the ones of a rule before it', () => {
    const known = knownRemovals(
      draft({
        removals: [
          chrome('unrelated-headline', 'Story Two', 9),
          chrome('social-prompt', 'Follow us on Twitter', 7),
          chrome('unrelated-headline', 'Story One', 8),
        ].sort((a, b) => a.line - b.line),
        moved: [{ field: 'title', line: 1, text: 'The Headline', what: 'the headline' }],
      }),
      {},
      { headlineReplaced: false },
    );
    expect(known.map(({ what, text, keptAs }) => ({ what, text, keptAs }))).toEqual([
      { what: 'the headline', text: 'The Headline', keptAs: 'title' },
      { what: 'after the article, the line "Follow us on Twitter"', text: 'Follow us on Twitter', keptAs: undefined },
      { what: 'after the article, an unrelated headline', text: 'Story One', keptAs: undefined },
      { what: 'after the article, another unrelated headline', text: 'Story Two', keptAs: undefined },
    ]);
  });

  it('says no field kept a headline the editor’s title replaced', () => {
    const [headline] = knownRemovals(
      draft({ moved: [{ field: 'title', line: 1, text: 'Old', what: 'the headline' }] }),
      {},
      { headlineReplaced: true },
    );
    expect(headline).toEqual({ line: 1, text: 'Old', what: "the source's headline, which the editor's note quotes" });
  });
});

const headline: ExactRemoval = { what: 'the headline', text: 'The Headline', keptAs: 'title' };
const byline: ExactRemoval = { what: 'the byline', text: 'By Jane Doe', keptAs: 'authors' };

describe('exactRemovals', () => {
  it('takes the capture’s own text for each piece, and names it by what the converter knew', () => {
    expect(
      exactRemovals({
        capture: 'The Headline\n  By\u00a0Jane   Doe\n\nThe first paragraph.\n',
        body: 'The first paragraph.\n',
        kind: 'text',
        known: [headline, byline],
      }),
    ).toEqual({ ok: true, removed: [headline, byline] });
  });

  it('lists what no rule named by where it stood, and the markup of a link in copied text', () => {
    expect(
      exactRemovals({
        capture: 'Menu Home\nThe Headline\nRead <a href="https://e.org/">this</a> now.\nLast words.\n',
        body: 'Read [this](https://e.org/) now.\n\nLast words.\n',
        kind: 'text',
        known: [headline],
      }),
    ).toEqual({
      ok: true,
      removed: [
        {
          what: 'before the article, text the importer did not keep (the import report lists each change)',
          text: 'Menu Home',
        },
        headline,
        {
          what: 'within the article, text the importer did not keep (the import report lists each change)',
          text: '<a href="https://e.org/">',
        },
        {
          what: 'within the article, text the importer did not keep (the import report lists each change)',
          text: '</a>',
        },
      ],
    });
  });

  it('reads a saved page as a browser shows it, and keeps the caption a marker carries', () => {
    const result = exactRemovals({
      capture:
        '<html><head><title>T</title></head><body><nav>Home News</nav><h1>The Headline</h1>' +
        '<figure><img src="a.jpg" alt="not text"><figcaption>A caption (Jo Roe/AFP)</figcaption></figure>' +
        '<p>The first paragraph.</p><footer>© The Paper</footer></body></html>',
      body: '![A caption (Jo Roe/AFP)](not-preserved:photo)\n\nThe first paragraph.\n',
      kind: 'html',
      known: [headline],
    });
    expect(result).toEqual({
      ok: true,
      removed: [
        {
          what: 'before the article, text of the page that is not the article (the import report lists each element left out)',
          text: 'Home News',
        },
        headline,
        {
          what: 'after the article, text of the page that is not the article (the import report lists each element left out)',
          text: '© The Paper',
        },
      ],
    });
  });

  it('joins the pieces of a run when a short one also stands earlier in the article', () => {
    // Taken out alone, "alpha" would be taken from the first paragraph, where the build looks first.
    const tag: ExactRemoval = { what: 'a label', text: 'alpha' };
    expect(
      exactRemovals({
        capture: 'Intro alpha.\nThe Headline\nalpha\nBody.\n',
        body: 'Intro alpha.\n\nBody.\n',
        kind: 'text',
        known: [headline, tag],
      }),
    ).toEqual({ ok: true, removed: [{ what: 'the headline; a label', text: 'The Headline alpha' }] });
  });

  it('refuses when the build would take a piece from the wrong place, quoting where they differ', () => {
    expect(
      exactRemovals({
        capture: 'alpha beta.\nalpha\nbeta gamma.\n',
        body: 'alpha beta.\n\nbeta gamma.\n',
        kind: 'text',
        known: [],
      }),
    ).toEqual({
      ok: false,
      problem:
        'expected an article the build can hold to its capture, found that a piece taken out of the capture also ' +
        'stands earlier in the article, so the build would take it from there: where they first differ, the ' +
        'article has "alpha beta." and the capture less what was taken out has "beta."',
    });
  });

  it('refuses an article whose words the capture does not show, quoting the sentence', () => {
    expect(
      exactRemovals({ capture: 'One two.\nThree four.\n', body: 'One two.\n\nThree five.\n', kind: 'text', known: [] }),
    ).toEqual({
      ok: false,
      problem:
        "expected the article's words to be the capture's words less what was taken out, found words the capture " +
        'does not show as text in that order: "Three five."',
    });
  });

  it('lines a paragraph up with the article rather than with a teaser that repeats it', () => {
    const result = exactRemovals({
      capture: 'Lead sentence here.\nMore stories\nThe Headline\nLead sentence here.\nSecond paragraph.\n',
      body: 'Lead sentence here.\n\nSecond paragraph.\n',
      kind: 'text',
      known: [headline],
    });
    expect(result.ok && result.removed.map(({ text }) => text)).toEqual([
      'Lead sentence here. More stories',
      'The Headline',
    ]);
  });
});
