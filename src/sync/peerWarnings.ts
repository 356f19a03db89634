// What this tab set aside from other copies, for the problems banner: updates refused whole, and
// entries applied but unreadable (a position, a schema version). Per tab, never in the document.
import { createSignal, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import type { Message } from '../i18n';

export interface PeerWarning {
  /** Increases with every warning, so a dismissed banner can tell that something new came. */
  seq: number;
  kind: 'refused' | 'set-aside';
  /** Plain data, translated when shown. */
  message: Message;
}

export interface PeerWarnings {
  /** The latest warnings, oldest first. */
  list: Accessor<PeerWarning[]>;
  /** Every warning since the tab opened the workspace, by kind, however many the list keeps. */
  totals: Accessor<Record<PeerWarning['kind'], number>>;
  report(kind: PeerWarning['kind'], message: Message): void;
  clear(): void;
}

const KEPT = 100;

export function createPeerWarnings(): PeerWarnings {
  const [list, setList] = createSignal<PeerWarning[]>([]);
  const [totals, setTotals] = createSignal({ refused: 0, 'set-aside': 0 });
  let seq = 0;
  return {
    list,
    totals,
    report(kind, message) {
      seq += 1;
      const warning = { seq, kind, message };
      setList((previous) => [...previous, warning].slice(-KEPT));
      setTotals((previous) => ({ ...previous, [kind]: previous[kind] + 1 }));
    },
    clear() {
      setList([]);
      setTotals({ refused: 0, 'set-aside': 0 });
    },
  };
}

const byDoc = new WeakMap<Y.Doc, PeerWarnings>();

/**
 * The warnings of one document. applyPeerUpdate reports here, so no transport has to carry them
 * to the UI; the store goes with the document.
 */
export function peerWarningsOf(doc: Y.Doc): PeerWarnings {
  let warnings = byDoc.get(doc);
  if (!warnings) {
    warnings = createPeerWarnings();
    byDoc.set(doc, warnings);
  }
  return warnings;
}
