import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the details texts and value meanings of
 * server/src/core/knowledge/sysctl/{ipv6,neighbour,netfilter,netfilterMore,conntrack}.ts against Linux 6.18.2
 * (gfunkmonk/linux-6.18.2 at 57dc26c98e5e9eaee49a7ee9f46cfae53057b110).
 */

describe('sysctl details reviewed: IPv6, neighbour and netfilter', () => {
  it('says that a TCP entry picked up mid-stream keeps relaxed window checks for its whole life', () => {
    // net/netfilter/nf_conntrack_proto_tcp.c tcp_new: a loose pickup sets IP_CT_TCP_FLAG_BE_LIBERAL on both
    // directions; nothing in the packet path clears it (tcp_options and nf_ct_tcp_state_reset keep it), so
    // nf_tcp_log_invalid keeps returning NFCT_TCP_ACCEPT for that entry.
    const doc = docOf('net.netfilter.nf_conntrack_tcp_loose');
    ok(!doc.details.en.includes('until both directions have been observed'), doc.details.en);
    ok(doc.details.en.includes("for the rest of that entry's life"), doc.details.en);
    ok(!doc.details.zh.includes('在双向流量都出现之前窗口检查会放宽'), doc.details.zh);
    ok(doc.details.zh.includes('整个生命周期内都采用宽松的窗口检查'), doc.details.zh);
  });

  it('says that nf_conntrack_log_invalid messages are not rate-limited', () => {
    // net/netfilter/nf_conntrack_proto.c nf_l4proto_log_invalid calls nf_log_packet directly; neither
    // net/netfilter/nf_log.c nor nf_log_syslog.c rate-limits the message.
    const doc = docOf('net.netfilter.nf_conntrack_log_invalid');
    ok(!doc.details.en.includes('Messages are rate-limited'), doc.details.en);
    ok(doc.details.en.includes('Nothing rate-limits these messages'), doc.details.en);
    ok(!doc.details.zh.includes('日志有限速'), doc.details.zh);
    ok(doc.details.zh.includes('没有任何限速'), doc.details.zh);
  });

  it('says that conntrack IPv6 reassembly accepts fragments again once usage is back at the high threshold', () => {
    // net/ipv4/inet_fragment.c inet_frag_find: returns NULL (fragment dropped) only while
    // frag_mem_limit(fqdir) > high_thresh; low_thresh is not consulted (net/ipv6/netfilter/nf_conntrack_reasm.c).
    const doc = docOf('net.netfilter.nf_conntrack_frag6_high_thresh');
    ok(!doc.details.en.includes('until usage falls below'), doc.details.en);
    ok(doc.details.en.includes('not down to `nf_conntrack_frag6_low_thresh`'), doc.details.en);
    ok(!doc.details.zh.includes('直到用量降到'), doc.details.zh);
    ok(doc.details.zh.includes('并不需要降到 `nf_conntrack_frag6_low_thresh`'), doc.details.zh);
  });

  it('says that the floor of retrans_time_ms is HZ/100 ticks, 8 ms with CONFIG_HZ=250', () => {
    // net/core/neighbour.c neigh_timer_handler and __neigh_event_send:
    // next = now + max(NEIGH_VAR(parms, RETRANS_TIME), HZ/100); 250/100 = 2 ticks = 8 ms.
    for (const key of ['net.ipv4.neigh.<iface>.retrans_time_ms', 'net.ipv6.neigh.<iface>.retrans_time_ms']) {
      const doc = docOf(key);
      ok(!doc.details.en.includes('never waits less than 10 ms'), doc.details.en);
      ok(doc.details.en.includes('8 ms with CONFIG_HZ=250'), doc.details.en);
      ok(!doc.details.zh.includes('最少也会等 10 毫秒'), doc.details.zh);
      ok(doc.details.zh.includes('CONFIG_HZ=250 时只有 8 毫秒'), doc.details.zh);
    }
  });
});
