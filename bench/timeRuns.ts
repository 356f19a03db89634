// Repeated timing with warm-up, summarised as median and range: a single run of a load this size
// swings with GC and JIT state, so one number would mislead.

export interface Stats {
  median: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Nearest-rank percentile of ascending samples: the smallest value that p% of them do not exceed. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Collects the previous run's garbage outside the timed region when node runs with --expose-gc. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Calls `run` warm-up + measured times; `run` returns the milliseconds of each of its phases.
 * Warm-up runs let V8 optimise the decoder and restore code before anything is counted.
 */
export function timeRuns<Phase extends string>(
  options: { runs: number; warmups: number },
  run: () => Record<Phase, number>,
): Record<Phase, Stats> {
  for (let i = 0; i < options.warmups; i++) {
    collectGarbage();
    run();
  }
  const samples = new Map<Phase, number[]>();
  for (let i = 0; i < options.runs; i++) {
    collectGarbage();
    for (const [phase, ms] of Object.entries(run()) as Array<[Phase, number]>) {
      samples.set(phase, [...(samples.get(phase) ?? []), ms]);
    }
  }
  const result = {} as Record<Phase, Stats>;
  for (const [phase, values] of samples) result[phase] = summarise(values);
  return result;
}

export const formatMs = (stats: Stats): string =>
  `${stats.median.toFixed(0)} ms (${stats.min.toFixed(0)}–${stats.max.toFixed(0)})`;

export const formatBytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(2)} MiB`;
