import * as decodingAsYjsImportsIt from 'lib0/decoding';
import * as lib0Decoding from 'lib0/decoding.js';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../../../src/analysis/seededRandom';
import * as ours from '../../../src/store/lib0Decoding';

// Our reader must answer exactly what lib0's answers, and fail where it fails.

const random = seededRandom(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Pieces that cover every UTF-8 length: ASCII, Latin-1, Vietnamese (NFC and NFD), CJK, emoji. */
const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  ':',
  'é',
  'ñ',
  'Đ',
  'ư',
  'ễ',
  'e\u0302\u0303',
  'Ủ',
  '中',
  '🎉',
  '𝒳',
  '\u00a0',
];

function randomText(maxPieces: number): string {
  let text = '';
  const count = Math.floor(random() * maxPieces);
  for (let i = 0; i < count; i += 1) text += pick(PIECES);
  return text;
}

function randomValue(depth: number): unknown {
  const kinds = depth > 2 ? 5 : 7;
  switch (Math.floor(random() * kinds)) {
    case 0:
      return randomText(80);
    case 1:
      return Math.floor((random() - 0.5) * 1e6);
    case 2:
      return random() < 0.5;
    case 3:
      return null;
    case 4:
      return random() * 1000;
    case 5:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [
          randomText(12),
          randomValue(depth + 1),
        ]),
      );
  }
}

/** Reads `bytes` with `read`, answering the value and where it stopped, or the error's type. */
function readWith<T>(bytes: Uint8Array, read: (decoder: lib0Decoding.Decoder) => T) {
  const decoder = lib0Decoding.createDecoder(bytes);
  try {
    return { value: read(decoder), pos: decoder.pos };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

function encodedString(bytes: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, Uint8Array.from(bytes));
  return encoding.toUint8Array(encoder);
}

describe('the string reader that replaces lib0 decoding for Yjs', () => {
  it('reads every string as lib0 does, short and long, around the length where it hands over', () => {
    for (let i = 0; i < 3000; i += 1) {
      const text = randomText(i % 3 === 0 ? 60 : 20);
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, text);
      encoding.writeUint8(encoder, 42); // what follows must be left where it is
      const bytes = encoding.toUint8Array(encoder);
      expect(readWith(bytes, ours.readVarString)).toEqual({ value: text, pos: bytes.length - 1 });
    }
  });

  it('reads nested values as lib0 readAny does', () => {
    for (let i = 0; i < 1000; i += 1) {
      const value = randomValue(0);
      const encoder = encoding.createEncoder();
      encoding.writeAny(encoder, value as encoding.AnyEncodable);
      const bytes = encoding.toUint8Array(encoder);
      expect(readWith(bytes, ours.readAny)).toEqual(readWith(bytes, lib0Decoding.readAny));
    }
  });

  it('refuses malformed UTF-8 exactly where lib0 does', () => {
    const malformed = [
      [0x80], // a continuation byte first
      [0xc0, 0x80], // an overlong NUL
      [0xc1, 0xbf], // an overlong two-byte form
      [0xe0, 0x80, 0x80], // an overlong three-byte form
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xf5, 0x80, 0x80, 0x80], // a lead byte that never starts anything
      [0x61, 0xe1, 0xbb], // a sequence cut short
      [0xe1, 0x41, 0x80], // a continuation that is not one
    ];
    for (const bytes of malformed) {
      const encoded = encodedString(bytes);
      const expected = readWith(encoded, lib0Decoding.readVarString);
      expect(expected).toHaveProperty('threw');
      expect(readWith(encoded, ours.readVarString)).toEqual(expected);
    }
    // Every two-byte sequence, well formed or not, gives the same answer.
    for (let first = 0; first < 256; first += 1) {
      for (const second of [0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff]) {
        const encoded = encodedString([first, second]);
        expect(readWith(encoded, ours.readVarString)).toEqual(
          readWith(encoded, lib0Decoding.readVarString),
        );
      }
    }
  });

  it('is the reader Yjs uses here, and a document read through it is the one written', () => {
    // The bare specifier Yjs imports resolves, through vite.config.ts, to our module.
    expect(decodingAsYjsImportsIt.readVarString).toBe(ours.readVarString);
    expect(decodingAsYjsImportsIt.readAny).toBe(ours.readAny);
    const doc = new Y.Doc();
    const entities = doc.getMap<Y.Map<unknown>>('entities');
    doc.transact(() => {
      for (let i = 0; i < 200; i += 1) {
        const fields = new Y.Map<unknown>();
        fields.set('name', randomText(30) || 'x');
        fields.set('titles', [randomText(10), randomText(70)]);
        entities.set(`person:${i}`, fields);
      }
      doc.getMap('relations').set('rel:1', randomValue(0));
    });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    for (const root of ['entities', 'relations'])
      expect(copy.getMap(root).toJSON()).toEqual(doc.getMap(root).toJSON());
  });
});
