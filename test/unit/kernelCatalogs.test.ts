import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  accessLabel,
  defaultIn,
  DISTRIBUTIONS,
  isWriteOnlyMode,
  KERNEL_VERSIONS,
  keyInKernel,
  knownInAnyKernel,
  modeIn,
  namespaceStartOf,
  NEWEST_KERNEL,
  releaseRange,
  removedInOf,
  resolveKernelChoice,
  sinceOf,
} from '../../server/src/core/knowledge/kernels/index';
import catalogs from '../../server/src/core/knowledge/kernels/catalogs.json';
import referenceCatalog from '../../server/src/core/knowledge/sysctlKeyCatalog.json';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { findKeyDoc, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import { vendorKeyOf } from '../../server/src/core/knowledge/vendorSysctlKeys';
import { describeKey } from '../../server/src/core/features/describeKey';
import { keyStatusOnKernel } from '../../server/src/core/rules/sysctl/keyAvailability';
import { settingsFrom } from '../../server/src/core/settings';
import { FIXTURES } from './support/fixtures';
import { diagnose, documentOf, service, settingsWith } from './support/service';

function codes(text: string, kernelVersion: string) {
  return diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion }, 'en'))).map((diagnostic) => [diagnostic.range.start.line, diagnostic.code, diagnostic.severity]);
}

