// The one Cytoscape adapter. It owns the `cy` instance, applies projection diffs incrementally
// inside cy.batch (one edit never rebuilds the graph or moves other nodes), draws only what the
// view's filters let through, and turns Cytoscape gestures into callbacks that the composition
// root maps to commands.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type SingularElementArgument,
} from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import type { Position } from '../model';
import type { Projection, ProjectionDiff } from '../store';
import { edgeData, nodeData } from './elements';
import { listenToGestures, type GestureCallbacks } from './gestures';
import { exportPng, exportSvg } from './imageExport';
import { runLayout, type LayoutRequest } from './layouts';
import { placeUnpositioned } from './placement';
import { graphStylesheet } from './style';

let extensionsRegistered = false;
function registerExtensions() {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  cytoscape.use(edgehandles);
  extensionsRegistered = true;
}

export interface GraphAdapterOptions extends GestureCallbacks {
  projection: Projection;
  /** Omit for a headless instance (tests). */
  container?: HTMLElement;
  /** Positions the adapter chose for nodes that had none. */
  onPlaced?(positions: Record<string, Position>): void;
}

/** What the view lets through; null draws everything. */
export interface DrawnSet {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** Per-node looks computed elsewhere (metrics): size 0..1, a CSS colour. */
export interface NodeDecorations {
  size?: Readonly<Record<string, number>>;
  colour?: Readonly<Record<string, string>>;
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
    pinned: boolean;
    width: number;
    colour: string;
    /** The colour of a peer who has this node selected, or null. */
    peerColour: string | null;
  }[];
  edges: { id: string; type: string; source: string; target: string; label: string }[];
  /** Elements of the highlighted path, if one is shown. */
  highlighted: string[];
}

