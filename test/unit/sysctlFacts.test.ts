import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOREIGN_KEEPALIVE_SETTINGS, KEEPALIVE_ELSEWHERE } from '../../server/src/core/knowledge/keepaliveElsewhere';
import { COUNTER_DOCS } from '../../server/src/core/knowledge/counters';
import { buildConditionOf } from '../../server/src/core/knowledge/sysctlBuildOptions';
import { findKeyDoc, keyStatus } from '../../server/src/core/knowledge/sysctlKeys';
import { MODULE_KEY_LISTS } from '../../server/src/core/knowledge/sysctlModuleKeys';
import { TCP_STATE_DOCS } from '../../server/src/core/knowledge/tcpStates';
import { upstreamDocUrl } from '../../server/src/core/knowledge/upstreamDocs';
import { VENDOR_SYSCTL_KEYS } from '../../server/src/core/knowledge/vendorSysctlKeys';
import { FIXTURES } from './support/fixtures';
import { diagnose, settingsWith } from './support/service';

/** The rules this work is about; others (no-op, lowers-default…) judge the same lines for other reasons. */
const KEY_AND_VALUE_RULES = new Set(['sysctl.unknown-key', 'sysctl.removed-key', 'sysctl.invalid-value']);

function keyFindings(text: string, language: 'en' | 'zh-cn' = 'en') {
  return diagnose('sysctl', text, settingsWith({ language })).filter((diagnostic) => KEY_AND_VALUE_RULES.has(String(diagnostic.code)));
}

describe('sysctl facts: real keys that `sysctl -a` does not print', () => {
  it('accepts write-only, unreadable-until-set and deprecated keys without a word', () => {
    const text = [
      '# /etc/sysctl.d/90-real.conf',
      'net.ipv4.route.flush = 1',
      'net.ipv6.route.flush = 1',
      'vm.drop_caches = 3',
      'vm.compact_memory = 1',
      'net.ipv6.conf.eth0.stable_secret = 2001:db8:1:2:3:4:5:6',
      'net.ipv6.conf.default.stable_secret = 2001:db8:1:2:3:4:5:6',
      'net.ipv4.neigh.eth0.base_reachable_time = 30',
      'net.ipv6.neigh.default.retrans_time = 100',
      'net.ipv4.neigh.default.retrans_time = 100',
    ].join('\n');
    deepStrictEqual(keyFindings(text), []);
  });

  it('records why each is missing from listings', () => {
    deepStrictEqual(
      ['net.ipv4.route.flush', 'vm.drop_caches', 'vm.compact_memory', 'net.ipv6.conf.<iface>.stable_secret', 'net.ipv4.neigh.<iface>.retrans_time'].map((key) => findKeyDoc(key)?.unlisted),
      ['write-only', 'write-only', 'write-only', 'unreadable-until-set', 'deprecated-alias'],
    );
    strictEqual(buildConditionOf('vm.compact_memory')?.option, 'CONFIG_COMPACTION');
  });

  it('questions vm.drop_caches in a file, where it empties the caches at every boot, but not in old `sysctl -a` output', () => {
    const findings = diagnose('sysctl', '# tuning\nvm.drop_caches = 3').filter((diagnostic) => diagnostic.code === 'sysctl.risky-value');
    deepStrictEqual(findings.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]), [[1, 2]]);
    ok(findings[0].message.startsWith('vm.drop_caches = 3 is an action, not a setting'), findings[0].message);
    // A `sysctl -a` of a kernel before 5.4, where drop_caches was readable and showed the last value written.
    const capture = readFileSync(join(FIXTURES, 'real', 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt'), 'utf8');
    const snapshot = capture.replace('vm.dirty_ratio = ', 'vm.drop_caches = 3\nvm.dirty_ratio = ');
    ok(snapshot.includes('vm.drop_caches = 3'));
    deepStrictEqual(diagnose('sysctl', snapshot).filter((diagnostic) => diagnostic.code === 'sysctl.risky-value'), []);
  });

  it('rejects vm.drop_caches = 0: the kernel accepts 1 to 4 only', () => {
    const [finding] = keyFindings('vm.drop_caches = 0');
    deepStrictEqual([finding.code, finding.message], ['sysctl.invalid-value', 'Invalid value for vm.drop_caches: accepted values are 1, 2, 3, 4.']);
  });
});

