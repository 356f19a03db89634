// File exchange between copies that never meet on a network. B writes a state file (what B
// has, as a Yjs state vector); A answers with a changes file holding exactly what B lacks, or
// all of A's changes without one. Files are JSON text, so they survive mail and USB sticks.
// Nothing here applies an update: the importer hands it to applyPeerUpdate, which checks it.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { message, type Message } from '../i18n';
import { exportFileName, idKind, MAX_NAME_LENGTH } from '../model';
import { MAX_PEER_UPDATE_BYTES } from './peerUpdates';

const STATE_FORMAT = 'concord-state';
const CHANGES_FORMAT = 'concord-changes';
const VERSION = 1;

/** Room for the base64 of the largest update a copy accepts, and the envelope around it. */
export const MAX_EXCHANGE_FILE_CHARS = 96 * 1024 * 1024;

export interface ExchangeWorkspace {
  id: string;
  name: string;
}

export type ExchangeFile =
  | { kind: 'state'; workspaceId: string; workspaceName: string; stateVector: Uint8Array }
  | {
      kind: 'changes';
      workspaceId: string;
      workspaceName: string;
      /** Written without a state file: every change the writer had. */
      complete: boolean;
      update: Uint8Array;
    };

export type ParsedExchangeFile = { ok: true; file: ExchangeFile } | { ok: false; reason: Message };

export type ChangesFile =
  { ok: true; text: string; bytes: number } | { ok: false; reason: Message };

/** What this copy has, for another member to answer with the changes it lacks. */
export function encodeStateFile(
  doc: Y.Doc,
  workspace: ExchangeWorkspace,
  now = new Date(),
): string {
  return envelope(STATE_FORMAT, workspace, now, {
    stateVector: encodeBase64(Y.encodeStateVector(doc)),
  });
}

/**
 * The changes the writer of `stateFileText` lacks, or every change without it. `bytes` is the
 * size of the changes themselves (the file's text is a third larger).
 */
export function encodeChangesFile(
  doc: Y.Doc,
  workspace: ExchangeWorkspace,
  stateFileText?: string,
  now = new Date(),
): ChangesFile {
  let stateVector: Uint8Array | undefined;
  if (stateFileText !== undefined) {
    const parsed = parseExchangeFile(stateFileText);
    if (!parsed.ok) return parsed;
    const { file } = parsed;
    if (file.kind !== 'state')
      return { ok: false, reason: message('sharing.changeFiles.changesNotState') };
    if (file.workspaceId !== workspace.id)
      return { ok: false, reason: otherWorkspace(file.workspaceName, workspace.name) };
    stateVector = file.stateVector;
  }
  const update = stateVector ? Y.encodeStateAsUpdate(doc, stateVector) : Y.encodeStateAsUpdate(doc);
  if (update.length > MAX_PEER_UPDATE_BYTES) {
    const megabytes = (n: number) => Math.ceil(n / 1024 / 1024);
    return {
      ok: false,
      reason: message('sharing.changeFiles.tooManyChanges', {
        size: megabytes(update.length),
        limit: megabytes(MAX_PEER_UPDATE_BYTES),
      }),
    };
  }
  const text = envelope(CHANGES_FORMAT, workspace, now, {
    complete: stateVector === undefined,
    update: encodeBase64(update),
  });
  return { ok: true, text, bytes: update.length };
}

function otherWorkspace(theirs: string, ours: string): Message {
  return theirs === ours
    ? message('sharing.changeFiles.sameName', { name: theirs })
    : message('sharing.changeFiles.otherWorkspace', { theirs, ours });
}

function envelope(
  format: string,
  workspace: ExchangeWorkspace,
  now: Date,
  body: Record<string, unknown>,
): string {
  const head = {
    format,
    version: VERSION,
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    writtenAt: now.toISOString(),
  };
  return `${JSON.stringify({ ...head, ...body }, null, 2)}\n`;
}

