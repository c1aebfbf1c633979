import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptTexts } from '../../../../src/lib/build/kept-texts';
import { tempFolder } from '../../temp-folder';

/** A file in a folder not made yet, as the cache's are before a first build. */
const fileIn = (): string => join(tempFolder('kept-texts'), 'nested', 'texts.json');
/** A text's maker that says what it was asked to make; the tests key each text by its source. */
const shout = (source: string) => (): string => source.toUpperCase();

describe('KeptTexts', () => {
  it('makes each text once and keeps it for the next build', () => {
    const file = fileIn();
    const first = new KeptTexts(file, '1');
    expect(first.get('one', shout('one'))).toBe('ONE');
    expect(first.get('one', shout('one'))).toBe('ONE');
    expect(first.get('two', shout('two'))).toBe('TWO');
    expect(first.made).toBe(2);
    first.save();

    const second = new KeptTexts(file, '1');
    const make = (source: string) => (): string => `made again: ${source}`;
    expect(second.get('one', make('one'))).toBe('ONE');
    expect(second.get('changed', make('changed'))).toBe('made again: changed');
    expect(second.made).toBe(1);
  });

  it('keeps only what the last build used, so deleted articles leave nothing behind', () => {
    const file = fileIn();
    const first = new KeptTexts(file, '1');
    first.get('kept', shout('kept'));
    first.get('deleted', shout('deleted'));
    first.save();
    const second = new KeptTexts(file, '1');
    second.get('kept', shout('kept'));
    second.save();
    const { texts } = JSON.parse(readFileSync(file, 'utf8')) as { texts: Record<string, string> };
    expect(texts).toEqual({ kept: 'KEPT' });
  });

  it('sets aside texts made another way (another version) or a broken file', () => {
    const file = fileIn();
    const first = new KeptTexts(file, '1');
    first.get('one', shout('one'));
    first.save();
    const other = new KeptTexts(file, '2');
    expect(other.get('one', () => 'one')).toBe('one');
    writeFileSync(file, '{"version": "1", "texts": {');
    const broken = new KeptTexts(file, '1');
    expect(broken.get('one', () => 'one!')).toBe('one!');
  });
});
