// The machine a benchmark ran on, recorded with its figures: they mean little without it.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { CHROMIUM_PATH } from '../tests/e2e/support/browser';

export interface Machine {
  cpu: string;
  cores: number;
  ram_gb: number;
  chromium: string;
  node: string;
  os: string;
  /** 1-minute load average when the run started: other work on a shared machine skews figures. */
  load_at_start: number;
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints a shell warning on stderr before the version.
    const out = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
    return out.match(/[\d.]+\d/)?.[0] ?? out.trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    ram_gb: Math.round(os.totalmem() / 2 ** 30),
    chromium: chromiumVersion(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load_at_start: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