describe('kernel catalogs (knowledge/kernels)', () => {
  it('covers the ten releases, each read from a named source tree', () => {
    deepStrictEqual(KERNEL_VERSIONS, ['3.10', '4.18', '5.4', '5.10', '5.14', '5.15', '6.1', '6.8', '6.12', '6.18']);
    strictEqual(NEWEST_KERNEL, '6.18');
    deepStrictEqual(catalogs.sources.map((source) => source.version), KERNEL_VERSIONS);
    ok(catalogs.sources.every((source) => source.provenance.includes(source.version)), 'each provenance names its release');
  });

  it('has every key that a real 6.18 kernel prints, but two vendor build keys', () => {
    const missing = referenceCatalog.keys.filter((key) => keyInKernel(key, '6.18') !== true);
    deepStrictEqual(missing, ['kernel.init_private', 'vm.shrink_inodes_with_pagecache']);
  });

  it('knows the keys of the committed sysctl -a capture', () => {
    const capture = readFileSync(join(FIXTURES, 'real', 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt'), 'utf8');
    const keys = parseSysctlFile(capture).entries.map((entry) => templateKey(entry.segments));
    const unknown = [...new Set(keys)].filter((key) => !knownInAnyKernel(key));
    deepStrictEqual(unknown, ['kernel.init_private', 'vm.shrink_inodes_with_pagecache']);
  });

  it('tells when a key came and went', () => {
    deepStrictEqual(sinceOf('net.ipv4.tcp_rto_max_ms'), { first: '6.18', after: '6.12' });
    strictEqual(releaseRange(sinceOf('net.ipv4.tcp_rto_max_ms')!), '6.13–6.18');
    strictEqual(releaseRange(sinceOf('net.ipv4.tcp_backlog_ack_defer')!), '6.2–6.8');
    deepStrictEqual(sinceOf('net.ipv4.tcp_syncookies'), { first: '3.10' });
    deepStrictEqual(removedInOf('net.ipv4.tcp_tw_recycle'), { first: '4.18', lastSeen: '3.10' });
    strictEqual(removedInOf('net.ipv4.tcp_syncookies'), undefined);
    strictEqual(keyInKernel('net.ipv4.tcp_backlog_ack_defer', '5.15'), false);
    strictEqual(keyInKernel('net.ipv4.tcp_backlog_ack_defer', '6.10'), true, 'between two catalogs that agree');
    strictEqual(keyInKernel('net.ipv4.tcp_backlog_ack_defer', '6.4'), undefined, 'between two catalogs that differ');
  });

  it('reads file modes: write-only keys, and drop_caches that became write-only', () => {
    strictEqual(modeIn('vm.drop_caches', '3.10'), '0644');
    strictEqual(modeIn('vm.drop_caches', '6.18'), '0200');
    ok(isWriteOnlyMode(modeIn('net.ipv4.route.flush', '6.1')!));
    strictEqual(modeIn('net.ipv6.conf.<iface>.stable_secret', '6.12'), '0600');
    strictEqual(modeIn('net.ipv4.tcp_rto_max_ms', '6.1'), undefined);
    strictEqual(accessLabel('vm.drop_caches')?.en, 'write-only (mode 0200): `sysctl -a` does not list it; mode 0644 up to Linux 4.18');
    strictEqual(accessLabel('net.netfilter.nf_conntrack_count')?.zh, '只读（权限 0444）：写入会失败');
    strictEqual(accessLabel('net.ipv4.tcp_syncookies'), undefined);
  });

  it('reads plain defaults from the source, per release', () => {
    strictEqual(defaultIn('net.ipv4.tcp_syn_linear_timeouts', '6.8'), '4');
    strictEqual(defaultIn('net.ipv4.tcp_syn_linear_timeouts', '6.1'), undefined);
    strictEqual(defaultIn('kernel.perf_event_paranoid', '3.10'), '1');
    strictEqual(defaultIn('kernel.perf_event_paranoid', '4.18'), '2');
  });

  it('says where a new network namespace takes a value from', () => {
    deepStrictEqual(namespaceStartOf('net.ipv4.tcp_rmem', '5.15'), { kind: 'copies-initial' });
    deepStrictEqual(namespaceStartOf('net.ipv4.tcp_congestion_control', '6.18'), { kind: 'copies-initial' });
    strictEqual(namespaceStartOf('net.ipv4.tcp_rmem', '3.10'), undefined);
    strictEqual(namespaceStartOf('net.ipv4.tcp_syncookies', '6.18'), undefined);
    deepStrictEqual(namespaceStartOf('net.ipv4.conf.<iface>.rp_filter', '4.18'), { kind: 'devconf', family: 'ipv4', inheritKnob: false, fromCreator: false });
    deepStrictEqual(namespaceStartOf('net.ipv6.conf.<iface>.forwarding', '6.1'), { kind: 'devconf', family: 'ipv6', inheritKnob: true, fromCreator: true });
  });

  it('maps distribution names to their mainline base', () => {
    const bases = Object.fromEntries([...DISTRIBUTIONS.values()].map((distribution) => [distribution.name, distribution.base]));
    deepStrictEqual(bases, {
      rhel7: '3.10',
      rhel8: '4.18',
      rhel9: '5.14',
      'ubuntu-20.04': '5.4',
      'ubuntu-22.04': '5.15',
      'ubuntu-24.04': '6.8',
      'debian-11': '5.10',
      'debian-12': '6.1',
      'debian-13': '6.12',
    });
    ok(DISTRIBUTIONS.get('debian-12')!.vendorKeys.has('kernel.unprivileged_userns_clone'));
    ok(DISTRIBUTIONS.get('ubuntu-24.04')!.vendorKeys.has('kernel.apparmor_restrict_unprivileged_userns'));
    ok(DISTRIBUTIONS.get('rhel8')!.vendorKeys.has('net.ipv4.tcp_min_snd_mss'), 'a backport found in the RHEL 8 source');
    ok(![...DISTRIBUTIONS.values()].some((distribution) => distribution.vendorKeys.has('kernel.exec-shield')), 'exec-shield ended with RHEL 6');
    deepStrictEqual(settingsFrom({ kernelVersion: ' RHEL8 ' }, 'en').kernelDistribution, 'rhel8');
    strictEqual(settingsFrom({ kernelVersion: 'rhel8' }, 'en').kernelVersion, '4.18');
    strictEqual(settingsFrom({ kernelVersion: '' }, 'en').kernelVersion, '6.18');
    strictEqual(resolveKernelChoice('4.19.0-26-amd64').version, '4.19');
  });

  it('reads the vendor keys of RHEL 7, 8 and 9 and Ubuntu 20.04, 22.04 and 24.04 from their own kernel trees', () => {
    deepStrictEqual(
      catalogs.vendorSources.map((source) => [source.vendor, source.base]),
      [
        ['rhel8', '4.18'],
        ['ubuntu-24.04', '6.8'],
        ['rhel7', '3.10'],
        ['rhel9', '5.14'],
        ['ubuntu-20.04', '5.4'],
        ['ubuntu-22.04', '5.15'],
      ],
    );
    ok(catalogs.vendorSources.every((source) => /^[0-9a-f]{40}$/.test(source.commit)), 'each tree is pinned to a commit');
    const vendorKeys: Record<string, string[]> = catalogs.vendorKeys;
    deepStrictEqual(Object.fromEntries(Object.entries(vendorKeys).map(([vendor, keys]) => [vendor, keys.length])), {
      rhel8: 30,
      'ubuntu-24.04': 5,
      rhel7: 77,
      rhel9: 36,
      'ubuntu-20.04': 18,
      'ubuntu-22.04': 7,
    });
    for (const source of catalogs.vendorSources) {
      deepStrictEqual(vendorKeys[source.vendor].filter((key) => keyInKernel(key, source.base) === true), [], `${source.vendor} lists only keys its mainline base lacks`);
    }
    deepStrictEqual(vendorKeys['ubuntu-22.04'], [
      'kernel.apparmor_display_secid_mode',
      'kernel.io_uring_disabled',
      'kernel.io_uring_group',
      'kernel.unprivileged_userns_clone',
      'net.fan.version',
      'net.fan.vxlan',
      'net.ipv6.conf.<iface>.accept_ra_min_lft',
    ]);
    ok(vendorKeys.rhel9.includes('net.ipv4.tcp_shrink_window'), 'a backport found in the RHEL 9 source');
    // Ubuntu 20.04 kept DECnet, which the 5.4.y stable tree of the base catalog had already dropped.
    strictEqual(keyInKernel('net.decnet.node_address', '5.4'), false);
    ok(DISTRIBUTIONS.get('ubuntu-20.04')!.vendorKeys.has('net.decnet.node_address'));
    ok(!DISTRIBUTIONS.get('ubuntu-24.04')!.vendorKeys.has('net.fan.vxlan'), 'Ubuntu 24.04 dropped the Fan patch');
  });

  it('has words for every vendor key: its documentation entry, or the note of a vendor-only key', () => {
    const explained = (key: string) => {
      const description = describeKey(key.replace('<iface>', 'eth0'));
      return vendorKeyOf(key) !== undefined || (description !== null && (description.documented || description.summary !== null));
    };
    const unexplained = Object.entries(catalogs.vendorKeys as Record<string, string[]>).flatMap(([vendor, keys]) =>
      keys.filter((key) => !explained(key)).map((key) => `${vendor}: ${key}`),
    );
    deepStrictEqual(unexplained, []);
  });

  it('has the catalog sizes of the committed generation', () => {
    const sizes = KERNEL_VERSIONS.map((_, index) => Object.values(catalogs.keys).filter((mask) => (mask & (1 << index)) !== 0).length);
    deepStrictEqual(sizes, [802, 903, 926, 935, 957, 961, 972, 996, 1010, 1008]);
  });

  it('leaves out what the sources compile out or register elsewhere', () => {
    const keys: Record<string, number> = catalogs.keys;
    // 3.10's ip_vs_ctl.c keeps its per-state timeouts inside `#if 0`.
    deepStrictEqual(Object.keys(keys).filter((key) => key.startsWith('net.ipv4.vs.timeout_')), []);
    // 6.18's vdso32-setup.c names one entry per #ifdef CONFIG_X86_64 branch and registers it under abi or vm accordingly.
    strictEqual(keys['vm.vsyscall32'], undefined);
    strictEqual(keys['abi.vsyscall32'], 0b1111111111);
  });
});

function keyHover(text: string, language: 'en' | 'zh-cn'): string {
  const document = documentOf('sysctl', text);
  const hover = service.doHover(document, { line: 0, character: 3 }, service.parse(document), settingsWith({ language }));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('hover facts from the catalogs', () => {
  it('gives a since range, or "3.10 or earlier", where the knowledge base has no exact release', () => {
    ok(keyHover('net.ipv4.tcp_plb_enabled = 1', 'en').includes('| Since | Linux 6.2–6.8 |'));
    ok(keyHover('net.ipv4.tcp_syncookies = 1', 'en').includes('| Since | Linux 3.10 or earlier |'));
    ok(keyHover('net.ipv4.tcp_syncookies = 1', 'zh-cn').includes('Linux 3.10 或更早'));
  });
});

describe('netstatInsight.kernelVersion and key availability', () => {
  const newer = ['net.ipv4.tcp_rto_max_ms = 60000', 'net.ipv4.tcp_backlog_ack_defer = 0', 'net.core.somaxconn = 8192'].join('\n');

  it('flags keys newer than a plain release as missing there', () => {
    deepStrictEqual(codes(newer, '5.15'), [
      [0, 'sysctl.unknown-key', 2],
      [1, 'sysctl.unknown-key', 2],
    ]);
    const [first, second] = diagnose('sysctl', newer, settingsWith({ kernelVersion: '5.15' }));
    ok(first.message.startsWith('net.ipv4.tcp_rto_max_ms was added in Linux 6.13–6.18, so the configured kernel 5.15'), first.message);
    ok(second.message.startsWith('net.ipv4.tcp_backlog_ack_defer was added in Linux 6.2–6.8, so the configured kernel 5.15'), second.message);
    deepStrictEqual(codes(newer, '6.18'), []);
  });

  it('names a catalog range when the knowledge base has no exact release', () => {
    const status = keyStatusOnKernel('net.ipv4.tcp_plb_enabled', '5.15');
    deepStrictEqual(status.kind === 'too-new' ? status.since : status.kind, '6.2–6.8');
    strictEqual(keyStatusOnKernel('net.ipv4.tcp_plb_enabled', '6.4').kind, 'documented', 'inside the range nothing is claimed');
  });

  it('treats a key dropped before a plain release as removed there, with the catalogs\' range when its entry pins no release', () => {
    // nf_conntrack_dccp_loose is documented without removedIn, so the removal comes from the catalogs alone.
    const loose = findKeyDoc('net.netfilter.nf_conntrack_dccp_loose');
    strictEqual(loose?.removedIn, undefined);
    const status = keyStatusOnKernel('net.netfilter.nf_conntrack_dccp_loose', '6.18');
    deepStrictEqual(status.kind === 'removed' && 'entry' in status ? status.entry.removedIn : undefined, '6.13–6.18');
    deepStrictEqual(keyStatusOnKernel('net.netfilter.nf_conntrack_dccp_loose', '6.12'), { kind: 'documented', doc: loose });
    // An entry that pins the release decides by it, not by the catalogs' range.
    strictEqual(keyStatusOnKernel('kernel.sched_child_runs_first', '6.6').kind, 'documented');
    deepStrictEqual(codes('kernel.sched_child_runs_first = 1', '6.8'), [[0, 'sysctl.removed-key', 2]]);
    deepStrictEqual(codes('kernel.numa_balancing_scan_delay_ms = 1000', '5.15'), [[0, 'sysctl.removed-key', 2]]);
  });

  it('on a distribution, notes keys newer than its base as possibly backported, never as errors', () => {
    const text = [newer, 'net.ipv4.tcp_min_snd_mss = 64', 'kernel.unprivileged_userns_clone = 0'].join('\n');
    deepStrictEqual(codes(text, 'rhel8'), [
      [4, 'sysctl.unknown-key', 3],
      [0, 'sysctl.not-in-distribution-base', 3],
      [1, 'sysctl.not-in-distribution-base', 3],
      [3, 'sysctl.not-in-distribution-base', 3],
    ]);
    const messages = diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion: 'rhel8' }, 'en'))).map((diagnostic) => diagnostic.message);
    strictEqual(messages[1], 'net.ipv4.tcp_rto_max_ms is not in mainline Linux 4.18 (it came in 6.13–6.18); it may be backported in RHEL 8. Check with `sysctl net.ipv4.tcp_rto_max_ms` on the target machine before relying on it.');
    strictEqual(messages[3], 'net.ipv4.tcp_min_snd_mss is not in mainline Linux 4.18 (it came in 4.19–5.4), but the RHEL 8 kernel source has it as a backport.');
    deepStrictEqual(codes('kernel.unprivileged_userns_clone = 0', 'debian-12'), []);
    // Red Hat's own key: known on RHEL 7, unknown on mainline and on RHEL 8.
    deepStrictEqual(codes('fs.may_detach_mounts = 1', 'rhel7'), []);
    deepStrictEqual(codes('fs.may_detach_mounts = 1', '6.18').map(([, code]) => code), ['sysctl.unknown-key']);
    deepStrictEqual(codes('fs.may_detach_mounts = 1', 'rhel8').map(([, code]) => code), ['sysctl.unknown-key']);
  });

  it('on RHEL 9 and Ubuntu 20.04 and 22.04, says which newer keys their kernel sources have', () => {
    const text = ['net.ipv4.tcp_shrink_window = 1', 'net.ipv4.tcp_rto_max_ms = 60000', 'net.fan.vxlan = 4'].join('\n');
    deepStrictEqual(codes(text, 'rhel9'), [
      [2, 'sysctl.unknown-key', 3],
      [0, 'sysctl.not-in-distribution-base', 3],
      [1, 'sysctl.not-in-distribution-base', 3],
    ]);
    const messages = diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion: 'rhel9' }, 'en'))).map((diagnostic) => diagnostic.message);
    ok(messages[0].startsWith('net.fan.vxlan exists only in Ubuntu 20.04 and 22.04 kernels'), messages[0]);
    strictEqual(messages[1], 'net.ipv4.tcp_shrink_window is not in mainline Linux 5.14 (it came in 5.16–6.1), but the RHEL 9 kernel source has it as a backport.');
    strictEqual(messages[2], 'net.ipv4.tcp_rto_max_ms is not in mainline Linux 5.14 (it came in 6.13–6.18); it may be backported in RHEL 9. Check with `sysctl net.ipv4.tcp_rto_max_ms` on the target machine before relying on it.');
    deepStrictEqual(codes('net.ipv4.tcp_shrink_window = 1', '5.14'), [[0, 'sysctl.unknown-key', 2]]);
    // Ubuntu's Fan keys: known on 20.04 and 22.04, a vendor key everywhere else.
    const fan = 'net.fan.vxlan = 4\nnet.fan.version = 3';
    deepStrictEqual(codes(fan, 'ubuntu-22.04'), []);
    deepStrictEqual(codes(fan, 'ubuntu-20.04'), []);
    deepStrictEqual(codes(fan, 'ubuntu-24.04'), [
      [0, 'sysctl.unknown-key', 3],
      [1, 'sysctl.unknown-key', 3],
    ]);
    deepStrictEqual(codes(fan, '5.15'), [
      [0, 'sysctl.unknown-key', 3],
      [1, 'sysctl.unknown-key', 3],
    ]);
    const [chinese] = diagnose('sysctl', 'net.fan.vxlan = 4', settingsWith(settingsFrom({ kernelVersion: '5.15' }, 'zh-cn')));
    ok(chinese.message.startsWith('net.fan.vxlan 只存在于Ubuntu 20.04 和 22.04 的内核'), chinese.message);
    const [backport] = diagnose('sysctl', 'kernel.io_uring_disabled = 2', settingsWith(settingsFrom({ kernelVersion: 'ubuntu-20.04' }, 'en')));
    strictEqual(backport.message, 'kernel.io_uring_disabled is not in mainline Linux 5.4 (it came in 6.2–6.8), but the Ubuntu 20.04 kernel source has it as a backport.');
    deepStrictEqual(codes('net.decnet.node_address = 1.1', 'ubuntu-20.04'), []);
  });

  it('reads net.mpls.conf.<iface> keys per interface, and still flags a misspelt one there', () => {
    deepStrictEqual(codes('net.mpls.conf.eth0.input = 1\nnet.mpls.conf.eth0/100.input = 1', '6.18'), []);
    deepStrictEqual(codes('net.mpls.conf.eth0.inptu = 1\nnet.mpls.conf.input = 1', '6.18'), [
      [0, 'sysctl.unknown-key', 2],
      [1, 'sysctl.unknown-key', 3],
    ]);
    const [misspelt] = diagnose('sysctl', 'net.mpls.conf.eth0.inptu = 1', settingsWith(settingsFrom({ kernelVersion: '6.18' }, 'en')));
    ok(misspelt.message.includes('Did you mean net.mpls.conf.eth0.input'), misspelt.message);
  });
});
