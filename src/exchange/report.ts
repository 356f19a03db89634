// Collects what an import found wrong (problems, fatal) and what it assumed (warnings), capped so
// that a hostile file with a million bad rows still gives a readable list. Each entry is a
// Message, plain data: the report is built in the preview worker and shown in the reader's language.
import { message, type Message, type MessageParam } from '../i18n/message';
import type { EntityType } from '../model';

export const MAX_LISTED = 50;

interface Tally {
  count: number;
  render: (count: number) => Message;
}

export class Report {
  private readonly listed: Message[] = [];
  private unlisted = 0;
  private readonly tallies = new Map<string, Tally>();

  problem(said: Message): void {
    if (this.listed.length < MAX_LISTED) this.listed.push(said);
    else this.unlisted += 1;
  }

  get failed(): boolean {
    return this.listed.length > 0;
  }

  /**
   * Counts one occurrence of a repeated, non-fatal assumption; the warning is written once with
   * its count ("3 nodes had no type; imported as Organisation").
   */
  note(key: string, render: (count: number) => Message): void {
    const tally = this.tallies.get(key);
    if (tally) tally.count += 1;
    else if (this.tallies.size < MAX_LISTED) this.tallies.set(key, { count: 1, render });
  }

  warn(said: Message): void {
    this.note(JSON.stringify(said), () => said);
  }

  get problems(): Message[] {
    if (this.unlisted === 0) return [...this.listed];
    return [...this.listed, message('exchange.report.moreProblems', { count: this.unlisted })];
  }

  get warnings(): Message[] {
    return [...this.tallies.values()].map((t) => t.render(t.count));
  }
}

/** Sentences (the model's restore problems) said one after another, as one message parameter. */
export function sentences(list: readonly MessageParam[]): MessageParam {
  return list
    .slice(1)
    .reduce<MessageParam>(
      (first, rest) => message('exchange.report.sentences', { first, rest }),
      list[0] ?? '',
    );
}

/** A non-negative number with exactly one decimal, "60.0" (English) or "60,0" (Vietnamese). */
export function oneDecimal(value: number): Message {
  const tenths = Math.round(value * 10);
  return message('exchange.number.oneDecimal', {
    whole: Math.floor(tenths / 10),
    tenth: String(tenths % 10),
  });
}

/** "Organisation", as a form or a heading names the type. */
export const typeName = (type: EntityType): Message => message(`common.type.${type}`);
/** "organisations", inside a sentence. */
export const typesName = (type: EntityType): Message => message(`exchange.types.${type}`);
/** "an organisation". */
export const oneOfType = (type: EntityType): Message => message(`exchange.type.a.${type}`);
/** "3 organisations". */
export const typeCount = (type: EntityType, count: number): Message =>
  message(`exchange.count.${type}`, { count });
