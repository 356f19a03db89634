// Where nodes without a stored position go. A whole unpositioned graph gets a force-directed layout;
// a few new nodes are placed beside their neighbours (or beside the drawing), so adding one entity
// never moves the others.
import type { Core, NodeSingular } from 'cytoscape';
import type { Position } from '../model';
import { FCOSE_OPTIONS, MAX_FORCE_LAYOUT_NODES } from './layouts';
const RING_RADIUS = 90;

function ringPoint(centre: Position, index: number): Position {
  const angle = (index * 2.399963) % (2 * Math.PI); // golden angle: successive points do not overlap
  const radius = RING_RADIUS * (1 + Math.floor(index / 8) * 0.6);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/** A first picture of a whole unpositioned graph; a big one gets a grid the user can re-lay out. */
function runWholeLayout(cy: Core): void {
  const options =
    cy.nodes().length <= MAX_FORCE_LAYOUT_NODES
      ? { ...FCOSE_OPTIONS, animate: false, fit: false }
      : { name: 'grid', animate: false, fit: false, avoidOverlap: true, spacingFactor: 1.2 };
  cy.layout(options as cytoscape.LayoutOptions).run();
}

function placeBesideNeighbours(
  cy: Core,
  node: NodeSingular,
  placed: Set<string>,
  index: number,
): Position {
  const neighbours = node
    .neighborhood()
    .nodes()
    .filter((n) => placed.has(n.id()));
  if (neighbours.length > 0) {
    const sum = { x: 0, y: 0 };
    neighbours.forEach((n) => {
      sum.x += n.position('x');
      sum.y += n.position('y');
    });
    return ringPoint(
      { x: sum.x / neighbours.length, y: sum.y / neighbours.length },
      index + neighbours.length,
    );
  }
  const box = cy
    .nodes()
    .filter((n) => placed.has(n.id()))
    .boundingBox();
  if (!Number.isFinite(box.x2)) return ringPoint({ x: 0, y: 0 }, index);
  return { x: box.x2 + 120, y: box.y1 + (index % 10) * 70 };
}

/** Positions the given nodes and returns the positions chosen, for the caller to store. */
export function placeUnpositioned(cy: Core, ids: readonly string[]): Record<string, Position> {
  if (ids.length === 0) return {};
  const unplaced = new Set(ids);
  const placed = new Set(
    cy
      .nodes()
      .map((n) => n.id())
      .filter((id) => !unplaced.has(id)),
  );
  if (placed.size === 0 && ids.length > 1) runWholeLayout(cy);
  else {
    let index = 0;
    for (const id of ids) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      node.position(placeBesideNeighbours(cy, node, placed, index++));
      placed.add(id);
    }
  }
  const chosen: Record<string, Position> = {};
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.nonempty()) chosen[id] = { ...node.position() };
  }
  return chosen;
}

/**
 * Where a new entity goes: the point nearest `centre` (the centre itself, then successive points
 * of widening rings around it) at least `clearance` from every drawn node, so that entities
 * created one after another at the same view do not pile up.
 */
export function freeSpotNear(cy: Core, centre: Position, clearance = 80): Position {
  const taken = cy.nodes().map((node) => node.position());
  const isFree = (point: Position) =>
    taken.every((p) => Math.hypot(p.x - point.x, p.y - point.y) >= clearance);
  if (isFree(centre)) return centre;
  for (let index = 0; index < 400; index++) {
    const point = ringPoint(centre, index);
    if (isFree(point)) return point;
  }
  return centre;
}
