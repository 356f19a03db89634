// Highlighting cuts the text at span boundaries and never loses or repeats a character.
import { expect, it } from 'vitest';
import { segmentText } from '../../../src/ui/ArticleText';

it('covers the whole text once, marking spans and the focused span', () => {
  const text = 'Ban Dân vận và Công an tỉnh ký kết';
  const spans = [
    { start: 0, end: 11 },
    { start: 15, end: 27 },
  ];
  const segments = segmentText(text.length, spans, [{ start: 15, end: 27 }]);
  expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  expect(segments.filter((s) => s.marked).map((s) => text.slice(s.start, s.end))).toEqual([
    'Ban Dân vận',
    'Công an tỉnh',
  ]);
  expect(segments.filter((s) => s.focused).map((s) => text.slice(s.start, s.end))).toEqual([
    'Công an tỉnh',
  ]);
});

it('clamps spans that run past the text', () => {
  const segments = segmentText(5, [{ start: 3, end: 99 }], []);
  expect(segments.at(-1)).toEqual({ start: 3, end: 5, marked: true, focused: false });
});
