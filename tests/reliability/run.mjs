// `npm run test:reliability [-- --json]`: runs the reliability tests (convergence fuzz, hostile
// files and updates, durability kills, markup payloads), then sums the figures each one recorded
// in test-results/reliability/ into one object. Test output goes to stderr, so with --json stdout
// holds that object alone. Exits non-zero when a test failed; the figures are printed anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test-results/reliability');
const KEYS = [
  'fuzz_runs',
  'fuzz_ops',
  'divergences',
  'invariant_violations',
  'kills_survived',
  'edits_lost',
  'hostile_files_tried',
  'hostile_files_mishandled',
  'hostile_updates_tried',
  'hostile_updates_mishandled',
  'xss_payloads_tried',
  'xss_executed',
];
const UNIT = ['tests/unit/store/fuzz.test.ts', 'tests/unit/reliability'];
const E2E = [
  'tests/e2e/durability.spec.ts',
  'tests/e2e/hostileFiles.spec.ts',
  'tests/e2e/hostilePeer.spec.ts',
  'tests/e2e/xss.spec.ts',
];

const json = process.argv.includes('--json');

/** Runs a command with its output on stderr; answers whether it succeeded. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return result.status === 0;
}

rmSync(DIR, { recursive: true, force: true });
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const passed = [
  run(bin('vitest'), ['run', '--project', 'unit', ...UNIT]),
  run(process.execPath, ['tests/e2e/ensure-chromium.mjs']) &&
    run(bin('vite'), ['build', '--mode', 'test']) &&
    run(bin('vitest'), ['run', '--project', 'e2e', ...E2E]),
].every(Boolean);

const totals = Object.fromEntries(KEYS.map((key) => [key, 0]));
const parts = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')) : [];
for (const file of parts) {
  const figures = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
  for (const key of KEYS) if (typeof figures[key] === 'number') totals[key] += figures[key];
}

if (json) process.stdout.write(`${JSON.stringify(totals)}\n`);
else {
  process.stderr.write(`\nReliability (parts: ${parts.map((f) => f.slice(0, -5)).join(', ')})\n`);
  for (const key of KEYS) process.stdout.write(`  ${key.padEnd(28)} ${totals[key]}\n`);
}
process.exitCode = passed ? 0 : 1;
