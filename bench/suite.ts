// The whole benchmark suite (issue 8): opening 1k–100k workspaces in Chromium, pan/zoom frames,
// long tasks, the large-graph layout, durable edits, heap, then search, extraction and peer sync.
// `npm run bench [-- --quick] [-- --json] [-- --timeout 120]`: progress on stderr; a table (median,
// spread, target, pass/miss) on stdout, or with --json one JSON object on stdout and the table on
// stderr. Runs inside the loopback-only namespace (tests/loopback.mjs), against ./dist built with
// `vite build --mode test`.
import { startServer } from '../tests/e2e/support/server';
import { measureExtract } from './extract';
import { describeMachine } from './machine';
import { measureSearch } from './search';
import {
  benchFirstOpen,
  benchSize,
  messageOf,
  type BrowserOptions,
  type SizePlan,
} from './suiteBrowser';
import { Results } from './suiteReport';
import { measureSync } from './sync';

interface SuiteOptions {
  quick: boolean;
  json: boolean;
  timeoutMs: number;
}

const SETTLE_MS = 3000;

function parseArgs(args: string[]): SuiteOptions {
  const timeoutAt = args.indexOf('--timeout');
  const timeoutS = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) : 120;
  if (!(timeoutS > 0)) throw new Error('--timeout takes a number of seconds.');
  return {
    quick: args.includes('--quick'),
    json: args.includes('--json'),
    timeoutMs: timeoutS * 1000,
  };
}

/** Sizes in order; --quick runs fewer of everything and leaves out 100k. */
function sizePlans(quick: boolean): SizePlan[] {
  const none = { panZoom: false, edits: 0, layouts: 0, showAll: false };
  return quick
    ? [
        { label: '1k', entities: 1_000, opens: 2, ...none },
        {
          label: '10k',
          entities: 10_000,
          opens: 2,
          panZoom: true,
          edits: 10,
          layouts: 1,
          showAll: true,
        },
        { label: '50k', entities: 50_000, opens: 1, ...none, panZoom: true },
      ]
    : [
        { label: '1k', entities: 1_000, opens: 5, ...none },
        {
          label: '10k',
          entities: 10_000,
          opens: 3,
          panZoom: true,
          edits: 20,
          layouts: 2,
          showAll: true,
        },
        { label: '50k', entities: 50_000, opens: 3, ...none, panZoom: true },
        { label: '100k', entities: 100_000, opens: 3, ...none },
      ];
}

function benchNode(results: Results, runs: number, log: (line: string) => void): void {
  for (let run = 0; run < runs; run += 1) {
    const search = measureSearch();
    log(`search #${run + 1}: p95 ${search.p95Ms.toFixed(2)} ms over ${search.queries} keystrokes`);
    results.add('search_p95_50k_ms', search.p95Ms);
    results.add('search_build_50k_ms', search.buildMs);
    const extract = measureExtract();
    log(`extract #${run + 1}: ${extract.articlesPerSecond.toFixed(0)} articles/s`);
    results.add('extract_articles_per_s', extract.articlesPerSecond);
  }
}

async function benchBrowser(results: Results, options: BrowserOptions, quick: boolean) {
  let stoppedAt: string | null = null;
  for (const plan of sizePlans(quick)) {
    if (stoppedAt) {
      results.note(`open_${plan.label}_ms`, `not tried: the ${stoppedAt} open did not finish.`);
      continue;
    }
    if (!(await benchSize(plan, results, options))) stoppedAt = plan.label;
    if (plan.label === '10k')
      await benchFirstOpen(
        { label: '10k', entities: 10_000, opens: quick ? 1 : 3 },
        results,
        options,
      );
  }
  if (quick) results.note('open_100k_ms', 'skipped (--quick).');
}

async function benchSync(results: Results, url: string, quick: boolean, log: (l: string) => void) {
  for (let run = 0; run < (quick ? 1 : 3); run += 1) {
    try {
      const sync = await measureSync({
        url,
        edits: quick ? 20 : 40,
        firstSync: !quick && run === 0,
        log,
      });
      results.add('peer_edit_p95_ms', sync.webrtc.p95);
      results.add('peer_edit_p50_ms', sync.webrtc.p50);
      results.add('relay_edit_p95_ms', sync.relay.p95);
      if (sync.firstSync) {
        results.add('peer_first_sync_10k_ms', sync.firstSync.webrtcMs);
        results.add('relay_first_sync_10k_ms', sync.firstSync.relayMs);
      }
    } catch (error) {
      results.note('peer_edit_p95_ms', `failed: ${messageOf(error)}`);
    }
  }
}

type Budget = number | { nodes: number; edges: number } | undefined;

/**
 * What the view layer hands Cytoscape at most: `VISIBLE_BUDGET` from a module of src/view (a
 * number of elements, or nodes and edges) once the level-of-detail work exports one; until then,
 * the nodes drawn at 50k (or at the largest size that opened).
 */
async function recordVisibleBudget(results: Results): Promise<void> {
  const modules = import.meta.glob<Budget>('../src/view/*.ts', { import: 'VISIBLE_BUDGET' });
  for (const [path, load] of Object.entries(modules)) {
    const budget = await load().catch(() => undefined);
    if (budget === undefined) continue;
    const from = `VISIBLE_BUDGET from ${path.replace('../', '')}`;
    if (typeof budget === 'number') {
      results.add('visible_budget', budget);
      results.note('visible_budget', `${from}.`);
    } else {
      results.add('visible_budget', budget.nodes + budget.edges);
      results.add('visible_budget_nodes', budget.nodes);
      results.add('visible_budget_edges', budget.edges);
      results.note('visible_budget', `${from}: ${budget.nodes} nodes + ${budget.edges} edges.`);
    }
    return;
  }
  const size = ['50k', '10k', '1k'].find((label) => results.has(`drawn_nodes_${label}`));
  if (!size) return results.note('visible_budget', 'src/view exports no VISIBLE_BUDGET yet.');
  results.add('visible_budget', results.value(`drawn_nodes_${size}`)!);
  results.note(
    'visible_budget',
    `src/view exports no VISIBLE_BUDGET yet: this is the number of nodes drawn at ${size}` +
      `${size === '50k' ? '' : ' (the largest size opened)'}.`,
  );
}

export async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const started = Date.now();
  const clock = () => new Date(Date.now() - started).toISOString().slice(14, 19);
  const log = (line: string) => console.error(`[${clock()}] ${line}`);
  const machine = describeMachine();
  const results = new Results();
  log(
    `Concord benchmarks${options.quick ? ' (quick)' : ''}; limit ${options.timeoutMs / 1000} s per step`,
  );
  benchNode(results, options.quick ? 1 : 3, log);
  const server = await startServer();
  try {
    const browser = { url: server.url, timeoutMs: options.timeoutMs, settleMs: SETTLE_MS, log };
    await benchBrowser(results, browser, options.quick);
    await benchSync(results, server.url, options.quick, log);
  } finally {
    await server.close();
  }
  await recordVisibleBudget(results);
  const date = new Date(started).toISOString();
  const durationS = Math.round((Date.now() - started) / 1000);
  const quick = options.quick ? ' (--quick)' : '';
  const table = results.table(machine, `Concord benchmarks, ${date}${quick}, ${durationS} s`);
  if (!options.json) return void console.log(table);
  console.error(table);
  const extra = { machine, quick: options.quick, date, duration_s: durationS };
  console.log(JSON.stringify(results.toJson(extra)));
}
