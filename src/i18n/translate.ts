// Turns a message into words in one locale: picks the text (and its plural form), fills the
// placeholders, and formats numbers and dates the way that locale writes them. Pure: the
// reactive wrapper for the UI is ./locale.
import type { Plural, Translation } from './catalogue';
import { en } from './en';
import { isMessage, type Message, type MessageArgs, type MessageKey } from './message';
import { vi } from './vi';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGUES: Record<Locale, Readonly<Record<string, Translation>>> = { en, vi };
const INTL_TAG: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** 50000 → "50.000" in Vietnamese, "50,000" in English. */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH = /^(\d{2})\/(\d{2})$/;
const ENGLISH_DATE: Record<'full' | 'dayMonth', Intl.DateTimeFormatOptions> = {
  full: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  dayMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

/**
 * A stored date as the locale writes it: "2022-09-16" → "16/09/2022" (vi) or "16 Sept 2022" (en);
 * a day and month without a year ("16/09") → "16/09" or "16 Sept". Anything else is returned as is.
 */
export function formatDate(locale: Locale, stored: string): string {
  const full = FULL_DATE.exec(stored);
  const dayMonth = full ? null : DAY_MONTH.exec(stored);
  if (!full && !dayMonth) return stored;
  // Vietnamese writes dates as digits, day first: no formatter needed, and none to disagree.
  if (locale === 'vi') return full ? `${full[3]}/${full[2]}/${full[1]}` : stored;
  const [day, month, year] = full
    ? [Number(full[3]), Number(full[2]), Number(full[1])]
    : [Number(dayMonth![1]), Number(dayMonth![2]), 2000];
  const options = ENGLISH_DATE[full ? 'full' : 'dayMonth'];
  return new Intl.DateTimeFormat(INTL_TAG.en, options).format(Date.UTC(year, month - 1, day));
}

/** A moment (milliseconds since the epoch) as date and time in the locale, local time zone. */
export function formatDateTime(locale: Locale, at: number): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(INTL_TAG[locale], options).format(at);
}

/** A time of day (milliseconds since the epoch) in the locale: "14:05". */
export function formatTime(locale: Locale, at: number): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { hour: '2-digit', minute: '2-digit' }).format(
    at,
  );
}

/** A list of words joined the way the locale joins them: "A, B and C" / "A, B và C". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(items);
}

function pluralForm(locale: Locale, entry: Plural, count: unknown): string {
  if (typeof count !== 'number') return entry.other;
  if (count === 0 && entry.zero !== undefined) return entry.zero;
  const category = new Intl.PluralRules(INTL_TAG[locale]).select(count);
  return (category === 'one' ? entry.one : undefined) ?? entry.other;
}

/** Shown in place of a text no catalogue has, so a missing key is visible and testable. */
export const missingText = (key: string) => `⟦${key}⟧`;

function fill(locale: Locale, key: string, params?: Readonly<Record<string, unknown>>): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.en[key];
  if (entry === undefined) return missingText(key);
  const text = typeof entry === 'string' ? entry : pluralForm(locale, entry, params?.count);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (typeof value === 'number') return formatNumber(locale, value);
    if (typeof value === 'string') return value;
    if (isMessage(value)) return fill(locale, value.key, value.params);
    return placeholder;
  });
}

export function translate(locale: Locale, message: Message): string;
export function translate<Key extends MessageKey>(
  locale: Locale,
  key: Key,
  ...args: MessageArgs<Key>
): string;
export function translate(
  locale: Locale,
  keyOrMessage: MessageKey | Message,
  params?: Readonly<Record<string, unknown>>,
): string {
  return typeof keyOrMessage === 'string'
    ? fill(locale, keyOrMessage, params)
    : fill(locale, keyOrMessage.key, keyOrMessage.params);
}
