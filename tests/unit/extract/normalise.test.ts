// The normaliser: one Unicode form, one tone placement, plain dashes and quotes, single spaces,
// and offsets that lead back to the characters the caller gave.
import { describe, expect, it } from 'vitest';
import { normaliseText, unifyTonePlacement } from '../../../src/extract/normalise';

describe('normaliseText', () => {
  it('composes NFD input', () => {
    const input = 'Hội Nông dân xã Tân Phước'.normalize('NFD');
    expect(normaliseText(input).text).toBe('Hội Nông dân xã Tân Phước'.normalize('NFC'));
  });

  it('unifies dashes, curly and straight quotes, and stray spaces', () => {
    const { text } = normaliseText('giai đoạn 2023 – 2028  với  "Nông dân giỏi"\u00A0nhé');
    expect(text).toBe('giai đoạn 2023 - 2028 với “Nông dân giỏi” nhé');
  });

  it('keeps the written characters in the display text, aligned with the text', () => {
    const result = normaliseText('Uỷ ban  nhân dân – “Hoà bình”');
    expect(result.text).toBe('Ủy ban nhân dân - “Hòa bình”');
    expect(result.display).toBe('Uỷ ban nhân dân – “Hoà bình”');
    expect(result.display.length).toBe(result.text.length);
  });

  it('maps spans of NFD input back to the original characters', () => {
    const input = `Sáng 3/4,  ${'Đồn Biên phòng Hòn Khoai'.normalize('NFD')} ký kết.`;
    const result = normaliseText(input);
    const start = result.text.indexOf('Đồn');
    const end = result.text.indexOf(' ký');
    expect(end - start).toBeLessThan(input.indexOf(' ký') - input.indexOf('Đ'.normalize('NFD')[0]));
    const span = result.toOriginal({ start, end });
    expect(input.slice(span.start, span.end).normalize('NFC')).toBe('Đồn Biên phòng Hòn Khoai');
  });

  it('maps across collapsed spaces and removed zero-width characters', () => {
    const input = 'Ông   Lê\u200B Văn Tám';
    const result = normaliseText(input);
    expect(result.text).toBe('Ông Lê Văn Tám');
    const start = result.text.indexOf('Lê');
    const span = result.toOriginal({ start, end: result.text.length });
    expect(input.slice(span.start, span.end)).toBe('Lê\u200B Văn Tám');
  });

  it('turns CRLF line ends into one line break', () => {
    expect(normaliseText('Dòng một\r\nDòng hai').text).toBe('Dòng một\nDòng hai');
  });
});

describe('unifyTonePlacement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Uỷ ban', 'Ủy ban'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['văn hoá', 'văn hóa'],
    ['tuỳ', 'tùy'],
  ])('%s → %s', (newStyle, oldStyle) => {
    expect(unifyTonePlacement(newStyle)).toBe(oldStyle);
  });

  it('leaves "qu" syllables and closed syllables alone', () => {
    expect(unifyTonePlacement('quý quả hoàng khoản')).toBe('quý quả hoàng khoản');
  });
});
