// A side panel ranking every node by degree, betweenness and PageRank, with its community; the
// controls that map a metric to node size and communities to colour; and the progress of the
// computation in the worker while it runs. Clicking a row focuses the node on the graph.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { communityColour } from '../analysis/communityColours';
import type { MetricsProgress, MetricsResult } from '../analysis/metrics';
import { FIRST_DIRECTION, rankNodes, type RankingColumn } from '../analysis/ranking';
import { ENTITY_LOOK } from '../graph/style';
import type { EntityType } from '../model';

export type SizeBy = 'none' | 'degree' | 'betweenness' | 'pagerank';

const SHOWN = 200;
const COLUMNS: { column: RankingColumn; label: string; numeric: boolean }[] = [
  { column: 'name', label: 'Name', numeric: false },
  { column: 'degree', label: 'Degree', numeric: true },
  { column: 'betweenness', label: 'Betweenness', numeric: true },
  { column: 'pagerank', label: 'PageRank', numeric: true },
  { column: 'community', label: 'Community', numeric: true },
];
const SIZE_OPTIONS: { value: SizeBy; label: string }[] = [
  { value: 'none', label: 'nothing' },
  { value: 'degree', label: 'degree' },
  { value: 'betweenness', label: 'betweenness' },
  { value: 'pagerank', label: 'PageRank' },
];
const PHASES: Record<MetricsProgress['phase'], { step: number; label: string }> = {
  degree: { step: 1, label: 'Counting neighbours' },
  pagerank: { step: 2, label: 'Computing PageRank' },
  betweenness: { step: 3, label: 'Computing betweenness' },
  communities: { step: 4, label: 'Finding communities' },
};

/** Three significant digits, short: 0.123, 0.000456, 2.00e-5 (PageRank over 50k nodes is tiny). */
export function formatScore(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) < 0.0001) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

