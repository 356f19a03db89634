// One open workspace: its Y.Doc, its IndexedDB persistence, the read projection and the undo
// history. Opening waits for the stored state, so the first thing drawn is the saved workspace.
import * as Y from 'yjs';
import { createIndexedDbPersistence, type Persistence } from '../persist';
import {
  createHistory,
  createProjection,
  initSchema,
  workspaceDatabaseName,
  type History,
  type Projection,
} from '../store';

export interface WorkspaceSession {
  id: string;
  doc: Y.Doc;
  persistence: Persistence;
  projection: Projection;
  history: History;
  close(): Promise<void>;
}

export async function openWorkspaceSession(id: string): Promise<WorkspaceSession> {
  const doc = new Y.Doc();
  const persistence = createIndexedDbPersistence(doc, workspaceDatabaseName(id));
  await persistence.whenLoaded;
  initSchema(doc);
  const projection = createProjection(doc);
  const history = createHistory(doc);
  return {
    id,
    doc,
    persistence,
    projection,
    history,
    async close() {
      await persistence.flush();
      history.destroy();
      projection.dispose();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
