// Typed, prefixed ids ("person:k3j9x2m1q8aa"): the prefix says what a record is, so a dangling or
// forged id is recognisable without a lookup.
import { ENTITY_TYPES, type EntityType } from './types';

export type IdKind = EntityType | 'rel' | 'ws';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomBody(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return body;
}

export function createId<K extends IdKind>(kind: K): `${K}:${string}` {
  return `${kind}:${randomBody()}`;
}

const KINDS: readonly IdKind[] = [...ENTITY_TYPES, 'rel', 'ws'];

/**
 * 8 to 32 lowercase letters and digits from `from` on, checked in place rather than sliced and
 * matched: opening a workspace checks every id and relation end this way.
 */
function isIdBody(id: string, from: number): boolean {
  const length = id.length - from;
  if (length < 8 || length > 32) return false;
  for (let at = from; at < id.length; at += 1) {
    const code = id.charCodeAt(at);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

export function idKind(id: string): IdKind | null {
  for (const kind of KINDS)
    if (id.startsWith(kind) && id.charCodeAt(kind.length) === 58 /* ':' */)
      return isIdBody(id, kind.length + 1) ? kind : null;
  return null;
}

export function entityTypeOfId(id: string): EntityType | null {
  const kind = idKind(id);
  return kind === null || kind === 'rel' || kind === 'ws' ? null : kind;
}

export function isRelationId(id: string): boolean {
  return idKind(id) === 'rel';
}
