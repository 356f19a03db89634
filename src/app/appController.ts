// The application's session state and workspace lifecycle: which workspace is open, what is
// selected, and the create / rename / switch / delete verbs. Selection is per tab (a signal),
// never written to the shared document.
import { createSignal, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import { t, type Message } from '../i18n';
import {
  createIndexedDbPersistence,
  deleteDatabase,
  requestPersistentStorage,
  type SaveStatus,
} from '../persist';
import {
  createWorkspaceRegistry,
  getRoots,
  LOCAL_ORIGIN,
  REGISTRY_DATABASE_NAME,
  setWorkspaceName,
  workspaceDatabaseName,
  type CommandResult,
  type WorkspaceEntry,
} from '../store';
import { connectTabs } from '../sync/tabChannel';
import { createSharing } from './sharing';
import type { Sharing } from './sharingApi';
import { openWorkspaceSession, type WorkspaceSession } from './workspaceSession';

const ACTIVE_KEY = 'concord.activeWorkspace';
/** The name of the workspace made when there is none: in the reader's language, then theirs. */
const defaultWorkspaceName = () => t('app.controller.defaultWorkspaceName');

export interface AppController {
  workspaces: Accessor<WorkspaceEntry[]>;
  session: Accessor<WorkspaceSession | null>;
  activeWorkspace: Accessor<WorkspaceEntry | null>;
  selection: Accessor<string[]>;
  select(ids: string[]): void;
  saveStatus: Accessor<SaveStatus>;
  saveError: Accessor<Message | null>;
  /** Whether the browser agreed to keep our data under storage pressure. */
  persistentStorage: Accessor<boolean | null>;
  switchTo(id: string): Promise<void>;
  createWorkspace(name: string): Promise<CommandResult<string>>;
  renameWorkspace(id: string, name: string): CommandResult<string>;
  deleteWorkspace(id: string): Promise<void>;
  /** Notes that a backup file of the workspace was just written. */
  recordBackup(id: string): void;
  /** Sharing the open workspace with other browsers: invite, connection, presence, files. */
  sharing: Sharing;
  start(): Promise<void>;
}

function rememberActive(id: string) {
  try {
    localStorage.setItem(ACTIVE_KEY, id);
  } catch {
    // Private mode may refuse localStorage: the first workspace opens next time instead.
  }
}

export function createAppController(): AppController {
  const registryDoc = new Y.Doc();
  const registryPersistence = createIndexedDbPersistence(registryDoc, REGISTRY_DATABASE_NAME);
  const registry = createWorkspaceRegistry(registryDoc);
  // Other tabs of this browser see workspaces made, renamed or shared here at once.
  connectTabs(registryDoc, 'concord:tabs:registry');
  const [session, setSession] = createSignal<WorkspaceSession | null>(null);
  const [selection, setSelection] = createSignal<string[]>([]);
  const [persistentStorage, setPersistentStorage] = createSignal<boolean | null>(null);
  let switching: Promise<void> = Promise.resolve();

  // A plain derivation: the controller lives outside any reactive root, where a memo would leak.
  const activeWorkspace = () => registry.list().find((w) => w.id === session()?.id) ?? null;

  const saveStatus = (): SaveStatus => {
    const statuses = [registryPersistence.status(), session()?.persistence.status() ?? 'loading'];
    for (const worst of ['error', 'loading', 'saving'] as const)
      if (statuses.includes(worst)) return worst;
    return 'saved';
  };
  const saveError = () => session()?.persistence.error() ?? registryPersistence.error();

  let stopNotingEdits = () => {};
  async function open(id: string) {
    const previous = session();
    setSelection([]);
    setSession(null);
    stopNotingEdits();
    await previous?.close();
    const next = await openWorkspaceSession(id);
    // The user's own edits start the backup reminder's clock; a peer's do not.
    const noteEdit = (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) registry.markEdited(id, Date.now());
    };
    next.doc.on('update', noteEdit);
    // A member who renames the shared workspace renames it in this browser's list too.
    const { meta } = getRoots(next.doc);
    const followName = (event: Y.YMapEvent<unknown>) => {
      const name = meta.get('name');
      if (event.transaction.local || !event.keysChanged.has('name') || typeof name !== 'string')
        return;
      if (registry.list().find((w) => w.id === id)?.name !== name) registry.rename(id, name);
    };
    meta.observe(followName);
    stopNotingEdits = () => {
      next.doc.off('update', noteEdit);
      meta.unobserve(followName);
    };
    const entry = registry.list().find((w) => w.id === id);
    // Setting an unchanged name still writes an update: every reload would grow the database.
    if (entry && getRoots(next.doc).meta.get('name') !== entry.name)
      setWorkspaceName(next.doc, entry.name);
    setSession(next);
    rememberActive(id);
  }

  // Switches run one after another, so a fast double click cannot open two sessions.
  const switchTo = (id: string) => (switching = switching.then(() => open(id)));

  const sharing = createSharing({
    registryDoc,
    session,
    activeWorkspace,
    selection,
    adoptWorkspace: (id, name) => registry.adopt(id, name),
    switchTo: (id) => switchTo(id),
  });

  const createWorkspace = async (name: string) => {
    const created = registry.create(name);
    if (created.ok) await switchTo(created.value);
    return created;
  };

  return {
    workspaces: registry.list,
    session,
    activeWorkspace,
    selection,
    select: setSelection,
    saveStatus,
    saveError,
    persistentStorage,
    switchTo,
    createWorkspace,
    renameWorkspace(id, name) {
      const renamed = registry.rename(id, name);
      const current = session();
      if (renamed.ok && current?.id === id) setWorkspaceName(current.doc, name);
      return renamed;
    },
    async deleteWorkspace(id) {
      sharing.forget(id);
      if (session()?.id === id) {
        await session()!.close();
        setSession(null);
      }
      registry.remove(id);
      await deleteDatabase(workspaceDatabaseName(id));
      const next = registry.list()[0];
      if (next) await switchTo(next.id);
      else await createWorkspace(defaultWorkspaceName());
    },
    recordBackup: (id) => registry.markBackedUp(id, Date.now()),
    sharing,
    async start() {
      void requestPersistentStorage().then(setPersistentStorage);
      await registryPersistence.whenLoaded;
      let remembered: string | null = null;
      try {
        remembered = localStorage.getItem(ACTIVE_KEY);
      } catch {
        remembered = null;
      }
      const list = registry.list();
      const target = list.find((w) => w.id === remembered) ?? list[0];
      if (target) await switchTo(target.id);
      else await createWorkspace(defaultWorkspaceName());
    },
  };
}