export function MetricsPanel(props: {
  result: MetricsResult | null;
  progress: MetricsProgress | null;
  names: (id: string) => string;
  types: (id: string) => string;
  sizeBy: SizeBy;
  colourByCommunity: boolean;
  onSizeBy(m: SizeBy): void;
  onColourByCommunity(on: boolean): void;
  onPick(id: string): void;
  onRecompute(): void;
  onClose(): void;
}) {
  const [sort, setSort] = createSignal<{ column: RankingColumn; reversed: boolean }>({
    column: 'pagerank',
    reversed: false,
  });
  const ranked = createMemo(() => {
    const result = props.result;
    const names = props.names;
    return result ? rankNodes(result, sort().column, names) : [];
  });
  // "#" is the rank in the column's own order, so reversing shows the last ranks first.
  const rows = createMemo(() => {
    const ids = ranked();
    const { reversed } = sort();
    return Array.from({ length: Math.min(SHOWN, ids.length) }, (_, i) => {
      const rank = reversed ? ids.length - 1 - i : i;
      return { id: ids[rank], rank: rank + 1 };
    });
  });
  const toggle = (column: RankingColumn) =>
    setSort((current) => ({
      column,
      reversed: current.column === column ? !current.reversed : false,
    }));
  const ariaSort = (column: RankingColumn) => {
    if (sort().column !== column) return 'none';
    const first = FIRST_DIRECTION[column];
    if (!sort().reversed) return first;
    return first === 'ascending' ? 'descending' : 'ascending';
  };

  return (
    <aside class="details metrics-panel" data-testid="metrics.panel" aria-label="Metrics">
      <div class="details-head">
        <h2 style={{ flex: 1 }}>Metrics</h2>
        <button
          class="ghost"
          data-testid="metrics.close"
          aria-label="Close metrics"
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </div>
      <div class="metrics-body">
        <Show when={props.progress}>
          {(progress) => <MetricsProgressBar progress={progress()} />}
        </Show>
        <div class="metrics-controls">
          <label>
            Size nodes by{' '}
            <select
              data-testid="metrics.size-by"
              value={props.sizeBy}
              disabled={!props.result}
              onChange={(e) => props.onSizeBy(e.currentTarget.value as SizeBy)}
            >
              <For each={SIZE_OPTIONS}>
                {(option) => <option value={option.value}>{option.label}</option>}
              </For>
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="metrics.colour-by-community"
              checked={props.colourByCommunity}
              disabled={!props.result}
              onChange={(e) => props.onColourByCommunity(e.currentTarget.checked)}
            />{' '}
            Colour by community
          </label>
          <button
            data-testid="metrics.recompute"
            disabled={props.progress !== null}
            onClick={() => props.onRecompute()}
          >
            {props.result ? 'Recompute' : 'Compute'}
          </button>
        </div>
        <Show
          when={props.result}
          fallback={
            <Show when={!props.progress}>
              <p class="muted">No metrics yet: compute them to rank the nodes.</p>
            </Show>
          }
        >
          {(result) => (
            <>
              <p class="metrics-summary" data-testid="metrics.summary">
                {result().communities} {result().communities === 1 ? 'community' : 'communities'},
                modularity {result().modularity.toFixed(2)}
                <Show when={result().betweennessSources}>
                  {(sources) => (
                    <>
                      <br />
                      <span
                        class="muted"
                        title="Exact betweenness would take too long on a graph this size"
                      >
                        Betweenness approximate (sampled {sources().toLocaleString('en')} sources)
                      </span>
                    </>
                  )}
                </Show>
              </p>
              <p class="muted metrics-count" data-testid="metrics.count">
                {ranked().length > SHOWN
                  ? `Showing ${SHOWN} of ${ranked().length.toLocaleString('en')}`
                  : `All ${ranked().length} nodes`}
              </p>
              <table class="metrics-table" data-testid="metrics.table">
                <thead>
                  <tr>
                    <th scope="col" class="col-rank num">
                      #
                    </th>
                    <For each={COLUMNS}>
                      {(c) => (
                        <th
                          scope="col"
                          aria-sort={ariaSort(c.column)}
                          class={`col-${c.column}${c.numeric ? ' num' : ''}`}
                        >
                          <button
                            class="ghost"
                            data-testid={`metrics.sort.${c.column}`}
                            onClick={() => toggle(c.column)}
                          >
                            {c.label}
                          </button>
                        </th>
                      )}
                    </For>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows()}>
                    {(row) => {
                      const metrics = () => result().byNode[row.id];
                      return (
                        <tr
                          data-testid="metrics.row"
                          data-id={row.id}
                          tabindex="0"
                          onClick={() => props.onPick(row.id)}
                          onKeyDown={(e) => {
                            if (e.key !== 'Enter' && e.key !== ' ') return;
                            e.preventDefault();
                            props.onPick(row.id);
                          }}
                        >
                          <td class="num muted">{row.rank}</td>
                          <td class="name" title={props.names(row.id)}>
                            <span
                              class="swatch"
                              style={{
                                background:
                                  ENTITY_LOOK[props.types(row.id) as EntityType]?.colour ??
                                  'var(--muted)',
                              }}
                            />
                            <span>{props.names(row.id)}</span>
                          </td>
                          <td class="num">{metrics().degree}</td>
                          <td class="num">{formatScore(metrics().betweenness)}</td>
                          <td class="num">{formatScore(metrics().pagerank)}</td>
                          <td class="num">
                            <span
                              class="swatch"
                              style={{ background: communityColour(metrics().community) }}
                            />{' '}
                            {metrics().community + 1}
                          </td>
                        </tr>
                      );
                    }}
                  </For>
                </tbody>
              </table>
            </>
          )}
        </Show>
      </div>
    </aside>
  );
}

function MetricsProgressBar(props: { progress: MetricsProgress }) {
  const phase = () => PHASES[props.progress.phase];
  const percent = () =>
    props.progress.total > 0 ? Math.floor((100 * props.progress.done) / props.progress.total) : 0;
  return (
    <div class="metrics-progress" data-testid="metrics.progress" aria-live="polite">
      <div>
        {phase().label}… ({phase().step} of 4) {percent()}%
      </div>
      <progress
        max={props.progress.total || 1}
        value={props.progress.done}
        aria-label={`${phase().label}, ${percent()}%`}
      />
    </div>
  );
}
