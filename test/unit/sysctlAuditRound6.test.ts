import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { MORE_BUILD_RULES } from '../../server/src/core/knowledge/sysctl/buildRulesMore';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the sixth 60-entry audit against the kernel sources (seed 20261212,
 * docs/audit/sysctl-audit-2026-12.md, "Sixth round"), the same mistakes on sibling keys, and what was
 * seen next to the sample.
 */

describe('sysctl facts corrected by the sixth source audit', () => {
  it('gives accepted connections the current tcp_congestion_control, not the listener\'s', () => {
    // net/ipv4/tcp_minisocks.c tcp_ca_openreq_child (5.4, 6.18): without a route congctl and without TCP_CONGESTION on
    // the listener, the child gets tcp_assign_congestion_control, the namespace's current default.
    const doc = docOf('net.ipv4.tcp_congestion_control');
    ok(!doc.summary.en.includes("inherit the listener's"), doc.summary.en);
    ok(doc.summary.en.includes('takes the value current when it is set up'), doc.summary.en);
    ok(doc.summary.zh.includes('取建立时的当前值'), doc.summary.zh);
    ok(doc.details.en.includes('connections accepted by a listener that set it keep the listener\'s choice'), doc.details.en);
    ok(doc.details.zh.includes('congctl'), doc.details.zh);
  });

  it('says that the conntrack and expectation limits are counted per network namespace', () => {
    // net/netfilter/nf_conntrack_core.c __nf_conntrack_alloc: cnet->count of the namespace against the one
    // nf_conntrack_max; nf_conntrack_expect.c: cnet->expect_count against nf_ct_expect_max (3.10: net->ct.*).
    const max = docOf('net.netfilter.nf_conntrack_max');
    strictEqual(max.perNamespace, false);
    ok(max.summary.en.includes('each network namespace may hold'), max.summary.en);
    ok(max.summary.zh.includes('每个网络命名空间'), max.summary.zh);
    ok(max.details.en.includes('each network namespace counts its own entries against it'), max.details.en);
    ok(max.details.zh.includes('每个网络命名空间各自计数'), max.details.zh);
    for (const key of ['net.netfilter.nf_conntrack_expect_max', 'net.nf_conntrack_max']) {
      const doc = docOf(key);
      ok(doc.summary.en.includes('each network namespace may hold'), key);
      ok(doc.summary.zh.includes('每个网络命名空间'), key);
    }
    ok(!docOf('net.netfilter.nf_conntrack_expect_max').details.en.includes('When this table is full'));
  });

  it('does not call kernel.sched_itmt_enabled Intel-only', () => {
    // arch/x86/kernel/itmt.c sched_set_itmt_support registers the key and sets it to 1; drivers/cpufreq/amd-pstate.c
    // calls it for preferred-core ranking since 6.9 (absent from the 6.8 tree); 6.14 moved the switch to debugfs.
    const doc = docOf('kernel.sched_itmt_enabled');
    strictEqual(doc.default, null);
    ok(doc.defaultNote?.en.startsWith('1 wherever the key exists'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('from 6.9, AMD CPUs with preferred-core ranking'), doc.defaultNote?.en);
    ok(!doc.defaultNote?.en.includes('absent elsewhere'));
    ok(doc.defaultNote?.zh.includes('AMD'), doc.defaultNote?.zh);
    ok(doc.summary.en.includes('AMD preferred cores') && doc.summary.zh.includes('AMD'));
  });

  it('says which numbers of the TIPC, SCTP and DECnet buffer triples the kernel reads', () => {
    // net/tipc/socket.c: only sysctl_tipc_rmem[1] (tipc_proto has no memory accounting); net/sctp: only [0], through
    // the core's memory accounting, new sockets start at net.core.{r,w}mem_default; net/decnet/af_decnet.c: only [1].
    const tipc = docOf('net.tipc.tipc_rmem');
    ok(tipc.summary.en.includes('only the middle one is used'), tipc.summary.en);
    ok(tipc.summary.zh.includes('只用中间那个'), tipc.summary.zh);
    for (const key of ['net.decnet.decnet_rmem', 'net.decnet.decnet_wmem']) {
      const doc = docOf(key);
      ok(doc.summary.en.includes('only the middle one is used'), key);
      ok(doc.summary.zh.includes('只用中间那个'), key);
    }
    for (const [key, core] of [['net.sctp.sctp_rmem', 'net.core.rmem_default'], ['net.sctp.sctp_wmem', 'net.core.wmem_default']]) {
      const doc = docOf(key);
      ok(doc.summary.en.includes('only the first of the three numbers does anything'), key);
      ok(doc.summary.zh.includes('只有第一个起作用'), key);
      ok(doc.details.en.includes(core) && doc.details.zh.includes(core), key);
      ok(!doc.details.en.startsWith('Like `tcp_'), key);
    }
    // The values and their shapes are unchanged.
    strictEqual(tipc.default, '524288\t2097152\t16777216');
    strictEqual(tipc.items, 3);
  });

  it('relates the CFS bandwidth slice and autogroup to the real-time bandwidth limit, not to each other', () => {
    // kernel/sched/autogroup.c autogroup_create: autogroups have no quota, and their RT tasks run in the root group's
    // RT bandwidth (syscalls.c exempts autogroups); RT throttling is the real-time twin of CFS bandwidth control.
    deepStrictEqual(docOf('kernel.sched_cfs_bandwidth_slice_us').related, ['kernel.sched_rt_runtime_us']);
    deepStrictEqual(docOf('kernel.sched_autogroup_enabled').related, ['kernel.sched_rt_runtime_us']);
  });

  it('does not tie kernel.powersave-nap to 32-bit PowerPC kernels', () => {
    // arch/powerpc/kernel/Makefile builds idle.c (which registers the key) for every PowerPC kernel; idle_6xx.S,
    // idle_85xx.S and power4_idle (PPC_970_NAP, selected by the 64-bit Power Mac) read it.
    const doc = docOf('kernel.powersave-nap');
    ok(doc.summary.en.includes('the 64-bit PowerPC 970'), doc.summary.en);
    ok(doc.summary.zh.includes('64 位的 PowerPC 970'), doc.summary.zh);
    ok(doc.details.en.startsWith('Exists on every PowerPC kernel, 32- and 64-bit'), doc.details.en);
    ok(!doc.details.en.includes('32-bit PowerPC kernels'));
    const rule = MORE_BUILD_RULES.find((candidate) => candidate.keys.includes('kernel.powersave-nap'));
    strictEqual(rule?.option, 'CONFIG_PPC');
  });

  it('adds the LPM factor to the watchdog threshold instead of scaling it', () => {
    // arch/powerpc/kernel/watchdog.c watchdog_calc_timeouts: threshold += pct * threshold / 100 (200 -> 30 s from 10 s).
    const doc = docOf('kernel.nmi_wd_lpm_factor');
    ok(doc.summary.en.includes('this percentage of `kernel.watchdog_thresh` is added'), doc.summary.en);
    ok(!doc.summary.en.includes('stretched to this percent'));
    ok(doc.summary.zh.includes('再加上'), doc.summary.zh);
  });
});

describe('sysctl facts seen during the whole-class reviews', () => {
  it('says which kernels still read the RACK bit of tcp_recovery', () => {
    // include/net/tcp.h TCP_RACK_LOSS_DETECTION: tested in net/ipv4/tcp_input.c of 5.4, 5.15 and 6.8; only assigned in 6.18.
    const doc = docOf('net.ipv4.tcp_recovery');
    ok(doc.summary.en.includes('no longer read by 6.18'), doc.summary.en);
    ok(doc.summary.zh.includes('6.18 已不再读取'), doc.summary.zh);
    ok(doc.details.en.includes('Up to 6.8 at least, clearing it turns RACK off'), doc.details.en);
  });
});

describe('sysctl ranges seen during the whole-class reviews', () => {
  it('bounds the NFS-over-RDMA inline request size as the handler does', () => {
    // net/sunrpc/xprtrdma/svc_rdma.c: proc_douintvec_minmax between min_max_inline (4096) and max_max_inline (65536).
    deepStrictEqual(docOf('sunrpc.svc_rdma.max_req_size').range, { min: 4096, max: 65536 });
  });
});

describe('cross-family fixes from the whole-class reviews', () => {
  it('links the SRv6 flow label with what the same SRv6 code reads, not with the receive switch', () => {
    // net/ipv6/seg6_iptunnel.c reads seg6_flowlabel and nf_hooks_lwtunnel; seg6_enabled is read on receive (exthdrs.c).
    deepStrictEqual(docOf('net.ipv6.seg6_flowlabel').related, ['net.ipv6.auto_flowlabels', 'net.netfilter.nf_hooks_lwtunnel']);
    // net/ipv6/route.c fib6_select_path: the hash is matched against bounds that leave out dead links when the key is set.
    ok(docOf('net.ipv6.fib_multipath_hash_policy').related?.includes('net.ipv6.conf.<iface>.ignore_routes_with_linkdown'));
  });

  it('gives NET/ROM and RxRPC the bounds their handlers enforce, and RDS receive limits as machine-dependent', () => {
    // net/netrom/sysctl_net_netrom.c min_obs/min_ttl {0} (3.10 and 6.18); net/rxrpc/sysctl.c max_backlog = RXRPC_BACKLOG_MAX - 1.
    deepStrictEqual(docOf('net.netrom.obsolescence_count_initialiser').range, { min: 0, max: 255 });
    deepStrictEqual(docOf('net.netrom.network_ttl_initialiser').range, { min: 0, max: 255 });
    deepStrictEqual(docOf('net.rxrpc.max_backlog').range, { min: 4, max: 31 });
    strictEqual(docOf('net.rds.iw.max_recv_allocation').default, null);
  });
});
