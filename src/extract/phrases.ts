// Multi-word lexicon entries matched over tokens, longest first. Keys are lower-case syllables in
// the normalised spelling, so "Bộ CHQS" (expanded) and "Bộ Chỉ huy Quân sự" meet one entry.
import { unifyTonePlacement } from './normalise';
import type { Token } from './tokens';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  /** Index after the last token matched. */
  end: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly root: TrieNode<T> = { children: new Map() };

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T) {
    let node = this.root;
    for (const key of phraseKeys(phrase)) {
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    }
    node.value ??= value;
  }

  /**
   * The longest entry starting at tokens[start]. A match never starts or ends inside one
   * abbreviation's expansion: "UBMTTQVN" is matched whole or not at all.
   */
  match(tokens: readonly Token[], start: number, partial = false): PhraseMatch<T> | null {
    return this.matches(tokens, start, partial).at(-1) ?? null;
  }

  /** Every entry starting at tokens[start], shortest first. `partial` lets a match cut a group. */
  matches(tokens: readonly Token[], start: number, partial = false): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (start >= tokens.length || (!partial && startsInsideGroup(tokens, start))) return found;
    let node = this.root;
    for (let i = start; i < tokens.length; i++) {
      const next = node.children.get(tokens[i].key);
      if (!next) break;
      node = next;
      if (node.value !== undefined && (partial || !startsInsideGroup(tokens, i + 1))) {
        found.push({ end: i + 1, value: node.value });
      }
    }
    return found;
  }
}

function startsInsideGroup(tokens: readonly Token[], index: number): boolean {
  return index > 0 && index < tokens.length && tokens[index].group === tokens[index - 1].group;
}

const KEY = /[\p{L}\p{M}]+|\d+|[^\s\p{L}\p{M}\d]/gu;

/** "Bộ Chỉ huy Quân sự" → ["bộ", "chỉ", "huy", "quân", "sự"]. */
export function phraseKeys(phrase: string): string[] {
  return unifyTonePlacement(phrase.normalize('NFC')).toLowerCase().match(KEY) ?? [];
}
