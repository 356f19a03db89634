// The session's search index, filled in slices once the workspace is open instead of before its
// first frame (0.27 s at 50k entities, more than the whole budget for a task). A question asked
// before it is full finishes it first, so a search never answers from part of the workspace.
import { createSearchIndex, type Entity, type SearchIndex } from '../model';

/** A slice's length: well under a frame, so typing and panning stay smooth meanwhile. */
const SLICE_MS = 12;

export interface SlicedSearchIndex extends SearchIndex {
  /** Stops filling; the index stays as far as it got. */
  dispose(): void;
}

/**
 * Files the entities `ids` names. `entities` is read live: a slice files each entity as it is
 * then, edits included.
 */
export function createSearchInSlices(
  entities: Readonly<Record<string, Entity>>,
  ids: readonly string[],
): SlicedSearchIndex {
  const index = createSearchIndex();
  let pending = [...ids];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fill = (until: number) => {
    while (pending.length > 0 && performance.now() < until) {
      const id = pending.pop()!;
      index.put(id, entities[id] ?? null);
    }
  };
  const slice = () => {
    fill(performance.now() + SLICE_MS);
    timer = pending.length > 0 ? setTimeout(slice, 0) : undefined;
  };
  const complete = () => {
    if (pending.length === 0) return;
    clearTimeout(timer);
    fill(Infinity);
  };
  timer = setTimeout(slice, 0);
  return {
    put: (id, entity) => index.put(id, entity),
    search(query, limit) {
      complete();
      return index.search(query, limit);
    },
    matches(id, foldedQuery) {
      complete();
      return index.matches(id, foldedQuery);
    },
    size() {
      complete();
      return index.size();
    },
    dispose() {
      clearTimeout(timer);
      pending = [];
    },
  };
}
