// The one door through which another copy's changes enter a workspace, whatever carries them
// (WebRTC, a relay, BroadcastChannel, a file). Bytes that are not a whole Yjs update are refused
// before the document is touched. A well-formed update is applied even when it writes data that
// breaks the schema: refusing it would split this copy from the peers that took it, for good.
// Such data stays in the document, quarantined: restore keeps it out of everything shown,
// exported or built on, and the problems banner says that something was set aside.
import * as Y from 'yjs';
import { megabytes, message, type Message, type MessageParam } from '../i18n';
import { MAX_NAME_LENGTH, restorePosition } from '../model';
import { getRoots, LOCAL_ORIGIN, SCHEMA_VERSION, SYSTEM_ORIGIN } from '../store';
import { peerWarningsOf } from './peerWarnings';

/**
 * The largest update accepted in one piece. A first sync of the largest workspace the app is
 * built for (10k entities, 200k relations) is 51 MB; anything larger is refused unread.
 */
export const MAX_PEER_UPDATE_BYTES = 64 * 1024 * 1024;

/**
 * Yjs keeps the part of an update that depends on changes it has not seen ("pending") until they
 * come, in memory and in every state it encodes. A peer could send such parts forever; past this
 * bound they are let go; an honest peer sends them again at the next sync.
 */
export const MAX_WAITING_BYTES = 64 * 1024 * 1024;

export interface PeerUpdateLimits {
  maxUpdateBytes: number;
  maxWaitingBytes: number;
}

const LIMITS: PeerUpdateLimits = {
  maxUpdateBytes: MAX_PEER_UPDATE_BYTES,
  maxWaitingBytes: MAX_WAITING_BYTES,
};

export type PeerUpdateResult =
  /** `waiting`: the document holds changes that wait for earlier ones it has not received. */
  { ok: true; waiting: boolean } | { ok: false; reason: Message };

/**
 * Applies one update from another copy with `origin` (the transport, never this tab's own
 * origin, so that undo never reverts a peer's edit). Never throws. A refusal is also reported to
 * `peerWarningsOf(doc)`, which the problems banner shows.
 */
export function applyPeerUpdate(
  doc: Y.Doc,
  update: unknown,
  origin: unknown,
  limits: PeerUpdateLimits = LIMITS,
): PeerUpdateResult {
  const warnings = peerWarningsOf(doc);
  const setAside = (text: Message) => warnings.report('set-aside', text);
  const refuse = (reason: Message): PeerUpdateResult => {
    warnings.report('refused', message('sharing.peerUpdates.refused', { reason }));
    return { ok: false, reason };
  };
  const unreadable = checkPeerUpdate(update, origin, limits.maxUpdateBytes);
  if (unreadable) return refuse(unreadable);
  const stopWatching = watchLayoutAndMeta(doc, setAside);
  const before = Y.encodeStateVector(doc);
  try {
    Y.applyUpdate(doc, update as Uint8Array, origin);
  } catch (error) {
    // A flaw structuralFlaw does not know. Yjs checks each change before linking it in, so what
    // it integrated before the throw is whole and consistent, and stays: it cannot be undone.
    const kept = !sameBytes(before, Y.encodeStateVector(doc));
    const key = kept ? 'sharing.peerUpdates.partlyApplied' : 'sharing.peerUpdates.notApplied';
    return refuse(message(key, { error: describe(error) }));
  } finally {
    stopWatching();
  }
  return { ok: true, waiting: settleWaiting(doc, limits.maxWaitingBytes, setAside) };
}

/** By tag, not instanceof: bytes from a structured clone or a test driver come from another realm. */
export const isBytes = (value: unknown): value is Uint8Array =>
  // i18n-exempt: the type tag JavaScript writes, not words
  Object.prototype.toString.call(value) === '[object Uint8Array]';