export interface GraphAdapter {
  cy: Core;
  /** Selects exactly these elements and, for one node, centres the view on it. */
  select(ids: readonly string[], options?: { centre?: boolean }): void;
  fit(ids?: readonly string[]): void;
  setLinkMode(on: boolean): void;
  setDrawnSet(drawn: DrawnSet | null): void;
  setDecorations(decorations: NodeDecorations): void;
  /** Outlines what other people in a shared workspace have selected: element id → colour. */
  setPeerMarks(marks: Readonly<Record<string, string>>): void;
  /** Emphasises a path (its nodes and edges) and fades the rest; null clears it. */
  highlight(ids: readonly string[] | null): void;
  runLayout(request: LayoutRequest): Promise<Record<string, Position>>;
  /** Where each drawn node is now (for pinning a node that has no stored position yet). */
  positionsOf(ids: readonly string[]): Record<string, Position>;
  exportPng(): Promise<Blob>;
  exportSvg(): string;
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

export function createGraphAdapter(options: GraphAdapterOptions): GraphAdapter {
  registerExtensions();
  const { projection } = options;
  let drawnSet: DrawnSet | null = null;
  let decorations: NodeDecorations = {};
  const showsEntity = (id: string) => drawnSet === null || drawnSet.entities.has(id);
  const showsRelation = (id: string) => drawnSet === null || drawnSet.relations.has(id);

  let peerMarks: Readonly<Record<string, string>> = {};
  const markForPeers = (element: SingularElementArgument) => {
    const colour = peerMarks[element.id()];
    if (colour === undefined) element.removeData('peerColour');
    else if (element.data('peerColour') !== colour) element.data('peerColour', colour);
  };

  const nodeDefinition = (id: string): ElementDefinition => {
    const position = projection.state.positions[id];
    const size = decorations.size?.[id];
    const colour = decorations.colour?.[id];
    return {
      group: 'nodes',
      data: {
        ...nodeData(projection.state.entities[id]),
        ...(size === undefined ? {} : { size }),
        ...(colour === undefined ? {} : { colour }),
      },
      position: position ? { x: position.x, y: position.y } : scatter(),
      classes: position?.pinned ? 'pinned' : '',
    };
  };

  const cy = cytoscape({
    container: options.container,
    headless: !options.container,
    style: graphStylesheet(),
    elements: [
      ...Object.keys(projection.state.entities).map(nodeDefinition),
      ...Object.values(projection.state.relations).map((r): ElementDefinition => ({
        group: 'edges',
        data: { ...edgeData(r) },
      })),
    ],
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
  // Elements drawn later (a peer's new entity, a filter widened) wear their peers' marks too.
  cy.on('add', (event) => markForPeers(event.target as SingularElementArgument));
  if (options.container && cy.nodes().nonempty()) cy.fit(undefined, 60);

  /** Adds a relation when it is let through and both its ends are drawn. */
  const addEdgeIfShown = (id: string) => {
    const relation = projection.state.relations[id];
    if (!relation || !showsRelation(id) || cy.getElementById(id).nonempty()) return;
    if (cy.getElementById(relation.from).empty() || cy.getElementById(relation.to).empty()) return;
    cy.add({ group: 'edges', data: { ...edgeData(relation) } });
  };

  const applyDiff = (diff: ProjectionDiff) => {
    const { entities, relations, positions } = projection.state;
    const added: string[] = [];
    cy.batch(() => {
      for (const id of [...diff.removedRelations, ...diff.removedEntities])
        cy.getElementById(id).remove();
      for (const id of diff.upsertedEntities) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.data(nodeData(entities[id]));
        else if (showsEntity(id)) {
          cy.add(nodeDefinition(id));
          added.push(id);
        }
      }
      for (const id of diff.upsertedRelations) {
        const edge = cy.getElementById(id);
        const data = edgeData(relations[id]);
        // Cytoscape cannot move an edge's ends: a re-pointed relation is drawn anew.
        if (
          edge.nonempty() &&
          (edge.source().id() !== data.source || edge.target().id() !== data.target)
        )
          edge.remove();
        if (cy.getElementById(id).nonempty()) cy.getElementById(id).data(data);
        else addEdgeIfShown(id);
      }
      for (const id of diff.movedNodes) {
        const node = cy.getElementById(id);
        const p = positions[id];
        if (node.empty() || !p) continue;
        node.toggleClass('pinned', p.pinned === true);
        if (!node.grabbed() && (node.position('x') !== p.x || node.position('y') !== p.y))
          node.position({ x: p.x, y: p.y });
      }
    });
    placeMissing(added);
  };
  const stopDiffs = projection.onDiff(applyDiff);

  /** Makes the drawing hold exactly what the drawn set lets through. */
  const syncDrawnSet = () => {
    const added: string[] = [];
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        if (!showsRelation(edge.id())) edge.remove();
      });
      cy.nodes().forEach((node) => {
        if (!showsEntity(node.id())) node.remove();
      });
      for (const id of drawnSet?.entities ?? Object.keys(projection.state.entities)) {
        if (!projection.state.entities[id] || cy.getElementById(id).nonempty()) continue;
        cy.add(nodeDefinition(id));
        added.push(id);
      }
      for (const id of drawnSet?.relations ?? Object.keys(projection.state.relations))
        addEdgeIfShown(id);
    });
    placeMissing(added);
  };

  const gestures = listenToGestures(cy, options, !!options.container);

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
    fit(ids) {
      let eles = cy.collection();
      for (const id of ids ?? []) eles = eles.union(cy.getElementById(id));
      cy.fit(eles.nonempty() ? eles : undefined, 60);
    },
    setLinkMode: gestures.setLinkMode,
    setDrawnSet(next) {
      drawnSet = next;
      syncDrawnSet();
    },
    setDecorations(next) {
      decorations = next;
      cy.batch(() =>
        cy.nodes().forEach((node) => {
          const size = next.size?.[node.id()];
          const colour = next.colour?.[node.id()];
          if (size === undefined) node.removeData('size');
          else node.data('size', size);
          if (colour === undefined) node.removeData('colour');
          else node.data('colour', colour);
        }),
      );
    },
    setPeerMarks(next) {
      // Only what was or is now marked: a peer's click must not walk every element of a large graph.
      const touched = new Set([...Object.keys(peerMarks), ...Object.keys(next)]);
      peerMarks = next;
      cy.batch(() => {
        for (const id of touched) {
          const element = cy.getElementById(id);
          if (element.nonempty()) markForPeers(element);
        }
      });
    },
    highlight(ids) {
      cy.batch(() => {
        cy.elements().removeClass('on-path faded');
        if (!ids) return;
        let path = cy.collection();
        for (const id of ids) path = path.union(cy.getElementById(id));
        path.addClass('on-path');
        cy.elements().not(path).addClass('faded');
      });
    },
    runLayout: (request) => runLayout(cy, request),
    positionsOf(ids) {
      const found: Record<string, Position> = {};
      for (const id of ids) {
        const node = cy.getElementById(id);
        if (node.nonempty()) found[id] = { ...node.position() };
      }
      return found;
    },
    exportPng: () => exportPng(cy),
    exportSvg: () => exportSvg(cy),
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
          pinned: n.hasClass('pinned'),
          width: n.width(),
          colour: String(n.style('background-color')),
          peerColour: (n.data('peerColour') as string | undefined) ?? null,
        })),
        edges: cy.edges().map((e) => ({
          id: e.id(),
          type: e.data('type'),
          source: e.data('source'),
          target: e.data('target'),
          label: e.data('label'),
        })),
        highlighted: cy.$('.on-path').map((el) => el.id()),
      };
    },
    destroy() {
      stopDiffs();
      gestures.destroy();
      cy.destroy();
    },
  };
}
