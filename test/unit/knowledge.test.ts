import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Localized } from '../../server/src/core/i18n/localized';
import { KEEPALIVE_ELSEWHERE } from '../../server/src/core/knowledge/keepaliveElsewhere';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl';
import { TCP_STATE_DOCS } from '../../server/src/core/knowledge/tcpStates';
import { buildConditionOf, patternCovers, SYSCTL_BUILD_RULES, type SysctlBuildCondition } from '../../server/src/core/knowledge/sysctlBuildOptions';
import { keyStatus, segmentsOfDottedKey, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../../server/src/core/knowledge/types';
import { CANONICAL_STATES } from '../../server/src/core/model/tcpState';
import { diagnose } from './support/service';

const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures', 'real', 'sysctl');
const IFACE = '<iface>';
const CJK = /[\u4e00-\u9fff]/;
/** Every /proc/sys root some catalogued kernel has: the common ones, then those of one file system, driver or architecture. */
const KEY_SHAPE =
  /^(?:net|fs|kernel|vm|user|abi|debug|dev|crypto|sunrpc|bus|cachefiles|coda|csky|frv|fscache|lasat|nds32|pm|s390|s390dbf|tile|xen|xpc)(?:\.(?:[a-zA-Z0-9_-]+|<iface>))+$/;
const VERSION_SHAPE = /^\d+\.\d+$/;

const DOCS_BY_KEY = new Map(SYSCTL_KEY_DOCS.map((doc) => [doc.key, doc]));

// ---------------------------------------------------------------------------------------------
// Helpers

/** Problems with one text; an empty list means the text is fine. */
function localizedProblems(where: string, text: Localized, singleLine: boolean): string[] {
  const problems: string[] = [];
  for (const language of ['en', 'zh'] as const) {
    const value = text[language];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${where}.${language} is empty`);
      continue;
    }
    if (value !== value.trim()) {
      problems.push(`${where}.${language} has leading or trailing whitespace`);
    }
    if (singleLine && value.includes('\n')) {
      problems.push(`${where}.${language} must be one line`);
    }
    if (value.split('\n').some((line) => /^\s*#/.test(line))) {
      problems.push(`${where}.${language} contains a markdown heading`);
    }
    if ((value.match(/`/g) ?? []).length % 2 !== 0) {
      problems.push(`${where}.${language} has an unbalanced code span`);
    }
  }
  if (CJK.test(text.en)) {
    problems.push(`${where}.en contains Chinese characters`);
  }
  if (!CJK.test(text.zh)) {
    problems.push(`${where}.zh contains no Chinese`);
  }
  return problems;
}

/** Compares dotted versions numerically: "6.9" < "6.18". */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

/** "6.18.44-fc-v657" → "6.18". */
function majorMinor(release: string): string {
  const match = /^(\d+)\.(\d+)/.exec(release);
  assert.ok(match, `cannot read a kernel version from ${release}`);
  return `${match[1]}.${match[2]}`;
}

function existsIn(doc: SysctlKeyDoc, version: string): boolean {
  if (doc.since !== undefined && compareVersions(version, doc.since) < 0) {
    return false;
  }
  return doc.removedIn === undefined || compareVersions(version, doc.removedIn) < 0;
}

/** The default a kernel of `version` should print, walking `defaultChanges` back from the current default. */
function expectedDefault(doc: SysctlKeyDoc, version: string): string | null {
  if (doc.default === null) {
    return null;
  }
  let value = doc.default;
  const newestFirst = [...(doc.defaultChanges ?? [])].sort((a, b) => compareVersions(b.version, a.version));
  for (const change of newestFirst) {
    if (compareVersions(change.version, version) > 0) {
      value = change.from;
    }
  }
  return value;
}

/** Keys to look up in a dump: a per-interface key is checked on its `all` and `default` templates. */
function concreteKeys(doc: SysctlKeyDoc): string[] {
  if (!doc.key.includes(IFACE)) {
    return [doc.key];
  }
  // Neighbour tables have a `default` template but no `all` directory.
  const templates = /^net\.ipv[46]\.neigh\./.test(doc.key) ? ['default'] : ['all', 'default'];
  return templates.map((name) => doc.key.replace(IFACE, name));
}

/**
 * The key to look up in a new namespace: neighbour tables register `default` in the initial namespace
 * only, so a per-interface neighbour value of a new namespace is read on its loopback interface.
 */
function namespaceKey(key: string): string {
  return key.replace(/^(net\.ipv[46]\.neigh\.)default\./, '$1lo.');
}

/**
 * A documented key the fixture kernel may lack without the documentation being wrong: `sysctl -a`
 * does not print it (write-only, unreadable until set, hidden alias), or it needs a build option or
 * module (sysctlBuildOptions.ts) that kernel was built without: not one documented key needing the
 * same option, from the same file, is in the dump.
 */
function mayBeAbsent(doc: SysctlKeyDoc, host: Map<string, string>): boolean {
  if (doc.unlisted !== undefined) {
    return true;
  }
  const condition = buildConditionOf(doc.key);
  if (condition === undefined) {
    return false;
  }
  const signature = conditionSignature(condition);
  return !SYSCTL_KEY_DOCS.some((other) => {
    const otherCondition = buildConditionOf(other.key);
    return otherCondition !== undefined && conditionSignature(otherCondition) === signature && concreteKeys(other).some((key) => host.has(key));
  });
}

