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
import type { Locale } from '../i18n/translate';
import type { Position } from '../model';
import type { Projection, ProjectionDiff } from '../store';
import { edgeData, edgeLabel, nodeData } from './elements';
import { listenToGestures, type GestureCallbacks } from './gestures';
import { exportPng, exportSvg } from './imageExport';
import { runLayout, type LayoutRequest } from './layouts';
import { freeSpotNear, placeUnpositioned } from './placement';
import { graphStylesheet, type GraphTheme } from './style';

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
  /** What to draw first (the overview of a large workspace); null or omitted draws everything. */
  drawnSet?: DrawnSet | null;
  /** Progress while a large drawn set is added in chunks; null when done or cancelled. */
  onDrawing?(progress: DrawingProgress | null): void;
  /** The colour scheme the canvas starts in (light when omitted); setTheme changes it. */
  theme?: GraphTheme;
  /** The language of the relations' verbs on the canvas (English when omitted); setLocale changes it. */
  locale?: Locale;
}

export interface DrawingProgress {
  done: number;
  total: number;
}

/**
 * "Show everything" adds elements over many frames: each frame adds batches for at most
 * SLICE_MS. That bounds our work, not Cytoscape's redraw of every drawn element in the frame
 * after, which passes a second at 10k + 30k (README, Benchmarks). Up to DRAW_AT_ONCE elements
 * are simply added at once.
 */
const DRAW_AT_ONCE = 400;
const SLICE_MS = 40;
/** From this many elements on, the drawing wears the cheaper bulk looks (style.ts). */
const BULK_ELEMENTS = 3000;
const ELEMENTS_PER_BATCH = 100;

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
    /** The label's ink, which follows the colour scheme. */
    labelColour: string;
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
  /** Redraws in the light or dark colours (the page follows the system's scheme). */
  setTheme(theme: GraphTheme): void;
  /** Rewrites the verbs of unlabelled relations in another language, in place. */
  setLocale(locale: Locale): void;
  setDrawnSet(drawn: DrawnSet | null): void;
  setDecorations(decorations: NodeDecorations): void;
  /** Outlines what other people in a shared workspace have selected: element id → colour. */
  setPeerMarks(marks: Readonly<Record<string, string>>): void;
  /** Emphasises a path (its nodes and edges) and fades the rest; null clears it. */
  highlight(ids: readonly string[] | null): void;
  runLayout(request: LayoutRequest): Promise<Record<string, Position>>;
  /** Where a new entity goes: a free spot near the middle of the view. */
  spotForNewNode(): Position;
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

/**
 * Fits the view to the nodes' centres (plus a node's size) instead of Cytoscape's fit, which
 * measures every label's box first: half a second at a few thousand nodes on a slow machine.
 */
function fitToPositions(cy: Core, nodes: cytoscape.NodeCollection, padding: number): void {
  if (nodes.empty()) return;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  // Room for a node and its label below it at the edges.
  const margin = 40;
  const width = Math.max(x2 - x1 + 2 * margin, 1);
  const height = Math.max(y2 - y1 + 2 * margin, 1);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((cy.width() - 2 * padding) / width, (cy.height() - 2 * padding) / height),
    ),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
      y: cy.height() / 2 - (zoom * (y1 + y2)) / 2,
    },
  });
}

