import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  isValidFullDate,
  isValidPartialDate,
  parsePartialDate,
} from '../../../src/model';

describe('isValidPartialDate', () => {
  it.each(['', '2022-09-16', '2024-02-29', '2000-02-29', '16/09', '29/02', '31/12', '01/01'])(
    'accepts %j',
    (value) => expect(isValidPartialDate(value)).toBe(true),
  );

  it.each([
    ['31/04', 'April has 30 days'],
    ['30/02', 'February never has 30 days'],
    ['32/01', 'no month has 32 days'],
    ['00/01', 'day zero'],
    ['15/13', 'month 13'],
    ['15/00', 'month zero'],
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century years are not leap years'],
    ['2022-04-31', 'April has 30 days'],
    ['2022-13-01', 'month 13'],
    ['16/9', 'the stored form has two-digit months'],
    ['2022-9-16', 'the stored form has two-digit months'],
    ['16/09/2022', 'a full date is stored as YYYY-MM-DD'],
    [' 16/09', 'surrounding space'],
    ['tomorrow', 'not a date'],
  ])('rejects %j (%s)', (value) => expect(isValidPartialDate(value)).toBe(false));
});

describe('isValidFullDate', () => {
  it('accepts only an empty value or an existing YYYY-MM-DD', () => {
    expect(isValidFullDate('')).toBe(true);
    expect(isValidFullDate('2022-09-16')).toBe(true);
    expect(isValidFullDate('16/09')).toBe(false);
    expect(isValidFullDate('2022-02-30')).toBe(false);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['16/9/2022', '2022-09-16'],
    ['16-9-2022', '2022-09-16'],
    ['16.9.2022', '2022-09-16'],
    ['16/09/2022', '2022-09-16'],
    ['2022-09-16', '2022-09-16'],
    ['16/9', '16/09'],
    ['16.9', '16/09'],
    ['16-9', '16/09'],
    ['1/1', '01/01'],
    ['29/2', '29/02'],
    ['29/2/2024', '2024-02-29'],
    ['  16/9/2022  ', '2022-09-16'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (input, stored) => expect(parsePartialDate(input)).toBe(stored));

  it.each([
    ['31/4', 'April has 30 days'],
    ['31/4/2022', 'April has 30 days'],
    ['29/2/2023', 'not a leap year'],
    ['30/2', 'February never has 30 days'],
    ['2022-02-30', 'February never has 30 days'],
    ['0/1', 'day zero'],
    ['1/13', 'month 13'],
    ['16/9/22', 'a two-digit year is ambiguous'],
    ['123/9', 'three-digit day'],
    ['16 9 2022', 'spaces are not separators'],
    ['September 16', 'words'],
  ])('rejects %j (%s)', (input) => expect(parsePartialDate(input)).toBeNull());

  it('always returns a value that isValidPartialDate accepts', () => {
    for (const input of ['16/9/2022', '16/9', '2022-09-16', '1.1', '']) {
      const stored = parsePartialDate(input);
      expect(stored).not.toBeNull();
      expect(isValidPartialDate(stored as string)).toBe(true);
    }
  });
});

describe('formatPartialDate', () => {
  it('shows dates day first', () => {
    expect(formatPartialDate('2022-09-16')).toBe('16/09/2022');
    expect(formatPartialDate('16/09')).toBe('16/09');
    expect(formatPartialDate('')).toBe('');
  });

  it('round-trips through parsePartialDate', () => {
    expect(parsePartialDate(formatPartialDate('2022-09-16'))).toBe('2022-09-16');
    expect(parsePartialDate(formatPartialDate('29/02'))).toBe('29/02');
  });
});
