import { describe, expect, it } from 'vitest';
import { filtersWithoutValues, filterValuesMessage } from '../../../../src/lib/search/filter-values';

describe('filtersWithoutValues', () => {
  const offered = ['topic', 'publication', 'entity'];

  it('finds none when every offered filter has values, whatever else the data holds', () => {
    const loaded = {
      topic: { 'Falun Gong': 3 },
      publication: { 'The Epoch Times': 1 },
      entity: { 'David Kilgour': 2 },
    };
    expect(filtersWithoutValues({ ...loaded, year: { '2006': 4 } }, offered)).toEqual([]);
  });

  it('names each offered filter the data leaves out or holds empty, in the order offered', () => {
    expect(filtersWithoutValues({ publication: {}, topic: { 'Falun Gong': 3 } }, offered)).toEqual([
      'publication',
      'entity',
    ]);
  });

  it('counts a value whose count is zero as a value: the search narrowed it out, the index holds it', () => {
    expect(filtersWithoutValues({ topic: { 'Falun Gong': 0 } }, ['topic'])).toEqual([]);
  });

  it('finds every offered filter missing from no data at all', () => {
    expect(filtersWithoutValues({}, offered)).toEqual(offered);
  });
});

describe('filterValuesMessage', () => {
  it('says which list is loading', () => {
    expect(filterValuesMessage('loading', 'Topic')).toBe('Loading the topic list…');
    expect(filterValuesMessage('loading', 'People and organisations')).toBe(
      'Loading the people and organisations list…',
    );
  });

  it('says which list failed, and what to do', () => {
    expect(filterValuesMessage('failed', 'Publication')).toBe(
      'The publication list could not be loaded. Check your connection, then try again.',
    );
  });

  it('says nothing before the values are asked for or once they are drawn', () => {
    expect(filterValuesMessage('unasked', 'Topic')).toBe('');
    expect(filterValuesMessage('drawn', 'Topic')).toBe('');
  });
});
