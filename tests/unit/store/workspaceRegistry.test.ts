import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createWorkspaceRegistry,
  REGISTRY_DATABASE_NAME,
  workspaceDatabaseName,
  type WorkspaceRegistry,
} from '../../../src/store';
import { errorsOf, must, sendUpdates } from './helpers';

let registries: WorkspaceRegistry[] = [];
function registryOf(doc: Y.Doc): WorkspaceRegistry {
  const registry = createWorkspaceRegistry(doc);
  registries.push(registry);
  return registry;
}
afterEach(() => {
  registries.forEach((registry) => registry.dispose());
  registries = [];
  vi.useRealTimers();
});

describe('createWorkspaceRegistry', () => {
  it('creates workspaces with cleaned names, listed oldest first', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const registry = registryOf(new Y.Doc());
    expect(registry.list()).toEqual([]);
    vi.setSystemTime(2_000);
    const second = must(registry.create('  Tuyên   Quang '));
    vi.setSystemTime(1_000);
    const first = must(registry.create('Dân vận'.normalize('NFD')));
    expect(first).toMatch(/^ws:[a-z0-9]{12}$/);
    expect(registry.list()).toEqual([
      {
        id: first,
        name: 'Dân vận'.normalize('NFC'),
        createdAt: 1_000,
        lastBackupAt: null,
        editedSince: null,
      },
      { id: second, name: 'Tuyên Quang', createdAt: 2_000, lastBackupAt: null, editedSince: null },
    ]);
  });

  it.each(['', '   ', '\n\t'])('refuses the empty name %j', (name) => {
    const registry = registryOf(new Y.Doc());
    expect(errorsOf(registry.create(name)).name).toBe('The workspace name cannot be empty.');
    expect(registry.list()).toEqual([]);
  });

  it('refuses a name over 500 characters', () => {
    const registry = registryOf(new Y.Doc());
    expect(errorsOf(registry.create('w'.repeat(501))).name).toMatch(/500/);
    expect(registry.list()).toEqual([]);
  });

  it('renames a workspace and keeps its creation time', () => {
    const registry = registryOf(new Y.Doc());
    const id = must(registry.create('Old'));
    const createdAt = registry.list()[0].createdAt;
    expect(must(registry.rename(id, ' New '))).toBe(id);
    expect(registry.list()).toEqual([
      { id, name: 'New', createdAt, lastBackupAt: null, editedSince: null },
    ]);
  });

  it('refuses an empty new name and a workspace that is gone', () => {
    const registry = registryOf(new Y.Doc());
    const id = must(registry.create('Kept'));
    expect(errorsOf(registry.rename(id, ' ')).name).toMatch(/cannot be empty/);
    registry.remove(id);
    expect(errorsOf(registry.rename(id, 'Back')).name).toMatch(/no longer exists/);
    expect(registry.list()).toEqual([]);
  });

  it('removes one workspace and keeps the others', () => {
    const registry = registryOf(new Y.Doc());
    const a = must(registry.create('A'));
    const b = must(registry.create('B'));
    registry.remove(a);
    expect(registry.list().map((entry) => entry.id)).toEqual([b]);
    registry.remove('ws:notthereatall');
    expect(registry.list().map((entry) => entry.id)).toEqual([b]);
  });

  it('follows changes made by another tab', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const registry = registryOf(mine);
    const other = registryOf(theirs);
    const id = must(other.create('From the other tab'));
    sendUpdates(theirs, mine);
    expect(registry.list()).toMatchObject([{ id, name: 'From the other tab' }]);
  });

  it('skips entries that are not workspaces', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('workspaces');
    map.set('ws:aaaaaaaa1111', { name: 'Good', createdAt: 5 });
    map.set('person:aaaaaaaa1111', { name: 'Not a workspace', createdAt: 1 });
    map.set('ws:bbbbbbbb2222', { createdAt: 1 });
    map.set('ws:cccccccc3333', null);
    map.set('ws:dddddddd4444', { name: 'No date' });
    expect(registryOf(doc).list()).toEqual([
      {
        id: 'ws:dddddddd4444',
        name: 'No date',
        createdAt: 0,
        lastBackupAt: null,
        editedSince: null,
      },
      { id: 'ws:aaaaaaaa1111', name: 'Good', createdAt: 5, lastBackupAt: null, editedSince: null },
    ]);
  });

  it('remembers the first edit after a backup and clears it when a backup is made', () => {
    const registry = registryOf(new Y.Doc());
    const id = must(registry.create('Backed up'));
    registry.markEdited(id, 100);
    registry.markEdited(id, 200);
    expect(registry.list()[0]).toMatchObject({ lastBackupAt: null, editedSince: 100 });
    registry.markBackedUp(id, 300);
    expect(registry.list()[0]).toMatchObject({ lastBackupAt: 300, editedSince: null });
    registry.markEdited(id, 400);
    must(registry.rename(id, 'Renamed'));
    expect(registry.list()[0]).toMatchObject({ lastBackupAt: 300, editedSince: 400 });
  });

  it('stops following the document after dispose', () => {
    const doc = new Y.Doc();
    const registry = createWorkspaceRegistry(doc);
    registry.dispose();
    registry.create('After');
    expect(registry.list()).toEqual([]);
  });

  it('names one database per workspace, apart from the registry', () => {
    expect(workspaceDatabaseName('ws:aaaaaaaa1111')).toBe('concord:ws:aaaaaaaa1111');
    const id = must(registryOf(new Y.Doc()).create('W'));
    expect(workspaceDatabaseName(id)).toBe(`concord:${id}`);
    expect(workspaceDatabaseName(id)).not.toBe(REGISTRY_DATABASE_NAME);
  });
});
