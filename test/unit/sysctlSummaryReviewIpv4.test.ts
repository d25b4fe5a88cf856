import { ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of ipv4.ts,
 * ipv4More.ts and ipv4Extra.ts against Linux 6.18.2 (and 5.4 for the keys removed in 5.16).
 */

describe('sysctl summaries of the IPv4 keys, reviewed against the kernel', () => {
  it('says that icmp_ignore_bogus_error_responses=0 drops the errors as well as logging them', () => {
    // net/ipv4/icmp.c icmp_unreach: with the key at 0 an error quoting a packet sent to a broadcast address gets
    // net_warn_ratelimited and "goto out" before icmp_socket_deliver; with 1 there is no check at all.
    const doc = docOf('net.ipv4.icmp_ignore_bogus_error_responses');
    ok(doc.summary.en.includes('logged and dropped (0)'), doc.summary.en);
    ok(doc.summary.zh.includes('记录日志后丢弃'), doc.summary.zh);
    ok(!doc.summary.en.includes('malformed'), doc.summary.en);
    ok(!doc.details.en.includes('ignores them either way'), doc.details.en);
    const one = doc.values?.find((v) => v.value === '1');
    ok(one && one.meaning.en.includes('passed to the socket'), one?.meaning.en);
  });

  it('limits icmp_errors_use_inbound_ifaddr to errors about packets not addressed to the host', () => {
    // net/ipv4/icmp.c __icmp_send: saddr = iph->daddr, and only if !(rt->rt_flags & RTCF_LOCAL) is the key read
    // (for an input route) to pick the address of the inbound interface.
    const doc = docOf('net.ipv4.icmp_errors_use_inbound_ifaddr');
    ok(doc.summary.en.includes('not addressed to this host'), doc.summary.en);
    ok(doc.summary.zh.includes('不是发给本机的报文'), doc.summary.zh);
    ok(doc.details.en.includes('always come from the address the packet was sent to'), doc.details.en);
  });

  it('says that ICMPv6 draws on the icmp_msgs_per_sec budget too', () => {
    // net/ipv6/icmp.c icmpv6_global_allow and icmpv6_xrlim_allow call icmp_global_allow / icmp_global_consume of
    // net/ipv4/icmp.c, which read net->ipv4.sysctl_icmp_msgs_per_sec and sysctl_icmp_msgs_burst.
    const doc = docOf('net.ipv4.icmp_msgs_per_sec');
    ok(doc.summary.en.includes('ICMP and ICMPv6 messages'), doc.summary.en);
    ok(doc.summary.zh.includes('ICMPv6'), doc.summary.zh);
  });

  it('limits cipso_rbm_strictvalid to the level and categories of tag type 1', () => {
    // net/ipv4/cipso_ipv4.c cipso_v4_validate: cipso_v4_rbm_strictvalid is read only in the CIPSO_V4_TAG_RBITMAP
    // case (cipso_v4_map_lvl_valid, cipso_v4_map_cat_rbm_valid); the enumerated and ranged tags are always checked.
    const doc = docOf('net.ipv4.cipso_rbm_strictvalid');
    ok(doc.summary.en.includes('tag type 1 (restricted bitmap)'), doc.summary.en);
    ok(doc.summary.en.includes('other tag types are always checked'), doc.summary.en);
    ok(doc.summary.zh.includes('类型 1'), doc.summary.zh);
  });

  it('says that max_dgram_qlen does not limit a receiver connected back to the sender', () => {
    // net/unix/af_unix.c unix_dgram_sendmsg: the queue is checked only if unix_peer(other) != sk; unix_create1
    // copies net->unx.sysctl_max_dgram_qlen into sk_max_ack_backlog.
    const doc = docOf('net.unix.max_dgram_qlen');
    ok(doc.summary.en.includes('senders it is not connected back to'), doc.summary.en);
    ok(doc.summary.zh.includes('未反向 connect'), doc.summary.zh);
    ok(doc.details.en.includes('socketpair()'), doc.details.en);
  });

  it('says that net.mptcp.checksum_enabled only asks for the checksum', () => {
    // net/mptcp/subflow.c and protocol.c: msk->csum_enabled starts from mptcp_is_checksum_enabled and is set to
    // true when the peer's MP_CAPABLE carries the checksum-required flag.
    const doc = docOf('net.mptcp.checksum_enabled');
    ok(doc.summary.en.includes('asks for'), doc.summary.en);
    ok(doc.summary.en.includes('when either end asks'), doc.summary.en);
    ok(doc.summary.zh.includes('任何一端要求'), doc.summary.zh);
  });

  it('calls net.mptcp.add_addr_timeout the longest wait, shortened to the subflow RTO from 6.18', () => {
    // net/mptcp/pm.c mptcp_adjust_add_addr_timeout (6.18.2): the largest icsk_rto of the subflows when below the
    // sysctl; mptcp_pm_add_timer: no resend when it is 0, then timeout << retrans_times up to ADD_ADDR_RETRANS_MAX.
    const doc = docOf('net.mptcp.add_addr_timeout');
    ok(doc.summary.en.startsWith('Longest wait'), doc.summary.en);
    ok(doc.summary.en.includes('since 6.18'), doc.summary.en);
    ok(doc.summary.en.includes('0 turns the resends off'), doc.summary.en);
    ok(doc.summary.zh.includes('6.18'), doc.summary.zh);
  });

  it('does not say that tcp_rx_skb_cache reuses the buffer', () => {
    // include/net/sock.h sk_eat_skb (5.4) parks the consumed skb in sk->sk_rx_skb_cache; net/ipv4/tcp_ipv4.c
    // tcp_v4_rcv takes it out and __kfree_skb()s it when the next packet arrives. Nothing allocates from it.
    const doc = docOf('net.ipv4.tcp_rx_skb_cache');
    ok(!doc.summary.en.includes('reuse'), doc.summary.en);
    ok(doc.summary.en.includes('freed by the softirq that handles the next incoming packet'), doc.summary.en);
    ok(doc.summary.zh.includes('软中断释放'), doc.summary.zh);
    ok(doc.details.en.includes('The buffer is not reused'), doc.details.en);
  });

  it('no longer relates ip_early_demux to ip_forward', () => {
    // net/ipv4/ip_input.c ip_rcv_finish_core and net/ipv6/ip6_input.c read sysctl_ip_early_demux with
    // sysctl_tcp_early_demux and sysctl_udp_early_demux only; the forwarding switch is never consulted there.
    const related = docOf('net.ipv4.ip_early_demux').related;
    ok(!related.includes('net.ipv4.ip_forward'), related.join(', '));
    ok(related.includes('net.ipv4.tcp_early_demux') && related.includes('net.ipv4.udp_early_demux'));
  });

  it('notes that inet_peer_threshold is sized from RAM', () => {
    // net/ipv4/inetpeer.c inet_initpeers (5.14, 6.18.2): 1% of totalram_pages in entries, clamp_val 4096..65536+128.
    const doc = docOf('net.ipv4.inet_peer_threshold');
    strictEqual(doc.default, '65664');
    ok(doc.defaultNote?.en.includes('1% of memory, between 4096 and 65664'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('4096 到 65664'), doc.defaultNote?.zh);
  });
});