describe('sysctl facts: unknown keys under every /proc/sys root', () => {
  it('says a vendor key exists only in vendor kernels: a warning when no supported release has it', () => {
    const findings = keyFindings('kernel.exec-shield = 1\nkernel.unprivileged_userns_clone = 0\nkernel.apparmor_restrict_unprivileged_userns = 1');
    deepStrictEqual(
      findings.map((diagnostic) => [diagnostic.range.start.line, diagnostic.code, diagnostic.severity]),
      [
        [0, 'sysctl.unknown-key', 2],
        [1, 'sysctl.unknown-key', 3],
        [2, 'sysctl.unknown-key', 3],
      ],
    );
    ok(findings[0].message.startsWith('kernel.exec-shield exists only in Red Hat Enterprise Linux 3 to 6'), findings[0].message);
    ok(findings[0].message.includes('kernel.randomize_va_space'), findings[0].message);
    ok(findings[0].message.endsWith('On any other kernel, applying it fails with "cannot stat /proc/sys/kernel/exec-shield: No such file or directory".'), findings[0].message);
    ok(findings[1].message.startsWith('kernel.unprivileged_userns_clone exists only in Debian and Ubuntu kernels'), findings[1].message);
    const chinese = keyFindings('kernel.exec-shield = 1', 'zh-cn');
    ok(chinese[0].message.startsWith('kernel.exec-shield 只存在于Red Hat Enterprise Linux 3 到 6（以及同时期的 Fedora 内核）中'), chinese[0].message);
  });

  it('names only keys the mainline reference kernel lacks, each once, and still says so once a distribution catalog knows them', () => {
    const keys = VENDOR_SYSCTL_KEYS.map((entry) => entry.key);
    strictEqual(new Set(keys).size, keys.length);
    deepStrictEqual(keys.filter((key) => keyStatus(key).kind !== 'unknown'), []);
    const findings = keyFindings(keys.map((key) => `${key} = 1`).join('\n'));
    deepStrictEqual(
      findings.map((diagnostic) => diagnostic.message.includes('mainline Linux has no such parameter')),
      keys.map(() => true),
    );
  });

  it('gives kernel.foo_bar and fs.foo information, since a build or module may add keys there', () => {
    const findings = keyFindings('kernel.foo_bar = 1\nfs.foo = 2');
    deepStrictEqual(
      findings.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]),
      [
        [0, 3],
        [1, 3],
      ],
    );
    strictEqual(
      findings[0].message,
      'Unknown key kernel.foo_bar: Linux 6.18 has no such parameter. No kernel version known to this extension has it either; if it belongs to an out-of-tree module or a vendor kernel, check that /proc/sys/kernel/foo_bar exists on the target machine. Applying it fails with "cannot stat /proc/sys/kernel/foo_bar: No such file or directory".',
    );
  });

  it('names the module of a module tree and suggests its real key for a typo', () => {
    const findings = keyFindings('net.bridge.bridge-nf-call-iptable = 1\nnet.ipv4.vs.conntrak = 1\nsunrpc.tcp_slot_table_entrie = 128');
    deepStrictEqual(
      findings.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]),
      [
        [0, 2],
        [1, 2],
        [2, 2],
      ],
    );
    ok(
      findings[0].message.startsWith(
        'Unknown key net.bridge.bridge-nf-call-iptable: the br_netfilter module, which provides this directory, has no such parameter in Linux 6.18. Did you mean net.bridge.bridge-nf-call-iptables?',
      ),
      findings[0].message,
    );
    ok(findings[1].message.includes('the ip_vs module') && findings[1].message.includes('Did you mean net.ipv4.vs.conntrack?'), findings[1].message);
    ok(findings[2].message.includes('the sunrpc module') && findings[2].message.includes('Did you mean sunrpc.tcp_slot_table_entries?'), findings[2].message);
  });

  it('says when a key names no directory of /proc/sys at all', () => {
    const [finding] = keyFindings('foo.bar = 1');
    strictEqual(finding.severity, 2);
    ok(finding.message.startsWith('Unknown key foo.bar: /proc/sys has no directory "foo"; every key starts with one of abi, bus, cachefiles, coda, crypto, csky, debug, dev, frv, fs, fscache, kernel, lasat, nds32, net, pm, s390, s390dbf, sunrpc, tile, user, vm, xen, xpc.'), finding.message);
  });

  it('raises no false alarm on the keys Kubernetes, NFS, telecom and hardening guides set', () => {
    const text = [
      '# kube-proxy in IPVS mode, a node with br_netfilter',
      'net.ipv4.vs.conntrack = 1',
      'net.ipv4.vs.conn_reuse_mode = 0',
      'net.ipv4.vs.expire_nodest_conn = 1',
      'net.ipv4.vs.expire_quiescent_template = 1',
      'net.ipv4.vs.sync_threshold = 3 50',
      'net.bridge.bridge-nf-call-iptables = 1',
      'net.bridge.bridge-nf-call-ip6tables = 1',
      '# NFS client and database guides',
      'sunrpc.tcp_slot_table_entries = 128',
      'sunrpc.tcp_max_slot_table_entries = 128',
      'sunrpc.udp_slot_table_entries = 128',
      'sunrpc.min_resvport = 665',
      'sunrpc.max_resvport = 1023',
      'sunrpc.svc_rdma.max_requests = 128',
      '# SCTP signalling',
      'net.sctp.rto_initial = 1000',
      'net.sctp.rto_min = 500',
      'net.sctp.rto_max = 5000',
      'net.sctp.hb_interval = 5000',
      'net.sctp.association_max_retrans = 4',
      'net.sctp.path_max_retrans = 2',
      'net.sctp.max_init_retransmits = 4',
      'net.sctp.sack_timeout = 50',
      'net.sctp.addip_enable = 1',
      '# hardening',
      'kernel.yama.ptrace_scope = 2',
      'kernel.sysrq = 0',
      'kernel.kptr_restrict = 2',
    ].join('\n');
    deepStrictEqual(keyFindings(text).map((diagnostic) => [diagnostic.range.start.line, diagnostic.message]), []);
  });

  it('lists every module key once, under a directory whose build rule names the module', () => {
    for (const list of MODULE_KEY_LISTS) {
      strictEqual(new Set(list.leaves).size, list.leaves.length, list.prefix);
      strictEqual(buildConditionOf(`${list.prefix}${list.leaves[0]}`)?.module, list.module, list.prefix);
    }
  });

  it('links module keys to the kernel page that documents their directory', () => {
    deepStrictEqual(
      ['net.ipv4.vs.conntrack', 'net.sctp.rto_min', 'net.bridge.bridge-nf-call-iptables', 'net.ipv4.tcp_rmem', 'sunrpc.min_resvport'].map(upstreamDocUrl),
      [
        'https://docs.kernel.org/networking/ipvs-sysctl.html',
        'https://docs.kernel.org/networking/ip-sysctl.html',
        'https://docs.kernel.org/networking/ip-sysctl.html',
        'https://docs.kernel.org/networking/ip-sysctl.html',
        undefined,
      ],
    );
  });

  it('checks the values of the documented module keys', () => {
    deepStrictEqual(
      keyFindings('net.sctp.sack_timeout = 600\nsunrpc.tcp_slot_table_entries = 1\nkernel.yama.ptrace_scope = 4').map((diagnostic) => [diagnostic.range.start.line, diagnostic.code]),
      [
        [0, 'sysctl.invalid-value'],
        [1, 'sysctl.invalid-value'],
        [2, 'sysctl.invalid-value'],
      ],
    );
  });
});