function conditionSignature(condition: SysctlBuildCondition): string {
  return [condition.requirement ?? 'option-set', condition.option, ...(condition.alsoNeeds ?? []), condition.module ?? '', condition.source].join(' ');
}

/** Parses `sysctl -a` output; values keep their tabs, an empty value stays empty. */
function parseSysctlDump(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const separator = line.indexOf(' = ');
    if (separator > 0) {
      values.set(line.slice(0, separator), line.slice(separator + 3));
    }
  }
  return values;
}

/**
 * Keys a new network namespace copies from the namespace that creates it instead of resetting them.
 * IPv4 `conf` values (and ip_forward, an alias of conf.all.forwarding) follow
 * net.core.devconf_inherit_init_net: 0 and 1 copy them, 2 resets them, 3 copies from the creator.
 * IPv6 `conf` values are copied only for 1 and 3.
 */
function inheritedByNewNamespace(key: string, devconfInherit: string): boolean {
  if (key === 'net.ipv4.tcp_rmem' || key === 'net.ipv4.tcp_wmem' || key === 'net.ipv4.tcp_congestion_control') {
    return true;
  }
  if (key === 'net.ipv4.ip_forward' || key.startsWith('net.ipv4.conf.')) {
    return devconfInherit !== '2';
  }
  if (key.startsWith('net.ipv6.conf.')) {
    return devconfInherit === '1' || devconfInherit === '3';
  }
  return false;
}

interface ParsedValue {
  readonly ok: boolean;
  readonly reason?: string;
}

/** Checks that a value is something the key's own type, range, items and values accept. */
function parseUnderType(doc: SysctlKeyDoc, value: string): ParsedValue {
  const inRange = (n: number): boolean =>
    (doc.range?.min === undefined || n >= doc.range.min) && (doc.range?.max === undefined || n <= doc.range.max);
  switch (doc.type) {
    case 'bool':
      return value === '0' || value === '1' ? { ok: true } : { ok: false, reason: 'not 0 or 1' };
    case 'enum':
      return (doc.values ?? []).some((entry) => entry.value === value)
        ? { ok: true }
        : { ok: false, reason: 'not one of the documented values' };
    case 'int': {
      if (!/^-?\d+$/.test(value)) {
        return { ok: false, reason: 'not an integer' };
      }
      return inRange(Number(value)) ? { ok: true } : { ok: false, reason: 'out of range' };
    }
    case 'int-list': {
      const items = value.split('\t');
      if (doc.items !== undefined && items.length !== doc.items) {
        return { ok: false, reason: `has ${items.length} items, expected ${doc.items}` };
      }
      for (const item of items) {
        if (!/^-?\d+$/.test(item)) {
          return { ok: false, reason: `item "${item}" is not an integer` };
        }
        if (!inRange(Number(item))) {
          return { ok: false, reason: `item ${item} out of range` };
        }
      }
      return { ok: true };
    }
    case 'string':
      return value.includes('\n') ? { ok: false, reason: 'contains a newline' } : { ok: true };
  }
}

interface Fixture {
  readonly release: string;
  readonly version: string;
  readonly host: Map<string, string>;
  readonly netns: Map<string, string>;
}

function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const name of fs.readdirSync(FIXTURE_DIR).sort()) {
    const match = /^sysctl-a-netns-(.+)\.txt$/.exec(name);
    if (!match) {
      continue;
    }
    const release = match[1];
    const hostFile = path.join(FIXTURE_DIR, `sysctl-a-host-${release}.txt`);
    assert.ok(fs.existsSync(hostFile), `missing ${hostFile} next to ${name}`);
    fixtures.push({
      release,
      version: majorMinor(release),
      host: parseSysctlDump(fs.readFileSync(hostFile, 'utf8')),
      netns: parseSysctlDump(fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8')),
    });
  }
  return fixtures;
}

/** One way a kernel disagrees with the documentation of a key. */
interface Mismatch {
  /** The key as the kernel names it (`net.ipv6.conf.all.mc_forwarding`). */
  readonly key: string;
  /** The documented key (`net.ipv6.conf.<iface>.mc_forwarding`). */
  readonly docKey: string;
  readonly kind: 'present-but-absent' | 'missing' | 'not-in-namespace' | 'host-default' | 'namespace-default';
  readonly message: string;
}

interface Comparison {
  /** Keys whose documented default was compared with the kernel and matched. */
  readonly verified: string[];
  readonly mismatches: Mismatch[];
}

/**
 * Compares the documentation with one kernel: `host` is `sysctl -a` of the initial namespace, `netns`
 * of a namespace created just before. `hostHasDefaults` says whether the host is expected to run with
 * kernel defaults (true for the committed fixtures; for a live machine its differences are a report).
 */
