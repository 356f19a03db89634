// The exploration's drawn set follows the graph's structure: an edit of an entity's fields leaves
// it alone (nothing to recompute at 50k), unless a filter reads those fields.
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkspaceSession } from '../../../src/app/workspaceSession';
import { addEntity, createProjection, linkEntities, updateEntity } from '../../../src/store';
import { createExploration } from '../../../src/ui/exploration';
import { VISIBLE_BUDGET } from '../../../src/view';
import { must } from '../store/helpers';

function largeSession() {
  const doc = new Y.Doc();
  const ids: string[] = [];
  doc.transact(() => {
    for (let i = 0; i <= VISIBLE_BUDGET.nodes; i += 1)
      ids.push(must(addEntity(doc, i % 2 ? 'person' : 'org', { name: `Thực thể ${i}` })));
  });
  const projection = createProjection(doc);
  return { doc, ids, session: { doc, projection } as unknown as WorkspaceSession };
}

describe('createExploration', () => {
  it('keeps the drawn set through a rename, and recomputes it for a new relation', () => {
    const { doc, ids, session } = largeSession();
    createRoot((dispose) => {
      const exploration = createExploration(session, () => null);
      const before = exploration.visibility();
      expect(before?.overview).toBeTruthy();
      must(updateEntity(doc, ids[1], { name: 'Tên mới' }));
      expect(exploration.visibility()).toBe(before);
      must(linkEntities(doc, { type: 'related_to', from: ids[1], to: ids[2] }));
      expect(exploration.visibility()).not.toBe(before);
      dispose();
    });
  });

  it('recomputes on a rename while a filter is on, since filters read fields', () => {
    const { doc, ids, session } = largeSession();
    createRoot((dispose) => {
      const exploration = createExploration(session, () => null);
      exploration.updateFilters((f) => ({ ...f, hideIsolated: true }));
      const before = exploration.visibility();
      must(updateEntity(doc, ids[1], { name: 'Tên mới' }));
      expect(exploration.visibility()).not.toBe(before);
      dispose();
    });
  });
});
