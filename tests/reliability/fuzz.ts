// The long convergence fuzz: `npm run fuzz -- --ops 100000 [--seed N] [--peers 5] [--ops-per-run 1000]`.
// Runs of --ops-per-run ops (run i uses seed N + i) follow one another until --ops ops have run
// (or exactly --runs runs, as a replay does). Progress goes to stderr, a summary to stdout; the
// figures of an --ops run are recorded as the 'fuzz-long' part. Any failed run makes it exit 1,
// each failure printed with the seed that replays it.
import { parseArgs } from 'node:util';
import { FuzzFailure } from '../fixtures/fuzz/failure';
import { runFuzz, type FuzzReport } from '../fixtures/fuzz/runFuzz';
import { recordReliability } from '../fixtures/reliabilityReport';

interface Settings {
  ops: number;
  runs: number | null;
  seed: number;
  peers: number;
  opsPerRun: number;
  trace: number;
}

function readSettings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      ops: { type: 'string', default: '10000' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      peers: { type: 'string', default: '5' },
      'ops-per-run': { type: 'string', default: '1000' },
      trace: { type: 'string', default: '12' },
    },
  });
  const number = (name: string, text: string | undefined, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name} must be a whole number, at least ${min}.`);
    return value;
  };
  return {
    ops: number('ops', values.ops, 1),
    runs: values.runs === undefined ? null : number('runs', values.runs, 1),
    // A fresh base seed explores new ground each time; it is printed, so the run can be repeated.
    seed: values.seed === undefined ? Date.now() % 1_000_000_000 : number('seed', values.seed, 0),
    peers: number('peers', values.peers, 2),
    opsPerRun: number('ops-per-run', values['ops-per-run'], 1),
    trace: number('trace', values.trace, 0),
  };
}

interface Totals {
  runs: number;
  /** Ops actually run: a failed run stops at its failure. */
  ops: number;
  passed: number;
  outcomes: FuzzReport['outcomes'];
  network: Record<string, number>;
  final: Record<string, number>;
  failures: FuzzFailure[];
  unreadableWhileWaiting: number;
}

function addReport(totals: Totals, report: FuzzReport): void {
  totals.passed += 1;
  totals.ops += report.ops;
  for (const [name, counts] of Object.entries(report.outcomes)) {
    const sum = (totals.outcomes[name] ??= { applied: 0, refused: 0, skipped: 0 });
    sum.applied += counts.applied;
    sum.refused += counts.refused;
    sum.skipped += counts.skipped;
  }
  const addUp = (into: Record<string, number>, from: object) => {
    for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
  };
  addUp(totals.network, report.network);
  addUp(totals.final, report.final);
  totals.unreadableWhileWaiting += report.unreadableWhileWaiting;
}

function addFailure(totals: Totals, failure: FuzzFailure): void {
  const sameCheck = totals.failures.filter((f) => f.check === failure.check).length;
  totals.failures.push(failure);
  totals.ops += failure.opsRun;
  // The first failures of a kind in full; after that the line that replays them is enough.
  console.error(sameCheck < 3 ? failure.message : failure.message.split('\n')[0]);
}

function runOne(settings: Settings, totals: Totals): void {
  const seed = settings.seed + totals.runs;
  const ops = settings.runs
    ? settings.opsPerRun
    : Math.min(settings.opsPerRun, settings.ops - totals.ops);
  totals.runs += 1;
  try {
    addReport(totals, runFuzz({ seed, ops, peers: settings.peers, traceLength: settings.trace }));
  } catch (error) {
    if (!(error instanceof FuzzFailure)) throw error;
    addFailure(totals, error);
  }
}

function printSummary(settings: Settings, totals: Totals, seconds: number): void {
  const lines = [
    '',
    `fuzz: ${totals.runs} runs of up to ${settings.opsPerRun} ops on ${settings.peers} peers, ${totals.ops} ops`,
    `  seeds ${settings.seed}..${settings.seed + totals.runs - 1}, ${seconds.toFixed(1)} s, ${(totals.ops / seconds).toFixed(0)} ops/s`,
    '  operations in passing runs (applied / refused as required / nothing to do):',
    ...Object.entries(totals.outcomes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, o]) => `    ${name.padEnd(16)} ${o.applied} / ${o.refused} / ${o.skipped}`),
    `  network: ${Object.entries(totals.network)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')}`,
    `  converged workspace, average per passing run: ${Object.entries(totals.final)
      .map(([key, value]) => `${key} ${(value / Math.max(totals.passed, 1)).toFixed(1)}`)
      .join(', ')}`,
    `  entities unreadable while updates they depend on were on their way (checks during runs): ${totals.unreadableWhileWaiting}`,
  ];
  const byCheck = new Map<string, number[]>();
  for (const f of totals.failures) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f.seed]);
  for (const [check, seeds] of byCheck) {
    const listed = seeds.slice(0, 20).join(' ') + (seeds.length > 20 ? ' …' : '');
    lines.push(`  FAILED ${check}: ${seeds.length} runs, seeds ${listed}`);
  }
  const failed = totals.failures.length;
  lines.push(
    failed === 0
      ? '  every run converged with every invariant kept'
      : `  ${failed} of ${totals.runs} runs failed`,
  );
  console.log(lines.join('\n'));
}

export function main(argv: string[]): void {
  const settings = readSettings(argv);
  const totals: Totals = {
    runs: 0,
    ops: 0,
    passed: 0,
    outcomes: {},
    network: {},
    final: {},
    failures: [],
    unreadableWhileWaiting: 0,
  };
  const goal = settings.runs ? `${settings.runs} runs` : `${settings.ops} ops`;
  console.error(`fuzz: ${goal} from seed ${settings.seed}, ${settings.peers} peers`);
  const started = performance.now();
  let lastProgress = started;
  const more = () => (settings.runs ? totals.runs < settings.runs : totals.ops < settings.ops);
  while (more()) {
    runOne(settings, totals);
    const now = performance.now();
    if (now - lastProgress > 5_000 || !more()) {
      lastProgress = now;
      const rate = totals.ops / ((now - started) / 1000);
      console.error(
        `  ${totals.ops} ops, ${totals.runs} runs, ${totals.failures.length} failed, ${rate.toFixed(0)} ops/s`,
      );
    }
  }
  printSummary(settings, totals, (performance.now() - started) / 1000);
  // A replay (--runs) leaves the long run's figures alone.
  if (settings.runs === null)
    recordReliability('fuzz-long', {
      fuzz_runs: totals.runs,
      fuzz_ops: totals.ops,
      divergences: totals.failures.filter((f) => f.kind === 'divergence').length,
      invariant_violations: totals.failures.filter((f) => f.kind === 'invariant').length,
    });
  if (totals.failures.length > 0)
    throw new Error(`${totals.failures.length} fuzz runs failed: replay each with its seed above.`);
}
