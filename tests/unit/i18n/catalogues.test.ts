// Both catalogues name the same messages with the same placeholders, and no area overwrites
// another's keys.
import { describe, expect, test } from 'vitest';
import type { Translation } from '../../../src/i18n/catalogue';
import { AREAS as ENGLISH_AREAS, en } from '../../../src/i18n/en';
import { AREAS as VIETNAMESE_AREAS, vi } from '../../../src/i18n/vi';

const texts = (entry: Translation) =>
  typeof entry === 'string' ? [entry] : Object.values(entry).filter((t) => t !== undefined);
const placeholders = (entry: Translation) =>
  [
    ...new Set(texts(entry).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
  ].sort();

describe('the message catalogues', () => {
  test("every key starts with its area's name, so areas cannot collide", () => {
    for (const areas of [ENGLISH_AREAS, VIETNAMESE_AREAS])
      for (const [area, entries] of Object.entries(areas))
        for (const key of Object.keys(entries)) expect(key.startsWith(`${area}.`), key).toBe(true);
  });

  test('Vietnamese has exactly the English keys', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  test('each Vietnamese text takes the same placeholders as its English one', () => {
    const english = en as Record<string, Translation>;
    const vietnamese = vi as Record<string, Translation>;
    for (const key of Object.keys(english))
      expect(placeholders(vietnamese[key]), key).toEqual(placeholders(english[key]));
  });

  test('no text is empty, and plural texts count with {count}', () => {
    for (const catalogue of [en, vi] as Record<string, Translation>[])
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const text of texts(entry)) expect(text.trim(), key).not.toBe('');
        if (typeof entry !== 'string') expect(placeholders(entry), key).toContain('count');
      }
  });
});
