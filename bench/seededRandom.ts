// A seeded PRNG (mulberry32) and the few draws the generators need, so every run of a bench builds
// byte-for-byte the same workspace and figures from two runs or two machines are comparable.

export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A lower-case alphanumeric string, the alphabet of model ids. */
  token(length: number): string;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, maxInclusive: number) =>
    min + Math.floor(next() * (maxInclusive - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
    token(length) {
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[int(0, ALPHABET.length - 1)];
      return text;
    },
  };
}
