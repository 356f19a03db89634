// Sharing the open workspace: the secret and transport this browser keeps for it, one live
// connection (wire copy, awareness, transport) while it is open and connected, who is online,
// and file exchange. Every change from elsewhere enters through applyPeerUpdate.
import { createEffect, createRoot, createSignal, on, type Accessor } from 'solid-js';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { locale, message, type Message } from '../i18n';
import { succeed, type CommandResult, type WorkspaceEntry } from '../store';
import {
  applyPeerUpdate,
  peerWarningsOf,
  type Transport,
  type TransportStatus,
  type WireCopy,
} from '../sync';
import {
  changesFileName,
  encodeChangesFile,
  encodeStateFile,
  parseExchangeFile,
} from '../sync/changeFiles';
import { checkTransport, createSecret, roomNameFor } from '../sync/invite';
import {
  checkIdentity,
  listPresence,
  MAX_PRESENCE_SELECTION,
  randomIdentity,
  readPresence,
} from '../sync/presence';
import type { Invite, ShareSettings, TransportSettings } from '../sync/shareTypes';
import { openTransport } from '../sync/transports';
import { createWireCopy } from '../sync/wireCopy';
import { createShareSettingsStore } from './shareSettingsStore';
import type {
  ExchangeResult,
  Identity,
  PeerPresence,
  Sharing,
  ShareResult,
  SyncStatus,
} from './sharingApi';
import type { WorkspaceSession } from './workspaceSession';

const IDENTITY_KEY = 'concord.identity';

export interface SharingDeps {
  /** The browser's registry document, where share settings are kept. */
  registryDoc: Y.Doc;
  session: Accessor<WorkspaceSession | null>;
  activeWorkspace: Accessor<WorkspaceEntry | null>;
  selection: Accessor<string[]>;
  /** Makes sure the registry lists this workspace (joining one this browser never had). */
  adoptWorkspace(id: string, name: string): CommandResult<string>;
  switchTo(id: string): Promise<void>;
}

export interface SharingControl extends Sharing {
  /** Forgets a workspace's settings (it is being deleted). */
  forget(workspaceId: string): void;
}

interface Connection {
  wire: WireCopy;
  awareness: Awareness;
  transport: Transport;
  destroy(): void;
}

function loadIdentity(): Identity {
  try {
    const stored = readPresence({ user: JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? 'null') });
    if (stored?.name) return { name: stored.name, colour: stored.colour };
  } catch {
    // Unreadable or refused storage: a fresh identity below.
  }
  // Named in the language of its first day; the user's name from then on, never translated.
  const fresh = randomIdentity(locale());
  saveIdentity(fresh);
  return fresh;
}

function saveIdentity(identity: Identity) {
  try {
    localStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  } catch {
    // Private mode: the name lasts as long as the tab.
  }
}

/** Nothing done, and why: one message per field. */
const refuse = <T = never>(errors: Record<string, Message>): ShareResult<T> => ({
  ok: false,
  errors,
});

