// Abbreviations stand for their expansions, and a match may not cut one in two.
import { describe, expect, it } from 'vitest';
import { HEADS } from '../../../src/extract/lexicon';
import { tokenize } from '../../../src/extract/tokens';

describe('tokenize', () => {
  it('expands an abbreviation into tokens that share its span and group', () => {
    const tokens = tokenize('Bộ CHQS tỉnh');
    expect(tokens.map((t) => t.key)).toEqual(['bộ', 'chỉ', 'huy', 'quân', 'sự', 'tỉnh']);
    expect(new Set(tokens.slice(1, 5).map((t) => t.group)).size).toBe(1);
    expect(tokens[1]).toMatchObject({ start: 3, end: 7, abbr: true });
  });

  it('keeps unknown capitals as one token and numbers whole', () => {
    expect(tokenize('XYZ ngày 05/10/2023').map((t) => [t.key, t.kind])).toEqual([
      ['xyz', 'word'],
      ['ngày', 'word'],
      ['05/10/2023', 'number'],
    ]);
  });

  it('lets a lexicon entry match a whole abbreviation, never part of one', () => {
    expect(HEADS.match(tokenize('UBMTTQVN huyện'), 0)?.value.key).toBe('ủy ban mặt trận tổ quốc');
    expect(HEADS.match(tokenize('UBMTTQVN huyện'), 1)).toBeNull();
  });

  it('reads capitals joined by "&" as one abbreviation', () => {
    const tokens = tokenize('Sở TT&TT và Sở LĐ-TB&XH');
    expect(tokens.map((t) => t.key).join(' ')).toBe(
      'sở thông tin và truyền thông và sở lao động - thương binh và xã hội',
    );
  });
});
