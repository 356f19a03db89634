// Tabs of one browser keep one workspace current between them through BroadcastChannel, with no
// network: live edits, catching up on connect in both directions, garbage dropped with a warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addEntity, createHistory, createProjection, initSchema } from '../../../src/store';
import { peerWarningsOf } from '../../../src/sync';
import { connectTabs } from '../../../src/sync/tabChannel';

const opened: (() => void)[] = [];
let channelSeq = 0;
const freshName = () => `test-tabs-${Date.now()}-${(channelSeq += 1)}`;

function tab(name: string, doc = workspace()) {
  opened.push(connectTabs(doc, name));
  return doc;
}

function workspace() {
  const doc = new Y.Doc();
  initSchema(doc);
  return doc;
}

const names = (doc: Y.Doc) => {
  const projection = createProjection(doc);
  const found = Object.values(projection.state.entities).map((e) => e.name);
  projection.dispose();
  return found.sort();
};

afterEach(() => {
  for (const close of opened.splice(0)) close();
});

describe('connectTabs', () => {
  it('shows an edit made in one tab in the other', async () => {
    const name = freshName();
    const a = tab(name);
    const b = tab(name);
    addEntity(a, 'person', { name: 'Nguyễn Văn A' });
    await vi.waitFor(() => expect(names(b)).toEqual(['Nguyễn Văn A']));
  });

  it('brings a tab that connects later up to date, and the others up to it', async () => {
    const name = freshName();
    const a = tab(name);
    addEntity(a, 'person', { name: 'Before B' });
    const b = workspace();
    addEntity(b, 'org', { name: 'Made in B alone' });
    tab(name, b);
    await vi.waitFor(() => expect(names(b)).toEqual(['Before B', 'Made in B alone']));
    await vi.waitFor(() => expect(names(a)).toEqual(['Before B', 'Made in B alone']));
  });

  it('never lets one tab undo what another tab did', async () => {
    const name = freshName();
    const a = tab(name);
    const b = tab(name);
    const historyB = createHistory(b);
    addEntity(a, 'person', { name: 'Typed in A' });
    await vi.waitFor(() => expect(names(b)).toEqual(['Typed in A']));
    expect(historyB.canUndo()).toBe(false);
    historyB.destroy();
  });

  it('drops garbage posted on the channel with a warning, and keeps syncing', async () => {
    const name = freshName();
    const a = tab(name);
    const b = tab(name);
    const intruder = new BroadcastChannel(name);
    intruder.postMessage({ kind: 'update', update: new Uint8Array([1, 2, 3, 250, 251]) });
    intruder.postMessage({ kind: 'update', update: 'not bytes' });
    intruder.postMessage('plain text');
    intruder.postMessage({ kind: 'ask', stateVector: 'nope' });
    await vi.waitFor(() => expect(peerWarningsOf(b).totals().refused).toBeGreaterThanOrEqual(2));
    intruder.close();
    addEntity(a, 'theme', { name: 'Still syncing' });
    await vi.waitFor(() => expect(names(b)).toEqual(['Still syncing']));
  });

  it('stops when disconnected', async () => {
    const name = freshName();
    const a = workspace();
    const stop = connectTabs(a, name);
    const b = tab(name);
    stop();
    addEntity(a, 'person', { name: 'Private now' });
    const c = tab(name);
    addEntity(c, 'person', { name: 'From C' });
    await vi.waitFor(() => expect(names(b)).toEqual(['From C']));
    expect(names(a)).toEqual(['Private now']);
  });
});
