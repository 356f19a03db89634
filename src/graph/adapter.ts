// The one Cytoscape adapter. It owns the `cy` instance, applies projection diffs incrementally
// inside cy.batch (one edit never rebuilds the graph or moves other nodes), and turns Cytoscape
// gestures into callbacks that the composition root maps to commands.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import type { Position } from '../model';
import type { Projection, ProjectionDiff } from '../store';
import { edgeData, nodeData } from './elements';
import { placeUnpositioned } from './placement';
import { graphStylesheet } from './style';

let extensionsRegistered = false;
function registerExtensions() {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  cytoscape.use(edgehandles);
  extensionsRegistered = true;
}

export interface GraphAdapterOptions {
  projection: Projection;
  /** Omit for a headless instance (tests). */
  container?: HTMLElement;
  onSelectionChange?(ids: string[]): void;
  /** The user dragged nodes: one call per gesture. */
  onMove?(positions: Record<string, Position>): void;
  /** Positions the adapter chose for nodes that had none. */
  onPlaced?(positions: Record<string, Position>): void;
  /** The user drew an edge from one node to another. */
  onConnect?(from: string, to: string): void;
}

export interface DrawnGraph {
  nodes: {
    id: string;
    type: string;
    label: string;
    x: number;
    y: number;
    renderedX: number;
    renderedY: number;
  }[];
  edges: { id: string; type: string; source: string; target: string; label: string }[];
}

export interface GraphAdapter {
  cy: Core;
  /** Selects exactly these elements and, for one node, centres the view on it. */
  select(ids: readonly string[], options?: { centre?: boolean }): void;
  fit(): void;
  setLinkMode(on: boolean): void;
  drawn(): DrawnGraph;
  destroy(): void;
}

/**
 * Where a node without a stored position is drawn until placement moves it: scattered, because
 * nodes stacked on one point make zero-length edges that Cytoscape cannot draw.
 */
function scatter(): Position {
  return { x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 };
}

function toElements(projection: Projection): ElementDefinition[] {
  const { entities, relations, positions } = projection.state;
  const nodes: ElementDefinition[] = Object.values(entities).map((e) => ({
    group: 'nodes',
    data: { ...nodeData(e) },
    position: positions[e.id] ? { ...positions[e.id] } : scatter(),
  }));
  const edges: ElementDefinition[] = Object.values(relations).map((r) => ({
    group: 'edges',
    data: { ...edgeData(r) },
  }));
  return [...nodes, ...edges];
}

