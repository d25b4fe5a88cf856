// A private network namespace for the code-server the host suite runs in (scripts/test-host.mjs):
// the extension host, and every tool a capture starts, then sees only the sockets the tests open there,
// as it would inside a Dev Container. code-server listens on a unix socket inside it and a forwarder on
// 127.0.0.1 outside lets the browser in, so the namespace holds no TCP socket of the harness's own.
import { spawnSync } from 'node:child_process';

/** Tells the suite (test/host/suite/captureNamespace.ts) which namespace it runs in; the product never reads it. */
export const HOST_NETNS_ENV = 'NSI_HOST_NETNS';

function ip(args) {
  const result = spawnSync('ip', args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', LC_ALL: 'C' } });
  if (result.error) return result.error.message;
  return result.status === 0 ? undefined : (result.stderr || `exit ${result.status}`).trim();
}

/**
 * Creates `nsinsight-host-<pid>` with its loopback up. Returns { name, path, remove } or, when this
 * machine does not allow it (not Linux, not root, no `ip netns`, no nsenter), { unavailable: reason }.
 */
export function createHostNamespace() {
  if (process.platform !== 'linux') return { unavailable: `not Linux (${process.platform})` };
  if (process.getuid?.() !== 0) return { unavailable: 'not root: `ip netns add` needs root' };
  const nsenter = spawnSync('nsenter', ['--version'], { encoding: 'utf8' });
  if (nsenter.error || nsenter.status !== 0) return { unavailable: 'nsenter (util-linux) is not installed' };
  const name = `nsinsight-host-${process.pid}`;
  const failed = ip(['netns', 'add', name]);
  if (failed) return { unavailable: `\`ip netns add\` failed: ${failed}` };
  const remove = () => void ip(['netns', 'delete', name]);
  const loopback = ip(['-n', name, 'link', 'set', 'lo', 'up']);
  if (loopback) {
    remove();
    return { unavailable: `the namespace's loopback could not be set up: ${loopback}` };
  }
  return { name, path: `/run/netns/${name}`, remove };
}
