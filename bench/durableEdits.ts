// How long an edit takes to be durable: from the click on the details panel's Save to the save
// indicator reading "Saved", which it does only once IndexedDB has committed the write. Both ends
// are timed in the page (a capturing click listener, a MutationObserver on the indicator). When
// the main thread is next free after the click says how much of that time is the app's own work.
import type { ConcordPage } from '../tests/e2e/support/concordPage';

interface EditProbe {
  __edit: { start: number | null; free: number | null; end: number | null; saving: boolean };
}

export interface EditSample {
  /** Click to the write committed in IndexedDB. */
  durableMs: number;
  /** Click to the main thread's next task: the command, the projection and the redraw. */
  mainThreadMs: number;
}

/** Selects the first search result for `name`, which opens its details panel. */
async function selectByName(concord: ConcordPage, name: string): Promise<void> {
  await concord.id('search.input').fill(name);
  await concord.id('search.result').first().waitFor();
  await concord.id('search.input').press('Enter');
  await concord.field('name').waitFor();
}

/** Arms the probe for the next Save click; the page records when the write is committed. */
async function armProbe(concord: ConcordPage): Promise<void> {
  await concord.page.evaluate(() => {
    const probe: EditProbe['__edit'] = { start: null, free: null, end: null, saving: false };
    Object.assign(window, { __edit: probe });
    const status = document.querySelector('[data-testid="status.save"]')!;
    const observer = new MutationObserver(() => {
      const state = status.getAttribute('data-status');
      if (probe.start === null) return;
      if (state === 'saving') probe.saving = true;
      if (state === 'saved' && probe.saving) {
        probe.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(status, { attributes: true, attributeFilter: ['data-status'] });
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target as Element).closest('[data-testid="details.save"]')) return;
        probe.start = performance.now();
        setTimeout(() => (probe.free = performance.now()));
      },
      { capture: true, once: true },
    );
  });
}

/** Renames one entity `count` times through the details panel, after `warmups` unmeasured ones. */
export async function measureDurableEdits(
  concord: ConcordPage,
  options: { name: string; count: number; warmups?: number },
): Promise<EditSample[]> {
  await selectByName(concord, options.name);
  const warmups = options.warmups ?? 3;
  const samples: EditSample[] = [];
  for (let i = 0; i < warmups + options.count; i += 1) {
    await concord.waitSaved();
    await concord.field('name').fill(`${options.name} ${i + 1}`);
    await armProbe(concord);
    await concord.id('details.save').click();
    const handle = await concord.page.waitForFunction(
      () => {
        const { start, free, end } = (window as unknown as EditProbe).__edit;
        if (start === null || free === null || end === null) return null;
        return { durableMs: end - start, mainThreadMs: free - start };
      },
      undefined,
      { timeout: 10_000, polling: 20 },
    );
    const sample = (await handle.jsonValue()) as EditSample;
    const round = (ms: number) => Math.round(ms * 10) / 10;
    if (i >= warmups)
      samples.push({
        durableMs: round(sample.durableMs),
        mainThreadMs: round(sample.mainThreadMs),
      });
  }
  return samples;
}
