import { deepStrictEqual, ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * server/src/core/knowledge/sysctl/{ipv6,neighbour,netfilter,netfilterMore,conntrack}.ts against Linux 6.18.2
 * (gfunkmonk/linux-6.18.2 at 57dc26c98e5e9eaee49a7ee9f46cfae53057b110) and, for the 3.x compat names, 3.10.105.
 */

describe('sysctl summaries reviewed: IPv6, neighbour and netfilter', () => {
  it('says that net.ipv6.flowlabel_consistency only gates IPV6_FL_F_REFLECT', () => {
    // net/ipv6/ip6_flowlabel.c ipv6_flowlabel_get: the only reader; with the switch on, IPV6_FL_F_REFLECT gets EPERM.
    // fl_create and the sharing checks never look at it.
    const doc = docOf('net.ipv6.flowlabel_consistency');
    ok(!doc.summary.en.includes('unique and consistent'), doc.summary.en);
    ok(doc.summary.en.includes('IPV6_FL_F_REFLECT'), doc.summary.en);
    ok(doc.summary.zh.includes('IPV6_FL_F_REFLECT'), doc.summary.zh);
    const on = doc.values?.find((v) => v.value === '1');
    ok(on?.meaning.en.includes('EPERM'), on?.meaning.en);
    ok(doc.details.en.includes('made whatever the value'), doc.details.en);
  });

  it('says that net.ipv6.route.gc_timeout collections start at about half the value', () => {
    // net/ipv6/route.c ip6_dst_gc: ip6_rt_gc_expire is reset to ip6_rt_gc_timeout >> 1 and passed to fib6_run_gc
    // as the idle age; ip6_route_net_init starts it at 30 * HZ.
    const doc = docOf('net.ipv6.route.gc_timeout');
    ok(!doc.summary.en.startsWith('Age, in seconds, from which'), doc.summary.en);
    ok(doc.summary.en.includes('about half this time'), doc.summary.en);
    ok(doc.summary.zh.includes('约一半'), doc.summary.zh);
  });

  it('does not describe nf_conntrack_frag6_low_thresh as a target memory is pruned to', () => {
    // net/ipv4/inet_fragment.c never reads fqdir->low_thresh; net/ipv6/netfilter/nf_conntrack_reasm.c
    // nf_ct_frag6_sysctl_register only uses it as extra1 of the high threshold (and bounds it by extra2).
    const doc = docOf('net.netfilter.nf_conntrack_frag6_low_thresh');
    ok(!doc.summary.en.includes('falls back to'), doc.summary.en);
    ok(doc.summary.en.includes('no longer prunes'), doc.summary.en);
    ok(doc.summary.zh.includes('不再'), doc.summary.zh);
    ok(!doc.details.en.includes('evicted until usage is back under this value'), doc.details.en);
    ok(doc.details.en.includes('cannot be set above the high threshold'), doc.details.en);
  });

  it('limits net.netfilter.nf_hooks_lwtunnel to SRv6 and relates it to an SRv6 key', () => {
    // net/ipv6/seg6_iptunnel.c and seg6_local.c are the only readers of the nf_hooks_lwtunnel_enabled static key
    // (net/core/lwtunnel.c); nothing connects it with conntrack's checksum switch.
    const doc = docOf('net.netfilter.nf_hooks_lwtunnel');
    ok(doc.summary.en.includes('SRv6 routes'), doc.summary.en);
    ok(doc.summary.en.includes('no other lightweight tunnel type'), doc.summary.en);
    ok(doc.summary.zh.includes('其他类型的轻量级隧道都不看'), doc.summary.zh);
    ok(doc.details.en.includes('MPLS, RPL, IOAM and BPF encapsulations are not affected'), doc.details.en);
    deepStrictEqual(doc.related, ['net.ipv6.seg6_flowlabel']);
  });

  it('ends the SCTP COOKIE_WAIT timeout at the COOKIE-ECHO, new and old name alike', () => {
    // net/netfilter/nf_conntrack_proto_sctp.c sctp_conntracks (6.18.2 and 3.10): INIT leads to COOKIE_WAIT, an
    // INIT-ACK from the reply side keeps it there, COOKIE-ECHO moves on to COOKIE_ECHOED.
    const modern = docOf('net.netfilter.nf_conntrack_sctp_timeout_cookie_wait');
    ok(!modern.summary.en.includes('the rest of the four-way handshake'), modern.summary.en);
    ok(modern.summary.en.includes('until the COOKIE-ECHO arrives'), modern.summary.en);
    ok(modern.summary.zh.includes('COOKIE-ECHO'), modern.summary.zh);
    const old = docOf('net.ipv4.netfilter.ip_conntrack_sctp_timeout_cookie_wait');
    ok(!old.summary.en.includes('until the INIT-ACK'), old.summary.en);
    ok(old.summary.en.includes('until the COOKIE-ECHO'), old.summary.en);
    ok(old.summary.zh.includes('COOKIE-ECHO'), old.summary.zh);
  });

  it('does not call ip_conntrack_tcp_timeout_syn_sent2 a second name of nf_conntrack_tcp_timeout_syn_sent', () => {
    // net/netfilter/nf_conntrack_proto_tcp.c of 3.10 tcp_kmemdup_compat_sysctl_table: data is
    // timeouts[TCP_CONNTRACK_SYN_SENT2], shared by no net.netfilter key; 6.18.2 keeps the state (sS2, 2 MINS).
    const doc = docOf('net.ipv4.netfilter.ip_conntrack_tcp_timeout_syn_sent2');
    ok(!doc.summary.en.startsWith('Old IPv4-only name of'), doc.summary.en);
    ok(!doc.summary.en.includes('fold into SYN_SENT'), doc.summary.en);
    ok(doc.summary.en.includes('SYN_SENT2'), doc.summary.en);
    ok(doc.summary.zh.includes('SYN_SENT2'), doc.summary.zh);
    ok(!doc.details.en.includes('acts on the same value as the `net.netfilter` name'), doc.details.en);
    ok(doc.details.en.includes('keep the SYN_SENT2 state'), doc.details.en);
  });

  it('counts ip_conntrack_count per network namespace', () => {
    // net/ipv4/netfilter/nf_conntrack_l3proto_ipv4.c of 3.10 ipv4_init_net: the entry points at net->ct.count.
    const doc = docOf('net.ipv4.netfilter.ip_conntrack_count');
    ok(doc.summary.en.includes('current network namespace'), doc.summary.en);
    ok(doc.summary.zh.includes('当前网络命名空间'), doc.summary.zh);
  });

  it('says that only the default interval_probe_time_ms is read, for the whole table', () => {
    // net/core/neighbour.c neigh_managed_work: re-queues tbl->managed_work with NEIGH_VAR(&tbl->parms,
    // INTERVAL_PROBE_TIME_MS), the table's default parms; no per-device parms is read for it.
    for (const family of ['ipv4', 'ipv6']) {
      const doc = docOf(`net.${family}.neigh.<iface>.interval_probe_time_ms`);
      ok(doc.summary.en.includes('per-interface values have no effect'), doc.summary.en);
      ok(doc.summary.zh.includes('各接口自己的值不起作用'), doc.summary.zh);
      ok(doc.details.en.includes(`net.${family}.neigh.default.interval_probe_time_ms`), doc.details.en);
    }
  });

  it('gives the IPv6 retrans_time alias in kernel ticks, not hundredths of a second', () => {
    // net/ipv6/ndisc.c ndisc_ifinfo_sysctl_change: "retrans_time" goes through neigh_proc_dointvec (raw jiffies);
    // IPv4 keeps NEIGH_SYSCTL_USERHZ_JIFFIES_ENTRY in net/core/neighbour.c.
    const v6 = docOf('net.ipv6.neigh.<iface>.retrans_time_ms');
    ok(v6.details.en.includes('raw kernel ticks'), v6.details.en);
    ok(!v6.details.en.includes('same setting in 1/100 s'), v6.details.en);
    ok(v6.details.zh.includes('jiffies'), v6.details.zh);
    ok(docOf('net.ipv4.neigh.<iface>.retrans_time_ms').details.en.includes('same setting in 1/100 s'));
  });
});
