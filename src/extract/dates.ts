// Dates of the genre: a dateline under the headline ("14/03/2019, 08:55 (GMT+7)", "05-16-2018"),
// event dates in the lead ("Chiều 19/8", "ngày 5-6-2023", "Sáng nay 17.3"), and periods
// ("giai đoạn 2022 – 2026", "nhiệm kỳ 2020-2025", "năm 2022").
import type { Span } from './types';

export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
}

export interface DateMention extends DayMonth, Span {}

export interface Period extends Span {
  from: number;
  to: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const valid = ({ day, month }: DayMonth) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/** "YYYY-MM-DD" with a year, "DD/MM" without. */
export function formatDate({ day, month, year }: DayMonth): string {
  return year === null ? `${pad(day)}/${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

// Labels and clock times around a dateline; what is left must be one date.
const DATELINE_NOISE =
  /(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|thời gian|lúc|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|(?<!\p{L})cn(?!\p{L})|\d{1,2}(?::\d{2}(?::\d{2})?|\s*h\s*\d{2}(?!\d))(?:\s*(?:am|pm|sa|ch))?|\(?\[?gmt\s*[+-]\s*\d+\]?\)?|[|:,])/giu;
// A dash left between the date and its weekday or time: "Thứ Tư, 14/05/2025 - 10:20".
const EDGE_DASHES = /^[\s\-–—]+|(?<=\d{4})[\s\-–—]+$/gu;
const FULL_DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Reads a dateline: a short line that is only a full date with weekday, clock time ("10:20",
 * "10h20") and labels. A date whose first number cannot be a day of a month but the second can
 * ("05-16-2018") is month-first.
 */
export function readDateline(line: string): DayMonth | null {
  if (line.length > 60) return null;
  const rest = line
    .replace(DATELINE_NOISE, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(EDGE_DASHES, '');
  const iso = ISO_DATE.exec(rest);
  if (iso) return checked({ day: +iso[3], month: +iso[2], year: +iso[1] });
  const full = FULL_DATE.exec(rest);
  if (!full) return null;
  const [first, second, year] = [+full[1], +full[3], +full[4]];
  if (first <= 12 && second > 12) return checked({ day: second, month: first, year });
  return checked({ day: first, month: second, year });
}

function checked(date: DayMonth): DayMonth | null {
  return valid(date) ? date : null;
}

// "Chiều 19/8", "Sáng nay 17.3", "Ngày 16/9", "ngày 5-6-2023", "sáng ngày 9/7/2015".
const EVENT_DATE =
  /(?<!\p{L})(?:(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua|hôm nay))?(?:\s+(?:thứ\s+\p{L}+|chủ nhật),?)?(?:\s+ngày)?|ngày|hôm nay,?)\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/.-]\d)/giu;
// A date that belongs to a cited document: "Kết luận số 65-KL/TW ngày 30/10/2019".
const DOCUMENT_BEFORE = /số\s+[\p{L}\d./-]+\s*(?:của\s+[^,;]{0,60})?$/iu;

/** Event dates written in `text`, in order, skipping the dates of cited documents. */
export function findEventDates(text: string, offset = 0): DateMention[] {
  const dates: DateMention[] = [];
  for (const match of text.matchAll(EVENT_DATE)) {
    if (DOCUMENT_BEFORE.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
    const date = {
      day: +match[1],
      month: +match[3],
      year: match[4] ? +match[4] : null,
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    };
    if (valid(date)) dates.push(date);
  }
  return dates;
}

/**
 * Gives a day and month the year of the dateline; an event after the publication date belongs
 * to the year before ("30/12" in an article of 02/01/2020 is 2019-12-30).
 */
export function completeYear(date: DayMonth, published: DayMonth | null): DayMonth {
  if (date.year !== null || published?.year == null) return date;
  const later =
    date.month > published.month ||
    (date.month === published.month && date.day > published.day + 1);
  return { ...date, year: later ? published.year - 1 : published.year };
}

const YEAR = '((?:19|20)\\d{2})';
const PERIOD = new RegExp(
  `(?<!\\p{L})(?:giai đoạn|nhiệm kỳ|năm|từ năm)\\s+${YEAR}(?:\\s*(?:-|đến(?:\\s+năm)?)\\s*${YEAR})?(?!\\d)`,
  'giu',
);
// More periods listed after the first: "giai đoạn 2022 - 2025, 2022 - 2026".
const LISTED_PERIOD = new RegExp(`^\\s*(?:,|và)\\s*${YEAR}\\s*-\\s*${YEAR}(?!\\d)`, 'u');

/** Periods written in text.slice(from, to), with spans in `text`. */
export function findPeriods(text: string, from = 0, to = text.length): Period[] {
  const periods: Period[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(PERIOD)) {
    const first = +match[1];
    const last = match[2] ? +match[2] : first;
    if (last < first) continue;
    let end = from + match.index + match[0].length;
    periods.push({ from: first, to: last, start: from + match.index, end });
    for (;;) {
      const more = LISTED_PERIOD.exec(text.slice(end, to));
      if (!more || +more[2] < +more[1]) break;
      periods.push({ from: +more[1], to: +more[2], start: end, end: end + more[0].length });
      end += more[0].length;
    }
  }
  return periods;
}
