// Runs before the e2e tests: makes sure a system Chromium exists, because playwright-core ships
// no browser and this project never downloads one outside the OS package manager.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';
const wanted = process.env.CHROMIUM_PATH || DEFAULT_PATH;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    // CI has no terminal: debconf must not stop to ask questions.
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`ensure-chromium: \`${command} ${args.join(' ')}\` failed (${result.status}).`);
    process.exit(1);
  }
}

if (!isExecutable(wanted)) {
  // Installing only makes sense for the Debian package at the default path, and only as root;
  // a custom CHROMIUM_PATH that is missing is the user's mistake to fix, not ours to paper over.
  const canInstall =
    wanted === DEFAULT_PATH && existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (!canInstall) {
    console.error(
      `ensure-chromium: no Chromium at ${wanted}; install it with \`apt-get install chromium\` or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
  console.log('ensure-chromium: Chromium missing, installing the Debian package…');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!isExecutable(wanted)) {
    console.error(`ensure-chromium: apt-get installed chromium but ${wanted} is still missing.`);
    process.exit(1);
  }
}

console.log(`ensure-chromium: using ${wanted}`);
