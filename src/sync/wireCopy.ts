// Transport libraries (y-webrtc, y-websocket) apply what they receive straight to the Y.Doc they
// are given, past every check. So they are given a copy of the workspace, the wire copy: the
// workspace's changes flow into it as they are made, and what peers send flows from it into the
// workspace only through applyPeerUpdate. A message that breaks Yjs breaks only the copy; data
// that breaks the schema is quarantined in the workspace like any other copy's.
import * as Y from 'yjs';
import { applyPeerUpdate, type PeerUpdateResult } from './peerUpdates';

export interface WireCopy {
  /** The document to hand to a transport. */
  doc: Y.Doc;
  /** The origin of every change that enters the workspace from the wire. */
  origin: object;
  destroy(): void;
}

export function createWireCopy(
  workspace: Y.Doc,
  /** Called after each change from the wire was offered to the workspace. */
  onReceived?: (result: PeerUpdateResult) => void,
): WireCopy {
  const doc = new Y.Doc();
  const origin = { transport: 'wire' };
  // Marks the workspace's own changes inside the copy, so they are not sent back.
  const fromWorkspace = { transport: 'workspace' };
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(workspace), fromWorkspace);
  const toWire = (update: Uint8Array, from: unknown) => {
    if (from !== origin) Y.applyUpdate(doc, update, fromWorkspace);
  };
  const toWorkspace = (update: Uint8Array, from: unknown) => {
    if (from === fromWorkspace) return;
    const result = applyPeerUpdate(workspace, update, origin);
    onReceived?.(result);
  };
  workspace.on('update', toWire);
  doc.on('update', toWorkspace);
  return {
    doc,
    origin,
    destroy() {
      workspace.off('update', toWire);
      doc.off('update', toWorkspace);
      doc.destroy();
    },
  };
}