export function createSharing(deps: SharingDeps): SharingControl {
  const store = createShareSettingsStore(deps.registryDoc);
  const [identity, setIdentitySignal] = createSignal<Identity>(loadIdentity());
  const [connection, setConnection] = createSignal<Connection | null>(null);
  const [peers, setPeers] = createSignal<PeerPresence[]>([]);
  const [lastSyncAt, setLastSyncAt] = createSignal<number | null>(null);

  const settingsOf = (id: string) => store.all()[id] ?? null;
  const settings = () => {
    const id = deps.session()?.id;
    return id ? settingsOf(id) : null;
  };

  const CONNECTING: TransportStatus = { state: 'connecting', peers: 0, problem: null };
  const status = (): SyncStatus => {
    const current = settings();
    const transport = current?.transport.kind ?? null;
    if (!current || !current.connected)
      return { state: 'off', transport, peers: 0, lastSyncAt: lastSyncAt(), problem: null };
    // Between the settings and the connection (the room name is being derived): connecting.
    const live = connection()?.transport.status() ?? CONNECTING;
    return { ...live, transport, lastSyncAt: lastSyncAt() };
  };

  function connect(
    session: WorkspaceSession,
    current: ShareSettings,
    roomName: string,
  ): Connection {
    const warnings = peerWarningsOf(session.doc);
    const wire = createWireCopy(session.doc, (result) => {
      if (result.ok) setLastSyncAt(Date.now());
    });
    const awareness = new Awareness(wire.doc);
    awareness.setLocalState({
      user: identity(),
      selection: deps.selection().slice(0, MAX_PRESENCE_SELECTION),
    });
    const refreshPeers = () => setPeers(listPresence(awareness));
    awareness.on('change', refreshPeers);
    refreshPeers();
    const transport = openTransport({
      wire: wire.doc,
      awareness,
      roomName,
      secret: current.secret,
      settings: current.transport,
      onUnreadable: (text) => warnings.report('refused', text),
    });
    // A change of this tab that went out to someone is a sync too.
    const noteSent = (_update: Uint8Array, origin: unknown) => {
      if (origin !== wire.origin && transport.status().peers > 0) setLastSyncAt(Date.now());
    };
    session.doc.on('update', noteSent);
    return {
      wire,
      awareness,
      transport,
      destroy() {
        session.doc.off('update', noteSent);
        awareness.off('change', refreshPeers);
        // The transport says goodbye (removes this tab's presence) before the copy goes.
        transport.destroy();
        awareness.destroy();
        wire.destroy();
      },
    };
  }

  // The controller lives as long as the page, and so do these effects: the root is never disposed.
  createRoot(() => {
    // One connection at a time, for the open workspace with its current settings. Connecting is
    // asynchronous (the room name is a hash); a newer turn wins over a slower older one.
    let turn = 0;
    const key = () => {
      const session = deps.session();
      const current = settings();
      return session && current?.connected
        ? { session, current, key: JSON.stringify([session.id, current.secret, current.transport]) }
        : null;
    };
    createEffect(
      on(
        () => key()?.key,
        () => {
          const wanted = key();
          const mine = ++turn;
          connection()?.destroy();
          setConnection(null);
          setPeers([]);
          if (!wanted) return;
          void roomNameFor(wanted.current.secret).then((roomName) => {
            if (mine !== turn || deps.session() !== wanted.session) return;
            setConnection(connect(wanted.session, wanted.current, roomName));
          });
        },
      ),
    );
    // This tab's selection and identity travel in its presence.
    createEffect(() => {
      const ids = deps.selection().slice(0, MAX_PRESENCE_SELECTION);
      connection()?.awareness.setLocalStateField('selection', ids);
    });
    createEffect(() => connection()?.awareness.setLocalStateField('user', identity()));
    // A new workspace starts with no sync history.
    createEffect(
      on(
        () => deps.session()?.id,
        () => setLastSyncAt(null),
      ),
    );
  });

  const inviteFor = (id: string, current: ShareSettings): Invite => ({
    workspaceId: id,
    workspaceName: deps.activeWorkspace()?.id === id ? deps.activeWorkspace()!.name : id,
    secret: current.secret,
    transport: current.transport,
  });
  const invite = (): Invite | null => {
    const session = deps.session();
    const current = settings();
    return session && current ? inviteFor(session.id, current) : null;
  };
  const checkedTransport = (transport: TransportSettings): ShareResult<TransportSettings> => {
    const errors = checkTransport(transport);
    return Object.keys(errors).length > 0 ? refuse(errors) : succeed(transport);
  };
  const update = (change: (current: ShareSettings) => ShareSettings): ShareResult<Invite> => {
    const session = deps.session();
    const current = settings();
    if (!session || !current) return refuse({ sharing: message('sharing.control.notShared') });
    const next = change(current);
    store.set(session.id, next);
    return succeed(inviteFor(session.id, next));
  };

  const workspaceRef = () => {
    const entry = deps.activeWorkspace();
    const session = deps.session();
    return entry && session && entry.id === session.id ? { entry, session } : null;
  };

  return {
    settings,
    status,
    peers,
    identity,
    setIdentity(next) {
      const checked = checkIdentity(next);
      if (!('ok' in checked)) return refuse({ name: checked });
      setIdentitySignal(checked.value);
      saveIdentity(checked.value);
      return succeed(checked.value);
    },
    invite,
    async share(transport) {
      const session = deps.session();
      if (!session) return refuse({ sharing: NO_WORKSPACE });
      const checked = checkedTransport(transport);
      if (!checked.ok) return checked;
      const current: ShareSettings = {
        secret: createSecret(),
        role: 'owner',
        transport: checked.value,
        connected: true,
      };
      store.set(session.id, current);
      return succeed(inviteFor(session.id, current));
    },
    async updateTransport(transport) {
      const checked = checkedTransport(transport);
      if (!checked.ok) return checked;
      return update((current) => ({ ...current, transport: checked.value, connected: true }));
    },
    async rotateSecret() {
      if (settings()?.role !== 'owner')
        return refuse({ sharing: message('sharing.control.ownerOnly') });
      return update((current) => ({ ...current, secret: createSecret(), connected: true }));
    },
    disconnect: () => void update((current) => ({ ...current, connected: false })),
    reconnect: () => void update((current) => ({ ...current, connected: true })),
    async leave() {
      const session = deps.session();
      if (session) store.remove(session.id);
    },
    async join(invited) {
      const adopted = deps.adoptWorkspace(invited.workspaceId, invited.workspaceName);
      if (!adopted.ok) return adopted;
      const known = settingsOf(invited.workspaceId);
      // The owner opening its own invite stays the owner.
      const role = known?.role === 'owner' && known.secret === invited.secret ? 'owner' : 'member';
      store.set(invited.workspaceId, {
        secret: invited.secret,
        role,
        transport: invited.transport,
        connected: true,
      });
      if (deps.session()?.id !== invited.workspaceId) await deps.switchTo(invited.workspaceId);
      return succeed(invited.workspaceId);
    },
    forget: (id) => store.remove(id),
    exportStateFile() {
      const ref = workspaceRef();
      if (!ref) return null;
      const workspace = { id: ref.entry.id, name: ref.entry.name };
      return {
        fileName: changesFileName(workspace.name, 'state'),
        text: encodeStateFile(ref.session.doc, workspace),
      };
    },
    exportChangesFile(stateFileText) {
      const ref = workspaceRef();
      if (!ref) return refuse({ file: NO_WORKSPACE });
      const workspace = { id: ref.entry.id, name: ref.entry.name };
      const written = encodeChangesFile(ref.session.doc, workspace, stateFileText);
      if (!written.ok) return refuse({ file: written.reason });
      return succeed({ fileName: changesFileName(workspace.name, 'changes'), text: written.text });
    },
    importChangesFile(text): ExchangeResult {
      const ref = workspaceRef();
      if (!ref) return { ok: false, message: NO_WORKSPACE };
      const parsed = parseExchangeFile(text);
      if (!parsed.ok) return { ok: false, message: parsed.reason };
      const { file } = parsed;
      if (file.kind !== 'changes')
        return { ok: false, message: message('sharing.control.stateFile') };
      if (file.workspaceId !== ref.entry.id)
        return {
          ok: false,
          message: message('sharing.control.otherWorkspace', {
            theirs: file.workspaceName,
            ours: ref.entry.name,
          }),
        };
      const before = Object.keys(ref.session.projection.state.entities).length;
      const applied = applyPeerUpdate(ref.session.doc, file.update, FILE_ORIGIN);
      if (!applied.ok)
        return {
          ok: false,
          message: message('sharing.control.nothingImported', { reason: applied.reason }),
        };
      const added = Object.keys(ref.session.projection.state.entities).length - before;
      const name = file.workspaceName;
      const imported =
        added > 0
          ? message('sharing.control.importedEntities', { name, count: added })
          : message('sharing.control.imported', { name });
      return {
        ok: true,
        message: applied.waiting
          ? message('sharing.control.importedWaiting', { imported })
          : imported,
      };
    },
  };
}

const NO_WORKSPACE = message('sharing.control.noWorkspace');

/** The origin of changes imported from a file: another copy's, never undone as this tab's. */
const FILE_ORIGIN = { transport: 'file' };
