// Frame times while the analyst zooms and pans the graph with real input (wheel steps, then a
// drag over empty canvas), recorded by a requestAnimationFrame loop in the page. The long tasks
// come from the observer bench/graphOpen.ts installs before the app starts.
import type { Page } from 'playwright-core';
import type { LongTask } from './graphOpen';
import { percentile } from './timeRuns';

export interface PanZoomFigures {
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  /** The longest main-thread task that started during the interaction. */
  longtaskMaxMs: number;
  durationMs: number;
  /** How far (px) the drag's starting point is from the nearest node's edge: > 0 is empty. */
  clearancePx: number;
  /** Inputs sent of those planned: input stops once INPUT_BUDGET_MS is spent. */
  inputs: number;
  plannedInputs: number;
}

const WHEEL_STEPS = 8;
const WHEEL_DELTA = 120;
const WHEEL_GAP_MS = 40;
const DRAG = { dx: 240, dy: 140, steps: 30 };
/** A graph that takes seconds per frame still gets a figure, from the inputs sent by then. */
const INPUT_BUDGET_MS = 30_000;

interface Probe {
  __frames: { stamps: number[]; running: boolean; startedAt: number; endedAt: number };
  __longTasks?(): LongTask[];
}

/**
 * The point of the canvas farthest from every drawn node, in its middle part (so a drag from it
 * stays on the canvas): a drag that starts on a node would move it instead of panning.
 */
async function emptySpot(page: Page) {
  return page.evaluate(() => {
    type Node = { x: number; y: number; renderedX: number; renderedY: number; width: number };
    const api = (window as unknown as { __concord: { graph(): { nodes: Node[] } } }).__concord;
    const nodes = api.graph().nodes;
    const canvas = document.querySelector('[data-testid="graph.canvas"]')!.getBoundingClientRect();
    // Rendered = model × zoom + pan: the zoom follows from the two nodes farthest apart in x.
    let [left, right] = [nodes[0], nodes[0]];
    for (const n of nodes) {
      if (n.x < left.x) left = n;
      if (n.x > right.x) right = n;
    }
    const zoom =
      left && right && right.x > left.x
        ? (right.renderedX - left.renderedX) / (right.x - left.x)
        : 1;
    let best = { x: canvas.width / 2, y: canvas.height / 2, clearance: -Infinity };
    for (let i = 0; i <= 20; i += 1)
      for (let j = 0; j <= 12; j += 1) {
        const x = canvas.width * (0.2 + (0.4 * i) / 20);
        const y = canvas.height * (0.2 + (0.4 * j) / 12);
        let clearance = Infinity;
        for (const n of nodes)
          clearance = Math.min(
            clearance,
            Math.hypot(n.renderedX - x, n.renderedY - y) - (n.width * zoom) / 2,
          );
        if (clearance > best.clearance) best = { x, y, clearance };
      }
    return {
      x: canvas.left + best.x,
      y: canvas.top + best.y,
      clearance: Math.round(Math.min(best.clearance, 1e6)),
    };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Zooms in and out with the wheel, then drags the view away and back, timing every frame. */
export async function measurePanZoom(page: Page): Promise<PanZoomFigures> {
  const spot = await emptySpot(page);
  await page.mouse.move(spot.x, spot.y);
  await page.evaluate(() => {
    const probe = { stamps: [] as number[], running: true, startedAt: performance.now() };
    Object.assign(window, { __frames: { ...probe, endedAt: 0 } });
    const tick = (time: number) => {
      const frames = (window as unknown as Probe).__frames;
      frames.stamps.push(time);
      if (frames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const deadline = Date.now() + INPUT_BUDGET_MS;
  const inputs = [
    ...[-1, 1].flatMap((direction) =>
      Array.from({ length: WHEEL_STEPS }, () => async () => {
        await page.mouse.wheel(0, direction * WHEEL_DELTA);
        await sleep(WHEEL_GAP_MS);
      }),
    ),
    () => page.mouse.down(),
    // Away and back, in steps, as a hand drags.
    ...Array.from({ length: 2 * DRAG.steps }, (_, i) => () => {
      const t = i < DRAG.steps ? (i + 1) / DRAG.steps : (2 * DRAG.steps - i - 1) / DRAG.steps;
      return page.mouse.move(spot.x + t * DRAG.dx, spot.y + t * DRAG.dy);
    }),
  ];
  let sent = 0;
  for (const input of inputs) {
    if (Date.now() > deadline) break;
    await input();
    sent += 1;
  }
  await page.mouse.up();
  await sleep(300); // the frames that draw the last input
  const recorded = await page.evaluate(() => {
    const probe = window as unknown as Probe;
    probe.__frames.running = false;
    probe.__frames.endedAt = performance.now();
    return { ...probe.__frames, longTasks: probe.__longTasks?.() ?? [] };
  });
  const gaps = recorded.stamps.slice(1).map((time, i) => time - recorded.stamps[i]);
  gaps.sort((a, b) => a - b);
  const during = recorded.longTasks.filter(
    (t) => t.start >= recorded.startedAt && t.start <= recorded.endedAt,
  );
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    frames: gaps.length,
    frameP50Ms: round(percentile(gaps, 50)),
    frameP95Ms: round(percentile(gaps, 95)),
    frameMaxMs: round(gaps.at(-1) ?? NaN),
    longtaskMaxMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    durationMs: Math.round(recorded.endedAt - recorded.startedAt),
    clearancePx: spot.clearance,
    inputs: sent,
    plannedInputs: inputs.length,
  };
}