export function createGraphAdapter(options: GraphAdapterOptions): GraphAdapter {
  registerExtensions();
  const { projection } = options;
  const cy = cytoscape({
    container: options.container,
    headless: !options.container,
    style: graphStylesheet(),
    elements: toElements(projection),
    // Without this Cytoscape lays every node out on a grid at start, ignoring stored positions.
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
  });

  const placeMissing = (ids: string[]) => {
    const missing = ids.filter(
      (id) => !projection.state.positions[id] && cy.getElementById(id).nonempty(),
    );
    const chosen = placeUnpositioned(cy, missing);
    if (Object.keys(chosen).length > 0) options.onPlaced?.(chosen);
  };
  placeMissing(cy.nodes().map((n) => n.id()));
  if (options.container && cy.nodes().nonempty()) cy.fit(undefined, 60);

  const applyDiff = (diff: ProjectionDiff) => {
    const { entities, relations, positions } = projection.state;
    cy.batch(() => {
      for (const id of [...diff.removedRelations, ...diff.removedEntities])
        cy.getElementById(id).remove();
      for (const id of diff.upsertedEntities) {
        const node = cy.getElementById(id);
        const data = nodeData(entities[id]);
        if (node.nonempty()) node.data(data);
        else
          cy.add({
            group: 'nodes',
            data: { ...data },
            position: positions[id] ? { ...positions[id] } : scatter(),
          });
      }
      for (const id of diff.upsertedRelations) {
        const edge = cy.getElementById(id);
        const data = edgeData(relations[id]);
        if (
          edge.nonempty() &&
          (edge.data('source') !== data.source || edge.data('target') !== data.target)
        )
          edge.remove();
        if (cy.getElementById(id).nonempty()) cy.getElementById(id).data(data);
        else cy.add({ group: 'edges', data: { ...data } });
      }
      for (const id of diff.movedNodes) {
        const node = cy.getElementById(id);
        const p = positions[id];
        if (
          node.nonempty() &&
          p &&
          !node.grabbed() &&
          (node.position('x') !== p.x || node.position('y') !== p.y)
        ) {
          node.position({ ...p });
        }
      }
    });
    placeMissing(diff.upsertedEntities);
  };
  const stopDiffs = projection.onDiff(applyDiff);

  // Several selection events fire for one click: report the settled selection once.
  let selectionQueued = false;
  cy.on('select unselect', () => {
    if (selectionQueued) return;
    selectionQueued = true;
    queueMicrotask(() => {
      selectionQueued = false;
      options.onSelectionChange?.(cy.$(':selected').map((el) => el.id()));
    });
  });

  // Dragging several selected nodes fires dragfree once per node: gather them into one move.
  let moved: Record<string, Position> | null = null;
  cy.on('dragfree', 'node', (event) => {
    if (!moved) {
      moved = {};
      queueMicrotask(() => {
        const positions = moved!;
        moved = null;
        options.onMove?.(positions);
      });
    }
    moved[event.target.id()] = { ...event.target.position() };
  });

  const handles = options.container
    ? cy.edgehandles({
        snap: true,
        hoverDelay: 100,
        canConnect: (source, target) => source.id() !== target.id() && !target.isEdge(),
      })
    : null;
  // Holding Shift, or the toolbar's link mode, turns a drag from a node into a new relation
  // (edgehandles' draw mode); otherwise a drag moves the node.
  let linkMode = false;
  let shiftHeld = false;
  const updateDrawMode = () => {
    if (!handles) return;
    if (linkMode || shiftHeld) handles.enableDrawMode();
    else handles.disableDrawMode();
  };
  const onShift = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || shiftHeld === (event.type === 'keydown')) return;
    shiftHeld = event.type === 'keydown';
    updateDrawMode();
  };
  const onBlur = () => {
    shiftHeld = false;
    updateDrawMode();
  };
  if (handles) {
    window.addEventListener('keydown', onShift);
    window.addEventListener('keyup', onShift);
    window.addEventListener('blur', onBlur);
  }
  cy.on('ehcomplete', (_event, source, target, added) => {
    (added as cytoscape.EdgeSingular).remove();
    options.onConnect?.(
      (source as cytoscape.NodeSingular).id(),
      (target as cytoscape.NodeSingular).id(),
    );
  });

  return {
    cy,
    select(ids, { centre = false } = {}) {
      cy.batch(() => {
        cy.$(':selected').unselect();
        for (const id of ids) cy.getElementById(id).select();
      });
      const only = ids.length === 1 ? cy.getElementById(ids[0]) : null;
      if (centre && only?.nonempty() && options.container) {
        // Wait a frame: the panel that opens with a selection resizes the canvas first.
        requestAnimationFrame(() => {
          cy.resize();
          cy.animate({ center: { eles: only }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
        });
      }
    },
    fit: () => cy.fit(undefined, 60),
    setLinkMode(on) {
      linkMode = on;
      updateDrawMode();
    },
    drawn() {
      return {
        nodes: cy.nodes().map((n) => ({
          id: n.id(),
          type: n.data('type'),
          label: n.data('label'),
          x: n.position('x'),
          y: n.position('y'),
          renderedX: n.renderedPosition().x,
          renderedY: n.renderedPosition().y,
        })),
        edges: cy.edges().map((e) => ({
          id: e.id(),
          type: e.data('type'),
          source: e.data('source'),
          target: e.data('target'),
          label: e.data('label'),
        })),
      };
    },
    destroy() {
      stopDiffs();
      window.removeEventListener('keydown', onShift);
      window.removeEventListener('keyup', onShift);
      window.removeEventListener('blur', onBlur);
      handles?.destroy();
      cy.destroy();
    },
  };
}
