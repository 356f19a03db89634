// One tab's exploration of the open workspace: filters, focus, the shortest path shown and the
// metrics mapped onto the graph. Session state only (signals), never written to the document;
// everything else is derived from the projection and handed to the graph adapter.
import {
  batch,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  type Accessor,
} from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import type { GraphAdapter } from '../graph/adapter';
import type { GraphInput } from '../analysis/graphInput';
import { communityColour } from '../analysis/communityColours';
import type { MetricsProgress, MetricsResult } from '../analysis/metrics';
import { createMetricsRunner } from '../analysis/metricsClient';
import { reasonOf } from '../analysis/jobRunner';
import type { Text } from '../i18n';
import { CancelledError } from '../ingest/extractClient';
import {
  computeVisibility,
  createAdjacency,
  isFiltering,
  NO_FILTERS,
  shortestPath,
  VISIBLE_BUDGET,
  type Adjacency,
  type PathStep,
  type ViewFilters,
  type Visibility,
} from '../view';

export type SizeMetric = 'none' | 'degree' | 'betweenness' | 'pagerank';

export interface PathQuery {
  from: string;
  to: string;
  /** null: no path joins them through what the filters show. */
  steps: PathStep[] | null;
}

export interface Exploration {
  filters: Accessor<ViewFilters>;
  updateFilters(change: (current: ViewFilters) => ViewFilters): void;
  /** What the filters and the overview let through; null when everything is drawn. */
  visibility: Accessor<Visibility | null>;
  /**
   * A workspace larger than the drawing budget opens on an overview (src/view/overview.ts); this
   * says whether the user asked to draw everything instead.
   */
  showAll: Accessor<boolean>;
  setShowAll(on: boolean): void;
  /** Whether the workspace is larger than the drawing budget, i.e. an overview applies. */
  largerThanBudget: Accessor<boolean>;
  path: Accessor<PathQuery | null>;
  /** The start chosen with "Path from here", waiting for an end. */
  pathStart: Accessor<string | null>;
  setPathStart(id: string | null): void;
  findPath(from: string, to: string): void;
  clearPath(): void;
  metrics: {
    open: Accessor<boolean>;
    setOpen(open: boolean): void;
    result: Accessor<MetricsResult | null>;
    progress: Accessor<MetricsProgress | null>;
    error: Accessor<Text | null>;
    sizeBy: Accessor<SizeMetric>;
    setSizeBy(metric: SizeMetric): void;
    colourByCommunity: Accessor<boolean>;
    setColourByCommunity(on: boolean): void;
    recompute(): void;
  };
}

/** Metrics wait for edits to pause: a burst of typing must not restart a long computation. */
const METRICS_DEBOUNCE_MS = 400;

export function createExploration(
  session: WorkspaceSession,
  adapter: Accessor<GraphAdapter | null>,
  selection: Accessor<readonly string[]> = () => [],
): Exploration {
  // Plain records: reading 50k of them through the store proxy costs 3-4x the whole computation
  // (bench/visibility.ts). Reactivity comes from `version`, bumped when entities or relations
  // change: filters, paths and metrics do not depend on positions, so a drag recomputes none.
  const state = session.projection.plain;
  const [filters, setFilters] = createSignal<ViewFilters>(NO_FILTERS);
  // Bumped on every projection diff: memos below re-derive from the records when it moves.
  const [version, setVersion] = createSignal(0);
  // Bumped only when relations change or entities appear or go: the adjacency, the overview and
  // the drawn set without filters depend on nothing else, so editing a name recomputes none.
  const [structure, setStructure] = createSignal(0);
  let entityCount = session.projection.entityCount();
  onCleanup(
    session.projection.onDiff((diff) => {
      const { upsertedEntities, removedEntities, upsertedRelations, removedRelations } = diff;
      const counted = session.projection.entityCount();
      const structural =
        removedEntities.length + upsertedRelations.length + removedRelations.length > 0 ||
        counted !== entityCount;
      entityCount = counted;
      batch(() => {
        if (structural) setStructure((v) => v + 1);
        if (structural || upsertedEntities.length > 0) setVersion((v) => v + 1);
      });
    }),
  );
  /** What the drawn set and paths depend on: the structure, and the fields while a filter reads them. */
  const shapeVersion = () => (isFiltering(filters()) ? version() : structure());

  let adjacencyCache: { version: number; value: Adjacency } | null = null;
  const adjacency = (): Adjacency => {
    if (adjacencyCache?.version !== structure())
      adjacencyCache = {
        version: structure(),
        value: createAdjacency(session.projection.relationList()),
      };
    return adjacencyCache.value;
  };

  const [showAll, setShowAll] = createSignal(false);
  // Entities the user went to (search, list, a link in a panel) while the overview hid them: they
  // join the overview and stay, so the graph never loses what the user is looking at.
  const [revealed, setRevealed] = createSignal<readonly string[]>([]);
  const largerThanBudget = createMemo(() => {
    structure();
    return (
      session.projection.entityCount() > VISIBLE_BUDGET.nodes ||
      session.projection.size().relations > VISIBLE_BUDGET.edges
    );
  });
  const overviewActive = () => largerThanBudget() && !showAll();
  const visibility = createMemo(() => {
    shapeVersion();
    const current = filters();
    const overview = overviewActive();
    if (!overview && !isFiltering(current)) return null;
    return computeVisibility(
      state,
      adjacency(),
      current,
      overview ? { budget: VISIBLE_BUDGET, keep: revealed() } : {},
    );
  });
  // Paths and metrics work on everything the filters let through, never on the overview alone:
  // the overview decides what is drawn, not what is true. Computed on demand, once per change.
  let filteredCache: { version: number; filters: ViewFilters; value: Visibility | null } | null =
    null;
  const filtered = (): Visibility | null => {
    const current = filters();
    if (!overviewActive()) return visibility();
    if (!isFiltering(current)) return null;
    if (filteredCache?.version !== version() || filteredCache.filters !== current)
      filteredCache = {
        version: version(),
        filters: current,
        value: computeVisibility(state, adjacency(), current),
      };
    return filteredCache.value;
  };
  const reveal = (ids: readonly string[]) => {
    const shown = visibility();
    if (!shown?.overview) return;
    const missing = ids.filter((id) => state.entities[id] && !shown.entities.has(id));
    if (missing.length > 0) setRevealed((kept) => [...kept, ...missing]);
  };
  createEffect(on(selection, reveal));
  // Only when the drawn set or the adapter changes: an edit reaches the drawing through its diff.
  createEffect(on([adapter, visibility], ([current, shown]) => current?.setDrawnSet(shown)));

  const [path, setPath] = createSignal<PathQuery | null>(null);
  const [pathStart, setPathStart] = createSignal<string | null>(null);
  const solvePath = (from: string, to: string): PathQuery => ({
    from,
    to,
    steps: shortestPath(state, adjacency(), from, to, filtered() ?? undefined),
  });
  // A path is re-solved when the graph or the filters change, so the chain shown stays true.
  createEffect(
    on([shapeVersion, filters], () => {
      const shown = path();
      if (shown) setPath(solvePath(shown.from, shown.to));
    }),
  );
  createEffect(() => {
    const steps = path()?.steps;
    if (steps) reveal(steps.map((step) => step.entityId));
    adapter()?.highlight(
      steps ? steps.flatMap((s) => (s.via ? [s.via, s.entityId] : [s.entityId])) : null,
    );
  });

  const metrics = createMetricsState(session, adapter, filtered, filters, shapeVersion);
  return {
    filters,
    updateFilters: (change) => setFilters(change(filters())),
    visibility,
    showAll,
    setShowAll,
    largerThanBudget,
    path,
    pathStart,
    setPathStart,
    findPath(from, to) {
      setPathStart(null);
      setPath(solvePath(from, to));
    },
    clearPath: () => setPath(null),
    metrics,
  };
}

