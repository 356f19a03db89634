// The list of workspaces this browser holds: a small Y.Doc of its own (persisted like a workspace),
// id → { name, createdAt, lastBackupAt, editedSince }. Each workspace's content lives in its own
// Y.Doc and database; backups are this browser's business, so their dates live here too.
import { createSignal, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { message } from '../i18n/message';
import { createId, idKind, MAX_NAME_LENGTH, normalizeLine } from '../model';
import { fail, succeed, type CommandResult } from './result';
import { SYSTEM_ORIGIN } from './schema';

export interface WorkspaceEntry {
  id: string;
  name: string;
  createdAt: number;
  /** When this browser last wrote a backup file of it (ms since epoch), or null. */
  lastBackupAt: number | null;
  /** When the first edit after the last backup was made here, or null when none was. */
  editedSince: number | null;
}

export interface WorkspaceRegistry {
  list: Accessor<WorkspaceEntry[]>;
  create(name: string): CommandResult<string>;
  /** Lists a workspace made elsewhere under its own id (joining a shared one); kept if known. */
  adopt(id: string, name: string): CommandResult<string>;
  rename(id: string, name: string): CommandResult<string>;
  remove(id: string): void;
  markBackedUp(id: string, at: number): void;
  /** Notes an edit; only the first one after a backup is written. */
  markEdited(id: string, at: number): void;
  dispose(): void;
}

function checkName(name: string): CommandResult<string> {
  const clean = normalizeLine(name);
  if (clean === '') return fail({ name: message('entities.workspace.nameEmpty') });
  if (clean.length > MAX_NAME_LENGTH)
    return fail({ name: message('entities.workspace.nameTooLong', { max: MAX_NAME_LENGTH }) });
  return succeed(clean);
}

const timeOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

function readEntries(map: Y.Map<unknown>): WorkspaceEntry[] {
  const entries: WorkspaceEntry[] = [];
  map.forEach((raw, id) => {
    const value = raw as Partial<WorkspaceEntry> | null;
    if (value && typeof value.name === 'string' && id.startsWith('ws:')) {
      entries.push({
        id,
        name: value.name,
        createdAt: Number(value.createdAt) || 0,
        lastBackupAt: timeOrNull(value.lastBackupAt),
        editedSince: timeOrNull(value.editedSince),
      });
    }
  });
  return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function createWorkspaceRegistry(doc: Y.Doc): WorkspaceRegistry {
  const map = doc.getMap<unknown>('workspaces');
  const [list, setList] = createSignal(readEntries(map));
  const refresh = () => setList(readEntries(map));
  map.observe(refresh);
  return {
    list,
    create(name) {
      const checked = checkName(name);
      if (!checked.ok) return checked;
      const id = createId('ws');
      doc.transact(
        () => map.set(id, { name: checked.value, createdAt: Date.now() }),
        SYSTEM_ORIGIN,
      );
      return succeed(id);
    },
    adopt(id, name) {
      if (idKind(id) !== 'ws') return fail({ name: message('entities.workspace.badId') });
      if (map.has(id)) return succeed(id);
      const checked = checkName(name);
      if (!checked.ok) return checked;
      doc.transact(
        () => map.set(id, { name: checked.value, createdAt: Date.now() }),
        SYSTEM_ORIGIN,
      );
      return succeed(id);
    },
    rename(id, name) {
      const checked = checkName(name);
      const current = map.get(id) as WorkspaceEntry | undefined;
      if (!checked.ok) return checked;
      if (!current) return fail({ name: message('entities.workspace.gone') });
      doc.transact(() => map.set(id, { ...current, name: checked.value }), SYSTEM_ORIGIN);
      return succeed(id);
    },
    remove(id) {
      doc.transact(() => map.delete(id), SYSTEM_ORIGIN);
    },
    markBackedUp(id, at) {
      const current = map.get(id) as WorkspaceEntry | undefined;
      if (current)
        doc.transact(
          () => map.set(id, { ...current, lastBackupAt: at, editedSince: null }),
          SYSTEM_ORIGIN,
        );
    },
    markEdited(id, at) {
      const current = map.get(id) as WorkspaceEntry | undefined;
      if (current && timeOrNull(current.editedSince) === null)
        doc.transact(() => map.set(id, { ...current, editedSince: at }), SYSTEM_ORIGIN);
    },
    dispose: () => map.unobserve(refresh),
  };
}

/** The IndexedDB database that holds one workspace. */
export const workspaceDatabaseName = (id: string) => `concord:${id}`;
export const REGISTRY_DATABASE_NAME = 'concord:registry';
