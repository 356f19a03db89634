// Runs a command with no network interface but loopback: the tests open servers and peer
// connections, and nothing they start may reach, or be reached from, beyond this machine.
// Usage: node tests/loopback.mjs <command> [args...]   (commands resolve from node_modules/.bin)
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: node tests/loopback.mjs <command> [args...]');
  process.exit(2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// As npx does: `vitest` is found in the project's node_modules/.bin.
const env = {
  ...process.env,
  PATH: [path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
};

/** True when every address this process can see is a loopback one. */
const loopbackOnly = () =>
  Object.values(os.networkInterfaces()).every((addresses) =>
    (addresses ?? []).every((address) => address.internal),
  );

// Root may create a network namespace directly; anyone else needs a user namespace too (-r).
const unshareFlag = process.getuid?.() === 0 ? '-n' : '-rn';
const LO_UP = 'ip link set lo up';

function refuse(reason) {
  console.error(
    `tests/loopback.mjs: could not isolate the network (${reason}). Concord's tests open servers ` +
      'and peer connections, so they must run where no network interface but loopback exists; ' +
      `this script runs them in a new network namespace with \`unshare ${unshareFlag}\` and ` +
      `\`${LO_UP}\`, and will not run them with the network instead. To enable it on Linux, ` +
      'install util-linux (unshare) and iproute2 (ip) and allow unprivileged user namespaces ' +
      '(`sysctl -w kernel.unprivileged_userns_clone=1`; on Ubuntu 23.10 and later also ' +
      '`sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`), or run as root; in a ' +
      'container, start it with `--network none` (then no namespace is needed) or allow it to ' +
      'create namespaces.',
  );
  process.exit(1);
}

function isolated() {
  // A dry run first, so a missing or forbidden unshare is told apart from a failing command.
  const probe = spawnSync('unshare', [unshareFlag, 'sh', '-c', LO_UP], { encoding: 'utf8' });
  if (probe.error) refuse(`unshare: ${probe.error.message}`);
  if (probe.status !== 0) refuse(probe.stderr.trim() || `unshare exited with ${probe.status}`);
  return ['unshare', [unshareFlag, 'sh', '-c', `${LO_UP} && exec "$@"`, 'sh', ...command]];
}

const [file, args] = loopbackOnly() ? [command[0], command.slice(1)] : isolated();
const child = spawn(file, args, { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`tests/loopback.mjs: cannot run ${command[0]}: ${error.message}`);
  process.exit(127);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
});
