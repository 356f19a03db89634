// The reader's language as a Solid signal: chosen in the toolbar, remembered in localStorage,
// followed by every open tab, and written to <html lang> for screen readers and hyphenation.
// Components call t(), which reads the signal, so switching re-renders every visible text.
import { createSignal } from 'solid-js';
import type { Message, MessageArgs, MessageKey } from './message';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatTime,
  isLocale,
  translate,
  type Locale,
} from './translate';

const STORAGE_KEY = 'concord.locale';

/** The remembered choice, else Vietnamese for a browser that prefers it, else English. */
function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (file:// in some settings, privacy modes): fall through.
  }
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return preferred.some((tag) => tag.toLowerCase().startsWith('vi')) ? 'vi' : 'en';
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());
export { locale };

function markDocument(next: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}
markDocument(locale());

export function setLocale(next: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but the switch still applies to this tab.
  }
  markDocument(next);
  setLocaleSignal(next);
}

if (typeof window !== 'undefined') {
  // Another tab switched language: follow it, so the tabs of one browser agree.
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || !isLocale(event.newValue)) return;
    markDocument(event.newValue);
    setLocaleSignal(event.newValue);
  });
}

/** The text of a key or message in the current language; reactive inside JSX and memos. */
export function t(message: Message): string;
export function t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string;
export function t(keyOrMessage: MessageKey | Message, params?: Message['params']): string {
  const message = typeof keyOrMessage === 'string' ? { key: keyOrMessage, params } : keyOrMessage;
  return translate(locale(), message);
}

/** Words that are either already chosen (a name, a user's text) or a message to translate now. */
export type Text = string | Message;
export const textOf = (text: Text): string => (typeof text === 'string' ? text : t(text));

export const n = (value: number) => formatNumber(locale(), value);
export const date = (stored: string) => formatDate(locale(), stored);
export const dateTime = (at: number) => formatDateTime(locale(), at);
export const time = (at: number) => formatTime(locale(), at);
export const list = (items: readonly string[]) => formatList(locale(), items);
