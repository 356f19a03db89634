// The figures of `npm run bench`: what each means, its target, and the samples the suite collects
// for it; printed as a table (median, spread, target, pass or miss) or as one JSON object.
import type { Machine } from './machine';
import { summarise } from './timeRuns';

interface Figure {
  key: string;
  label: string;
  unit: string;
  /** ≤ for times and sizes, ≥ for throughput; none where the issue sets no target. */
  target?: { atMost: number } | { atLeast: number };
}

const AT_MOST = (ms: number) => ({ atMost: ms });
/** After the open no main-thread task may take longer. */
const TASK = AT_MOST(200);
const SIZES = ['1k', '10k', '50k', '100k'];

const figure = (key: string, label: string, unit: string, target?: Figure['target']): Figure => ({
  key,
  label,
  unit,
  target,
});

/** One figure per workspace size the suite opens: `{size}` in key and label becomes 1k…100k. */
const perSize = (key: string, label: string, unit: string, target?: Figure['target']) =>
  SIZES.map((size) =>
    figure(key.replace('{size}', size), label.replace('{size}', size), unit, target),
  );

/** The figures, always present in the JSON (null when not measured). */
const REQUIRED: Figure[] = [
  figure('open_1k_ms', 'open 1k entities + 3k relations', 'ms'),
  figure('open_10k_ms', 'open 10k + 30k', 'ms', AT_MOST(1500)),
  figure('open_50k_ms', 'open 50k + 150k', 'ms', AT_MOST(3000)),
  figure('open_100k_ms', 'open 100k + 300k', 'ms', AT_MOST(6000)),
  figure('layout_10k_ms', 'ForceAtlas2 layout through the UI, 10k', 'ms'),
  figure('frame_p95_10k_ms', 'frame p95, pan/zoom at 10k', 'ms', AT_MOST(20)),
  figure('frame_p95_50k_ms', 'frame p95, pan/zoom at 50k', 'ms', AT_MOST(20)),
  figure('longtask_max_50k_ms', 'longest task after the 50k open', 'ms', TASK),
  figure('edit_durable_ms', 'edit to committed, 10k (median)', 'ms', AT_MOST(50)),
  figure('search_p95_50k_ms', 'search p95 per keystroke, 50k', 'ms', AT_MOST(10)),
  figure('heap_50k_mb', 'JS heap after the 50k open', 'MB', AT_MOST(400)),
  figure('visible_budget', 'elements handed to Cytoscape at most', ''),
  figure('extract_articles_per_s', 'extraction, ~4 KB articles', '/s', { atLeast: 200 }),
  figure('peer_edit_p95_ms', 'edit to peer p95, WebRTC', 'ms'),
];

/** Shown when measured. */
const EXTRAS: Figure[] = [
  figure('open_10k_nopos_ms', 'first open 10k + 30k, no positions', 'ms'),
  ...perSize('open_{size}_data_ms', 'open {size}: data loaded and projected', 'ms'),
  ...perSize('longtask_max_{size}_ms', 'longest task after the {size} open', 'ms', TASK),
  figure('longtask_panzoom_10k_ms', 'longest task during pan/zoom, 10k', 'ms', TASK),
  figure('longtask_panzoom_50k_ms', 'longest task during pan/zoom, 50k', 'ms', TASK),
  figure('longtask_layout_10k_ms', 'longest task during the layout, 10k', 'ms', TASK),
  figure('layout_10k_nodes', 'nodes the layout arranged', ''),
  figure('show_all_10k_ms', '"Show everything" at 10k, to all drawn', 'ms'),
  figure('longtask_show_all_10k_ms', 'longest task during "Show everything", 10k', 'ms', TASK),
  figure('edit_durable_p95_ms', 'edit to committed, 10k (p95)', 'ms'),
  figure('edit_main_thread_ms', 'edit: main thread busy after the click', 'ms'),
  ...perSize('heap_{size}_mb', 'JS heap after the {size} open', 'MB'),
  ...perSize('drawn_nodes_{size}', 'nodes drawn at {size}', ''),
  ...perSize('drawn_edges_{size}', 'edges drawn at {size}', ''),
  figure('visible_budget_nodes', 'nodes handed to Cytoscape at most', ''),
  figure('visible_budget_edges', 'edges handed to Cytoscape at most', ''),
  figure('search_build_50k_ms', 'search index build, 50k', 'ms'),
  figure('peer_edit_p50_ms', 'edit to peer p50, WebRTC', 'ms'),
  figure('relay_edit_p95_ms', 'edit to peer p95, relay', 'ms'),
  figure('peer_first_sync_10k_ms', 'new member receives 10k, WebRTC', 'ms'),
  figure('relay_first_sync_10k_ms', 'new member receives 10k, relay', 'ms'),
].filter((extra) => !REQUIRED.some((f) => f.key === extra.key));