/** A state or changes file, checked field by field: it may come from anyone. */
export function parseExchangeFile(text: string): ParsedExchangeFile {
  const refuse = (reason: Message): ParsedExchangeFile => ({ ok: false, reason });
  const damaged = (problem: Message) => refuse(message('sharing.changeFiles.damaged', { problem }));
  if (typeof text !== 'string') return refuse(NOT_EXCHANGE);
  if (text.length > MAX_EXCHANGE_FILE_CHARS) {
    return refuse(
      message('sharing.changeFiles.tooLarge', {
        size: Math.round(text.length / 1024 / 1024),
        limit: MAX_EXCHANGE_FILE_CHARS / 1024 / 1024,
      }),
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(message('sharing.changeFiles.notJson'));
  }
  if (!isRecord(raw) || (raw.format !== STATE_FORMAT && raw.format !== CHANGES_FORMAT))
    return refuse(NOT_EXCHANGE);
  const { version, workspaceId, workspaceName } = raw;
  if (!Number.isInteger(version) || (version as number) < 1)
    return damaged(message('sharing.changeFiles.version'));
  if ((version as number) > VERSION)
    return refuse(message('sharing.changeFiles.newer', { version: String(version as number) }));
  if (typeof workspaceId !== 'string' || idKind(workspaceId) !== 'ws')
    return damaged(message('sharing.changeFiles.workspaceId'));
  const name = typeof workspaceName === 'string' ? workspaceName.trim() : '';
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    return damaged(message('sharing.changeFiles.workspaceName'));
  const head = { workspaceId, workspaceName: name };
  if (raw.format === STATE_FORMAT) {
    const stateVector = decodeBase64(raw.stateVector);
    if (!stateVector) return damaged(message('sharing.changeFiles.stateNotBase64'));
    if (!isStateVector(stateVector)) return damaged(message('sharing.changeFiles.stateUnreadable'));
    return { ok: true, file: { kind: 'state', ...head, stateVector } };
  }
  if (typeof raw.complete !== 'boolean')
    return damaged(message('sharing.changeFiles.completeMissing'));
  const update = decodeBase64(raw.update);
  if (!update || update.length === 0)
    return damaged(message('sharing.changeFiles.changesNotBase64'));
  return { ok: true, file: { kind: 'changes', ...head, complete: raw.complete, update } };
}

const NOT_EXCHANGE = message('sharing.changeFiles.notExchange');

/** Whether the bytes are one whole state vector: client and clock pairs, nothing after them. */
function isStateVector(bytes: Uint8Array): boolean {
  try {
    Y.decodeStateVector(bytes);
    const decoder = decoding.createDecoder(bytes);
    const clients = decoding.readVarUint(decoder);
    for (let i = 0; i < clients; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    return !decoding.hasContent(decoder);
  } catch {
    return false;
  }
}

/** "tan-binh-2026-11-22.concord-state.json": the name folded to ASCII, then the local date. */
export function changesFileName(
  workspaceName: string,
  kind: 'state' | 'changes',
  now = new Date(),
): string {
  return exportFileName(workspaceName, `concord-${kind}.json`, now);
}

/** Whole multiples of 3 bytes, so the pieces' base64 joins without padding in between. */
const CHUNK = 3 * 8 * 1024;

/** Base64 of any size: a piece at a time, as one call with every byte would overflow the stack. */
function encodeBase64(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    pieces.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return pieces.join('');
}

const SEXTETS = new Int16Array(128).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].forEach((char, i) => {
  SEXTETS[char.charCodeAt(0)] = i;
});

/** The bytes of padded standard base64, or null for anything else (spaces included). */
function decodeBase64(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const length = text.length - padding;
  const bytes = new Uint8Array((length * 3) >> 2);
  let bits = 0;
  let count = 0;
  let out = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? SEXTETS[code] : -1;
    if (value < 0) return null;
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[out++] = (bits >> count) & 0xff;
    }
  }
  return bytes;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
