import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeList, normalizeText } from '../../../src/model';
import { createSeededRandom } from '../../fixtures/seededRandom';

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

  it('folds every kind of white space, wherever it is, as one regular expression over all would', () => {
    const pieces = [
      'a',
      'Ủ',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\ufeff',
      'e\u0301',
      'b c',
    ];
    const rng = createSeededRandom(5);
    for (let i = 0; i < 2000; i += 1) {
      let text = '';
      for (let n = rng.int(0, 6); n > 0; n -= 1) text += rng.pick(pieces);
      const reference = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
      expect(normalizeLine(text), JSON.stringify(text)).toBe(reference);
    }
  });

  it('keeps the first spelling of each list item in order', () => {
    expect(normalizeList(['b', ' a', 'b ', '', 'a', 'c'])).toEqual(['b', 'a', 'c']);
  });
});