/** The graph the metrics run on: what the filters show, as plain ids for the worker. */
function graphInput(session: WorkspaceSession, visibility: Visibility | null): GraphInput {
  const { projection } = session;
  const nodes = visibility ? [...visibility.entities] : projection.entityIds();
  const edges: [string, string][] = [];
  for (const relation of projection.relationList())
    if (!visibility || visibility.relations.has(relation.id))
      edges.push([relation.from, relation.to]);
  return { nodes, edges };
}

function createMetricsState(
  session: WorkspaceSession,
  adapter: Accessor<GraphAdapter | null>,
  visibility: Accessor<Visibility | null>,
  filters: Accessor<ViewFilters>,
  version: Accessor<number>,
): Exploration['metrics'] {
  const runner = createMetricsRunner();
  onCleanup(() => runner.destroy());
  const [open, setOpen] = createSignal(false);
  const [result, setResult] = createSignal<MetricsResult | null>(null);
  const [progress, setProgress] = createSignal<MetricsProgress | null>(null);
  const [error, setError] = createSignal<Text | null>(null);
  const [sizeBy, setSizeBy] = createSignal<SizeMetric>('none');
  const [colourByCommunity, setColourByCommunity] = createSignal(false);

  const recompute = () => {
    setError(null);
    setProgress({ phase: 'degree', done: 0, total: 1 });
    runner.run(graphInput(session, visibility()), setProgress).then(
      (computed) => {
        setResult(computed);
        setProgress(null);
      },
      (failure: unknown) => {
        if (failure instanceof CancelledError) return;
        setProgress(null);
        setError(reasonOf(failure));
      },
    );
  };

  // While the panel or a mapping needs them, metrics follow the graph and the filters.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wanted = () => open() || sizeBy() !== 'none' || colourByCommunity();
  createEffect(
    on([version, filters, wanted], () => {
      clearTimeout(timer);
      if (wanted()) timer = setTimeout(recompute, result() ? METRICS_DEBOUNCE_MS : 0);
    }),
  );
  onCleanup(() => clearTimeout(timer));

  createEffect(() => {
    const computed = result();
    const metric = sizeBy();
    const size: Record<string, number> = {};
    const colour: Record<string, string> = {};
    if (computed && metric !== 'none') {
      let max = 0;
      for (const m of Object.values(computed.byNode)) max = Math.max(max, m[metric]);
      for (const [id, m] of Object.entries(computed.byNode))
        size[id] = max > 0 ? m[metric] / max : 0;
    }
    if (computed && colourByCommunity()) {
      for (const [id, m] of Object.entries(computed.byNode))
        colour[id] = communityColour(m.community);
    }
    adapter()?.setDecorations({ size, colour });
  });

  return {
    open,
    setOpen,
    result,
    progress,
    error,
    sizeBy,
    setSizeBy,
    colourByCommunity,
    setColourByCommunity,
    recompute,
  };
}
