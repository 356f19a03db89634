// A side panel ranking every node by degree, betweenness and PageRank, with its community; the
// controls that map a metric to node size and communities to colour; and the progress of the
// computation in the worker while it runs. Clicking a row focuses the node on the graph.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { communityColour } from '../analysis/communityColours';
import type { MetricsProgress, MetricsResult } from '../analysis/metrics';
import { FIRST_DIRECTION, rankNodes, type RankingColumn } from '../analysis/ranking';
import { ENTITY_LOOK } from '../graph/style';
import { locale, message, n, t, type Message } from '../i18n';
import type { EntityType } from '../model';

export type SizeBy = 'none' | 'degree' | 'betweenness' | 'pagerank';

const SHOWN = 200;
const COLUMNS: { column: RankingColumn; label: Message; numeric: boolean }[] = [
  { column: 'name', label: message('explore.metrics.column.name'), numeric: false },
  { column: 'degree', label: message('explore.metrics.column.degree'), numeric: true },
  { column: 'betweenness', label: message('explore.metrics.column.betweenness'), numeric: true },
  { column: 'pagerank', label: message('explore.metrics.column.pagerank'), numeric: true },
  { column: 'community', label: message('explore.metrics.column.community'), numeric: true },
];
const SIZE_OPTIONS: { value: SizeBy; label: Message }[] = [
  { value: 'none', label: message('explore.metrics.size.none') },
  { value: 'degree', label: message('explore.metrics.size.degree') },
  { value: 'betweenness', label: message('explore.metrics.size.betweenness') },
  { value: 'pagerank', label: message('explore.metrics.size.pagerank') },
];
const PHASES: Record<MetricsProgress['phase'], { step: number; label: Message }> = {
  degree: { step: 1, label: message('explore.metrics.phase.degree') },
  pagerank: { step: 2, label: message('explore.metrics.phase.pagerank') },
  betweenness: { step: 3, label: message('explore.metrics.phase.betweenness') },
  communities: { step: 4, label: message('explore.metrics.phase.communities') },
};
const PHASE_COUNT = Object.keys(PHASES).length;

/** Three significant digits, short: 0.123, 0.000456, 2.00e-5 (PageRank over 50k nodes is tiny). */
export function formatScore(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) < 0.0001) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

/** A score as the reader's locale writes decimals: 0,123 in Vietnamese. */
const score = (value: number) =>
  locale() === 'vi' ? formatScore(value).replace('.', ',') : formatScore(value);

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
    <aside
      class="details metrics-panel"
      data-testid="metrics.panel"
      aria-label={t('explore.metrics.title')}
    >
      <div class="details-head">
        <h2 style={{ flex: 1 }}>{t('explore.metrics.title')}</h2>
        <button
          class="ghost"
          data-testid="metrics.close"
          aria-label={t('explore.metrics.close')}
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
            {t('explore.metrics.sizeBy')}{' '}
            <select
              data-testid="metrics.size-by"
              value={props.sizeBy}
              disabled={!props.result}
              onChange={(e) => props.onSizeBy(e.currentTarget.value as SizeBy)}
            >
              <For each={SIZE_OPTIONS}>
                {(option) => <option value={option.value}>{t(option.label)}</option>}
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
            {t('explore.metrics.colourByCommunity')}
          </label>
          <button
            data-testid="metrics.recompute"
            disabled={props.progress !== null}
            onClick={() => props.onRecompute()}
          >
            {props.result ? t('explore.metrics.recompute') : t('explore.metrics.compute')}
          </button>
        </div>
        <Show
          when={props.result}
          fallback={
            <Show when={!props.progress}>
              <p class="muted">{t('explore.metrics.empty')}</p>
            </Show>
          }
        >
          {(result) => (
            <>
              <p class="metrics-summary" data-testid="metrics.summary">
                {t('explore.metrics.summary', {
                  count: result().communities,
                  modularity: result().modularity,
                })}
                <Show when={result().betweennessSources}>
                  {(sources) => (
                    <>
                      <br />
                      <span class="muted" title={t('explore.metrics.sampledTitle')}>
                        {t('explore.metrics.sampled', { count: sources() })}
                      </span>
                    </>
                  )}
                </Show>
              </p>
              <p class="muted metrics-count" data-testid="metrics.count">
                {ranked().length > SHOWN
                  ? t('explore.metrics.showing', { shown: SHOWN, total: ranked().length })
                  : t('explore.metrics.all', { count: ranked().length })}
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
                            {t(c.label)}
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
                          <td class="num muted">{n(row.rank)}</td>
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
                          <td class="num">{n(metrics().degree)}</td>
                          <td class="num">{score(metrics().betweenness)}</td>
                          <td class="num">{score(metrics().pagerank)}</td>
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
        {t('explore.metrics.progress', {
          phase: phase().label,
          step: phase().step,
          steps: PHASE_COUNT,
          percent: percent(),
        })}
      </div>
      <progress
        max={props.progress.total || 1}
        value={props.progress.done}
        aria-label={t('explore.metrics.progressLabel', {
          phase: phase().label,
          percent: percent(),
        })}
      />
    </div>
  );
}
