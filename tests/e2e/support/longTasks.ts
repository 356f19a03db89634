// The main thread's long tasks (over 50 ms) as Chromium reports them: what a person feels as a
// frozen tab. A test notes the page's clock, acts, and reads the tasks that ran after that.
import type { Page } from 'playwright-core';

interface LongTaskWindow {
  __longTasks?: { start: number; duration: number }[];
}

export interface LongTasks {
  /** The longest task, 0 when none was long. */
  longest: number;
  /** All of them together: how long the tab could not answer. */
  blocked: number;
  count: number;
}

/** Starts recording (with the tasks since the page loaded); call once per page. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as LongTaskWindow;
    if (w.__longTasks) return;
    const tasks: { start: number; duration: number }[] = [];
    w.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Waits until no long task has run for `quietMs`: the app's start-up is not the work to measure. */
export async function waitForQuiet(page: Page, quietMs = 500): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const last = (window as LongTaskWindow).__longTasks?.at(-1);
      return !last || performance.now() - (last.start + last.duration) > quiet;
    },
    quietMs,
    { timeout: 15_000, polling: 100 },
  );
}

/** The page's clock now, to pass to longTasksSince. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The long tasks that ended after `since`; waits first, as Chromium reports them a little late. */
export async function longTasksSince(page: Page, since: number): Promise<LongTasks> {
  const durations = await page.evaluate(
    (after) =>
      new Promise<number[]>((answer) =>
        setTimeout(() => {
          const tasks = (window as LongTaskWindow).__longTasks ?? [];
          answer(tasks.filter((t) => t.start + t.duration > after).map((t) => t.duration));
        }, 250),
      ),
    since,
  );
  return {
    longest: Math.round(Math.max(0, ...durations)),
    blocked: Math.round(durations.reduce((sum, d) => sum + d, 0)),
    count: durations.length,
  };
}
