import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { sysctlHoverNotes } from '../../server/src/core/features/sysctlHoverNotes';
import { findKeyDoc, segmentsOfDottedKey, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../../server/src/core/knowledge/types';
import { readFixture } from './support/fixtures';

/**
 * Facts corrected by the third 60-entry audit against the kernel sources (seed 20261209,
 * docs/audit/sysctl-audit-2026-12.md, "Third round"), and the container notes of the per-namespace
 * families checked with it.
 */

function containerNote(key: string, lang: 'en' | 'zh' = 'en'): string {
  const doc: SysctlKeyDoc | undefined = findKeyDoc(templateKey(segmentsOfDottedKey(key)));
  ok(doc, key);
  return sysctlHoverNotes(doc, key, lang, { detail: 'full' }).join('\n');
}

/** The keys of a committed `sysctl -a` capture. */
function capturedKeys(name: string): Set<string> {
  return new Set(
    readFixture('real', 'sysctl', name)
      .split('\n')
      .map((line) => line.slice(0, line.indexOf(' = ')))
      .filter(Boolean),
  );
}

describe('sysctl facts corrected by the third source audit', () => {
  const host = capturedKeys('sysctl-a-host-6.18.44-fc-v657.txt');
  const netns = capturedKeys('sysctl-a-netns-6.18.44-fc-v657.txt');

  it('finds neigh.default on the host only, and machine-wide net keys mostly missing in a new namespace (6.18 capture)', () => {
    const neighDefault = [...host].filter((key) => /^net\.ipv[46]\.neigh\.default\./.test(key));
    strictEqual(neighDefault.length, 38);
    deepStrictEqual(neighDefault.filter((key) => netns.has(key)), []);
    ok(netns.has('net.ipv4.neigh.lo.unres_qlen_bytes') && netns.has('net.ipv6.neigh.lo.delay_first_probe_time'));
    const machineWide = [...host].filter((key) => key.startsWith('net.') && findKeyDoc(templateKey(segmentsOfDottedKey(key)))?.perNamespace === false);
    // 81 since round 5 documented udp_hash_entries and nf_conntrack_count per namespace (their values are);
    // 82 since the scripted namespace check found nf_hooks_lwtunnel machine-wide (one static key).
    strictEqual(machineWide.length, 82);
    deepStrictEqual(machineWide.filter((key) => netns.has(key)).sort(), [
      'net.core.rmem_default',
      'net.core.rmem_max',
      'net.core.wmem_default',
      'net.core.wmem_max',
      'net.ipv4.tcp_allowed_congestion_control',
      'net.ipv4.tcp_available_congestion_control',
      'net.mptcp.available_path_managers',
      'net.mptcp.available_schedulers',
      'net.netfilter.nf_conntrack_buckets',
      'net.netfilter.nf_conntrack_expect_max',
      'net.netfilter.nf_conntrack_max',
      'net.netfilter.nf_hooks_lwtunnel',
    ]);
  });

  it('starts a container interface\'s neighbour values from the host\'s neigh.default, which containers lack', () => {
    // net/core/neighbour.c: neigh_parms_alloc copies tbl->parms, whose sysctls ("neigh/default") are
    // registered for init_net only (arp_init, ndisc_init: neigh_sysctl_register(NULL, &tbl.parms, …)).
    for (const family of ['ipv4', 'ipv6']) {
      const perInterface = containerNote(`net.${family}.neigh.eth0.unres_qlen_bytes`);
      ok(perInterface.includes("starts with a copy of the host's `neigh.default` value at that moment"), perInterface);
      ok(!perInterface.includes("that container's `default` entry"), perInterface);
      ok(containerNote(`net.${family}.neigh.eth0.delay_first_probe_time`, 'zh').includes('以宿主机当时的 `neigh.default` 值为初值'));
      const template = containerNote(`net.${family}.neigh.default.delay_first_probe_time`);
      ok(template.includes('`default` exists only on the host (the initial network namespace); a container has none of its own.'), template);
    }
  });

  it('keeps the container\'s own conf.default as the template of its IPv4 and IPv6 interfaces', () => {
    // devinet.c inetdev_init and addrconf.c ipv6_add_dev copy the interface's namespace's devconf_dflt.
    ok(containerNote('net.ipv4.conf.eth0.ignore_routes_with_linkdown').includes("takes its starting value from that container's `default` entry"));
    ok(containerNote('net.ipv6.conf.eth0.accept_source_route').includes("takes its starting value from that container's `default` entry"));
  });

  it('starts an MPLS interface from the kernel default: MPLS has no default entry', () => {
    // net/mpls/af_mpls.c: only "net/mpls/conf/<dev>" is registered; mpls_dev_alloc zeroes input_enabled.
    const note = containerNote('net.mpls.conf.eth0.input');
    ok(note.includes('A new container starts from the kernel default, whatever the host sets.'), note);
  });

  it('does not claim that containers can read machine-wide net keys', () => {
    // net/sysctl_net.c: is_seen shows a table only in the namespace it was registered for, and
    // net_core_table (gro_normal_batch), rxrpc, rds.ib and decnet register theirs for init_net alone.
    for (const key of ['net.core.gro_normal_batch', 'net.rxrpc.soft_ack_delay', 'net.rds.ib.max_recv_allocation', 'net.decnet.no_fc_max_cwnd']) {
      const note = containerNote(key);
      ok(note.includes("Most such keys do not even exist inside a container's network namespace"), `${key}: ${note}`);
      ok(!note.includes("containers see the host's"), key);
    }
    ok(containerNote('net.core.gro_normal_batch', 'zh').includes('这类参数大多在容器的网络命名空间里根本不存在'));
  });

  it('counts the user-namespace limits per user, not per namespace', () => {
    // kernel/ucount.c inc_ucount: the count is kept per (user namespace, uid) and charged up the chain.
    for (const kind of ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts']) {
      const doc = findKeyDoc(`user.max_${kind}_namespaces`);
      ok(doc?.summary.en.includes('each user may create in the current user namespace'), kind);
      ok(doc?.summary.zh.includes('每个用户可创建的'), kind);
    }
  });

  it('relates keys that work together', () => {
    // kernel.task_delayacct and kernel.sched_schedstats are the two run-time switches of per-task scheduler statistics.
    deepStrictEqual(findKeyDoc('kernel.task_delayacct')?.related, ['kernel.sched_schedstats']);
    // net/rxrpc/output.c: the receive window and MTU are what an ACK advertises.
    deepStrictEqual(findKeyDoc('net.rxrpc.rx_window_size')?.related, ['net.rxrpc.rx_mtu', 'net.rxrpc.rx_jumbo_max']);
    strictEqual(findKeyDoc('net.rxrpc.max_backlog')?.related[0], 'net.rxrpc.rx_window_size');
  });
});
