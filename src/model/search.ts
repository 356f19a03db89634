// Matching what a person types against an entity's names, ignoring case and diacritics.
import { foldForSearch } from './text';
import type { Entity } from './types';

/** Whether the entity's name or one of its aliases contains the query (already folded). */
export function entityMatches(entity: Entity, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  return [entity.name, ...entity.aliases].some((text) => foldForSearch(text).includes(foldedQuery));
}
