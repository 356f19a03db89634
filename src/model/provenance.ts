// Provenance lists are sets: the same passage of the same source is kept once.
import type { Provenance } from './types';

const provenanceKey = (p: Provenance) => JSON.stringify([p.sourceId, p.start, p.end, p.quote]);

/** The lists united in order, each passage once. */
export function uniteProvenance(...lists: Provenance[][]): Provenance[] {
  const byKey = new Map<string, Provenance>();
  for (const p of lists.flat()) if (!byKey.has(provenanceKey(p))) byKey.set(provenanceKey(p), p);
  return [...byKey.values()];
}
