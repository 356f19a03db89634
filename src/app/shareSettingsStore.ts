// What this browser remembers about each shared workspace (secret, role, transport), kept in the
// registry document beside the workspace list: local to this browser, synced between its tabs,
// never part of a workspace, an export or a backup. Read back through the same checks as an
// invite, so a damaged entry is ignored rather than used.
import { createSignal, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../store';
import { encodeInviteCode, parseInvite } from '../sync/invite';
import type { ShareSettings } from '../sync/shareTypes';

export interface ShareSettingsStore {
  /** Workspace id → settings, for every shared workspace. */
  all: Accessor<Record<string, ShareSettings>>;
  set(workspaceId: string, settings: ShareSettings): void;
  remove(workspaceId: string): void;
  dispose(): void;
}

function readSettings(workspaceId: string, raw: unknown): ShareSettings | null {
  if (!raw || typeof raw !== 'object') return null;
  const { secret, role, transport, connected } = raw as Partial<ShareSettings>;
  if (role !== 'owner' && role !== 'member') return null;
  if (typeof secret !== 'string' || !transport || typeof transport !== 'object') return null;
  // The invite's checks cover the secret and every transport field; a shape so damaged that it
  // cannot even be encoded is just as unusable.
  let parsed: ReturnType<typeof parseInvite>;
  try {
    parsed = parseInvite(encodeInviteCode({ workspaceId, workspaceName: 'x', secret, transport }));
  } catch {
    return null;
  }
  if (!parsed.ok) return null;
  return { secret, role, transport: parsed.invite.transport, connected: connected !== false };
}

export function createShareSettingsStore(registryDoc: Y.Doc): ShareSettingsStore {
  const map = registryDoc.getMap<unknown>('sharing');
  const read = () => {
    const all: Record<string, ShareSettings> = {};
    map.forEach((raw, id) => {
      const settings = readSettings(id, raw);
      if (settings) all[id] = settings;
    });
    return all;
  };
  const [all, setAll] = createSignal(read());
  const refresh = () => setAll(read());
  map.observe(refresh);
  return {
    all,
    set: (id, settings) => registryDoc.transact(() => map.set(id, { ...settings }), SYSTEM_ORIGIN),
    remove: (id) => {
      if (map.has(id)) registryDoc.transact(() => map.delete(id), SYSTEM_ORIGIN);
    },
    dispose: () => map.unobserve(refresh),
  };
}
