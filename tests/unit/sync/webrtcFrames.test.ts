// Messages larger than a data channel carries are cut into frames and put back together whole.
import { describe, expect, it } from 'vitest';
import { createFrameReader, FRAME_MARK, toFrames } from '../../../src/sync/webrtcFrames';

const message = (length: number, first = 0) =>
  Uint8Array.from({ length }, (_, i) => (i === 0 ? first : (i * 7) % 251));

describe('toFrames and createFrameReader', () => {
  it('sends a small message as it is', () => {
    const small = message(100);
    expect(toFrames(small, 1024)).toEqual([small]);
    expect(createFrameReader(() => {}).read(small)).toBe(small);
  });

  it('cuts a large message into frames that fit and puts it back together', () => {
    const large = message(10_000);
    const frames = toFrames(large, 1024);
    expect(frames.length).toBe(Math.ceil(10_000 / 1022));
    expect(frames.every((f) => f.length <= 1024 && f[0] === FRAME_MARK)).toBe(true);
    const reader = createFrameReader(() => {});
    const results = frames.map((f) => reader.read(f));
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toEqual(large);
  });

  it('frames a small message that starts like a frame, so it is not mistaken for one', () => {
    const odd = message(10, FRAME_MARK);
    const frames = toFrames(odd, 1024);
    expect(frames).toHaveLength(1);
    expect(createFrameReader(() => {}).read(frames[0])).toEqual(odd);
  });

  it('lets small messages pass between the frames of a large one', () => {
    const reader = createFrameReader(() => {});
    const [first, second] = toFrames(message(1500), 1024);
    expect(reader.read(first)).toBeNull();
    expect(reader.read(message(5))).toEqual(message(5));
    expect(reader.read(second)).toEqual(message(1500));
  });

  it('drops a message that grows past the limit, says so, and reads the next one', () => {
    const heard: number[] = [];
    const reader = createFrameReader((bytes) => heard.push(bytes), 5000);
    for (const frame of toFrames(message(20_000), 1024)) expect(reader.read(frame)).toBeNull();
    expect(heard).toHaveLength(1);
    const next = toFrames(message(3000), 1024).map((f) => reader.read(f));
    expect(next.at(-1)).toEqual(message(3000));
  });
});
