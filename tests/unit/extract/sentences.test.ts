// Headline, sentences and the lost line breaks of pasted pages.
import { describe, expect, it } from 'vitest';
import { readTitle, splitSentences } from '../../../src/extract/sentences';

describe('splitSentences', () => {
  it('splits at full stops before a capital, not after "TP."', () => {
    const text = 'Hội nghị diễn ra tại TP. Vinh. Hai bên thống nhất nội dung.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Hội nghị diễn ra tại TP. Vinh.',
      'Hai bên thống nhất nội dung.',
    ]);
  });

  it('treats every line as its own sentence and skips the lines it is told to', () => {
    const text = 'Tiêu đề bài\n12/05/2024\nCâu đầu tiên';
    expect(splitSentences(text, new Set([1])).map((s) => s.text)).toEqual([
      'Tiêu đề bài',
      'Câu đầu tiên',
    ]);
  });

  it('splits a caption glued to the next sentence after a year', () => {
    const text = 'Lễ ký kết giai đoạn 2024 - 2029Hai đơn vị thống nhất 4 nội dung.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Lễ ký kết giai đoạn 2024 - 2029',
      'Hai đơn vị thống nhất 4 nội dung.',
    ]);
  });
});

describe('readTitle', () => {
  it('stops the headline at a source tag glued to it', () => {
    const text = 'Ký kết quy chế phối hợp(Baomau.vn) - Sáng 2/3, hai bên ký kết.';
    expect(readTitle(text)?.text).toBe('Ký kết quy chế phối hợp');
  });

  it('keeps a source tag that opens the line', () => {
    expect(readTitle('(ABC) - Sáng nay 4.5, hai bên ký kết.')?.text).toBe(
      '(ABC) - Sáng nay 4.5, hai bên ký kết.',
    );
  });
});
