import { describe, expect, it } from 'vitest';
import { composeEditorNote, removedList, type NoteFacts } from '../../../scripts/import/editor-note';
import type { Removal } from '../../../scripts/import/types';

const facts = (extra: Partial<NoteFacts> = {}): NoteFacts => ({ missing: [], ...extra });
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

describe('removedList', () => {
  it('groups what one rule removed into one item and keeps the source order', () => {
    expect(
      removedList(
        [
          removal('social-prompt', 'Follow us on Twitter', true, 5),
          removal('unrelated-headline', 'Story One', true, 6),
          removal('unrelated-headline', 'Story Two', true, 7),
        ],
        {},
      ),
    ).toEqual([
      'after the article, the line "Follow us on Twitter"',
      'after the article, two unrelated headlines ("Story One" and "Story Two")',
    ]);
  });

  it('lists what came after the article last, and says so', () => {
    expect(
      removedList([removal('widget-text', 'HTML tutorial', true, 9), removal('repeated-headline', 'H', false, 1)], {}),
    ).toEqual(['a second copy of the headline', 'after the article, the stray widget text "HTML tutorial"']);
  });

  it('is empty when nothing was removed', () => {
    expect(removedList([], {})).toEqual([]);
  });
});
