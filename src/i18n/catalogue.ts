// The shape of a message catalogue. English is the reference: its keys are every message Concord
// shows, and its `{placeholders}` decide which parameters a message takes. Every other language
// must give a text for each English key (the compiler checks the keys, a unit test the
// placeholders).

/** A message that depends on a count: Intl.PluralRules picks the form, `other` is the fallback. */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly other: string;
}

export type Translation = string | Plural;

/** One area of a translation: a text for each key of the English area, no more and no fewer. */
export type Translations<English> = { readonly [Key in keyof English]: Translation };

/** The `{name}` placeholders of one text. */
export type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** Every text a translation entry may show: the string, or each plural form. */
export type TextsOf<Entry> = Entry extends string
  ? Entry
  : Entry extends Plural
    ? Entry['other'] | NonNullable<Entry['one']> | NonNullable<Entry['zero']>
    : never;
