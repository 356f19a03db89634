// One open workspace: its Y.Doc, its IndexedDB persistence, the read projection and the undo
// history. Opening waits for the stored state, so the first thing drawn is the saved workspace.
import * as Y from 'yjs';
import type { SearchIndex } from '../model';
import { createIndexedDbPersistence, type Persistence } from '../persist';
import {
  createHistory,
  createProjection,
  initSchema,
  workspaceDatabaseName,
  type History,
  type Projection,
} from '../store';
import { connectTabs } from '../sync/tabChannel';
import { createSearchInSlices } from './searchInSlices';

export interface WorkspaceSession {
  id: string;
  doc: Y.Doc;
  persistence: Persistence;
  projection: Projection;
  history: History;
  /** Names and aliases, kept current from the projection's diffs. */
  search: SearchIndex;
  close(): Promise<void>;
}

export async function openWorkspaceSession(id: string): Promise<WorkspaceSession> {
  const doc = new Y.Doc();
  const persistence = createIndexedDbPersistence(doc, workspaceDatabaseName(id));
  await persistence.whenLoaded;
  // Marks on the page's timeline: bench/graphOpen.ts reads where opening spends its time.
  performance.mark('concord:stored-loaded');
  initSchema(doc);
  const projection = createProjection(doc);
  performance.mark('concord:projection-built');
  const history = createHistory(doc);
  // Other tabs of this browser with the same workspace open stay current, with no network.
  const disconnectTabs = connectTabs(doc, `concord:tabs:${id}`);
  const search = createSearchInSlices(projection.plain.entities, projection.entityIds());
  const stopSearch = projection.onDiff(({ upsertedEntities, removedEntities }) => {
    for (const id of [...upsertedEntities, ...removedEntities])
      search.put(id, projection.plain.entities[id] ?? null);
  });
  performance.mark('concord:session-open');
  return {
    id,
    doc,
    persistence,
    projection,
    history,
    search,
    async close() {
      disconnectTabs();
      stopSearch();
      search.dispose();
      await persistence.flush();
      history.destroy();
      projection.dispose();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
