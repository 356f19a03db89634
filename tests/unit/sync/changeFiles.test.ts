// File exchange: a state file from B lets A write exactly the changes B lacks; applied through the
// peer door, B then holds every change of A's. Files from anyone are read strictly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translate, type Message } from '../../../src/i18n';
import { addEntity, getRoots, initSchema, updateEntity } from '../../../src/store';
import {
  changesFileName,
  encodeChangesFile,
  encodeStateFile,
  parseExchangeFile,
  type ExchangeFile,
} from '../../../src/sync/changeFiles';
import { applyPeerUpdate } from '../../../src/sync/peerUpdates';
import { must } from '../store/helpers';

const WORKSPACE = { id: 'ws:k3j9x2m1q8aa', name: 'Tân Bình' };
const english = (reason: Message) => translate('en', reason);
const FILE = Symbol('test.file');

function readFile(text: string): ExchangeFile {
  const parsed = parseExchangeFile(text);
  if (!parsed.ok) throw new Error(english(parsed.reason));
  return parsed.file;
}

function reasonFor(text: string): string {
  const parsed = parseExchangeFile(text);
  if (parsed.ok) throw new Error(`accepted a ${parsed.file.kind} file`);
  return english(parsed.reason);
}

function changesFor(doc: Y.Doc, stateFile?: string): { text: string; bytes: number } {
  const written = encodeChangesFile(doc, WORKSPACE, stateFile);
  if (!written.ok) throw new Error(english(written.reason));
  return written;
}

function importChanges(doc: Y.Doc, text: string): void {
  const file = readFile(text);
  if (file.kind !== 'changes') throw new Error('not a changes file');
  const applied = applyPeerUpdate(doc, file.update, FILE);
  if (!applied.ok) throw new Error(english(applied.reason));
}

/** A and B share 200 people, then each edits while apart. */
function diverged(): { a: Y.Doc; b: Y.Doc; fromA: string[]; fromB: string[] } {
  const a = new Y.Doc();
  initSchema(a);
  const shared = Array.from({ length: 200 }, (_, i) =>
    must(addEntity(a, 'person', { name: `Person ${i}` })),
  );
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const fromA = [must(addEntity(a, 'org', { name: 'HTX Tân Bình' }))];
  must(updateEntity(a, shared[0], { name: 'Nguyễn Văn A' }));
  const fromB = [must(addEntity(b, 'person', { name: 'Trần Thị B' }))];
  return { a, b, fromA, fromB };
}

const entityNames = (doc: Y.Doc) =>
  Object.fromEntries(
    Object.entries(getRoots(doc).entities.toJSON()).map(([id, fields]) => [id, fields.name]),
  );

describe('state and changes files', () => {
  it('brings B every change of A’s that B lacks, and keeps B’s own', () => {
    const { a, b, fromA, fromB } = diverged();
    const stateFile = encodeStateFile(b, WORKSPACE);
    importChanges(b, changesFor(a, stateFile).text);
    const namesA = entityNames(a);
    const namesB = entityNames(b);
    for (const [id, name] of Object.entries(namesA)) expect(namesB[id]).toBe(name);
    expect(namesB[fromA[0]]).toBe('HTX Tân Bình');
    expect(Object.values(namesB)).toContain('Nguyễn Văn A');
    expect(namesB[fromB[0]]).toBe('Trần Thị B');
    // And back: both copies then hold the same workspace.
    importChanges(a, changesFor(b, encodeStateFile(a, WORKSPACE)).text);
    expect(a.toJSON()).toEqual(b.toJSON());
  });

  it('writes only what B lacks, far less than every change', () => {
    const { a, b } = diverged();
    const partial = changesFor(a, encodeStateFile(b, WORKSPACE));
    const complete = changesFor(a);
    expect(partial.bytes * 10).toBeLessThan(complete.bytes);
    expect(partial.text.length * 10).toBeLessThan(complete.text.length);
    expect(JSON.parse(partial.text)).toMatchObject({ format: 'concord-changes', complete: false });
    expect(JSON.parse(complete.text)).toMatchObject({ format: 'concord-changes', complete: true });
  });

  it('writes every change without a state file, enough for an empty copy', () => {
    const { a } = diverged();
    const empty = new Y.Doc();
    importChanges(empty, changesFor(a).text);
    expect(empty.toJSON()).toEqual(a.toJSON());
  });

  it('does no harm when the same changes are applied twice', () => {
    const { a, b } = diverged();
    const { text } = changesFor(a, encodeStateFile(b, WORKSPACE));
    importChanges(b, text);
    const once = b.toJSON();
    const vector = Y.encodeStateVector(b);
    importChanges(b, text);
    expect(b.toJSON()).toEqual(once);
    expect(Y.encodeStateVector(b)).toEqual(vector);
  });

  it('writes readable JSON with the workspace and the date', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const state = JSON.parse(encodeStateFile(new Y.Doc(), WORKSPACE, now));
    expect(state).toEqual({
      format: 'concord-state',
      version: 1,
      workspaceId: WORKSPACE.id,
      workspaceName: WORKSPACE.name,
      writtenAt: '2026-11-22T10:00:00.000Z',
      stateVector: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
    });
    expect(readFile(JSON.stringify(state))).toMatchObject({ kind: 'state' });
  });

  it('refuses a state file of another workspace, naming both', () => {
    const { a, b } = diverged();
    const stateFile = encodeStateFile(b, { id: 'ws:zzzzzzzzzzzz', name: 'Quận 7' });
    const written = encodeChangesFile(a, WORKSPACE, stateFile);
    expect(written.ok).toBe(false);
    expect(written.ok ? '' : english(written.reason)).toBe(
      'This state file is from “Quận 7”, not “Tân Bình”; open “Quận 7” to answer it.',
    );
    const sameName = encodeStateFile(b, { id: 'ws:zzzzzzzzzzzz', name: 'Tân Bình' });
    const refused = encodeChangesFile(a, WORKSPACE, sameName);
    expect(refused.ok ? '' : english(refused.reason)).toMatch(
      /another workspace also named “Tân Bình”/,
    );
  });

  it('refuses a changes file given where a state file belongs', () => {
    const { a } = diverged();
    const written = encodeChangesFile(a, WORKSPACE, changesFor(a).text);
    expect(written.ok ? '' : english(written.reason)).toMatch(
      /changes file; choose the state file/,
    );
  });

  it('names files after the workspace and the day', () => {
    const day = new Date(2026, 10, 22, 12);
    expect(changesFileName('Tân Bình', 'state', day)).toBe(
      'tan-binh-2026-11-22.concord-state.json',
    );
    expect(changesFileName('Đà Nẵng / HTX', 'changes', day)).toBe(
      'da-nang-htx-2026-11-22.concord-changes.json',
    );
    expect(changesFileName('***', 'changes', day)).toBe(
      'workspace-2026-11-22.concord-changes.json',
    );
  });

  it('carries an update of several megabytes whole', () => {
    const doc = new Y.Doc();
    const text = doc.getText('big');
    let chunk = '';
    for (let i = 0; i < 64 * 1024; i++) chunk += String.fromCharCode(32 + ((i * 7919) % 95));
    for (let i = 0; i < 40; i++) text.insert(text.length, chunk);
    const update = Y.encodeStateAsUpdate(doc);
    expect(update.length).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    const file = readFile(changesFor(doc).text);
    if (file.kind !== 'changes') throw new Error('not a changes file');
    // Compared as buffers: toEqual walks megabytes element by element, for seconds.
    expect(file.update.length).toBe(update.length);
    expect(Buffer.from(file.update).equals(Buffer.from(update))).toBe(true);
  });
});