function compareWithKernel(
  version: string,
  host: Map<string, string>,
  netns: Map<string, string>,
  hostHasDefaults: boolean,
): Comparison {
  const verified: string[] = [];
  const mismatches: Mismatch[] = [];
  const devconfInherit = host.get('net.core.devconf_inherit_init_net') ?? '0';
  for (const doc of SYSCTL_KEY_DOCS) {
    if (existsIn(doc, version) && mayBeAbsent(doc, host)) {
      continue;
    }
    const present = existsIn(doc, version);
    const report = (key: string, kind: Mismatch['kind'], message: string) => mismatches.push({ key, docKey: doc.key, kind, message });
    for (const key of concreteKeys(doc)) {
      const hostValue = host.get(key);
      const netnsValue = netns.get(namespaceKey(key));
      if (!present) {
        if (hostValue !== undefined || netnsValue !== undefined) {
          report(key, 'present-but-absent', `${key}: documented as absent in ${version} (since/removedIn) but the kernel has it`);
        }
        continue;
      }
      if (hostValue === undefined) {
        report(key, 'missing', `${key}: documented for ${version} but missing from the kernel`);
        continue;
      }
      if (doc.perNamespace && netnsValue === undefined) {
        report(key, 'not-in-namespace', `${key}: documented as per-namespace but missing in a new namespace`);
      }
      const expected = expectedDefault(doc, version);
      if (expected === null) {
        continue;
      }
      let matched = true;
      let checkedInNamespace = false;
      if (hostHasDefaults && hostValue !== expected) {
        report(key, 'host-default', `${key}: host prints ${JSON.stringify(hostValue)}, documented ${JSON.stringify(expected)}`);
        matched = false;
      }
      if (doc.perNamespace && netnsValue !== undefined) {
        const inherited = inheritedByNewNamespace(key, devconfInherit);
        const wanted = inherited ? hostValue : expected;
        if (netnsValue !== wanted) {
          const source = inherited ? 'the host value' : 'documented';
          report(key, 'namespace-default', `${key}: new namespace prints ${JSON.stringify(netnsValue)}, ${source} ${JSON.stringify(wanted)}`);
          matched = false;
        }
        checkedInNamespace = !inherited;
      }
      if (matched && (hostHasDefaults || checkedInNamespace)) {
        verified.push(key);
      }
    }
  }
  return { verified, mismatches };
}

