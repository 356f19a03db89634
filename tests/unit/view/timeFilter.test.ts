// The years an agreement spans, the slider's bounds, and whether an agreement meets a range.
import { describe, expect, test } from 'vitest';
import { agreementInRange, agreementTime, yearBounds, type TimeFilter } from '../../../src/view';
import { agreement, world } from './world';

const id = 'agreement:testtest';
const range = (from: number, to: number, includeUndated = false): TimeFilter => ({
  from,
  to,
  includeUndated,
});

describe('agreementTime', () => {
  test.each([
    ['a full period', { signed: '2020-03-15', periodFrom: 2020, periodTo: 2025 }, 2020, 2025],
    [
      'signed before its period',
      { signed: '2019-12-20', periodFrom: 2020, periodTo: 2025 },
      2019,
      2025,
    ],
    [
      'signed within its period',
      { signed: '2023-06-01', periodFrom: 2021, periodTo: 2025 },
      2021,
      2025,
    ],
    ['a signing year only: open-ended', { signed: '2022-01-10' }, 2022, null],
    ['a period start only: open-ended', { periodFrom: 2018 }, 2018, null],
    ['a period end only', { periodTo: 2026 }, null, 2026],
    ['day and month only: no year', { signed: '16/09' }, null, null],
    ['"DD/MM" with a period', { signed: '16/09', periodFrom: 2022, periodTo: 2026 }, 2022, 2026],
    ['nothing', {}, null, null],
  ] as const)('%s', (_name, dates, start, end) => {
    expect(agreementTime(agreement(id, dates))).toEqual({ start, end });
  });
});

describe('agreementInRange', () => {
  const period = agreement(id, { signed: '2020-03-15', periodFrom: 2020, periodTo: 2025 });
  const signedOnly = agreement(id, { signed: '2019-05-02' });
  const endOnly = agreement(id, { periodTo: 2021 });
  const undated = agreement(id, { signed: '16/09' });

  test('a period meets any range that overlaps it, ends included', () => {
    expect(agreementInRange(period, range(2025, 2030))).toBe(true);
    expect(agreementInRange(period, range(2010, 2020))).toBe(true);
    expect(agreementInRange(period, range(2022, 2022))).toBe(true);
    expect(agreementInRange(period, range(2026, 2030))).toBe(false);
    expect(agreementInRange(period, range(2010, 2019))).toBe(false);
  });

  test('a signing year with no period counts from that year onward', () => {
    expect(agreementInRange(signedOnly, range(2019, 2019))).toBe(true);
    expect(agreementInRange(signedOnly, range(2040, 2041))).toBe(true);
    expect(agreementInRange(signedOnly, range(2015, 2018))).toBe(false);
  });

  test('an end year alone places the agreement in that year', () => {
    expect(agreementInRange(endOnly, range(2021, 2021))).toBe(true);
    expect(agreementInRange(endOnly, range(2015, 2020))).toBe(false);
    expect(agreementInRange(endOnly, range(2022, 2024))).toBe(false);
  });

  test('an undated agreement follows includeUndated', () => {
    expect(agreementInRange(undated, range(2000, 2100))).toBe(false);
    expect(agreementInRange(undated, range(2000, 2100, true))).toBe(true);
    expect(agreementInRange(period, range(2030, 2031, true))).toBe(false);
  });

  test('a range given backwards reads the same', () => {
    expect(agreementInRange(period, range(2030, 2024))).toBe(true);
  });
});

describe('yearBounds', () => {
  test('spans every signing year and period year of the agreements', () => {
    expect(yearBounds(Object.values(world().data.entities))).toEqual({ min: 2016, max: 2025 });
    const late = agreement('agreement:latelate', { signed: '2031-01-01' });
    const early = agreement('agreement:earlyone', { periodTo: 2001 });
    expect(yearBounds([late, early])).toEqual({ min: 2001, max: 2031 });
  });

  test('is null when no agreement has a year', () => {
    expect(yearBounds([])).toBeNull();
    expect(yearBounds([agreement(id, { signed: '16/09' })])).toBeNull();
  });
});
