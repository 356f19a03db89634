// Datelines, event dates, the year they take, and periods.
import { describe, expect, it } from 'vitest';
import {
  completeYear,
  findEventDates,
  findPeriods,
  formatDate,
  readDateline,
} from '../../../src/extract/dates';

describe('readDateline', () => {
  it.each([
    ['11/04/2024, 07:30 (GMT+7)', '2024-04-11'],
    ['Cập nhật lúc : 16:05 02/12/2019', '2019-12-02'],
    ['09:15, 28/02/2022 [GMT+7]', '2022-02-28'],
    ['Thứ Ba, 3-9-2024', '2024-09-03'],
    ['07-23-2017', '2017-07-23'],
    ['Thứ Tư, 14/05/2025 - 10:20 GMT+7', '2025-05-14'],
    ['CN, 18/05/2025 10h20', '2025-05-18'],
    ['Chủ nhật, 07/07/2024 - 06h45 (GMT+7)', '2024-07-07'],
    ['22/09/2023 - 14:20', '2023-09-22'],
  ])('%s → %s', (line, date) => {
    const read = readDateline(line);
    expect(read && formatDate(read)).toBe(date);
  });

  it('refuses a line that says more than a date', () => {
    expect(readDateline('Ngày 5/6/2023, hai bên ký kết chương trình')).toBeNull();
  });
});

describe('findEventDates', () => {
  it.each([
    ['Chiều 19/8, hai đơn vị ký kết', { day: 19, month: 8, year: null }],
    ['Sáng nay 17.3, hội nghị diễn ra', { day: 17, month: 3, year: null }],
    ['ngày 5-6-2023, Hội Nông dân tổ chức', { day: 5, month: 6, year: 2023 }],
    ['Sáng ngày 9/7/2015, tại hội trường', { day: 9, month: 7, year: 2015 }],
  ])('%s', (text, date) => {
    expect(findEventDates(text)[0]).toMatchObject(date);
  });

  it('skips the date of a cited document', () => {
    expect(findEventDates('theo Nghị quyết số 12-NQ/TW ngày 3/2/2020 của Ban Bí thư')).toEqual([]);
  });
});

describe('completeYear', () => {
  it('takes the year of the dateline', () => {
    const date = completeYear({ day: 13, month: 3, year: null }, { day: 14, month: 3, year: 2019 });
    expect(formatDate(date)).toBe('2019-03-13');
  });

  it('puts a date after the publication date in the year before', () => {
    const date = completeYear({ day: 30, month: 12, year: null }, { day: 2, month: 1, year: 2020 });
    expect(formatDate(date)).toBe('2019-12-30');
  });

  it('leaves a day and month alone without a dateline', () => {
    expect(formatDate(completeYear({ day: 30, month: 3, year: null }, null))).toBe('30/03');
  });
});

describe('findPeriods', () => {
  it.each([
    ['giai đoạn 2022 - 2026', [2022, 2026]],
    ['giai đoạn 2023-2025', [2023, 2025]],
    ['nhiệm kỳ 2020–2025', [2020, 2025]],
    ['kế hoạch năm 2024', [2024, 2024]],
    ['từ năm 2021 đến năm 2025', [2021, 2025]],
  ])('%s', (text, [from, to]) => {
    expect(findPeriods(text.replace('–', '-'))[0]).toMatchObject({ from, to });
  });

  it('reads periods listed after the first', () => {
    const periods = findPeriods('giai đoạn 2021 - 2025, 2021 - 2026');
    expect(periods.map((p) => [p.from, p.to])).toEqual([
      [2021, 2025],
      [2021, 2026],
    ]);
  });
});