describe('sysctl facts: corrected facts', () => {
  it('accepts tcp_rmem and tcp_wmem down to 1 byte, as the kernel does', () => {
    deepStrictEqual(keyFindings('net.ipv4.tcp_rmem = 1024 87380 6291456\nnet.ipv4.tcp_wmem = 1 16384 4194304'), []);
    deepStrictEqual(
      keyFindings('net.ipv4.tcp_rmem = 0 87380 6291456').map((diagnostic) => diagnostic.message),
      ['Invalid value for net.ipv4.tcp_rmem: 0 is outside the accepted range ≥ 1.'],
    );
  });

  it('marks mc_forwarding and per-interface neighbour values per namespace, table-wide neighbour limits global', () => {
    deepStrictEqual(
      [
        'net.ipv4.conf.<iface>.mc_forwarding',
        'net.ipv6.conf.<iface>.mc_forwarding',
        'net.ipv4.neigh.<iface>.gc_stale_time',
        'net.ipv6.neigh.<iface>.gc_stale_time',
        'net.ipv4.neigh.<iface>.base_reachable_time_ms',
        'net.ipv4.neigh.<iface>.gc_thresh3',
        'net.ipv6.neigh.<iface>.gc_interval',
      ].map((key) => findKeyDoc(key)?.perNamespace),
      [true, true, true, true, true, false, false],
    );
  });

  it('says current kernels only count a full TIME_WAIT table, and which old ones logged it', () => {
    const texts = [
      TCP_STATE_DOCS.TIME_WAIT.largeCount.en,
      findKeyDoc('net.ipv4.tcp_max_tw_buckets')?.details.en ?? '',
      COUNTER_DOCS.find((doc) => doc.name === 'TCPTimeWaitOverflow')?.meaning.en ?? '',
    ];
    for (const text of texts) {
      ok(!text.includes('dmesg | grep "time wait'), text);
      ok(/2\.6-era kernels/.test(text) && /3\.10|3\.x/.test(text), text);
    }
    const findings = diagnose('netstat', 'TcpExt:\n    TCPTimeWaitOverflow: 4');
    deepStrictEqual(findings.map((diagnostic) => diagnostic.code), ['state.time-wait-overflow']);
    ok(findings[0].message.includes('Only this counter shows it: kernels since 3.x (RHEL 7 on) log nothing'), findings[0].message);
  });

  it('tells the SYN_SENT timing per kernel version', () => {
    const timers = TCP_STATE_DOCS.SYN_SENT.timers;
    ok(timers.en.includes('Up to 6.4') && timers.en.includes('after about 127 s'), timers.en);
    ok(timers.en.includes('Since 6.5') && timers.en.includes('10 retransmissions') && timers.en.includes('about 131 s'), timers.en);
    ok(timers.zh.includes('约 127 秒') && timers.zh.includes('约 131 秒'), timers.zh);
    ok(findKeyDoc('net.ipv4.tcp_syn_retries')?.details.en.includes('Since 6.5'));
  });

  it('tells that keepalive can abort a CLOSE_WAIT socket while its descriptor still leaks', () => {
    const timers = TCP_STATE_DOCS.CLOSE_WAIT.timers;
    ok(timers.en.includes('SO_KEEPALIVE') && timers.en.includes('still holds the descriptor'), timers.en);
    ok(timers.zh.includes('SO_KEEPALIVE') && timers.zh.includes('泄漏依然存在'), timers.zh);
  });

  it('names the Apache version whose KeepAliveTimeout default it quotes', () => {
    const apache = FOREIGN_KEEPALIVE_SETTINGS.find((setting) => setting.names.includes('KeepAliveTimeout'));
    ok(apache?.meaning.en.includes('httpd 2.4') && apache.meaning.en.includes('httpd 2.0 defaulted to 15'), apache?.meaning.en);
    ok(KEEPALIVE_ELSEWHERE.en.includes('httpd 2.0 defaulted to 15 s') && KEEPALIVE_ELSEWHERE.zh.includes('httpd 2.0 的默认值是 15 秒'));
  });
});
