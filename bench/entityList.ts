// The entity list in real Chromium at a given size: a generated workspace (no relations, so the
// graph costs little) is opened cold, then the probe times, inside the page, what a user does to
// the list: an edit (add a person and write a note, through the test-only burst), a filter
// keystroke, a sort toggle and a scroll. Each action is synchronous in Solid, so performance.now
// around it holds all of its work, graph included. Prints one JSON line per size.
// Run: npm run bench:list:app [-- --entities 1500,50000] [--screenshot dir]
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { coldOpen, createSeed, seededApp } from './graphOpen';

interface ListWindow {
  __concord: { burst(count: number, tag: string): unknown };
}

const EDITS = 15;

const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] * 10) / 10;

/** Times `count` runs of one action, each in its own task, so that each starts with a clean slate. */
async function timeInPage(page: Page, action: 'edit' | 'filter' | 'sort' | 'scroll') {
  const times = await page.evaluate(
    async ({ action, count }) => {
      const nextTask = () => new Promise((resolve) => setTimeout(resolve, 30));
      const filter = document.querySelector<HTMLInputElement>('[data-testid="list.filter"]')!;
      const sort = document.querySelector<HTMLButtonElement>('[data-testid="list.sort"]')!;
      const scroller = document.querySelector<HTMLElement>('.entity-groups')!;
      const typed = [
        'n',
        'ng',
        'ngu',
        'nguy',
        'nguye',
        'nguyen',
        'nguye',
        'nguy',
        'ngu',
        'ng',
        'n',
      ];
      const runs: number[] = [];
      for (let i = 0; i < count; i++) {
        await nextTask();
        const start = performance.now();
        if (action === 'edit') (window as unknown as ListWindow).__concord.burst(2, `probe ${i}`);
        if (action === 'filter') {
          filter.value = i === count - 1 ? '' : typed[i % typed.length];
          filter.dispatchEvent(new Event('input', { bubbles: true }));
        }
        if (action === 'sort') sort.click();
        if (action === 'scroll') {
          scroller.scrollTop += 997;
          scroller.dispatchEvent(new Event('scroll'));
        }
        runs.push(performance.now() - start);
      }
      return runs;
    },
    { action, count: action === 'sort' ? 6 : action === 'filter' ? 12 : EDITS },
  );
  return median(times);
}

async function probe(url: string, entities: number, screenshots: string | null) {
  const seeded = await seededApp(url, createSeed({ entities, relations: 0, positions: true }));
  try {
    const timeline = await coldOpen(seeded);
    const page = seeded.app.page;
    const rowsInDom = await page.locator('[data-testid="list.item"]').count();
    const rowHeights = await page.evaluate(() =>
      ['.entity-row', '.group-title'].map(
        (s) => document.querySelector(s)?.getBoundingClientRect().height,
      ),
    );
    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      await page
        .locator('.sidebar')
        .screenshot({ path: `${screenshots}/list-${entities}-top.png` });
    }
    const figures = {
      entities,
      openMs: timeline.openMs,
      longtaskMaxMs: timeline.longtaskMaxMs,
      longtaskAfterMs: timeline.longtaskAfterMs,
      rowsInDom,
      rowHeights,
      editMs: await timeInPage(page, 'edit'),
      filterKeystrokeMs: await timeInPage(page, 'filter'),
      sortMs: await timeInPage(page, 'sort'),
      scrollMs: await timeInPage(page, 'scroll'),
    };
    if (screenshots)
      await page
        .locator('.sidebar')
        .screenshot({ path: `${screenshots}/list-${entities}-scrolled.png` });
    console.log(JSON.stringify(figures));
  } finally {
    await seeded.app.close();
  }
}

export async function main(args: string[]): Promise<void> {
  const { startServer } = await import('../tests/e2e/support/server');
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : null;
  };
  const sizes = (option('--entities') ?? '1500,50000').split(',').map(Number);
  const server = await startServer();
  try {
    for (const entities of sizes) await probe(server.url, entities, option('--screenshot'));
  } finally {
    await server.close();
  }
}