function run(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return { status: result.error ? null : result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function procPath(key: string): string {
  return `/proc/sys/${key.replace(/\./g, '/')}`;
}

// ---------------------------------------------------------------------------------------------
// TCP states

describe('knowledge: TCP states', () => {
  it('documents exactly the eleven canonical states, each under its own name', () => {
    assert.deepStrictEqual(Object.keys(TCP_STATE_DOCS).sort(), [...CANONICAL_STATES].sort());
    const misfiled = CANONICAL_STATES.filter((state) => TCP_STATE_DOCS[state].state !== state);
    assert.deepStrictEqual(misfiled, []);
  });

  it('fills every text in both languages, without headings', () => {
    const problems: string[] = [];
    for (const state of CANONICAL_STATES) {
      const doc = TCP_STATE_DOCS[state];
      problems.push(...localizedProblems(`${state}.summary`, doc.summary, true));
      for (const field of ['side', 'transitions', 'timers', 'largeCount'] as const) {
        problems.push(...localizedProblems(`${state}.${field}`, doc[field], false));
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('links every state to documented sysctl keys, without duplicates', () => {
    const problems: string[] = [];
    for (const state of CANONICAL_STATES) {
      const keys = TCP_STATE_DOCS[state].relatedKeys;
      if (keys.length === 0) {
        problems.push(`${state} has no related keys`);
      }
      if (new Set(keys).size !== keys.length) {
        problems.push(`${state} lists a key twice`);
      }
      problems.push(...keys.filter((key) => !DOCS_BY_KEY.has(key)).map((key) => `${state} → ${key} is not documented`));
    }
    assert.deepStrictEqual(problems, []);
  });

  it('teaches the facts people get wrong', () => {
    const timeWait = TCP_STATE_DOCS.TIME_WAIT;
    assert.match(timeWait.timers.en, /60 s/);
    assert.match(timeWait.timers.en, /TCP_TIMEWAIT_LEN/);
    assert.match(timeWait.timers.en, /tcp_fin_timeout/);
    assert.match(timeWait.side.en, /active closer/);
    assert.match(timeWait.largeCount.en, /EADDRNOTAVAIL/);
    assert.match(TCP_STATE_DOCS.CLOSE_WAIT.timers.en, /^No timer of its own/);
    assert.match(TCP_STATE_DOCS.CLOSE_WAIT.timers.en, /SO_KEEPALIVE .* abort it to CLOSED/);
    assert.match(TCP_STATE_DOCS.CLOSE_WAIT.largeCount.en, /ss -tanp state close-wait/);
    assert.match(TCP_STATE_DOCS.FIN_WAIT2.timers.en, /orphaned/);
    assert.match(TCP_STATE_DOCS.LISTEN.largeCount.en, /nstat -az TcpExtListenOverflows/);
    assert.match(TCP_STATE_DOCS.LISTEN.largeCount.en, /netstat -s \| grep -i listen/);
    assert.match(TCP_STATE_DOCS.SYN_SENT.timers.en, /tcp_syn_retries/);
    assert.match(TCP_STATE_DOCS.SYN_RECV.timers.en, /tcp_synack_retries/);
    assert.match(TCP_STATE_DOCS.LAST_ACK.timers.en, /tcp_orphan_retries/);
    assert.match(TCP_STATE_DOCS.ESTABLISHED.timers.en, /tcp_keepalive_time/);
    assert.match(timeWait.side.zh, /主动关闭方/);
    assert.match(TCP_STATE_DOCS.CLOSE_WAIT.side.zh, /被动关闭方/);
  });
});

// ---------------------------------------------------------------------------------------------
// Sysctl keys: shape and internal consistency

describe('knowledge: sysctl keys', () => {
  it('documents at least 450 distinct leaf names, each key once and well-formed', () => {
    const leaves = new Set(SYSCTL_KEY_DOCS.map((doc) => doc.key.slice(doc.key.lastIndexOf('.') + 1)));
    assert.ok(leaves.size >= 450, `only ${leaves.size} distinct leaf names`);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      if (seen.has(doc.key)) {
        problems.push(`${doc.key} is documented twice`);
      }
      seen.add(doc.key);
      if (!KEY_SHAPE.test(doc.key)) {
        problems.push(`${doc.key} is not a dotted sysctl name`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('documents the keys the product promises', () => {
    const required = [
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_tw_reuse',
      'net.ipv4.tcp_tw_reuse_delay',
      'net.ipv4.tcp_max_tw_buckets',
      'net.ipv4.tcp_max_syn_backlog',
      'net.ipv4.tcp_syncookies',
      'net.core.somaxconn',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.ip_local_reserved_ports',
      'net.ipv4.ip_unprivileged_port_start',
      'net.ipv4.tcp_tw_recycle',
      'net.ipv4.tcp_rmem',
      'net.ipv4.tcp_wmem',
      'net.core.rmem_max',
      'net.core.wmem_max',
      'net.core.rmem_default',
      'net.core.wmem_default',
      'net.ipv4.tcp_mem',
      'net.core.netdev_max_backlog',
      'net.ipv4.tcp_retries1',
      'net.ipv4.tcp_retries2',
      'net.ipv4.tcp_syn_retries',
      'net.ipv4.tcp_synack_retries',
      'net.ipv4.tcp_orphan_retries',
      'net.ipv4.tcp_max_orphans',
      'net.ipv4.tcp_slow_start_after_idle',
      'net.ipv4.tcp_timestamps',
      'net.ipv4.tcp_sack',
      'net.ipv4.tcp_window_scaling',
      'net.ipv4.tcp_congestion_control',
      'net.ipv4.tcp_available_congestion_control',
      'net.ipv4.tcp_abort_on_overflow',
      'net.ipv4.tcp_fastopen',
      'net.ipv4.tcp_mtu_probing',
      'net.ipv4.tcp_no_metrics_save',
      'net.ipv4.tcp_low_latency',
      'net.ipv4.tcp_fack',
      'net.ipv4.ip_forward',
      'net.ipv4.conf.<iface>.rp_filter',
      'net.ipv4.conf.<iface>.accept_redirects',
      'net.ipv4.tcp_notsent_lowat',
      'net.ipv4.tcp_autocorking',
      'net.core.default_qdisc',
      'net.ipv4.tcp_ecn',
      'net.ipv4.tcp_rfc1337',
      'net.ipv4.tcp_moderate_rcvbuf',
      'net.netfilter.nf_conntrack_max',
      'net.netfilter.nf_conntrack_tcp_timeout_established',
      'net.netfilter.nf_conntrack_tcp_timeout_time_wait',
      'fs.file-max',
      'fs.nr_open',
      'net.ipv6.conf.<iface>.disable_ipv6',
    ];
    assert.deepStrictEqual(
      required.filter((key) => !DOCS_BY_KEY.has(key)),
      [],
    );
  });

  it('fills summary and details in both languages; the summary is one line', () => {
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      problems.push(...localizedProblems(`${doc.key}.summary`, doc.summary, true));
      problems.push(...localizedProblems(`${doc.key}.details`, doc.details, false));
      if (doc.defaultNote) {
        problems.push(...localizedProblems(`${doc.key}.defaultNote`, doc.defaultNote, true));
      }
      for (const entry of [...(doc.values ?? []), ...(doc.suggestions ?? [])]) {
        problems.push(...localizedProblems(`${doc.key}=${entry.value}`, entry.meaning, true));
      }
      if (doc.default === null && !doc.defaultNote) {
        problems.push(`${doc.key} has no default and no defaultNote explaining why`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('points every related key at another documented key', () => {
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      if (doc.related.length === 0) {
        problems.push(`${doc.key} has no related keys`);
      }
      if (new Set(doc.related).size !== doc.related.length) {
        problems.push(`${doc.key} lists a related key twice`);
      }
      for (const key of doc.related) {
        if (key === doc.key) {
          problems.push(`${doc.key} relates to itself`);
        } else if (!DOCS_BY_KEY.has(key)) {
          problems.push(`${doc.key} → ${key} is not documented`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('keeps values, range and items consistent with the type', () => {
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      const values = doc.values?.map((entry) => entry.value) ?? [];
      if (new Set(values).size !== values.length) {
        problems.push(`${doc.key} lists a value twice`);
      }
      if (doc.type === 'bool' && JSON.stringify(values) !== JSON.stringify(['0', '1'])) {
        problems.push(`${doc.key}: a bool must document exactly 0 and 1`);
      }
      if (doc.type === 'enum' && values.length < 2) {
        problems.push(`${doc.key}: an enum must document its values`);
      }
      if (doc.type !== 'bool' && doc.type !== 'enum' && values.length > 0) {
        problems.push(`${doc.key}: only bool and enum keys list values`);
      }
      // A list whose length depends on the build (one item per memory zone) says so in its defaultNote.
      if (doc.type === 'int-list' && (doc.items === undefined ? !doc.defaultNote : doc.items < 2)) {
        problems.push(`${doc.key}: an int-list must say how many items it has`);
      }
      if (doc.type !== 'int-list' && doc.items !== undefined) {
        problems.push(`${doc.key}: only int-list keys have items`);
      }
      if (doc.range) {
        const { min, max } = doc.range;
        if (doc.type === 'bool' || doc.type === 'string') {
          problems.push(`${doc.key}: a ${doc.type} has no range`);
        }
        if (min !== undefined && max !== undefined && min > max) {
          problems.push(`${doc.key}: range min > max`);
        }
        if (doc.type === 'enum') {
          const numbers = values.map(Number);
          for (const n of numbers) {
            if ((min !== undefined && n < min) || (max !== undefined && n > max) || !Number.isInteger(n)) {
              problems.push(`${doc.key}: value ${n} is outside its range`);
            }
          }
          if (min !== undefined && max !== undefined) {
            for (let n = min; n <= max; n++) {
              if (!numbers.includes(n)) {
                problems.push(`${doc.key}: value ${n} is in range but not documented`);
              }
            }
          }
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('gives defaults that parse under the key\'s own type, range and items', () => {
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      const candidates = [doc.default, ...(doc.defaultChanges ?? []).flatMap((change) => [change.from, change.to])];
      for (const value of candidates) {
        if (value === null) {
          continue;
        }
        const parsed = parseUnderType(doc, value);
        if (!parsed.ok) {
          problems.push(`${doc.key}: default ${JSON.stringify(value)} ${parsed.reason}`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('records default changes as a chain that ends at the current default', () => {
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      const changes = doc.defaultChanges ?? [];
      for (let i = 0; i < changes.length; i++) {
        const change = changes[i];
        if (!VERSION_SHAPE.test(change.version)) {
          problems.push(`${doc.key}: version ${change.version} is not major.minor`);
        }
        if (change.from === change.to) {
          problems.push(`${doc.key}: change in ${change.version} changes nothing`);
        }
        if (i > 0 && compareVersions(changes[i - 1].version, change.version) >= 0) {
          problems.push(`${doc.key}: changes are not in ascending version order`);
        }
        if (i > 0 && changes[i - 1].to !== change.from) {
          problems.push(`${doc.key}: change in ${change.version} does not start where the previous one ended`);
        }
      }
      if (changes.length > 0 && doc.default !== null && changes[changes.length - 1].to !== doc.default) {
        problems.push(`${doc.key}: the last change does not end at the default`);
      }
      for (const version of [doc.since, doc.removedIn]) {
        if (version !== undefined && !VERSION_SHAPE.test(version)) {
          problems.push(`${doc.key}: version ${version} is not major.minor`);
        }
      }
      if (doc.since !== undefined && doc.removedIn !== undefined && compareVersions(doc.since, doc.removedIn) >= 0) {
        problems.push(`${doc.key}: removed before it appeared`);
      }
      if (doc.perNamespace && !doc.key.startsWith('net.')) {
        problems.push(`${doc.key}: only net.* keys can be per network namespace`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('walks defaultChanges back to older kernels', () => {
    const somaxconn = DOCS_BY_KEY.get('net.core.somaxconn');
    assert.ok(somaxconn);
    assert.strictEqual(expectedDefault(somaxconn, '5.3'), '128');
    assert.strictEqual(expectedDefault(somaxconn, '5.4'), '4096');
    assert.strictEqual(expectedDefault(somaxconn, '6.18'), '4096');
    const recycle = DOCS_BY_KEY.get('net.ipv4.tcp_tw_recycle');
    assert.ok(recycle);
    assert.strictEqual(existsIn(recycle, '4.11'), true);
    assert.strictEqual(existsIn(recycle, '4.12'), false);
  });

  it('relates Linux keepalive to the timeouts met elsewhere', () => {
    assert.deepStrictEqual(localizedProblems('KEEPALIVE_ELSEWHERE', KEEPALIVE_ELSEWHERE, false), []);
    for (const language of ['en', 'zh'] as const) {
      const text = KEEPALIVE_ELSEWHERE[language];
      for (const fact of ['7200', '75', '9', '7875', '300', '350', '`MaxKeepAliveRequests 100`', '`KeepAliveTimeout 5`', '`http.keepAlive=true`', '`http.maxConnections=5`', '`tcp_keepalive_time`']) {
        assert.ok(text.includes(fact), `${language} text lacks ${fact}`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Build options a key depends on

describe('knowledge: build options and modules of sysctl keys', () => {
  it('names only documented keys, and every directory rule covers some', () => {
    const problems: string[] = [];
    for (const rule of SYSCTL_BUILD_RULES) {
      for (const pattern of rule.keys) {
        if (!SYSCTL_KEY_DOCS.some((doc) => patternCovers(pattern, doc.key))) {
          problems.push(`${pattern} covers no documented key`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('gives Kconfig symbols, module names and source files of the right shape', () => {
    const problems: string[] = [];
    for (const rule of SYSCTL_BUILD_RULES) {
      const where = rule.keys.join(', ');
      // A hand-set define is a plain C macro that no Kconfig option sets, so it must not look like one.
      if (rule.requirement === 'hand-set-define' && !/^(?!CONFIG_)[A-Z][A-Z0-9_]+$/.test(rule.option)) {
        problems.push(`${where}: ${rule.option} is not a plain C macro`);
      }
      const kconfigSymbols = rule.requirement === 'hand-set-define' ? (rule.alsoNeeds ?? []) : [rule.option, ...(rule.alsoNeeds ?? [])];
      for (const option of kconfigSymbols) {
        if (!/^CONFIG_[A-Z0-9_]+$/.test(option)) {
          problems.push(`${where}: ${option} is not a Kconfig symbol`);
        }
      }
      if (rule.module !== undefined && !/^[a-z0-9_]+$/.test(rule.module)) {
        problems.push(`${where}: ${rule.module} is not a module name`);
      }
      if (!/^[a-z0-9_]+(?:\/[a-z0-9_-]+)*\.c$/.test(rule.source)) {
        problems.push(`${where}: ${rule.source} is not a C file of the kernel tree`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('explains the keys a kernel built without flow limits, IPv6 multicast routing or SRv6 HMAC lacks', () => {
    const optionOf = (key: string) => buildConditionOf(key)?.option;
    assert.strictEqual(optionOf('net.core.flow_limit_cpu_bitmap'), 'CONFIG_NET_FLOW_LIMIT');
    assert.strictEqual(optionOf('net.core.flow_limit_table_len'), 'CONFIG_NET_FLOW_LIMIT');
    assert.strictEqual(optionOf('net.ipv6.conf.<iface>.mc_forwarding'), 'CONFIG_IPV6_MROUTE');
    assert.strictEqual(optionOf('net.ipv6.conf.<iface>.seg6_require_hmac'), 'CONFIG_IPV6_SEG6_HMAC');
    assert.deepStrictEqual(buildConditionOf('net.core.flow_limit_table_len'), {
      option: 'CONFIG_NET_FLOW_LIMIT',
      source: 'net/core/sysctl_net_core.c',
    });
  });

  it('lets a rule for one key win over the rule for its directory, and leaves unconditional keys alone', () => {
    assert.deepStrictEqual(buildConditionOf('net.ipv6.bindv6only'), { option: 'CONFIG_IPV6', module: 'ipv6', source: 'net/ipv6/sysctl_net_ipv6.c' });
    assert.strictEqual(buildConditionOf('net.netfilter.nf_conntrack_max')?.option, 'CONFIG_NF_CONNTRACK');
    assert.strictEqual(buildConditionOf('net.netfilter.nf_conntrack_sctp_timeout_closed')?.option, 'CONFIG_NF_CT_PROTO_SCTP');
    assert.strictEqual(buildConditionOf('net.bridge.bridge-nf-call-iptables')?.module, 'br_netfilter');
    assert.strictEqual(buildConditionOf('net.ipv4.tcp_fin_timeout'), undefined);
    assert.strictEqual(buildConditionOf('net.core.somaxconn'), undefined);
    assert.strictEqual(whyMissing('net.core.flow_limit_table_len'), 'not in this kernel (needs CONFIG_NET_FLOW_LIMIT, net/core/sysctl_net_core.c)');
    assert.strictEqual(
      whyMissing('net.ipv6.conf.<iface>.accept_ra_rt_info_max_plen'),
      'not in this kernel (needs CONFIG_IPV6_ROUTE_INFO + CONFIG_IPV6_ROUTER_PREF, module ipv6, net/ipv6/addrconf.c)',
    );
  });

  it('explains keys that need an option off, or a macro no Kconfig option sets', () => {
    assert.deepStrictEqual(buildConditionOf('vm.nr_trim_pages'), { option: 'CONFIG_MMU', requirement: 'option-unset', source: 'mm/nommu.c' });
    assert.strictEqual(whyMissing('vm.nr_trim_pages'), 'not in this kernel (only without CONFIG_MMU, mm/nommu.c)');
    assert.strictEqual(
      whyMissing('kernel.random.add_interrupt_avg_cycles'),
      'not in this kernel (only with ADD_INTERRUPT_BENCH defined by editing drivers/char/random.c, which no Kconfig option does)',
    );
    // Both are covered by mayBeAbsent: the fixture kernel has an MMU and no hand-set define.
    for (const fixture of loadFixtures().filter((each) => each.version === '6.18')) {
      assert.strictEqual(fixture.host.has('vm.nr_trim_pages'), false);
      assert.strictEqual(mayBeAbsent(DOCS_BY_KEY.get('vm.nr_trim_pages')!, fixture.host), true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Correctness against real kernels

describe('knowledge: defaults of a real kernel (committed fixtures)', () => {
  const fixtures = loadFixtures();

  it('has at least one pair of captured dumps, each small and from the kernel its name says', () => {
    assert.ok(fixtures.length >= 1, `no sysctl-a-netns-*.txt in ${FIXTURE_DIR}`);
    for (const fixture of fixtures) {
      assert.strictEqual(fixture.host.get('kernel.osrelease'), fixture.release);
      assert.strictEqual(fixture.netns.get('kernel.osrelease'), fixture.release);
      for (const kind of ['host', 'netns']) {
        const size = fs.statSync(path.join(FIXTURE_DIR, `sysctl-a-${kind}-${fixture.release}.txt`)).size;
        assert.ok(size < 100 * 1024, `${kind} fixture is ${size} bytes`);
      }
    }
  });

  it('matches every documented default, existence and per-namespace flag', () => {
    for (const fixture of fixtures) {
      const { verified, mismatches } = compareWithKernel(fixture.version, fixture.host, fixture.netns, true);
      assert.deepStrictEqual(mismatches.map((mismatch) => mismatch.message), [], `kernel ${fixture.release}`);
      const expectedToVerify = SYSCTL_KEY_DOCS.filter((doc) => existsIn(doc, fixture.version) && !mayBeAbsent(doc, fixture.host) && doc.default !== null)
        .flatMap(concreteKeys)
        .sort();
      assert.deepStrictEqual([...new Set(verified)].sort(), expectedToVerify, `kernel ${fixture.release}`);
    }
  });

  it('marks keys a new namespace does not have as global', () => {
    for (const fixture of fixtures) {
      const wrong = SYSCTL_KEY_DOCS.filter(
        (doc) => existsIn(doc, fixture.version) && !mayBeAbsent(doc, fixture.host) && doc.perNamespace && concreteKeys(doc).some((key) => !fixture.netns.has(namespaceKey(key))),
      ).map((doc) => doc.key);
      assert.deepStrictEqual(wrong, [], `kernel ${fixture.release}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The running kernel: a report, not a verdict

/** Why a documented key may be missing from a kernel, from the table of build options. */
function whyMissing(docKey: string): string {
  const condition = buildConditionOf(docKey);
  if (condition === undefined) {
    return 'not in this kernel (no build option or module on record for it)';
  }
  if (condition.requirement === 'option-unset') {
    return `not in this kernel (only without ${condition.option}, ${condition.source})`;
  }
  if (condition.requirement === 'hand-set-define') {
    return `not in this kernel (only with ${condition.option} defined by editing ${condition.source}, which no Kconfig option does)`;
  }
  const options = [condition.option, ...(condition.alsoNeeds ?? [])].join(' + ');
  const module = condition.module === undefined ? '' : `, module ${condition.module}`;
  return `not in this kernel (needs ${options}${module}, ${condition.source})`;
}

/** The report line of one difference; a kernel built or tuned otherwise explains each of them. */
function describeDifference(mismatch: Mismatch): string {
  switch (mismatch.kind) {
    case 'missing':
      return `${mismatch.key}: ${whyMissing(mismatch.docKey)}`;
    case 'host-default':
      return `${mismatch.message} (tuned here, or this build's own default)`;
    case 'namespace-default':
      return `${mismatch.message} (this build's own default)`;
    case 'not-in-namespace':
    case 'present-but-absent':
      return mismatch.message;
  }
}

interface LiveKernel {
  readonly release: string;
  readonly version: string;
  readonly hostText: string;
  readonly netnsText: string;
  readonly host: Map<string, string>;
  readonly netns: Map<string, string>;
  /** Permission bits of /proc/sys files inside the new namespace, or why they could not be read. */
  readonly modes: Map<string, number> | string;
}

/**
 * Reads `sysctl -a` on the host and in a namespace made for the purpose, and removes the namespace
 * again, synchronously: mocha must know the report's tests before it runs any. Returns why not
 * when this machine cannot say.
 */
function readRunningKernel(): LiveKernel | string {
  if (process.platform !== 'linux') {
    return `not Linux (${process.platform})`;
  }
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return 'not root: creating a network namespace needs root';
  }
  if (run('ip', ['-V']).status !== 0) {
    return 'no `ip` (iproute2) on PATH';
  }
  if (run('sysctl', ['-V']).status !== 0) {
    return 'no `sysctl` (procps) on PATH';
  }
  const name = `nsi-knowledge-${process.pid}-${Date.now()}`;
  const added = run('ip', ['netns', 'add', name]);
  if (added.status !== 0) {
    return `\`ip netns add\` failed: ${added.stderr.trim() || `exit ${added.status}`}`;
  }
  try {
    const hostDump = run('sysctl', ['-a']);
    const netnsDump = run('ip', ['netns', 'exec', name, 'sysctl', '-a']);
    const host = parseSysctlDump(hostDump.stdout);
    const netns = parseSysctlDump(netnsDump.stdout);
    if (host.size < 100 || netns.size < 100) {
      return `sysctl -a printed almost nothing (${host.size} keys on the host, ${netns.size} in a new namespace)`;
    }
    const version = majorMinor(os.release());
    const netKeys = SYSCTL_KEY_DOCS.filter((doc) => existsIn(doc, version))
      .flatMap(concreteKeys)
      .filter((key) => key.startsWith('net.') && netns.has(key));
    const stat = run('ip', ['netns', 'exec', name, 'stat', '-c', '%a %n', ...netKeys.map(procPath)]);
    const modes =
      stat.status === 0
        ? new Map(
            stat.stdout
              .trim()
              .split('\n')
              .map((line) => {
                const [mode, file] = line.split(' ');
                return [file, parseInt(mode, 8)] as const;
              }),
          )
        : `stat failed in the namespace: ${stat.stderr.trim() || `exit ${stat.status}`}`;
    return { release: os.release(), version, hostText: hostDump.stdout, netnsText: netnsDump.stdout, host, netns, modes };
  } finally {
    run('ip', ['netns', 'del', name]);
  }
}

/** Keys this kernel prints that neither the documentation nor the key catalog knows. */
function keysOutsideCatalog(live: LiveKernel): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const key of [...live.host.keys(), ...live.netns.keys()]) {
    const template = templateKey(segmentsOfDottedKey(key));
    if (seen.has(template)) {
      continue;
    }
    seen.add(template);
    const status = keyStatus(template);
    if (status.kind === 'unknown') {
      lines.push(`${template}: not in the key catalog (kernel ${live.release} has it)`);
    } else if (status.kind === 'removed') {
      lines.push(`${template}: recorded as removed, yet kernel ${live.release} has it`);
    }
  }
  return lines;
}

/** Per-namespace flags that disagree with what a new namespace lets one write. */
function namespaceFlagDifferences(live: LiveKernel, modes: Map<string, number>): string[] {
  const lines: string[] = [];
  for (const doc of SYSCTL_KEY_DOCS) {
    if (!existsIn(doc, live.version)) {
      continue;
    }
    for (const key of concreteKeys(doc)) {
      const mode = modes.get(procPath(namespaceKey(key)));
      if (mode !== undefined && (mode & 0o222) !== 0 !== doc.perNamespace) {
        const writable = (mode & 0o222) !== 0;
        lines.push(`${key}: ${writable ? 'writable' : 'read-only'} in a new namespace, yet perNamespace is ${doc.perNamespace}`);
      }
    }
    if (doc.perNamespace && concreteKeys(doc).some((key) => live.host.has(key) && !live.netns.has(namespaceKey(key)))) {
      lines.push(`${doc.key}: the host has it, a new namespace does not, yet perNamespace is true`);
    }
  }
  return lines;
}

/** Diagnostics that mean the product misread real output: a syntax error, or a value it calls invalid. */
const MISREADING_CODES: ReadonlySet<string> = new Set(['sysctl.syntax-error', 'sysctl.invalid-value']);

function misreadings(text: string): string[] {
  const lines = text.split('\n');
  return diagnose('sysctl', text)
    .filter((diagnostic) => MISREADING_CODES.has(String(diagnostic.code)))
    .map((diagnostic) => `line ${diagnostic.range.start.line + 1} ${JSON.stringify(lines[diagnostic.range.start.line])}: ${diagnostic.code}: ${diagnostic.message}`);
}

describe('knowledge: the running kernel, in a fresh network namespace', function () {
  // Reading and validating two full dumps takes a while on a busy machine; no result depends on speed.
  this.timeout(120_000);
  const live = readRunningKernel();
  if (typeof live === 'string') {
    it(`skipped: ${live}`);
    return;
  }

  it(`parses and validates this host's sysctl -a (${live.release}) without a syntax error or a value called invalid`, () => {
    assert.deepStrictEqual(misreadings(live.hostText), []);
  });

  it('parses and validates a new namespace\'s sysctl -a without a syntax error or a value called invalid', () => {
    assert.deepStrictEqual(misreadings(live.netnsText), []);
  });

  // Everything below is how this kernel differs from the committed captures the facts are checked
  // on: a build without an option, a tuned host, a vendor's defaults. Each is listed as pending.
  describe(`differences of kernel ${live.release} from the documentation (reported, never failing)`, () => {
    const { mismatches } = compareWithKernel(live.version, live.host, live.netns, true);
    const differences = [
      ...mismatches.map(describeDifference),
      ...keysOutsideCatalog(live),
      ...(typeof live.modes === 'string' ? [`per-namespace flags not checked: ${live.modes}`] : namespaceFlagDifferences(live, live.modes)),
    ];
    for (const difference of differences) {
      it(difference);
    }
    if (differences.length === 0) {
      it('none: this kernel matches the documentation', () => {
        assert.deepStrictEqual(differences, []);
      });
    }
  });
});
