// The composition root: creates the controller, renders the UI, and (in dev and test builds)
// exposes window.__concord so browser tests can check what the canvas draws (read-only, except
// `burst`, which runs many real commands at once for the durability tests).
import { batch } from 'solid-js';
import { render } from 'solid-js/web';
import * as Y from 'yjs';
import { createAppController } from './app/appController';
import { createAppUpdate } from './app/appUpdate';
import type { GraphAdapter } from './graph/adapter';
import { t } from './i18n';
import { createIndexedDbPersistence } from './persist';
import { addEntity, updateEntity, workspaceDatabaseName } from './store';
import { applyPeerUpdate, encodeStateForPeer, peerWarningsOf } from './sync';
import { createRoguePeer } from './sync/roguePeer';
import { App } from './ui/App';
import { UpdateNotice } from './ui/UpdateNotice';
import './ui/app.css';

// On the page's timeline for bench/graphOpen.ts: the modules are loaded, the app starts.
performance.mark('concord:script-start');
const app = createAppController();
let adapter: GraphAdapter | null = null;

// The served build's service worker: a new version is offered, never forced (UpdateNotice).
const update = createAppUpdate();

render(
  () => (
    <>
      <App app={app} onAdapter={(a) => (adapter = a)} />
      <UpdateNotice ready={update.ready()} onReload={() => void update.apply()} />
    </>
  ),
  document.getElementById('root')!,
);

void app.start().catch((error: unknown) => {
  const root = document.getElementById('root')!;
  const reason = error instanceof Error ? error.message : String(error);
  root.textContent = t('app.main.storageFailed', { reason });
});

// Closing the tab while a write is in flight or failing: ask the browser to confirm.
window.addEventListener('beforeunload', (event) => {
  if (app.saveStatus() === 'saving' || app.saveStatus() === 'error') event.preventDefault();
});

if (import.meta.env.DEV || import.meta.env.MODE === 'test') {
  const state = () => app.session()?.projection.state;
  // Plain copies: store proxies do not cross into the test driver.
  const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  // Stands for a sync transport: tests feed another copy's updates (or garbage) through the one
  // door every transport uses. Bytes cross from the test driver as an array of numbers.
  const testPeer = Symbol('concord.test-peer');
  const seenAt = new Map<string, number>();
  Object.assign(window, {
    __concord: {
      entities: () => Object.values(copy(state()?.entities ?? {})),
      relations: () => Object.values(copy(state()?.relations ?? {})),
      positions: () => copy(state()?.positions ?? {}),
      graph: () => adapter?.drawn() ?? { nodes: [], edges: [] },
      workspaces: () => app.workspaces(),
      saveStatus: () => app.saveStatus(),
      selection: () => app.selection(),
      applyPeerUpdate: (bytes: number[]) => {
        const current = app.session();
        // i18n-exempt: the test driver's API, never shown to a person
        if (!current) return { ok: false, reason: 'No workspace is open.' };
        return applyPeerUpdate(current.doc, Uint8Array.from(bytes), testPeer);
      },
      encodeState: () => {
        const current = app.session();
        return current ? Array.from(encodeStateForPeer(current.doc)) : [];
      },
      problems: () => [...(app.session()?.projection.problems() ?? [])],
      peerWarnings: () => {
        const current = app.session();
        return current
          ? peerWarningsOf(current.doc)
              .list()
              .map((w) => t(w.message))
          : [];
      },
      sharing: () =>
        copy({
          status: app.sharing.status(),
          role: app.sharing.settings()?.role ?? null,
          peers: app.sharing.peers(),
        }),
      rogue: createRoguePeer(),
      // Bench only (bench/sync.ts): when an entity of this name reached this tab's projection.
      watchForName: (name: string) => {
        const current = app.session();
        if (!current) return;
        const stop = current.projection.onDiff(({ upsertedEntities }) => {
          for (const id of upsertedEntities) {
            if (current.projection.state.entities[id]?.name !== name) continue;
            seenAt.set(name, Date.now());
            stop();
            return;
          }
        });
      },
      seenAt: (name: string) => seenAt.get(name) ?? null,
      entityCount: () => Object.keys(state()?.entities ?? {}).length,
      // Bench only (bench/graphOpen.ts): what is stored and drawn, without graph()'s per-node
      // styles, which take seconds at 50k and would run on the main thread being measured.
      counts: () => ({
        positions: Object.keys(state()?.positions ?? {}).length,
        drawnNodes: adapter?.cy.nodes().length ?? 0,
        drawnEdges: adapter?.cy.edges().length ?? 0,
      }),
      // Bench only (bench/graphOpen.ts): stores a workspace's state under the open workspace's
      // database without drawing it, so the next load is a cold open of that workspace.
      storeForNextOpen: async (url: string) => {
        const current = app.session();
        // i18n-exempt: the bench's API, never shown to a person
        if (!current) throw new Error('No workspace is open.');
        const update = new Uint8Array(await (await fetch(url)).arrayBuffer());
        const doc = new Y.Doc();
        const persistence = createIndexedDbPersistence(doc, workspaceDatabaseName(current.id));
        await persistence.whenLoaded;
        Y.applyUpdate(doc, update);
        await persistence.flush();
        await persistence.destroy();
        doc.destroy();
        return update.length;
      },
      // One redraw at the end: the commands, their updates and their writes stay separate.
      burst: (count: number, tag: string) => batch(() => burst(app.session()?.doc, count, tag)),
    },
  });
}

interface BurstEdit {
  id: string;
  field: 'name' | 'notes';
  value: string;
}

/**
 * Test only: `count` real commands in one go, alternately adding a person and writing a note on
 * the one just added, so that each edit can be checked on its own after a reload or a crash.
 */
function burst(doc: Y.Doc | undefined, count: number, tag: string): BurstEdit[] {
  const edits: BurstEdit[] = [];
  if (!doc) return edits;
  for (let i = 0; i < count; i += 1) {
    const last = edits[edits.length - 1];
    if (i % 2 === 1 && last) {
      const value = `${tag} note ${i}`;
      if (updateEntity(doc, last.id, { notes: value }).ok)
        edits.push({ id: last.id, field: 'notes', value });
    } else {
      const value = `${tag} ${i}`;
      const added = addEntity(doc, 'person', { name: value });
      if (added.ok) edits.push({ id: added.value, field: 'name', value });
    }
  }
  return edits;
}
