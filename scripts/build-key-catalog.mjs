// Regenerates server/src/core/knowledge/sysctlKeyCatalog.json: every key name this machine's kernel
// shows in `sysctl -a`, on the host and in a fresh network namespace (some keys exist only per
// namespace, some only on the host). Interface names are folded into `<iface>`.
// Run as root on Linux: node scripts/build-key-catalog.mjs
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const namespace = `nsi-catalog-${process.pid}`;

function keysOf(args) {
  const output = execFileSync(args[0], args.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  return output
    .split('\n')
    .map((line) => line.split(' = ')[0].trim())
    .filter((key) => key.length > 0 && !key.startsWith('sysctl:'));
}

function interfaceTemplate(key) {
  return key.replace(/^net\.(ipv4|ipv6)\.(conf|neigh)\.[^.]+\./, 'net.$1.$2.<iface>.');
}

const keys = new Set(keysOf(['sysctl', '-a']).map(interfaceTemplate));
execFileSync('ip', ['netns', 'add', namespace]);
try {
  for (const key of keysOf(['ip', 'netns', 'exec', namespace, 'sysctl', '-a'])) {
    keys.add(interfaceTemplate(key));
  }
} finally {
  execFileSync('ip', ['netns', 'del', namespace]);
}

const catalog = {
  kernel: execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim(),
  capturedAt: new Date().toISOString().slice(0, 10),
  keys: [...keys].sort(),
};
const target = join(import.meta.dirname, '..', 'server', 'src', 'core', 'knowledge', 'sysctlKeyCatalog.json');
writeFileSync(target, `${JSON.stringify(catalog, null, 1)}\n`);
console.log(`${catalog.keys.length} keys from kernel ${catalog.kernel} written to ${target}`);
