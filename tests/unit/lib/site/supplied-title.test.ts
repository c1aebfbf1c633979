import { describe, expect, it } from 'vitest';
import { isTitleSupplied } from '../../../../src/lib/site/supplied-title';

describe('isTitleSupplied', () => {
  it('is true for the note the importer writes for a text without a headline', () => {
    expect(
      isTitleSupplied(
        'The source text has no headline; the archive supplied this title from the words of its opening sentence.',
      ),
    ).toBe(true);
  });

  it('is true for the note the importer writes when it replaced a headline', () => {
    expect(isTitleSupplied('The archive supplied this title; the source\'s headline is "Breaking".')).toBe(true);
  });

  it('reads the words across a line break of a folded note', () => {
    expect(isTitleSupplied('No headline; the archive supplied\nthis title.')).toBe(true);
  });

  it('is false without a note, and for a note about something else', () => {
    expect(isTitleSupplied(undefined)).toBe(false);
    expect(isTitleSupplied('The text names no author.')).toBe(false);
    expect(isTitleSupplied("The archive supplied the publication's name; the text does not state it.")).toBe(false);
  });
});
