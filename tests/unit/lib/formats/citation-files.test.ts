import { describe, expect, it } from 'vitest';
import { risDate, risName, risRecord } from '../../../../src/lib/formats/citation-files';

describe('RIS', () => {
  it('writes a day as YYYY/MM/DD/, padded, with the slash that ends the empty "other" part', () => {
    expect(risDate({ 'date-parts': [[2024, 7, 2]] })).toBe('2024/07/02/');
    expect(risDate({ 'date-parts': [[2012, 11, 30]] })).toBe('2012/11/30/');
  });

  it('writes a name family first, particles kept, suffix last, and a single name as written', () => {
    expect(risName({ family: 'Svab', given: 'Petr' })).toBe('Svab, Petr');
    expect(risName({ family: 'Fontaine', given: 'Jean', 'non-dropping-particle': 'de la' })).toBe(
      'de la Fontaine, Jean',
    );
    expect(risName({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' })).toBe('King, Martin Luther, Jr.');
    expect(risName({ literal: 'Xinhua' })).toBe('Xinhua');
  });

  it('keeps each value on its tag line, whitespace collapsed, and leaves out what the item lacks', () => {
    const record = risRecord({
      id: 'a',
      'citation-key': 'a',
      type: 'webpage',
      title: 'Two\nlines',
      URL: 'https://archive.example.org/articles/a/',
    });
    expect(record).toBe(
      'TY  - ELEC\nID  - a\nTI  - Two lines\nUR  - https://archive.example.org/articles/a/\nER  - \n',
    );
  });
});
