import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { sysctlHoverNotes } from '../../server/src/core/features/sysctlHoverNotes';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';
import { settingsFrom } from '../../server/src/core/settings';
import { diagnose, settingsWith } from './support/service';

/**
 * Facts corrected by the fifth 60-entry audit against the kernel sources (seed 20261211,
 * docs/audit/sysctl-audit-2026-12.md, "Fifth round"), the same mistakes on sibling keys, and what was
 * seen next to the sample.
 */

function invalidLines(text: string, kernelVersion: string): number[] {
  return diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion }, 'en')))
    .filter((diagnostic) => diagnostic.code === 'sysctl.invalid-value')
    .map((diagnostic) => diagnostic.range.start.line);
}

describe('sysctl facts corrected by the fifth source audit', () => {
  it('keeps a value per network namespace for the read-only udp_hash_entries and nf_conntrack_count', () => {
    // net/ipv4/sysctl_net_ipv4.c: udp_hash_entries sits in ipv4_net_table and proc_udp_hash_entries prints the
    // namespace's own table (negative when shared). nf_conntrack_standalone.c: nf_conntrack_count reads cnet->count.
    for (const key of ['net.ipv4.udp_hash_entries', 'net.netfilter.nf_conntrack_count']) {
      const doc = findKeyDoc(key);
      ok(doc, key);
      strictEqual(doc.perNamespace, true, key);
      const note = sysctlHoverNotes(doc, key, 'en', { detail: 'full' }).join('\n');
      ok(note.includes("Read-only, with a value per network namespace: a container shows its own namespace's value"), note);
    }
  });

  it('starts a container interface\'s IPv6 MTU at its link MTU, not at the container\'s default entry', () => {
    // net/ipv6/addrconf.c ipv6_add_dev: memcpy of devconf_dflt, then cnf.mtu6 = dev->mtu.
    const doc = findKeyDoc('net.ipv6.conf.<iface>.mtu');
    ok(doc);
    const note = sysctlHoverNotes(doc, 'net.ipv6.conf.eth0.mtu', 'en', { detail: 'full' }).join('\n');
    ok(note.includes('An interface starts at its own link MTU, in a container as on the host'), note);
    ok(!note.includes("that container's `default` entry"), note);
    ok(sysctlHoverNotes(doc, 'net.ipv6.conf.eth0.mtu', 'zh', { detail: 'full' }).join('\n').includes('接口以它自己的链路 MTU 为初值'));
    // conf.default itself still follows addrconf_init_net, and other per-interface keys keep the default-entry note.
    ok(sysctlHoverNotes(doc, 'net.ipv6.conf.default.mtu', 'en', { detail: 'full' }).join('\n').includes('A new container starts from the kernel defaults for IPv6'));
    const seg6 = findKeyDoc('net.ipv6.conf.<iface>.seg6_enabled');
    ok(seg6);
    ok(sysctlHoverNotes(seg6, 'net.ipv6.conf.eth0.seg6_enabled', 'en', { detail: 'full' }).join('\n').includes("that container's `default` entry"));
  });

  it('relates swappiness and overcommit_memory only to keys the kernel connects them with', () => {
    // mm/vmscan.c reads swappiness during reclaim; mm/util.c __vm_enough_memory never does, and reclaim never
    // reads the overcommit policy.
    deepStrictEqual(findKeyDoc('vm.swappiness')?.related, ['vm.vfs_cache_pressure', 'vm.page-cluster', 'vm.zone_reclaim_mode']);
    deepStrictEqual(findKeyDoc('vm.overcommit_memory')?.related, ['vm.overcommit_ratio', 'vm.overcommit_kbytes', 'vm.admin_reserve_kbytes']);
  });

  it('says which NFS-over-RDMA statistics are still counted', () => {
    // net/sunrpc/xprtrdma/svc_rdma.c of 5.15, 6.1 and 6.18: five files point at svcrdma_stat_unused, bounded 0..0;
    // 4.18 to 5.10 increment only rdma_stat_recv and rdma_stat_sq_starve.
    const retired = SYSCTL_KEY_DOCS.filter((doc) => doc.key.startsWith('sunrpc.svc_rdma.rdma_stat_') && doc.summary.en.startsWith('Left over'));
    deepStrictEqual(
      retired.map((doc) => doc.key.slice('sunrpc.svc_rdma.rdma_stat_'.length)),
      ['rq_poll', 'rq_prod', 'rq_starve', 'sq_poll', 'sq_prod'],
    );
    for (const doc of retired) {
      deepStrictEqual(doc.range, { min: 0, max: 0 }, doc.key);
      ok(doc.summary.zh.includes('内核已不再计数'), doc.key);
    }
    strictEqual(
      findKeyDoc('sunrpc.svc_rdma.rdma_stat_sq_poll')?.summary.en,
      'Left over from the statistics of the NFS-over-RDMA server (send completion queue polls): nothing counts it any more, so it reads 0.',
    );
    ok(findKeyDoc('sunrpc.svc_rdma.rdma_stat_read')?.details.en.includes('the kernels in between (4.18 to 5.10, and RHEL 7\'s 3.10) never do'));
    strictEqual(findKeyDoc('sunrpc.svc_rdma.rdma_stat_recv')?.details.en.includes('never do'), false);
    deepStrictEqual(invalidLines('sunrpc.svc_rdma.rdma_stat_sq_poll = 1\nsunrpc.svc_rdma.rdma_stat_sq_poll = 0\nsunrpc.svc_rdma.rdma_stat_recv = 0', '6.12'), [0]);
  });

  it('bounds the DECnet keys as net/decnet/sysctl_net_decnet.c does', () => {
    // 3.10 and 5.15: time_wait 5..600, the disconnect counts 1..NSP_MAXRXTSHIFT, dst_gc_interval 1..60,
    // no_fc_max_cwnd NSP_MIN_WINDOW..NSP_MAX_WINDOW; rmem, wmem and debug are plain proc_dointvec.
    const ranges = Object.fromEntries(
      SYSCTL_KEY_DOCS.filter((doc) => doc.key.startsWith('net.decnet.') && doc.type !== 'string').map((doc) => [doc.key.slice('net.decnet.'.length), doc.range]),
    );
    deepStrictEqual(ranges, {
      time_wait: { min: 5, max: 600 },
      dn_count: { min: 1, max: 12 },
      di_count: { min: 1, max: 12 },
      dr_count: { min: 1, max: 12 },
      dst_gc_interval: { min: 1, max: 60 },
      no_fc_max_cwnd: { min: 1, max: 2046 },
      decnet_mem: { min: 0 },
      decnet_rmem: undefined,
      decnet_wmem: undefined,
      debug: undefined,
    });
    deepStrictEqual(invalidLines('net.decnet.dr_count = 0\nnet.decnet.dst_gc_interval = 61\nnet.decnet.debug = -1\nnet.decnet.time_wait = 600', '5.15'), [0, 1]);
  });

  it('says that the IPv6 neighbour locktime is kept but never read', () => {
    // net/ipv4/arp.c arp_process compares the entry's age with NEIGH_VAR(parms, LOCKTIME); net/ipv6/ndisc.c never does.
    const ipv6 = findKeyDoc('net.ipv6.neigh.<iface>.locktime');
    ok(ipv6?.summary.en.startsWith('Kept for IPv6 but not read'), ipv6?.summary.en);
    ok(ipv6?.summary.zh.includes('不起作用'), ipv6?.summary.zh);
    ok(ipv6?.details.en.includes('no effect on IPv6'), ipv6?.details.en);
    const ipv4 = findKeyDoc('net.ipv4.neigh.<iface>.locktime');
    ok(ipv4?.summary.en.startsWith('Minimum age'), ipv4?.summary.en);
  });
});
