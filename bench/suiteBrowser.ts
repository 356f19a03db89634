// The browser half of `npm run bench`: for each workspace size, a browser is seeded once and the
// workspace opened cold several times, at 10k and 50k each open followed by pan and zoom; at 10k
// the opened page is then edited, laid out and drawn whole ("Show everything"). Every step has a
// time limit: a step that runs out is recorded as a miss with a note, its browser is killed, and
// the suite goes on.
import { errors } from 'playwright-core';
import { launchApp } from '../tests/e2e/support/browser';
import { measureDurableEdits } from './durableEdits';
import { measureForceLayout } from './forceLayout';
import { coldOpen, createSeed, seedApp, type SeededApp, type Seed } from './graphOpen';
import { measurePanZoom } from './panZoom';
import { measureShowEverything } from './showEverything';
import type { Results } from './suiteReport';
import { percentile } from './timeRuns';

export interface SizePlan {
  label: string;
  entities: number;
  opens: number;
  /** Pan and zoom after each open: the first interaction pays for caches a second one reuses. */
  panZoom: boolean;
  /** Renames timed through the details panel (0: none). */
  edits: number;
  layouts: number;
  /** Time "Show everything" once, after the rest. */
  showAll: boolean;
}

export interface BrowserOptions {
  url: string;
  /** The limit for one open, one interaction run or one layout. */
  timeoutMs: number;
  settleMs: number;
  log(line: string): void;
}

class TimedOut extends Error {}

const isTimeout = (error: unknown) =>
  error instanceof TimedOut || error instanceof errors.TimeoutError;

/** Races `work` against a timer; the browser is the caller's to kill when it loses. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`over ${ms / 1000} s`)), ms);
  });
  work.catch(() => undefined); // a failure after the timer won has nobody left to tell
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An error's first line, for a note. */
export const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * Runs one step within the time limit (plus `graceMs` for work around what is timed); a failure
 * or a timeout becomes a note on `key`. Answers whether it succeeded.
 */
async function step(
  results: Results,
  key: string,
  options: BrowserOptions & { graceMs?: number },
  work: () => Promise<void>,
): Promise<boolean> {
  try {
    await within(options.timeoutMs + (options.graceMs ?? 0), work());
    return true;
  } catch (error) {
    if (isTimeout(error)) results.timeout(key, `timed out (limit ${options.timeoutMs / 1000} s).`);
    else results.note(key, `failed: ${messageOf(error)}`);
    options.log(`  ${key}: ${isTimeout(error) ? 'timed out' : messageOf(error)}`);
    return false;
  }
}

