// The shape of the test-only window.__concord API the app exposes (src/main.tsx): what Cytoscape
// draws (graph) and the stored projection (entities, relations).
import type { DrawnGraph } from '../../../src/graph/adapter';
import type { Entity, Relation } from '../../../src/model/types';

export type { DrawnGraph };

export interface ConcordTestApi {
  graph(): DrawnGraph;
  entities(): Entity[];
  relations(): Relation[];
}

export interface TestWindow {
  __concord: ConcordTestApi;
}
