import { describe, expect, it } from 'vitest';
import { createId, entityTypeOfId, ENTITY_TYPES, idKind, isRelationId } from '../../../src/model';

describe('createId', () => {
  it('prefixes the kind and a 12-character lower-case body', () => {
    for (const kind of [...ENTITY_TYPES, 'rel', 'ws'] as const) {
      const id = createId(kind);
      expect(id).toMatch(new RegExp(`^${kind}:[a-z0-9]{12}$`));
      expect(idKind(id)).toBe(kind);
    }
  });

  it('does not repeat itself over many ids', () => {
    const ids = new Set(Array.from({ length: 5_000 }, () => createId('person')));
    expect(ids.size).toBe(5_000);
  });
});

describe('idKind', () => {
  it('reads the kind of well-formed ids', () => {
    expect(idKind('person:abcdefgh')).toBe('person');
    expect(idKind('org:0123456789abcdef0123456789abcdef')).toBe('org');
    expect(idKind('agreement:k3j9x2m1q8aa')).toBe('agreement');
    expect(idKind('theme:k3j9x2m1q8aa')).toBe('theme');
    expect(idKind('source:k3j9x2m1q8aa')).toBe('source');
    expect(idKind('rel:k3j9x2m1q8aa')).toBe('rel');
    expect(idKind('ws:k3j9x2m1q8aa')).toBe('ws');
  });

  it.each([
    ['no colon', 'personabcdefgh'],
    ['empty string', ''],
    ['empty body', 'person:'],
    ['body too short', 'person:abcdefg'],
    ['body too long', `person:${'a'.repeat(33)}`],
    ['upper-case body', 'person:ABCDEFGH'],
    ['unknown kind', 'robot:abcdefgh'],
    ['upper-case kind', 'Person:abcdefgh'],
    ['second colon', 'person:abcd:efgh'],
    ['space in body', 'person:abcd efgh'],
    ['no kind', ':abcdefgh'],
    ['prototype key as kind', 'constructor:abcdefgh'],
    ['non-ASCII body', 'person:abcdéfgh'],
    ['a known kind followed by more letters', 'persons:abcdefgh'],
    ['a known kind with a prefix', 'xrel:abcdefgh'],
    ['a body past z', 'person:abcdefg{'],
  ])('rejects a malformed id (%s)', (_label, id) => {
    expect(idKind(id)).toBeNull();
    expect(entityTypeOfId(id)).toBeNull();
    expect(isRelationId(id)).toBe(false);
  });
});

describe('entityTypeOfId and isRelationId', () => {
  it('tell entities from relations and workspaces', () => {
    expect(entityTypeOfId('org:abcdefgh')).toBe('org');
    expect(entityTypeOfId('rel:abcdefgh')).toBeNull();
    expect(entityTypeOfId('ws:abcdefgh')).toBeNull();
    expect(isRelationId('rel:abcdefgh')).toBe(true);
    expect(isRelationId('org:abcdefgh')).toBe(false);
  });
});