async function launchSeeded(url: string, seed: Seed, timeoutMs: number): Promise<SeededApp> {
  const app = await launchApp({ url });
  try {
    return await within(timeoutMs, seedApp(app, seed));
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** Frame times and long tasks while zooming and panning the page just opened. */
function panZoomStep(
  seeded: SeededApp,
  { label }: SizePlan,
  run: number,
  results: Results,
  options: BrowserOptions,
): Promise<boolean> {
  const key = `frame_p95_${label}_ms`;
  return step(results, key, options, async () => {
    const f = await measurePanZoom(seeded.app.page);
    options.log(
      `  pan/zoom ${label} #${run + 1}: ${f.frames} frames in ${f.durationMs} ms, p50 ${f.frameP50Ms} ms, ` +
        `p95 ${f.frameP95Ms} ms, max ${f.frameMaxMs} ms; longest task ${f.longtaskMaxMs} ms; ` +
        `${f.inputs} of ${f.plannedInputs} inputs sent`,
    );
    results.add(key, f.frameP95Ms);
    results.add(`longtask_panzoom_${label}_ms`, f.longtaskMaxMs);
    if (f.inputs < f.plannedInputs)
      results.note(
        key,
        `input cut short after 30 s: frames too slow to send all ${f.plannedInputs}.`,
      );
    if (f.clearancePx <= 0) results.note(key, 'no empty spot: the drag started on a node.');
  });
}

/**
 * Cold opens of one seeded browser, each followed by pan and zoom when the plan says so; answers
 * whether the page is left open and usable.
 */
async function measureOpens(
  seeded: SeededApp,
  plan: SizePlan,
  results: Results,
  options: BrowserOptions,
): Promise<boolean> {
  const { label } = plan;
  // The open's own limit is timeoutMs; settling, counting what is drawn and a GC come on top.
  const graceMs = options.settleMs + 60_000;
  for (let run = 0; run < plan.opens; run += 1) {
    const opened = await step(results, `open_${label}_ms`, { ...options, graceMs }, async () => {
      const t = await coldOpen(seeded, {
        settleMs: options.settleMs,
        timeoutMs: options.timeoutMs,
      });
      options.log(
        `  open ${label} #${run + 1}: drawn at ${t.openMs} ms (data at ${t.marks['concord:session-open']} ms), ` +
          `${t.drawnNodes} nodes / ${t.drawnEdges} edges, longest task after ${t.longtaskAfterMs} ms, heap ${t.heapMb} MB`,
      );
      results.add(`open_${label}_ms`, t.openMs);
      results.add(`open_${label}_data_ms`, t.marks['concord:session-open']);
      results.add(`longtask_max_${label}_ms`, t.longtaskAfterMs);
      results.add(`drawn_nodes_${label}`, t.drawnNodes);
      results.add(`drawn_edges_${label}`, t.drawnEdges);
      results.add(`heap_${label}_mb`, t.heapMb);
    });
    if (!opened) return false;
    if (plan.panZoom && !(await panZoomStep(seeded, plan, run, results, options))) return false;
  }
  return true;
}

async function measureInteractions(
  seeded: SeededApp,
  plan: SizePlan,
  results: Results,
  options: BrowserOptions,
): Promise<void> {
  const { label } = plan;
  if (plan.edits > 0) {
    const ok = await step(results, 'edit_durable_ms', options, async () => {
      const samples = await measureDurableEdits(seeded.concord, {
        name: seeded.seed.samplePerson,
        count: plan.edits,
      });
      const durable = samples.map((s) => s.durableMs);
      options.log(`  edits ${label}: ${durable.join(', ')} ms`);
      results.add('edit_durable_ms', ...durable);
      results.add(
        'edit_durable_p95_ms',
        percentile(
          [...durable].sort((a, b) => a - b),
          95,
        ),
      );
      results.add('edit_main_thread_ms', ...samples.map((s) => s.mainThreadMs));
    });
    if (!ok) return;
  }
  for (let run = 0; run < plan.layouts; run += 1) {
    const drawn = results.value(`drawn_nodes_${label}`);
    const ok = await step(results, `layout_${label}_ms`, options, async () => {
      const l = await measureForceLayout(seeded.concord, options.timeoutMs);
      options.log(`  layout ${label} #${run + 1}: ${l.ms} ms, longest task ${l.longtaskMaxMs} ms`);
      results.add(`layout_${label}_ms`, l.ms);
      results.add(`longtask_layout_${label}_ms`, l.longtaskMaxMs);
      if (drawn !== null) results.add(`layout_${label}_nodes`, drawn);
    });
    if (drawn !== null && drawn < plan.entities)
      results.note(
        `layout_${label}_ms`,
        `the layout arranges only what is drawn: ${drawn} of ${plan.entities} nodes.`,
      );
    if (!ok) return;
  }
  if (plan.showAll)
    await step(results, `show_all_${label}_ms`, options, async () => {
      const s = await measureShowEverything(seeded.concord, plan.entities, options.timeoutMs);
      options.log(`  show everything ${label}: ${s.ms} ms, longest task ${s.longtaskMaxMs} ms`);
      results.add(`show_all_${label}_ms`, s.ms);
      results.add(`longtask_show_all_${label}_ms`, s.longtaskMaxMs);
    });
}

/** The figures one size's plan yields besides its open time. */
function sizeKeys({ label, panZoom, edits, layouts, showAll }: SizePlan): string[] {
  return [
    `longtask_max_${label}_ms`,
    `heap_${label}_mb`,
    ...(panZoom ? [`frame_p95_${label}_ms`] : []),
    ...(edits > 0 ? ['edit_durable_ms'] : []),
    ...(layouts > 0 ? [`layout_${label}_ms`] : []),
    ...(showAll ? [`show_all_${label}_ms`] : []),
  ];
}

/**
 * One size: seed a browser, open it cold `plan.opens` times, then the interactions. Answers false
 * when the size could not be opened in time (larger sizes are then not worth trying).
 */
export async function benchSize(
  plan: SizePlan,
  results: Results,
  options: BrowserOptions,
): Promise<boolean> {
  const relations = plan.entities * 3;
  options.log(`${plan.label}: generating ${plan.entities} entities and ${relations} relations…`);
  const seed = createSeed({ entities: plan.entities, relations, positions: true });
  let seeded: SeededApp;
  try {
    seeded = await launchSeeded(options.url, seed, options.timeoutMs * 2);
  } catch (error) {
    results.note(`open_${plan.label}_ms`, `could not store the workspace: ${messageOf(error)}`);
    return false;
  }
  try {
    if (await measureOpens(seeded, plan, results, options))
      await measureInteractions(seeded, plan, results, options);
    else
      for (const key of sizeKeys(plan))
        if (!results.has(key))
          results.note(key, `not measured: an open or pan/zoom at ${plan.label} did not finish.`);
    return results.has(`open_${plan.label}_ms`);
  } finally {
    await seeded.app.close();
  }
}

/** First opens of a workspace stored without positions: each in a fresh browser, placing included. */
export async function benchFirstOpen(
  plan: Pick<SizePlan, 'label' | 'entities' | 'opens'>,
  results: Results,
  options: BrowserOptions,
): Promise<void> {
  const key = `open_${plan.label}_nopos_ms`;
  const seed = createSeed({
    entities: plan.entities,
    relations: plan.entities * 3,
    positions: false,
  });
  // Seeding (storing the workspace) comes on top of the open's own limit.
  const graceMs = options.timeoutMs + options.settleMs + 60_000;
  for (let run = 0; run < plan.opens; run += 1) {
    const app = await launchApp({ url: options.url });
    try {
      const ok = await step(results, key, { ...options, graceMs }, async () => {
        const t = await coldOpen(await seedApp(app, seed), {
          settleMs: options.settleMs,
          timeoutMs: options.timeoutMs,
        });
        options.log(
          `  first open ${plan.label} without positions #${run + 1}: drawn at ${t.openMs} ms, ` +
            `all placed at ${t.placedMs ?? 'never'} ms`,
        );
        if (t.placedMs === null) results.timeout(key, 'the nodes were not all placed in time.');
        else results.add(key, Math.max(t.openMs, t.placedMs));
      });
      if (!ok) return;
    } finally {
      await app.close();
    }
  }
}
