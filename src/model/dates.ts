// Dates as the articles give them: a full date, or day and month only ("Chiều 19/8").

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH = /^(\d{2})\/(\d{2})$/;

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDay(day: number, month: number, year: number | null): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** True for "", "YYYY-MM-DD" and "DD/MM" when the date exists. */
export function isValidPartialDate(value: string): boolean {
  if (value === '') return true;
  const full = FULL.exec(value);
  if (full) return isValidDay(Number(full[3]), Number(full[2]), Number(full[1]));
  const dayMonth = DAY_MONTH.exec(value);
  if (dayMonth) return isValidDay(Number(dayMonth[1]), Number(dayMonth[2]), null);
  return false;
}

/** True for "" and an existing "YYYY-MM-DD". */
export function isValidFullDate(value: string): boolean {
  return value === '' || (FULL.test(value) && isValidPartialDate(value));
}

/**
 * Reads what a person types: "2022-09-16", "16/9/2022", "16-9-2022", "16/9", "16.9".
 * Returns the stored form, or null when it is not a date that exists.
 */
export function parsePartialDate(input: string): string | null {
  const text = input.trim();
  if (text === '') return '';
  if (FULL.test(text)) return isValidPartialDate(text) ? text : null;
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(text);
  if (!match) return null;
  const day = match[1].padStart(2, '0');
  const month = match[2].padStart(2, '0');
  const stored = match[3] ? `${match[3]}-${month}-${day}` : `${day}/${month}`;
  return isValidPartialDate(stored) ? stored : null;
}

/** "2022-09-16" → "16/09/2022", "16/09" → "16/09": the Vietnamese day-first order. */
export function formatPartialDate(value: string): string {
  const full = FULL.exec(value);
  return full ? `${full[3]}/${full[2]}/${full[1]}` : value;
}
