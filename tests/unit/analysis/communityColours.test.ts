// The community palette: twelve colours that stay apart for readers with red–green colour
// blindness (simulated with Machado, Oliveira & Fernandes 2009 at full severity) and that are dark
// enough to show a node's white outline against the white canvas.
import { describe, expect, it } from 'vitest';
import {
  communityColour,
  COMMUNITY_COLOURS,
  OTHER_COMMUNITY_COLOUR,
} from '../../../src/analysis/communityColours';

type Rgb = [number, number, number];

const linear = (hex: string): Rgb =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrastWithWhite = (hex: string) => 1.05 / (luminance(linear(hex)) + 0.05);

const VISION: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** CIE L*a*b* (D65) of a linear RGB colour as seen with the given vision. */
function lab(rgb: Rgb, matrix: number[][]): Rgb {
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])),
  );
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ];
  const [fx, fy, fz] = xyz.map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

describe('COMMUNITY_COLOURS', () => {
  it('has twelve distinct colours in #RRGGBB', () => {
    expect(COMMUNITY_COLOURS).toHaveLength(12);
    for (const colour of COMMUNITY_COLOURS) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(COMMUNITY_COLOURS).size).toBe(12);
  });

  it('is dark enough to show a white outline (at least 3:1 against white)', () => {
    for (const colour of [...COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR]) {
      expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(Object.keys(VISION))('keeps every pair apart with %s vision', (vision) => {
    const seen = COMMUNITY_COLOURS.map((hex) => lab(linear(hex), VISION[vision]));
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const difference = Math.hypot(...seen[i].map((v, k) => v - seen[j][k]));
        expect(difference, `${COMMUNITY_COLOURS[i]} / ${COMMUNITY_COLOURS[j]}`).toBeGreaterThan(13);
      }
    }
  });

  it('gives communities beyond the palette the neutral colour', () => {
    expect(communityColour(0)).toBe(COMMUNITY_COLOURS[0]);
    expect(communityColour(11)).toBe(COMMUNITY_COLOURS[11]);
    expect(communityColour(12)).toBe(OTHER_COMMUNITY_COLOUR);
  });
});
