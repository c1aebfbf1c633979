import { describe, expect, it } from 'vitest';
import { composeEditorNote, describeRemovals, type NoteFacts } from '../../../scripts/import/editor-note';
import type { Removal } from '../../../scripts/import/types';

const facts = (extra: Partial<NoteFacts> = {}): NoteFacts => ({ missing: [], removals: [], context: {}, ...extra });
const removal = (rule: Removal['rule'], text: string, afterArticle: boolean, line = 1): Removal => ({
  rule,
  text,
  afterArticle,
  line,
});

describe('composeEditorNote', () => {
  it('says nothing when there is nothing to say', () => {
    expect(composeEditorNote(facts())).toBeUndefined();
  });

  it('puts the editor’s own words first', () => {
    expect(composeEditorNote(facts({ editorNote: 'Unverified quotations.', missing: ['publication'] }))).toBe(
      'Unverified quotations. The text names no publication.',
    );
  });

  it('says a title was supplied, and whether from the opening sentence', () => {
    expect(composeEditorNote(facts({ suppliedTitle: { fromOpeningSentence: true } }))).toBe(
      'The source text has no headline; the archive supplied this title from the words of its opening sentence.',
    );
    expect(composeEditorNote(facts({ suppliedTitle: { fromOpeningSentence: false } }))).toBe(
      'The source text has no headline; the archive supplied this title.',
    );
  });

  it('keeps the source’s headline when the editor replaced it', () => {
    expect(
      composeEditorNote(facts({ suppliedTitle: { fromOpeningSentence: false, replacedHeadline: 'Old Headline' } })),
    ).toBe('The archive supplied this title; the source\'s headline is "Old Headline".');
  });

  it('says where a byline at the end put the author', () => {
    expect(composeEditorNote(facts({ bylineAtEnd: { authors: 1 } }))).toBe(
      "The author's name comes from the byline at the end of the text.",
    );
    expect(composeEditorNote(facts({ bylineAtEnd: { authors: 2 } }))).toBe(
      "The authors' names come from the byline at the end of the text.",
    );
  });

  it.each<[NoteFacts['missing'], string]>([
    [['author', 'publication', 'date'], 'The text names no author, publication or date.'],
    [['publication', 'date'], 'The text names no publication or date.'],
    [['author'], 'The text names no author.'],
  ])('names what is missing: %j', (missing, sentence) => {
    expect(composeEditorNote(facts({ missing }))).toBe(sentence);
  });

  it('owns up to a publication the archive supplied', () => {
    expect(composeEditorNote(facts({ publicationSupplied: true }))).toBe(
      "The archive supplied the publication's name; the text does not state it.",
    );
  });
});

describe('describeRemovals', () => {
  it('groups lines removed by one rule and keeps the source order', () => {
    expect(
      describeRemovals(
        [
          removal('social-prompt', 'Follow us on Twitter', true, 5),
          removal('unrelated-headline', 'Story One', true, 6),
          removal('unrelated-headline', 'Story Two', true, 7),
        ],
        {},
      ),
    ).toBe(
      'Removed from the end of the source text as page chrome: the line "Follow us on Twitter" and two unrelated headlines ("Story One" and "Story Two").',
    );
  });

  it('names what came after the article last', () => {
    expect(
      describeRemovals([removal('repeated-headline', 'H', false), removal('widget-text', 'HTML tutorial', true)], {}),
    ).toBe(
      'Removed from the source text as page chrome: a second copy of the headline; and, after the article, the stray widget text "HTML tutorial".',
    );
  });

  it('describes removals inside the article alone', () => {
    expect(describeRemovals([removal('advertisement-label', 'Advertisement', false)], {})).toBe(
      'Removed from the source text as page chrome: the advertisement label "Advertisement".',
    );
  });

  it('adds no second full stop after a quoted sentence', () => {
    expect(describeRemovals([removal('sign-up-form', 'Sign up now.', true)], {})).toBe(
      'Removed from the end of the source text as page chrome: the sign-up form line "Sign up now."',
    );
  });
});