describe('files from anyone', () => {
  const { a } = diverged();
  const state = JSON.parse(encodeStateFile(a, WORKSPACE));
  const changes = JSON.parse(changesFor(a).text);
  const altered = (base: object, change: object) => JSON.stringify({ ...base, ...change });

  it('refuses what is not JSON or not an exchange file', () => {
    expect(reasonFor('<gexf/>')).toMatch(/^This is not a Concord state or changes file\. .+\.$/);
    expect(reasonFor(encodeStateFile(a, WORKSPACE).slice(0, 100))).toMatch(/cut short/);
    expect(reasonFor('[1, 2]')).toBe('This is not a Concord state or changes file.');
    expect(reasonFor(altered(state, { format: 'concord-backup' }))).toBe(
      'This is not a Concord state or changes file.',
    );
  });

  it('asks for a newer Concord for a newer version', () => {
    expect(reasonFor(altered(changes, { version: 2 }))).toBe(
      'This file was written by a newer Concord (format version 2); update Concord to read it.',
    );
    expect(reasonFor(altered(changes, { version: '1' }))).toMatch(/damaged: its version/);
  });

  it.each([
    ['a bad workspace id', { workspaceId: 'person:k3j9x2m1q8aa' }, /workspace id/],
    ['a bad workspace id', { workspaceId: 'ws:AB' }, /workspace id/],
    ['no workspace name', { workspaceName: ' ' }, /workspace name/],
    ['bad base64', { stateVector: 'AAA$' }, /not base64/],
    ['base64 with spaces', { stateVector: 'AQID BAUG' }, /not base64/],
    ['a state vector cut short', { stateVector: btoa('\x05\x01') }, /state cannot be read/],
    ['a state vector with bytes after it', { stateVector: btoa('\x00\x07') }, /cannot be read/],
    ['an empty state vector', { stateVector: '' }, /cannot be read/],
  ])('refuses a state file with %s', (_, change, pattern) => {
    expect(reasonFor(altered(state, change))).toMatch(/^This exchange file is damaged: .+\.$/);
    expect(reasonFor(altered(state, change))).toMatch(pattern);
  });

  it.each([
    ['bad base64', { update: 'not base64!' }, /not base64/],
    ['no update', { update: '' }, /not base64/],
    ['no completeness', { complete: 'yes' }, /complete/],
  ])('refuses a changes file with %s', (_, change, pattern) => {
    expect(reasonFor(altered(changes, change))).toMatch(pattern);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(reasonFor(' '.repeat(96 * 1024 * 1024 + 1))).toMatch(/at most 96 MB/);
  });

  it('leaves checking the update itself to the peer door', () => {
    const garbage = altered(changes, { update: btoa('\x01\x02\x03') });
    const file = readFile(garbage);
    expect(file.kind).toBe('changes');
    const applied = applyPeerUpdate(new Y.Doc(), file.kind === 'changes' && file.update, FILE);
    expect(applied.ok).toBe(false);
  });
});
