// The layouts a user can run on what the graph shows. Pinned nodes never move: fcose gets them
// as fixed-node constraints, the geometric layouts run on the unpinned nodes only. A layout
// answers the positions it chose, for the caller to store as one undo step.
import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import type { Position } from '../model';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid', 'circle'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Above this many nodes fcose blocks the tab for seconds: such graphs use a background layout. */
export const MAX_FORCE_LAYOUT_NODES = 1_500;
/** Animating more nodes than this costs more frames than it explains. */
const MAX_ANIMATED_NODES = 400;

export interface LayoutRequest {
  name: LayoutName;
  /** breadthfirst: the nodes it spreads out from (the selection). */
  roots?: readonly string[];
  /** concentric: a value per node; higher values go nearer the centre. */
  metric?: Readonly<Record<string, number>>;
}

/** The force-directed settings shared by a user's layout and the first placement of a graph. */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  randomize: true,
  nodeSeparation: 120,
  idealEdgeLength: 150,
  nodeRepulsion: 60000,
  gravity: 0.15,
} as const;

function optionsFor(
  request: LayoutRequest,
  cy: Core,
  pinned: NodeCollection,
  animate: boolean,
): LayoutOptions {
  const common = { animate, animationDuration: 450, fit: false, padding: 40 };
  switch (request.name) {
    case 'fcose':
      return {
        ...FCOSE_OPTIONS,
        ...common,
        animate: animate ? 'end' : false,
        // With fixed nodes a fresh random start would tear the drawing apart around them.
        randomize: pinned.empty(),
        fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
      } as unknown as LayoutOptions;
    case 'concentric': {
      const metric = request.metric;
      return {
        name: 'concentric',
        ...common,
        concentric: (node: cytoscape.NodeSingular) => metric?.[node.id()] ?? node.degree(false),
        levelWidth: () => 1,
        minNodeSpacing: 40,
        avoidOverlap: true,
      } as LayoutOptions;
    }
    case 'breadthfirst': {
      let roots = cy.collection();
      for (const id of request.roots ?? []) roots = roots.union(cy.getElementById(id));
      return {
        name: 'breadthfirst',
        ...common,
        circle: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        roots: roots.nonempty() ? roots : undefined,
      } as LayoutOptions;
    }
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, spacingFactor: 1.3 } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true, spacingFactor: 1.1 } as LayoutOptions;
  }
}

/** Runs a layout over the drawn graph; resolves with every moved node's new position. */
export function runLayout(cy: Core, request: LayoutRequest): Promise<Record<string, Position>> {
  const pinned = cy.nodes('.pinned');
  // fcose places everything around the fixed nodes; the others must not touch pinned ones.
  const moving = request.name === 'fcose' ? cy.elements() : cy.elements().not(pinned);
  const free = moving.nodes().not(pinned);
  if (free.empty()) return Promise.resolve({});
  const animate = free.length <= MAX_ANIMATED_NODES && cy.container() !== null;
  const layout = moving.layout(optionsFor(request, cy, pinned, animate));
  // fcose honours fixed nodes only to floating-point precision: put them back exactly, so the
  // drawing never drifts from the stored position of a pinned node.
  const pinnedAt = pinned.map((node) => [node, { ...node.position() }] as const);
  return new Promise((resolve) => {
    layout.one('layoutstop', () => {
      for (const [node, at] of pinnedAt) node.position(at);
      const positions: Record<string, Position> = {};
      free.forEach((node) => {
        positions[node.id()] = { ...node.position() };
      });
      resolve(positions);
    });
    layout.run();
  });
}
