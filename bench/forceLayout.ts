// The force-directed layout for large graphs through the UI (Layout ▾ → "Force-directed, large
// graphs": ForceAtlas2 in a worker). Timed in the page from the menu click to the moment its
// progress bar goes away, which happens when the positions have been applied and the view fitted.
import type { ConcordPage } from '../tests/e2e/support/concordPage';
import type { LongTask } from './graphOpen';

export interface LayoutFigures {
  ms: number;
  /** The longest main-thread task that started while the layout ran. */
  longtaskMaxMs: number;
}

interface LayoutProbe {
  __layout: { start: number | null; shown: boolean; end: number | null };
  __longTasks?(): LongTask[];
}

export async function measureForceLayout(
  concord: ConcordPage,
  timeoutMs: number,
): Promise<LayoutFigures> {
  await concord.id('toolbar.layout-menu').click();
  await concord.page.evaluate(() => {
    const probe: LayoutProbe['__layout'] = { start: null, shown: false, end: null };
    Object.assign(window, { __layout: probe });
    const progress = () => document.querySelector('[data-testid="layout.progress"]');
    const observer = new MutationObserver(() => {
      if (progress()) probe.shown = true;
      else if (probe.shown) {
        probe.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document
      .querySelector('[data-testid="toolbar.layout.forceatlas2"]')!
      .addEventListener('click', () => (probe.start = performance.now()), { capture: true });
  });
  await concord.id('toolbar.layout.forceatlas2').click();
  const handle = await concord.page.waitForFunction(
    () => {
      const { __layout: probe, __longTasks } = window as unknown as LayoutProbe;
      if (probe.start === null || probe.end === null) return false;
      const tasks = __longTasks?.() ?? [];
      const during = tasks.filter((t) => t.start >= probe.start! && t.start <= probe.end!);
      return {
        ms: Math.round(probe.end - probe.start),
        longtaskMaxMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
      };
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  const figures = (await handle.jsonValue()) as LayoutFigures;
  // The layout stored every position: let that write finish before anything else is timed.
  await concord.waitSaved(timeoutMs);
  return figures;
}
