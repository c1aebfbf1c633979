import { describe, expect, it } from 'vitest';
import {
  isDrawnFrom,
  isOneSentence,
  looksLikeHeadline,
  numericDateOrder,
  numericToIso,
  parseDate,
  parseDateLine,
  publisherOf,
  type SourceDate,
} from '../../../scripts/import/metadata';

describe('parseDate', () => {
  it.each<[string, SourceDate]>([
    ['July 2, 2024', { kind: 'exact', iso: '2024-07-02' }],
    ['Jul. 2, 2024', { kind: 'exact', iso: '2024-07-02' }],
    ['Sept. 30 2019', { kind: 'exact', iso: '2019-09-30' }],
    ['2 July 2024', { kind: 'exact', iso: '2024-07-02' }],
    ['2024-07-02', { kind: 'exact', iso: '2024-07-02' }],
    ['6/20/2012', { kind: 'numeric', first: 6, second: 20, year: 2012 }],
    ['10/1/2015', { kind: 'numeric', first: 10, second: 1, year: 2015 }],
  ])('%j', (text, date) => {
    expect(parseDate(text)).toEqual(date);
  });

  it.each(['February 30, 2024', '2019-02-29', '13/13/2020', 'July 2024', 'July 2, 2024 and more', 'soon'])(
    'refuses %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});

describe('parseDateLine', () => {
  it('reads a labelled date and the relative date after it', () => {
    expect(parseDateLine('Published: July 2, 2024 (3 weeks ago)')).toEqual({
      kind: 'dated',
      label: 'published',
      date: { kind: 'exact', iso: '2024-07-02' },
      dateText: 'July 2, 2024',
      relative: '(3 weeks ago)',
    });
  });

  it.each([
    ['Updated: 10/1/2015', 'updated'],
    ['Last updated on March 3, 2020', 'updated'],
    ['Posted on 2020-03-03', 'published'],
    ['6/20/2012', undefined],
  ])('%j is labelled %j', (line, label) => {
    const parsed = parseDateLine(line);
    expect(parsed?.kind === 'dated' && parsed.label).toBe(label);
  });

  it('knows the "Updated:" label standing alone', () => {
    expect(parseDateLine('Updated:')).toEqual({ kind: 'update-label' });
  });

  it.each(['Published in 2024 by the ministry', 'July 2, 2024 was a Tuesday', 'Updated guidance followed.'])(
    'is not a date line: %j',
    (line) => {
      expect(parseDateLine(line)).toBeUndefined();
    },
  );
});

describe('numericDateOrder', () => {
  const numeric = (text: string) => ({ text, date: parseDate(text) as SourceDate & { kind: 'numeric' } });

  it('reads month first when one date can only be month first', () => {
    expect(numericDateOrder([numeric('6/20/2012'), numeric('10/1/2015')])).toEqual({
      order: 'month-first',
      evidence: '"6/20/2012" can only be month/day/year',
    });
  });

  it('reads day first when one date can only be day first', () => {
    expect(numericDateOrder([numeric('20/6/2012')])).toMatchObject({ order: 'day-first' });
  });

  it('refuses to guess when every date reads both ways', () => {
    expect(numericDateOrder([numeric('10/1/2015')])).toEqual({
      problem: '"10/1/2015" could be month/day/year or day/month/year',
    });
  });

  it('refuses dates that contradict each other', () => {
    expect(numericDateOrder([numeric('6/20/2012'), numeric('20/6/2012')])).toEqual({
      problem: '"6/20/2012" puts the month first but "20/6/2012" puts the day first',
    });
  });

  it('turns a numeric date into YYYY-MM-DD in the order given', () => {
    const date = numeric('10/1/2015').date;
    expect(numericToIso(date, 'month-first')).toBe('2015-10-01');
    expect(numericToIso(date, 'day-first')).toBe('2015-01-10');
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    'Source: Wang Lijun Told U.S. Officials of Organ Harvest',
    'Skeptical About Organ Harvesting in China? Then Watch This',
    '‘I Don’t Know Whether He’s Alive or Dead’',
    '2012: The Year of the Defection',
    '王立军事件',
  ])('%j is one', (line) => {
    expect(looksLikeHeadline(line)).toBe(true);
  });

  it.each([
    'The report attracted widespread media coverage.',
    'The virtual conference will be held at the following times:',
    'those who practice it, in lower case',
    '“A quoted sentence,”',
    '这是一个句子。',
    '',
  ])('%j is not', (line) => {
    expect(looksLikeHeadline(line)).toBe(false);
  });

  it('takes a question only where asked to', () => {
    expect(looksLikeHeadline('Why Now?', { allowQuestion: false })).toBe(false);
  });

  it('counts words against the limit', () => {
    expect(looksLikeHeadline('One Two Three Four', { maxWords: 3 })).toBe(false);
  });
});

describe('publisherOf', () => {
  it('names the publisher of a sign-off line', () => {
    expect(publisherOf('The Epoch Times publishes in 35 countries and in 19 languages.')).toBe('The Epoch Times');
  });
  it('names nobody in other lines', () => {
    expect(publisherOf('The paper publishes in print only.')).toBeUndefined();
  });
});

describe('isDrawnFrom', () => {
  const opening =
    'An international coalition of nongovernment organizations wants the Chinese Communist Party (CCP) to end its forced organ harvesting practices completely.';

  it('is true for a title made of the sentence’s words in order', () => {
    expect(
      isDrawnFrom(
        'International coalition of nongovernment organizations wants the CCP to end its forced organ harvesting practices',
        opening,
      ),
    ).toBe(true);
  });

  it('is false for a word the sentence does not have, or words out of order', () => {
    expect(isDrawnFrom('Coalition demands an end to organ harvesting', opening)).toBe(false);
    expect(isDrawnFrom('Organ harvesting coalition', opening)).toBe(false);
  });
});

describe('isOneSentence', () => {
  it.each([
    ['A source said ex-Chongqing police chief Wang Lijun gave U.S. officials files this year.', true],
    ['The report attracted coverage. Officials denied it.', false],
    ['A line without a full stop', false],
  ])('%j → %j', (text, expected) => {
    expect(isOneSentence(text)).toBe(expected);
  });
});
