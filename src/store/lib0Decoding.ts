// lib0's decoding module with a faster string reader; vite.config.ts puts it in place of
// `lib0/decoding` for Yjs and y-protocols. lib0 reads every string of a Yjs update with one
// TextDecoder.decode call, and in Chromium that call costs about a microsecond however short the
// string. A workspace is mostly short strings (ids, field names, relation keys, names): at 50k
// entities, 1.3 s of a 4.5 s open went to TextDecoder alone. Short strings are decoded here in
// script, with the same result; anything long, or not well-formed UTF-8, still goes through
// lib0's own reader, which throws on malformed input exactly as before.
import {
  readBigInt64,
  readFloat32,
  readFloat64,
  readUint8,
  readVarInt,
  readVarUint,
  readVarUint8Array,
  readVarString as readVarStringWithTextDecoder,
  type Decoder,
} from 'lib0/decoding.js';

export * from 'lib0/decoding.js';

/** Past this many bytes, one TextDecoder call is cheaper than decoding byte by byte. */
const SCRIPT_DECODE_MAX_BYTES = 64;
const codeUnits: number[] = [];

/**
 * Decodes `length` bytes of UTF-8 from `pos`, or answers null if they are not well formed
 * (an overlong form, a surrogate, a truncated sequence, past U+10FFFF): the caller then hands
 * them to TextDecoder, whose fatal mode is the reference.
 */
function decodeShortUtf8(bytes: Uint8Array, pos: number, length: number): string | null {
  const end = pos + length;
  codeUnits.length = 0;
  while (pos < end) {
    const lead = bytes[pos++];
    if (lead < 0x80) {
      codeUnits.push(lead);
      continue;
    }
    // How many continuation bytes follow, and the least code point that needs that many.
    const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    const least = needed === 3 ? 0x10000 : needed === 2 ? 0x800 : 0x80;
    if (lead < 0xc0 || lead > 0xf4) return null;
    let point = lead & (0x3f >> needed);
    if (pos + needed > end) return null;
    for (let i = 0; i < needed; i += 1) {
      const next = bytes[pos++];
      if ((next & 0xc0) !== 0x80) return null;
      point = (point << 6) | (next & 0x3f);
    }
    if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
    if (point < 0x10000) codeUnits.push(point);
    else {
      const above = point - 0x10000;
      codeUnits.push(0xd800 + (above >> 10), 0xdc00 + (above & 0x3ff));
    }
  }
  return String.fromCharCode.apply(null, codeUnits);
}

export function readVarString(decoder: Decoder): string {
  const start = decoder.pos;
  const length = readVarUint(decoder);
  if (length <= SCRIPT_DECODE_MAX_BYTES && decoder.pos + length <= decoder.arr.length) {
    const text = decodeShortUtf8(decoder.arr, decoder.pos, length);
    if (text !== null) {
      decoder.pos += length;
      return text;
    }
  }
  decoder.pos = start;
  return readVarStringWithTextDecoder(decoder);
}

/** lib0's readAny, word for word but for the string reader: its table holds lib0's own. */
type Reader = (decoder: Decoder) => unknown;
const readAnyLookupTable: Reader[] = [
  () => undefined, // 127: undefined
  () => null, // 126: null
  readVarInt, // 125: integer
  readFloat32, // 124: float32
  readFloat64, // 123: float64
  readBigInt64, // 122: bigint
  () => false, // 121: false
  () => true, // 120: true
  readVarString, // 119: string
  (decoder) => {
    // 118: object
    const size = readVarUint(decoder);
    const object: Record<string, unknown> = {};
    for (let i = 0; i < size; i += 1) {
      const key = readVarString(decoder);
      object[key] = readAny(decoder);
    }
    return object;
  },
  (decoder) => {
    // 117: array
    const size = readVarUint(decoder);
    const array: unknown[] = [];
    for (let i = 0; i < size; i += 1) array.push(readAny(decoder));
    return array;
  },
  readVarUint8Array, // 116: Uint8Array
];

export function readAny(decoder: Decoder): unknown {
  return readAnyLookupTable[127 - readUint8(decoder)](decoder);
}

/** Reads a string without moving on, as lib0's does (its own calls lib0's reader). */
export function peekVarString(decoder: Decoder): string {
  const pos = decoder.pos;
  const text = readVarString(decoder);
  decoder.pos = pos;
  return text;
}
