// The worker clients, with an in-process stand-in for the Worker (tests/fixtures/fakeWorker.ts)
// serving computeMetrics / runLayout as the worker entry files do.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import { CancelledError } from '../../../src/ingest/extractClient';
import { JobFailedError } from '../../../src/analysis/jobRunner';
import { computeMetrics, type MetricsProgress } from '../../../src/analysis/metrics';
import { createMetricsRunner } from '../../../src/analysis/metricsClient';
import { runLayout } from '../../../src/analysis/layout';
import { createLayoutRunner } from '../../../src/analysis/layoutClient';
import { spawner } from '../../fixtures/fakeWorker';
import { randomGraph, twoCliques } from './graphs';

describe('createMetricsRunner', () => {
  it('answers with what computeMetrics computes, reporting every phase on the way', async () => {
    const { spawn } = spawner(() => computeMetrics);
    const runner = createMetricsRunner(spawn);
    const input = twoCliques(6, 4);
    const progress: MetricsProgress[] = [];
    const result = await runner.run(input, (p) => progress.push(p));
    expect(result.byNode).toEqual(computeMetrics(input).byNode);
    expect(result.communities).toBe(2);
    expect(new Set(progress.map((p) => p.phase))).toEqual(
      new Set(['degree', 'pagerank', 'betweenness', 'communities']),
    );
    expect(progress.at(-1)).toEqual({ phase: 'communities', done: 1, total: 1 });
    runner.destroy();
  });

  it('cancels the run under way when a new one starts, in a fresh worker', async () => {
    const { spawn, spawned } = spawner(() => computeMetrics);
    const runner = createMetricsRunner(spawn);
    const first = runner.run(randomGraph(50, 80, 31), () => undefined);
    const second = runner.run(twoCliques(5, 3), () => undefined);
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).communities).toBe(2);
    expect(spawned).toHaveLength(2);
    expect(spawned[0].terminated).toBe(true);
    expect(spawned[1].terminated).toBe(false);
    runner.destroy();
  });

  it('stops a run on cancel, and runs again afterwards', async () => {
    const { spawn, spawned } = spawner(() => computeMetrics);
    const runner = createMetricsRunner(spawn);
    const progress: MetricsProgress[] = [];
    const cancelled = runner.run(randomGraph(50, 80, 32), (p) => progress.push(p));
    runner.cancel();
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(progress).toEqual([]);
    expect(spawned[0].terminated).toBe(true);
    await expect(runner.run(twoCliques(4, 3), () => undefined)).resolves.toMatchObject({
      communities: 2,
    });
    runner.destroy();
  });

  it('keeps an idle worker for the next run', async () => {
    const { spawn, spawned } = spawner(() => computeMetrics);
    const runner = createMetricsRunner(spawn);
    await runner.run(twoCliques(4, 3), () => undefined);
    runner.cancel();
    await runner.run(twoCliques(5, 3), () => undefined);
    expect(spawned).toHaveLength(1);
    runner.destroy();
    expect(spawned[0].terminated).toBe(true);
  });

  it('rejects with the reason when the computation throws, and when the worker crashes', async () => {
    const { spawn, spawned } = spawner<unknown, never, never>(() => () => {
      throw new Error('out of memory');
    });
    const runner = createMetricsRunner(spawn);
    const failed = runner.run({ nodes: [], edges: [] }, () => undefined);
    await expect(failed).rejects.toThrow('The metrics computation failed: out of memory');
    // The reason is a message, shown in the reader's language.
    const error = await failed.then(
      () => null,
      (rejected: unknown) => rejected,
    );
    expect(error).toBeInstanceOf(JobFailedError);
    expect(translate('vi', (error as JobFailedError).reason)).toBe(
      'Lỗi khi tính chỉ số: out of memory',
    );
    const crashed = runner.run({ nodes: [], edges: [] }, () => undefined);
    spawned[0].crash('Unexpected token');
    await expect(crashed).rejects.toThrow('The metrics computation failed: Unexpected token');
    expect(spawned[0].terminated).toBe(true);
  });

  it('refuses to run once destroyed', async () => {
    const { spawn } = spawner(() => computeMetrics);
    const runner = createMetricsRunner(spawn);
    const pending = runner.run(twoCliques(4, 3), () => undefined);
    runner.destroy();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    await expect(runner.run(twoCliques(4, 3), () => undefined)).rejects.toBeInstanceOf(
      CancelledError,
    );
  });
});

describe('createLayoutRunner', () => {
  it('answers with positions for every node, reporting progress up to 1', async () => {
    const { spawn } = spawner(() => runLayout);
    const runner = createLayoutRunner(spawn);
    const input = randomGraph(40, 60, 33);
    const fractions: number[] = [];
    const positions = await runner.run(
      { ...input, positions: { n0: { x: 5, y: 7 } }, pinned: ['n0'], iterations: 60 },
      (f) => fractions.push(f),
    );
    expect(Object.keys(positions).sort()).toEqual([...input.nodes].sort());
    expect(positions.n0).toEqual({ x: 5, y: 7 });
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
    runner.destroy();
  });

  it('cancels a layout under way', async () => {
    const { spawn, spawned } = spawner(() => runLayout);
    const runner = createLayoutRunner(spawn);
    const pending = runner.run(
      { ...randomGraph(40, 60, 34), positions: {}, pinned: [] },
      () => undefined,
    );
    runner.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(spawned[0].terminated).toBe(true);
  });
});
