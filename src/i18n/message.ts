// A message to show a person, named by its catalogue key. The layers below the UI (model, store,
// exchange, sync) return these instead of sentences, so the words are chosen when, and in the
// language in which, the message is shown. Plain data: it crosses workers and postMessage.
import type { Placeholders, TextsOf } from './catalogue';
import type { en } from './en';

type English = typeof en;
export type MessageKey = keyof English;

/**
 * A parameter's value. Numbers are shown as quantities in the reader's locale ("50.000" in
 * Vietnamese), so pass identifiers and years as strings; a Message is translated in turn.
 */
export type MessageParam = string | number | Message;

export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/**
 * The parameters a key's English text asks for: none, or an object naming each placeholder.
 * Distributes over a union of keys, so a key chosen at run time may be given no parameters.
 */
export type MessageArgs<Key extends MessageKey> = Key extends MessageKey
  ? [Placeholders<TextsOf<English[Key]>>] extends [never]
    ? []
    : [params: { readonly [Name in Placeholders<TextsOf<English[Key]>>]: MessageParam }]
  : never;

export function message<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): Message {
  const [params] = args as [Message['params']?];
  return params === undefined ? { key } : { key, params };
}

/** A byte count as megabytes to one decimal, for a parameter: each locale writes it ("2.5" / "2,5"). */
export const megabytes = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}