export function createGraphAdapter(options: GraphAdapterOptions): GraphAdapter {
  registerExtensions();
  const { projection } = options;
  let drawnSet: DrawnSet | null = options.drawnSet ?? null;
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
    const position = projection.plain.positions[id];
    const size = decorations.size?.[id];
    const colour = decorations.colour?.[id];
    return {
      group: 'nodes',
      data: {
        ...nodeData(projection.plain.entities[id]),
        ...(size === undefined ? {} : { size }),
        ...(colour === undefined ? {} : { colour }),
      },
      position: position ? { x: position.x, y: position.y } : scatter(),
      classes: position?.pinned ? 'pinned' : '',
    };
  };

  const { entities, relations } = projection.plain;
  const firstNodes = drawnSet
    ? [...drawnSet.entities].filter((id) => entities[id])
    : projection.entityIds();
  const firstEdges = (drawnSet ? [...drawnSet.relations] : projection.relationIds()).filter(
    (id) => {
      const relation = relations[id];
      return relation && showsEntity(relation.from) && showsEntity(relation.to);
    },
  );
  let theme: GraphTheme = options.theme ?? 'light';
  let locale: Locale = options.locale ?? 'en';
  const cy = cytoscape({
    container: options.container,
    headless: !options.container,
    style: graphStylesheet({
      bulk: firstNodes.length + firstEdges.length > BULK_ELEMENTS,
      theme,
    }),
    elements: [
      ...firstNodes.map(nodeDefinition),
      ...firstEdges.map((id): ElementDefinition => ({
        group: 'edges',
        data: { ...edgeData(relations[id], locale) },
      })),
    ],
    // Without this Cytoscape lays every node out on a grid at start, ignoring stored positions.
    // Not fitted here: Cytoscape's fit measures every label first (fitToPositions does not).
    layout: { name: 'preset', fit: false },
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: true,
    // A workspace larger than the overview may be drawn whole: then panning and zooming move a
    // picture of the graph instead of redrawing thousands of elements every frame.
    textureOnViewport:
      projection.size().entities > firstNodes.length ||
      projection.size().relations > firstEdges.length,
  });

  const placeMissing = (ids: string[]) => {
    const missing = ids.filter(
      (id) => !projection.plain.positions[id] && cy.getElementById(id).nonempty(),
    );
    const chosen = placeUnpositioned(cy, missing);
    if (Object.keys(chosen).length > 0) options.onPlaced?.(chosen);
  };
  placeMissing(cy.nodes().map((n) => n.id()));
  // Elements drawn later (a peer's new entity, a filter widened) wear their peers' marks too.
  cy.on('add', (event) => markForPeers(event.target as SingularElementArgument));
  if (options.container && cy.nodes().nonempty()) fitToPositions(cy, cy.nodes(), 60);

  /** Adds a relation when it is let through and both its ends are drawn. */
  const addEdgeIfShown = (id: string) => {
    const relation = projection.plain.relations[id];
    if (!relation || !showsRelation(id) || cy.getElementById(id).nonempty()) return;
    if (cy.getElementById(relation.from).empty() || cy.getElementById(relation.to).empty()) return;
    cy.add({ group: 'edges', data: { ...edgeData(relation, locale) } });
  };

  const applyDiff = (diff: ProjectionDiff) => {
    const { entities, relations, positions } = projection.plain;
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
        const data = edgeData(relations[id], locale);
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

  let drawing: { cancelled: boolean } | null = null;
  let destroyed = false;
  let bulkLooks = cy.elements().length > BULK_ELEMENTS;
  const restyle = (colours: GraphTheme) =>
    cy.style(graphStylesheet({ bulk: bulkLooks, theme: colours }));
  const inLightColours = <T>(draw: () => T): T => {
    if (theme === 'light') return draw();
    restyle('light');
    try {
      return draw();
    } finally {
      restyle(theme);
    }
  };

  /**
   * Adds the pending nodes, then the pending relations, from position `done` up to `end` of the
   * two lists read as one; answers the nodes added, for placing.
   */
  const addPending = (nodes: string[], edges: string[], done: number, end: number) => {
    const added: string[] = [];
    cy.batch(() => {
      for (let i = done; i < end; i++) {
        if (i >= nodes.length) {
          addEdgeIfShown(edges[i - nodes.length]);
          continue;
        }
        const id = nodes[i];
        // A chunk drawn frames later may find the entity deleted or already drawn by a diff.
        if (!projection.plain.entities[id] || cy.getElementById(id).nonempty()) continue;
        cy.add(nodeDefinition(id));
        added.push(id);
      }
    });
    return added;
  };

  /** Makes the drawing hold exactly what the drawn set lets through. */
  const syncDrawnSet = () => {
    if (drawing) drawing.cancelled = true;
    drawing = null;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        if (!showsRelation(edge.id())) edge.remove();
      });
      cy.nodes().forEach((node) => {
        if (!showsEntity(node.id())) node.remove();
      });
    });
    const { entities, relations } = projection.plain;
    const nodes = [...(drawnSet?.entities ?? projection.entityIds())].filter(
      (id) => entities[id] && cy.getElementById(id).empty(),
    );
    const edges = [...(drawnSet?.relations ?? projection.relationIds())].filter(
      (id) => relations[id] && cy.getElementById(id).empty(),
    );
    const total = nodes.length + edges.length;
    // Switched while the drawing is still small: restyling costs per element drawn.
    const bulk = cy.elements().length + total > BULK_ELEMENTS;
    if (bulk !== bulkLooks) {
      bulkLooks = bulk;
      restyle(theme);
    }
    if (total <= DRAW_AT_ONCE || !options.container)
      placeMissing(addPending(nodes, edges, 0, total));
    else drawInChunks(nodes, edges);
  };

  /** Batches of elements for at most SLICE_MS a frame; a newer drawn set cancels the rest. */
  const drawInChunks = (nodes: string[], edges: string[]) => {
    const run = { cancelled: false };
    drawing = run;
    const total = nodes.length + edges.length;
    let done = 0;
    const step = () => {
      if (run.cancelled || destroyed) return;
      const started = performance.now();
      const added: string[] = [];
      while (done < total && performance.now() - started < SLICE_MS) {
        const end = Math.min(total, done + ELEMENTS_PER_BATCH);
        added.push(...addPending(nodes, edges, done, end));
        done = end;
      }
      placeMissing(added);
      if (done < total) {
        options.onDrawing?.({ done, total });
        requestAnimationFrame(step);
      } else {
        drawing = null;
        options.onDrawing?.(null);
      }
    };
    options.onDrawing?.({ done, total });
    requestAnimationFrame(step);
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
      fitToPositions(cy, eles.nonempty() ? eles.nodes() : cy.nodes(), 60);
    },
    setLinkMode: gestures.setLinkMode,
    setDrawnSet(next) {
      drawnSet = next;
      syncDrawnSet();
    },
    setDecorations(next) {
      decorations = next;
      // Only nodes whose size or colour changes: touching a node's data restyles it and its
      // edges, and the first, empty decorations used to restyle the whole first drawing.
      cy.batch(() =>
        cy.nodes().forEach((node) => {
          const size = next.size?.[node.id()];
          const colour = next.colour?.[node.id()];
          if (node.data('size') !== size)
            if (size === undefined) node.removeData('size');
            else node.data('size', size);
          if (node.data('colour') !== colour)
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
        cy.elements().removeClass('on-path faded'); // i18n-exempt: Cytoscape class names
        if (!ids) return;
        let path = cy.collection();
        for (const id of ids) path = path.union(cy.getElementById(id));
        path.addClass('on-path');
        cy.elements().not(path).addClass('faded');
      });
    },
    runLayout: (request) => runLayout(cy, request),
    spotForNewNode() {
      const view = cy.extent();
      return freeSpotNear(cy, { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 });
    },
    positionsOf(ids) {
      const found: Record<string, Position> = {};
      for (const id of ids) {
        const node = cy.getElementById(id);
        if (node.nonempty()) found[id] = { ...node.position() };
      }
      return found;
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      restyle(theme);
    },
    setLocale(next) {
      if (next === locale) return;
      locale = next;
      // Only the words change: no element is added or removed, no node moves.
      cy.batch(() =>
        cy.edges().forEach((edge) => {
          const relation = projection.plain.relations[edge.id()];
          if (!relation || relation.label) return;
          const label = edgeLabel(relation, next);
          if (edge.data('label') !== label) edge.data('label', label);
        }),
      );
    },
    // Pictures are drawn on white for reports and prints, so in the light colours whatever the
    // screen shows; Cytoscape restyles and renders synchronously, so the screen never sees it.
    exportPng: () => inLightColours(() => exportPng(cy)),
    exportSvg: () => inLightColours(() => exportSvg(cy)),
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
          labelColour: String(n.style('color')),
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
      destroyed = true;
      if (drawing) options.onDrawing?.(null);
      stopDiffs();
      gestures.destroy();
      cy.destroy();
    },
  };
}
