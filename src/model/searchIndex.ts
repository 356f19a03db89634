// Instant search over names and aliases. Each spelling is folded once (no diacritics, no case;
// đ → d) when its entity is added or changed, so a query is one pass of substring tests. Hits
// that also match with the diacritics as typed come first, then those starting a word, then
// shorter names.
import { foldForSearch } from './text';
import type { Entity, EntityType } from './types';

export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
  /** The spelling that matched: the name or an alias. */
  matched: string;
}

interface Spelling {
  text: string;
  lower: string;
  folded: string;
}

interface Indexed {
  entity: Pick<Entity, 'id' | 'type' | 'name'>;
  spellings: Spelling[];
}

export interface SearchIndex {
  /** Adds, replaces or (with null) removes one entity. */
  put(id: string, entity: Entity | null): void;
  search(query: string, limit?: number): SearchHit[];
  /**
   * entityMatches for an indexed entity, on the spellings folded when it was put: a filter over
   * 50k entities would otherwise fold every name again on each keystroke.
   */
  matches(id: string, foldedQuery: string): boolean;
  size(): number;
}

const spellingOf = (text: string): Spelling => ({
  text,
  lower: text.normalize('NFC').toLowerCase(),
  folded: foldForSearch(text),
});

/** Lower is better: exact diacritics, then a word start, then the shorter spelling. */
function rank(spelling: Spelling, at: number, lowerQuery: string): number {
  const exact = spelling.lower.includes(lowerQuery) ? 0 : 1;
  const wordStart = at === 0 || spelling.folded[at - 1] === ' ' ? 0 : 1;
  return exact * 1_000_000 + wordStart * 100_000 + spelling.folded.length;
}

interface Ranked {
  indexed: Indexed;
  spelling: Spelling;
  score: number;
}

function bestSpelling(spellings: Spelling[], folded: string, lowerQuery: string) {
  let best: { spelling: Spelling; score: number } | null = null;
  for (const spelling of spellings) {
    const at = spelling.folded.indexOf(folded);
    if (at < 0) continue;
    const score = rank(spelling, at, lowerQuery);
    if (!best || score < best.score) best = { spelling, score };
  }
  return best;
}

/** Whether a candidate ranks before a kept hit: lower score, then the name alphabetically. */
function before(candidate: { score: number }, indexed: Indexed, kept: Ranked): boolean {
  if (candidate.score !== kept.score) return candidate.score < kept.score;
  return indexed.spellings[0].folded < kept.indexed.spellings[0].folded;
}

/** Inserts in order and drops what falls past `limit`. */
function insertRanked(top: Ranked[], item: Ranked, limit: number): void {
  let at = top.length;
  while (at > 0 && before(item, item.indexed, top[at - 1])) at--;
  top.splice(at, 0, item);
  if (top.length > limit) top.pop();
}

export function createSearchIndex(entities: Iterable<Entity> = []): SearchIndex {
  const byId = new Map<string, Indexed>();
  const put = (id: string, entity: Entity | null) => {
    if (!entity) byId.delete(id);
    else {
      const spellings = [entity.name, ...entity.aliases].map(spellingOf);
      byId.set(id, { entity: { id, type: entity.type, name: entity.name }, spellings });
    }
  };
  for (const entity of entities) put(entity.id, entity);

  return {
    put,
    size: () => byId.size,
    matches(id, foldedQuery) {
      return byId.get(id)?.spellings.some((s) => s.folded.includes(foldedQuery)) ?? false;
    },
    search(query, limit = 20) {
      const folded = foldForSearch(query);
      if (folded === '' || limit <= 0) return [];
      const lowerQuery = query.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
      // Only the best `limit` are kept while scanning: a two-letter query matches thousands of
      // entities, and building and sorting them all cost most of a keystroke's time.
      const top: Ranked[] = [];
      for (const indexed of byId.values()) {
        const best = bestSpelling(indexed.spellings, folded, lowerQuery);
        if (!best) continue;
        const worst = top[top.length - 1];
        if (top.length === limit && !before(best, indexed, worst)) continue;
        insertRanked(top, { ...best, indexed }, limit);
      }
      return top.map(({ indexed, spelling }) => ({ ...indexed.entity, matched: spelling.text }));
    },
  };
}
