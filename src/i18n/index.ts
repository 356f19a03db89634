// Concord's two languages: message catalogues, the reactive current language, and formatting.
export type { Message, MessageArgs, MessageKey, MessageParam } from './message';
export { isMessage, megabytes, message } from './message';
export type { Locale } from './translate';
export {
  LOCALES,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatTime,
  isLocale,
  missingText,
  translate,
} from './translate';
export type { Text } from './locale';
export { date, dateTime, list, locale, n, setLocale, t, textOf, time } from './locale';