/** Samples and notes per figure key, as the suite collects them. */
export class Results {
  private readonly samples = new Map<string, number[]>();
  private readonly notes = new Map<string, string[]>();
  /** Figures that ran out of time: a miss, whatever their target. */
  private readonly timedOut = new Set<string>();

  add(key: string, ...values: number[]): void {
    const finite = values.filter(Number.isFinite);
    this.samples.set(key, [...(this.samples.get(key) ?? []), ...finite]);
  }

  note(key: string, text: string): void {
    const notes = this.notes.get(key) ?? [];
    if (!notes.includes(text)) this.notes.set(key, [...notes, text]);
  }

  timeout(key: string, text: string): void {
    this.timedOut.add(key);
    this.note(key, text);
  }

  has(key: string): boolean {
    return (this.samples.get(key)?.length ?? 0) > 0;
  }

  /** The median of the samples, or null when there is none. */
  value(key: string): number | null {
    const samples = this.samples.get(key) ?? [];
    if (samples.length === 0) return null;
    return round(summarise(samples).median);
  }

  private spread(key: string) {
    const samples = this.samples.get(key) ?? [];
    if (samples.length === 0) return null;
    const { min, max } = summarise(samples);
    return { min: round(min), max: round(max), runs: samples.length };
  }

  private verdict(figure: Figure): 'pass' | 'miss' | '' {
    const value = this.value(figure.key);
    if (!figure.target) return '';
    if (this.timedOut.has(figure.key)) return 'miss';
    if (value === null) return '';
    const ok =
      'atMost' in figure.target ? value <= figure.target.atMost : value >= figure.target.atLeast;
    return ok ? 'pass' : 'miss';
  }

  private measuredFigures(): Figure[] {
    const known = new Set([...REQUIRED, ...EXTRAS].map((f) => f.key));
    const unlisted = [...new Set([...this.samples.keys(), ...this.notes.keys()])]
      .filter((key) => !known.has(key))
      .map((key) => figure(key, key, ''));
    return [
      ...REQUIRED,
      ...EXTRAS.filter((f) => this.has(f.key) || this.notes.has(f.key)),
      ...unlisted,
    ];
  }

  toJson(extra: Record<string, unknown>): Record<string, unknown> {
    const figures = this.measuredFigures();
    const json: Record<string, unknown> = {};
    for (const figure of figures) json[figure.key] = this.value(figure.key);
    const spread: Record<string, unknown> = {};
    for (const figure of figures)
      if (this.has(figure.key)) spread[figure.key] = this.spread(figure.key);
    const verdicts: Record<string, string> = {};
    for (const figure of figures)
      if (this.verdict(figure)) verdicts[figure.key] = this.verdict(figure);
    const notes = Object.fromEntries([...this.notes].map(([key, list]) => [key, list.join(' ')]));
    return { ...json, spread, verdicts, notes, ...extra };
  }

  table(machine: Machine, title: string): string {
    const rows = this.measuredFigures().map((figure) => {
      const spread = this.spread(figure.key);
      const value = this.value(figure.key);
      const target = figure.target
        ? 'atMost' in figure.target
          ? `≤ ${figure.target.atMost}`
          : `≥ ${figure.target.atLeast}`
        : '';
      return [
        figure.key,
        value === null ? 'null' : `${value} ${figure.unit}`.trim(),
        spread && spread.runs > 1 ? `${spread.min}–${spread.max}` : '',
        spread ? String(spread.runs) : '0',
        target,
        this.verdict(figure),
        figure.label,
      ];
    });
    const header = ['figure', 'median', 'spread', 'n', 'target', 'result', 'what'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const notes = [...this.notes].map(([key, list]) => `  ${key}: ${list.join(' ')}`);
    return [
      title,
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram_gb} GB RAM; Chromium ${machine.chromium} (headless); Node ${machine.node}; load ${machine.load_at_start} at start`,
      '',
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
    ].join('\n');
  }
}

const round = (value: number) =>
  Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
