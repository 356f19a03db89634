import { describe, expect, it } from 'vitest';
import {
  canLink,
  ENTITY_TYPES,
  RELATION_RULES,
  RELATION_TYPES,
  relationTypesBetween,
  suggestRelation,
} from '../../../src/model';

describe('canLink', () => {
  it.each([
    ['holds_title', 'person', 'org'],
    ['party_to', 'org', 'agreement'],
    ['covers', 'agreement', 'theme'],
    ['part_of', 'org', 'org'],
    ['attended', 'person', 'agreement'],
    ['signed', 'person', 'agreement'],
    ['mentions', 'source', 'person'],
    ['mentions', 'source', 'theme'],
    ['related_to', 'theme', 'source'],
  ] as const)('allows %s from %s to %s', (type, from, to) => {
    expect(canLink(type, from, to)).toBe(true);
  });

  it.each([
    ['holds_title', 'org', 'person', 'the wrong direction'],
    ['holds_title', 'person', 'person', 'a person is not an organisation'],
    ['party_to', 'person', 'agreement', 'only organisations are parties'],
    ['covers', 'theme', 'agreement', 'the wrong direction'],
    ['signed', 'org', 'agreement', 'only people sign'],
    ['mentions', 'source', 'source', 'a source does not mention a source'],
    ['mentions', 'person', 'source', 'the wrong direction'],
  ] as const)('refuses %s from %s to %s (%s)', (type, from, to, _reason) => {
    expect(canLink(type, from, to)).toBe(false);
  });

  it('lets related_to link any two types in either direction', () => {
    for (const from of ENTITY_TYPES)
      for (const to of ENTITY_TYPES) expect(canLink('related_to', from, to)).toBe(true);
  });

  it('has a rule with a verb for every relation type', () => {
    for (const type of RELATION_TYPES) expect(RELATION_RULES[type].verb).not.toBe('');
    expect(Object.keys(RELATION_RULES).sort()).toEqual([...RELATION_TYPES].sort());
  });

  it('gives a label meaning only to holds_title and related_to', () => {
    const withLabel = RELATION_TYPES.filter((type) => RELATION_RULES[type].labelMeaning !== null);
    expect(withLabel).toEqual(['holds_title', 'related_to']);
  });
});

describe('relationTypesBetween', () => {
  it('lists what a person may be to an agreement', () => {
    expect(relationTypesBetween('person', 'agreement')).toEqual([
      'attended',
      'signed',
      'related_to',
    ]);
  });

  it('offers only related_to in a direction no typed relation goes', () => {
    expect(relationTypesBetween('org', 'person')).toEqual(['related_to']);
  });
});

describe('suggestRelation', () => {
  it.each([
    ['person', 'org', 'holds_title'],
    ['org', 'agreement', 'party_to'],
    ['agreement', 'theme', 'covers'],
    ['org', 'org', 'part_of'],
    ['person', 'agreement', 'attended'],
    ['source', 'org', 'mentions'],
  ] as const)('suggests %s → %s as %s', (from, to, type) => {
    expect(suggestRelation(from, to)).toEqual({ type, swap: false });
  });

  it('reads a drag from an organisation to a person as holds_title with the ends swapped', () => {
    expect(suggestRelation('org', 'person')).toEqual({ type: 'holds_title', swap: true });
  });

  it.each([
    ['agreement', 'org', 'party_to'],
    ['theme', 'agreement', 'covers'],
    ['agreement', 'person', 'attended'],
    ['theme', 'source', 'mentions'],
  ] as const)('swaps a drag from %s to %s into %s', (from, to, type) => {
    expect(suggestRelation(from, to)).toEqual({ type, swap: true });
  });

  it('falls back to related_to when no typed relation fits either way', () => {
    expect(suggestRelation('person', 'person')).toEqual({ type: 'related_to', swap: false });
    expect(suggestRelation('person', 'theme')).toEqual({ type: 'related_to', swap: false });
    expect(suggestRelation('source', 'source')).toEqual({ type: 'related_to', swap: false });
  });

  it('always suggests a relation that may link the ends once swapped', () => {
    for (const from of ENTITY_TYPES) {
      for (const to of ENTITY_TYPES) {
        const { type, swap } = suggestRelation(from, to);
        expect(swap ? canLink(type, to, from) : canLink(type, from, to)).toBe(true);
      }
    }
  });
});
