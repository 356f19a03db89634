// Typed, prefixed ids ("person:k3j9x2m1q8aa"): the prefix says what a record is, so a dangling or
// forged id is recognisable without a lookup.
import { ENTITY_TYPES, type EntityType } from './types';

export type IdKind = EntityType | 'rel' | 'ws';

const ID_BODY = /^[a-z0-9]{8,32}$/;
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

export function idKind(id: string): IdKind | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const body = id.slice(colon + 1);
  if (!ID_BODY.test(body)) return null;
  if (kind === 'rel' || kind === 'ws') return kind;
  return (ENTITY_TYPES as readonly string[]).includes(kind) ? (kind as EntityType) : null;
}

export function entityTypeOfId(id: string): EntityType | null {
  const kind = idKind(id);
  return kind === null || kind === 'rel' || kind === 'ws' ? null : kind;
}

export function isRelationId(id: string): boolean {
  return idKind(id) === 'rel';
}
