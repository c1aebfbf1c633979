import { describe, expect, it } from 'vitest';
import { composeEditorNote, type NoteFacts } from '../../../scripts/import/editor-note';

const facts = (extra: Partial<NoteFacts> = {}): NoteFacts => ({ missing: [], ...extra });

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
