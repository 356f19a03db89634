// The level of detail: a workspace larger than the canvas can draw fluidly opens on an overview,
// its most connected entities with the relations between them, within a budget of elements.
// An analyst gains nothing from 50,000 dots; the rest stays one search, filter, focus or
// expansion away, and "show everything" remains possible.
import { neighbours, type Frame } from './frame';

/**
 * The most Concord hands Cytoscape at once unless the user asks for everything. Measured on a
 * 2-core machine in headless Chromium with software rendering (bench/graphOpen.ts): at this size
 * the first frame costs about half a second and pan/zoom frames stay under 20 ms.
 */
export const VISIBLE_BUDGET = { nodes: 600, edges: 1500 } as const;

export type Budget = { readonly nodes: number; readonly edges: number };

export interface OverviewCut {
  /** Entities the filters let through, before the overview. */
  of: number;
  /** Entities the overview kept. */
  shown: number;
}

/** Relations of a shown type between entities of `visible`, counted per entity. */
function degrees(frame: Frame, visible: Uint8Array): { degree: Int32Array; edges: number } {
  const { from, to, relationType } = frame.index;
  const degree = new Int32Array(frame.size);
  let edges = 0;
  for (let k = 0; k < from.length; k++) {
    if (frame.hiddenRelation[relationType[k]] === 1) continue;
    if (visible[from[k]] !== 1 || visible[to[k]] !== 1) continue;
    degree[from[k]]++;
    degree[to[k]]++;
    edges++;
  }
  return { degree, edges };
}

/**
 * Narrows `visible` in place to an overview within `budget` when it holds more than the budget;
 * answers what was cut, or null when everything fits. `keep` (focus roots, expanded nodes, the
 * selection, what search revealed) always stays. The rest enters by degree, highest first (ties
 * by number, so every tab and every run draws the same overview), while both the node and the
 * edge counts stay within the budget: a dense core cannot smuggle in 20,000 relations.
 */
export function applyOverview(
  frame: Frame,
  visible: Uint8Array,
  budget: Budget,
  keep: readonly number[],
): OverviewCut | null {
  const { degree, edges } = degrees(frame, visible);
  const candidates: number[] = [];
  for (let n = 0; n < frame.size; n++) if (visible[n] === 1) candidates.push(n);
  if (candidates.length <= budget.nodes && edges <= budget.edges) return null;
  candidates.sort((a, b) => degree[b] - degree[a] || a - b);

  const picked = new Uint8Array(frame.size);
  const out: number[] = [];
  let nodes = 0;
  let pickedEdges = 0;
  const pick = (n: number, force: boolean) => {
    if (picked[n] === 1 || visible[n] !== 1) return;
    const joining = neighbours(frame, n, picked, out).length;
    if (!force && (nodes >= budget.nodes || pickedEdges + joining > budget.edges)) return;
    picked[n] = 1;
    nodes++;
    pickedEdges += joining;
  };
  for (const n of keep) pick(n, true);
  for (const n of candidates) {
    if (nodes >= budget.nodes) break;
    pick(n, false);
  }
  for (let n = 0; n < frame.size; n++) visible[n] = picked[n];
  return { of: candidates.length, shown: nodes };
}
