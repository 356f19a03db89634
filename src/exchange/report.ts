// Collects what an import found wrong (problems, fatal) and what it assumed (warnings), capped so
// that a hostile file with a million bad rows still gives a readable list.
export const MAX_LISTED = 50;

interface Tally {
  count: number;
  render: (count: number) => string;
}

export class Report {
  private readonly listed: string[] = [];
  private unlisted = 0;
  private readonly tallies = new Map<string, Tally>();

  problem(sentence: string): void {
    if (this.listed.length < MAX_LISTED) this.listed.push(sentence);
    else this.unlisted += 1;
  }

  get failed(): boolean {
    return this.listed.length > 0;
  }

  /**
   * Counts one occurrence of a repeated, non-fatal assumption; the warning is written once with
   * its count ("3 nodes had no type; imported as Organisation").
   */
  note(key: string, render: (count: number) => string): void {
    const tally = this.tallies.get(key);
    if (tally) tally.count += 1;
    else if (this.tallies.size < MAX_LISTED) this.tallies.set(key, { count: 1, render });
  }

  warn(sentence: string): void {
    this.note(sentence, () => sentence);
  }

  get problems(): string[] {
    if (this.unlisted === 0) return [...this.listed];
    const more = this.unlisted === 1 ? '1 more problem' : `${this.unlisted} more problems`;
    return [...this.listed, `…and ${more}.`];
  }

  get warnings(): string[] {
    return [...this.tallies.values()].map((t) => t.render(t.count));
  }
}

/** "1 node" / "3 nodes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a person", "an organisation". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
