// Tabs of one browser that open the same workspace keep each other current through a
// BroadcastChannel, with no network and no sharing: each tab posts its own changes, and a tab
// that connects asks the others for what it lacks (its state vector) while telling them what it
// has. Whatever arrives enters through applyPeerUpdate, like any other copy's changes.
import * as Y from 'yjs';
import { applyPeerUpdate, encodeStateForPeer, isBytes } from './peerUpdates';

type TabMessage =
  /** "Here is what I have; send me what I lack." */
  | { kind: 'ask'; stateVector: Uint8Array }
  /** The answer to an ask, with the answerer's state so the asker can send back what it lacks. */
  | { kind: 'answer'; update: Uint8Array; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array };

/** An update that changes nothing: Yjs encodes "no structs, no deletions" as two zero bytes. */
const isEmptyUpdate = (update: Uint8Array) => update.length <= 2 && update.every((b) => b === 0);

/**
 * Connects `doc` to the other tabs that open the channel `name`. Answers the function that
 * disconnects. Without BroadcastChannel (an old browser) nothing happens.
 */
export function connectTabs(doc: Y.Doc, name: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(name);
  // Updates from the other tabs carry this origin: never the tab's own, so never undone here,
  // and never posted back.
  const origin = { transport: 'tabs', name };
  const post = (message: TabMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel (the tab is leaving): the other tabs catch up at their next ask.
    }
  };
  const postUpdate = (update: Uint8Array) => {
    if (!isEmptyUpdate(update)) post({ kind: 'update', update });
  };
  const onLocalUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) postUpdate(update);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<TabMessage> | null;
    if (!message || typeof message !== 'object') return;
    if (message.kind === 'ask' && isBytes(message.stateVector)) {
      post({
        kind: 'answer',
        update: encodeStateForPeer(doc, message.stateVector),
        stateVector: Y.encodeStateVector(doc),
      });
    } else if (message.kind === 'answer' && isBytes(message.stateVector)) {
      if (isBytes(message.update) && !isEmptyUpdate(message.update))
        applyPeerUpdate(doc, message.update, origin);
      postUpdate(encodeStateForPeer(doc, message.stateVector));
    } else if (message.kind === 'update') {
      applyPeerUpdate(doc, message.update, origin);
    }
  };
  doc.on('update', onLocalUpdate);
  post({ kind: 'ask', stateVector: Y.encodeStateVector(doc) });
  return () => {
    doc.off('update', onLocalUpdate);
    channel.close();
  };
}
