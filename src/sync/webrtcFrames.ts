// WebRTC data channels carry messages of at most 256 KiB in Chromium (less in other browsers),
// and y-webrtc sends a whole first sync as one message: past that size it is silently dropped
// (y-webrtc#61). So every message a peer sends is cut into frames, and frames are put back
// together on the other side before y-webrtc reads them.
//
// A small message travels as it is: y-webrtc's messages start with their type (0–4), never
// with FRAME_MARK. A large one travels as frames [FRAME_MARK, more, ...part], `more` being 1
// on every frame but the last.
import { MAX_PEER_UPDATE_BYTES } from './peerUpdates';

export const FRAME_MARK = 0xff;
/** Well under every browser's limit; large enough that a first sync is not thousands of sends. */
export const FRAME_BYTES = 64 * 1024;
/** A message being put back together may not grow past the largest update accepted. */
export const MAX_MESSAGE_BYTES = MAX_PEER_UPDATE_BYTES + 1024 * 1024;

export function toFrames(message: Uint8Array, frameBytes = FRAME_BYTES): Uint8Array[] {
  if (message.length <= frameBytes && message[0] !== FRAME_MARK) return [message];
  const part = frameBytes - 2;
  const frames: Uint8Array[] = [];
  for (let start = 0; start < message.length; start += part) {
    const end = Math.min(start + part, message.length);
    const frame = new Uint8Array(2 + end - start);
    frame[0] = FRAME_MARK;
    frame[1] = end < message.length ? 1 : 0;
    frame.set(message.subarray(start, end), 2);
    frames.push(frame);
  }
  return frames;
}

export interface FrameReader {
  /** Answers the whole message once its last frame came, or null while it is incomplete. */
  read(frame: Uint8Array): Uint8Array | null;
}

/** Reassembles one peer's frames; `onTooLarge` hears of a message that passed the limit. */
export function createFrameReader(
  onTooLarge: (bytes: number) => void,
  maxBytes = MAX_MESSAGE_BYTES,
): FrameReader {
  let parts: Uint8Array[] = [];
  let size = 0;
  let discarding = false;
  return {
    read(frame) {
      if (frame.length === 0 || frame[0] !== FRAME_MARK) return frame;
      const more = frame[1] === 1;
      if (!discarding) {
        size += frame.length - 2;
        if (size > maxBytes) {
          onTooLarge(size);
          discarding = true;
          parts = [];
        } else parts.push(frame.subarray(2));
      }
      if (more) return null;
      const whole = discarding ? null : concat(parts, size);
      parts = [];
      size = 0;
      discarding = false;
      return whole;
    },
  };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
