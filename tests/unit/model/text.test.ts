import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeList, normalizeText } from '../../../src/model';

describe('text normalisation', () => {
  it('makes NFD and NFC spellings equal', () => {
    const nfd = 'Ủy ban'.normalize('NFD');
    expect(nfd).not.toBe('Ủy ban'.normalize('NFC'));
    expect(normalizeLine(nfd)).toBe('Ủy ban'.normalize('NFC'));
    expect(normalizeText(nfd)).toBe('Ủy ban'.normalize('NFC'));
  });

  it('folds white space in a line but keeps it in a text', () => {
    expect(normalizeLine('  a \t\n b  ')).toBe('a b');
    expect(normalizeText('  a \n b  ')).toBe('  a \n b  ');
  });

  it('keeps the first spelling of each list item in order', () => {
    expect(normalizeList(['b', ' a', 'b ', '', 'a', 'c'])).toEqual(['b', 'a', 'c']);
  });
});
