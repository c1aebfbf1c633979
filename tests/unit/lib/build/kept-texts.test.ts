import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptTexts } from '../../../../src/lib/build/kept-texts';
import { tempFolder } from '../../temp-folder';

/** A file in a folder not made yet, as the cache's are before a first build. */
const fileIn = (): string => join(tempFolder('kept-texts'), 'nested', 'texts.json');
const shout = (source: string): string => source.toUpperCase();

describe('KeptTexts', () => {
  it('makes each text once and keeps it for the next build', () => {
    const file = fileIn();
    const first = new KeptTexts(file, '1');
    expect(first.get('one', shout)).toBe('ONE');
    expect(first.get('one', shout)).toBe('ONE');
    expect(first.get('two', shout)).toBe('TWO');
    expect(first.made).toBe(2);
    first.save();

    const second = new KeptTexts(file, '1');
    const make = (source: string): string => `made again: ${source}`;
    expect(second.get('one', make)).toBe('ONE');
    expect(second.get('changed', make)).toBe('made again: changed');
    expect(second.made).toBe(1);
  });

  it('keeps only what the last build used, so deleted articles leave nothing behind', () => {
    const file = fileIn();
    const first = new KeptTexts(file, '1');
    first.get('kept', shout);
    first.get('deleted', shout);
    first.save();
    const second = new KeptTexts(file, '1');
    second.get('kept', shout);
    second.save();
    const { texts } = JSON.parse(readFileSync(file, 'utf8')) as { texts: Record<string, string> };
    expect(Object.values(texts)).toEqual(['KEPT']);
  });

  it('sets aside texts made another way (another version) or a broken file', () => {
    const file = fileIn();
    const first = new KeptTexts(file, '1');
    first.get('one', shout);
    first.save();
    const other = new KeptTexts(file, '2');
    expect(other.get('one', (s) => s)).toBe('one');
    writeFileSync(file, '{"version": "1", "texts": {');
    const broken = new KeptTexts(file, '1');
    expect(broken.get('one', (s) => `${s}!`)).toBe('one!');
  });
});