/** Why these bytes cannot be applied, or null when they decode as a whole update. */
export function checkPeerUpdate(
  update: unknown,
  origin: unknown,
  maxBytes = MAX_PEER_UPDATE_BYTES,
): Message | null {
  if (origin === LOCAL_ORIGIN || origin === SYSTEM_ORIGIN)
    return message('sharing.peerUpdates.ownOrigin');
  if (!isBytes(update)) return message('sharing.peerUpdates.notBytes');
  const bytes = update;
  if (bytes.length === 0) return message('sharing.peerUpdates.empty');
  if (bytes.length > maxBytes)
    return message('sharing.peerUpdates.tooLarge', {
      size: megabytes(bytes.length),
      limit: megabytes(maxBytes),
    });
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    // Reads every change and the delete set: a truncated or corrupted update fails here.
    decoded = Y.decodeUpdate(bytes);
  } catch (error) {
    return message('sharing.peerUpdates.undecodable', { error: describe(error) });
  }
  return structuralFlaw(decoded);
}

/**
 * Flaws that decode but make Yjs throw halfway through applying, after it has integrated the
 * changes before them (found by flipping bits of real updates: every such throw was one of
 * these). An author's change can only refer to its own earlier changes, never to later ones;
 * a deleted range is never empty.
 */
function structuralFlaw({ structs, ds }: ReturnType<typeof Y.decodeUpdate>): Message | null {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { client, clock } = struct.id;
    for (const ref of [struct.origin, struct.rightOrigin, struct.parent]) {
      if (ref instanceof Y.ID && ref.client === client && ref.clock >= clock)
        return message('sharing.peerUpdates.laterChange');
    }
  }
  for (const deletes of ds.clients.values()) {
    if (deletes.some((range) => !(range.len > 0))) return message('sharing.peerUpdates.emptyRange');
  }
  return null;
}

/** This copy's state as one update for a peer; everything when its state vector is unreadable. */
export function encodeStateForPeer(doc: Y.Doc, peerStateVector?: Uint8Array): Uint8Array {
  if (peerStateVector) {
    try {
      Y.decodeStateVector(peerStateVector);
      return Y.encodeStateAsUpdate(doc, peerStateVector);
    } catch {
      // A duplicate change is ignored by the peer; a missing one would not be.
    }
  }
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Notes, while an update is applied, the positions and metadata it writes that cannot be read.
 * The projection drops such positions silently (a position is not a record worth a sentence when
 * it comes from this tab); from a peer, they are worth saying.
 */
function watchLayoutAndMeta(doc: Y.Doc, report: (text: Message) => void): () => void {
  const { layout, meta } = getRoots(doc);
  const onLayout = (event: Y.YMapEvent<unknown>) => {
    for (const id of event.keysChanged) {
      const raw = layout.get(id);
      if (raw !== undefined && restorePosition(raw) === null)
        report(message('sharing.peerUpdates.position', { id: shorten(id) }));
    }
  };
  const onMeta = (event: Y.YMapEvent<unknown>) => {
    for (const key of event.keysChanged) {
      const problem = metaProblem(key, meta.get(key));
      if (problem) report(problem);
    }
  };
  layout.observe(onLayout);
  meta.observe(onMeta);
  return () => {
    layout.unobserve(onLayout);
    meta.unobserve(onMeta);
  };
}

function metaProblem(key: string, value: unknown): Message | null {
  if (value === undefined) return null;
  if (key === 'schemaVersion') {
    if (!Number.isInteger(value) || (value as number) < 1)
      return message('sharing.peerUpdates.schemaVersion');
    if ((value as number) > SCHEMA_VERSION)
      return message('sharing.peerUpdates.newerSchema', {
        version: String(value as number),
        current: String(SCHEMA_VERSION),
      });
  }
  if (key === 'name' && (typeof value !== 'string' || value.length > MAX_NAME_LENGTH))
    return message('sharing.peerUpdates.workspaceName');
  return null;
}

/** Whether changes wait for earlier ones; lets them go past `maxBytes`. */
function settleWaiting(doc: Y.Doc, maxBytes: number, report: (text: Message) => void): boolean {
  const { store } = doc;
  const bytes = (store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0);
  if (bytes === 0) return false;
  if (bytes <= maxBytes) return true;
  store.pendingStructs = null;
  store.pendingDs = null;
  report(message('sharing.peerUpdates.letGo', { size: megabytes(bytes) }));
  return false;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The library's own words (developer text, quoted as is), or "unknown error" translated. */
function describe(error: unknown): MessageParam {
  const text = error instanceof Error ? error.message : String(error);
  return text ? shorten(text) : message('sharing.error.unknown');
}
