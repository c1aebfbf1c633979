import { describe, expect, it } from 'vitest';
import { DATE_NOT_STATED, formatDate, formatStatedDate, yearOf } from '../../../../src/lib/site/dates';

describe('formatDate', () => {
  it.each([
    ['2012-06-20', '20 June 2012'],
    ['2015-10-01', '1 October 2015'],
    ['2019-01-01', '1 January 2019'],
    ['2024-12-31', '31 December 2024'],
    ['2016-02-29', '29 February 2016'],
  ])('%s reads as %j', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });

  it('never shifts the day, since no time zone is involved', () => {
    // The first and last moments of a day are where a time-zone conversion would show.
    expect(formatDate('2024-07-02')).toBe('2 July 2024');
    expect(formatDate('2000-01-01')).toBe('1 January 2000');
  });
});

describe('yearOf', () => {
  it('returns the year as a number', () => {
    expect(yearOf('2012-06-20')).toBe(2012);
    expect(yearOf('1999-12-31')).toBe(1999);
  });
});

describe('DATE_NOT_STATED', () => {
  it('says plainly that the source gives no date', () => {
    expect(DATE_NOT_STATED).toBe('Date not stated');
  });
});

describe('formatStatedDate', () => {
  it.each([
    ['2006', '2006'],
    ['2006-07', 'July 2006'],
    ['2012-02-06', '6 February 2012'],
  ])('%s reads as %j, no more precise than stated', (date, text) => {
    expect(formatStatedDate(date)).toBe(text);
  });
});
