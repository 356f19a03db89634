// "Show everything" on a workspace past the overview: from the click on the chip's button to the
// moment every entity is drawn and the progress bar has gone, and the longest main-thread task
// meanwhile. The drawing is added in slices; what a slice cannot bound is Cytoscape redrawing the
// whole canvas in the frame that follows it.
import type { ConcordPage } from '../tests/e2e/support/concordPage';
import type { LongTask } from './graphOpen';

export interface ShowEverythingFigures {
  ms: number;
  longtaskMaxMs: number;
}

interface Probe {
  __showAll: { start: number | null };
  __longTasks?(): LongTask[];
  __concord?: { counts(): { drawnNodes: number } };
}

export async function measureShowEverything(
  concord: ConcordPage,
  entities: number,
  timeoutMs: number,
): Promise<ShowEverythingFigures> {
  await concord.page.evaluate(() => {
    const probe: Probe['__showAll'] = { start: null };
    Object.assign(window, { __showAll: probe });
    document
      .querySelector('[data-testid="filters.show-all"]')!
      .addEventListener('click', () => (probe.start = performance.now()), { capture: true });
  });
  await concord.id('filters.show-all').click();
  const handle = await concord.page.waitForFunction(
    (total) => {
      const { __showAll: probe, __longTasks, __concord } = window as unknown as Probe;
      const drawing = document.querySelector('[data-testid="graph.drawing"]');
      if (probe.start === null || drawing || (__concord?.counts().drawnNodes ?? 0) < total)
        return false;
      const end = performance.now();
      const during = (__longTasks?.() ?? []).filter((t) => t.start + t.duration >= probe.start!);
      return {
        ms: Math.round(end - probe.start),
        longtaskMaxMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
      };
    },
    entities,
    { timeout: timeoutMs, polling: 100 },
  );
  const figures = (await handle.jsonValue()) as ShowEverythingFigures;
  // Back to the overview, so that whatever is measured next starts from the usual picture.
  await concord.id('filters.overview-back').click();
  return figures;
}
