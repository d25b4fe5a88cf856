import { deepStrictEqual, ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * server/src/core/knowledge/sysctl/tcpExtra.ts, tcpFeatures.ts, tcpClose.ts, tcpHandshake.ts, tcpTimers.ts,
 * congestion.ts, buffers.ts and ports.ts, judged against Linux 6.18.2 (gfunkmonk/linux-6.18.2 at
 * 57dc26c98e5e9eaee49a7ee9f46cfae53057b110).
 */

describe('TCP, congestion, buffer and port facts corrected by the summary review', () => {
  it('counts the tcp_challenge_ack_limit budget per network namespace, not host-wide', () => {
    // net/ipv4/tcp_input.c tcp_send_challenge_ack: net->ipv4.tcp_challenge_count and tcp_challenge_timestamp
    // (include/net/netns/ipv4.h) are per namespace; the budget is get_random_u32_inclusive(half, limit + half - 1).
    const doc = docOf('net.ipv4.tcp_challenge_ack_limit');
    ok(!doc.summary.en.includes('Host-wide'), doc.summary.en);
    ok(doc.summary.en.includes('each network namespace may send per second'), doc.summary.en);
    ok(doc.summary.en.includes('random budget'), doc.summary.en);
    ok(doc.summary.zh.includes('每个网络命名空间'), doc.summary.zh);
    ok(!doc.summary.zh.includes('全局上限'), doc.summary.zh);
    ok(doc.details.en.includes('the budget belongs to each network namespace'), doc.details.en);
    ok(doc.details.zh.includes('每个网络命名空间各一份'), doc.details.zh);
  });

  it('ties tcp_ecn_option_beacon to tcp_ecn_option=1, where the option is not sent on every packet', () => {
    // net/ipv4/tcp_output.c tcp_established_options: the AccECN option goes out when ecn_opt >= TCP_ACCECN_OPTION_FULL
    // (2), or on demand, or when tcp_accecn_option_beacon_check (include/net/tcp_ecn.h) says so; only 1 needs the beacon.
    const doc = docOf('net.ipv4.tcp_ecn_option_beacon');
    ok(doc.summary.en.includes('when `tcp_ecn_option` is 1'), doc.summary.en);
    ok(doc.summary.en.includes('at 2 it goes on every packet anyway'), doc.summary.en);
    ok(doc.summary.zh.includes('`tcp_ecn_option` 为 1 时'), doc.summary.zh);
    ok(!doc.summary.zh.startsWith('`tcp_ecn_option` 为 2 时'), doc.summary.zh);
  });

  it('does not call tcp_limit_output_bytes a hard cap that retransmissions respect', () => {
    // net/ipv4/tcp_output.c tcp_small_queue_check: limit = min(max(2 truesize, pacing rate >> shift), the sysctl),
    // shifted left by factor, and tcp_xmit_retransmit_queue passes factor 1.
    const doc = docOf('net.ipv4.tcp_limit_output_bytes');
    ok(!doc.summary.en.includes('at any time'), doc.summary.en);
    ok(doc.summary.en.includes('retransmissions may use twice this'), doc.summary.en);
    ok(doc.summary.zh.includes('重传时允许达到它的两倍'), doc.summary.zh);
    ok(doc.details.en.includes('twice that for retransmissions'), doc.details.en);
    ok(doc.details.zh.includes('重传时为它的两倍'), doc.details.zh);
  });

  it('says that tcp_max_syn_backlog only drops unproven peers with SYN cookies off, not how long the SYN queue is', () => {
    // net/ipv4/tcp_input.c tcp_conn_request: only when !syncookies, and once max_syn_backlog - queue length is below a
    // quarter of it, SYNs from peers tcp_peer_is_proven does not know are dropped; inet_csk_reqsk_queue_is_full compares
    // the queue with sk_max_ack_backlog (the listen() backlog).
    const doc = docOf('net.ipv4.tcp_max_syn_backlog');
    ok(doc.summary.en.startsWith('Only with SYN cookies off'), doc.summary.en);
    ok(doc.summary.en.includes('three quarters'), doc.summary.en);
    ok(doc.summary.en.includes('bounded by the listen() backlog'), doc.summary.en);
    ok(!doc.summary.en.includes('may keep in its SYN queue'), doc.summary.en);
    ok(doc.summary.zh.includes('四分之三') && doc.summary.zh.includes('listen() 的 backlog'), doc.summary.zh);
  });

  it('gives tcp_syn_retries as a time budget with the linear retries on top of its count', () => {
    // net/ipv4/tcp_timer.c tcp_write_timeout: SYN_SENT expires after syn_retries + tcp_syn_linear_timeouts
    // retransmissions, or earlier by retransmits_timed_out(sk, syn_retries, ...) modelled from tcp_timeout_init (1 s).
    const doc = docOf('net.ipv4.tcp_syn_retries');
    ok(doc.summary.en.startsWith('How long `connect()` keeps retransmitting its SYN'), doc.summary.en);
    ok(doc.summary.en.includes('`tcp_syn_linear_timeouts` ones come on top of the count'), doc.summary.en);
    ok(doc.summary.zh.includes('坚持多久') && doc.summary.zh.includes('tcp_syn_linear_timeouts'), doc.summary.zh);
    deepStrictEqual(doc.related, ['net.ipv4.tcp_synack_retries', 'net.ipv4.tcp_syn_linear_timeouts']);
  });

  it('states tcp_retries1, tcp_retries2 and tcp_orphan_retries as time budgets, not retransmission counts', () => {
    // net/ipv4/tcp_timer.c retransmits_timed_out and tcp_model_timeout: the boundary becomes the time that many
    // retransmissions would take from TCP_RTO_MIN (200 ms), doubling up to tcp_rto_max; tcp_write_timeout compares it
    // with the time since retrans_stamp for retries1, retries2 and (orphaned sockets) tcp_orphan_retries.
    const retries2 = docOf('net.ipv4.tcp_retries2');
    ok(retries2.summary.en.startsWith('How long TCP keeps retransmitting unacknowledged data'), retries2.summary.en);
    ok(retries2.summary.en.includes('a connection with a larger RTO gets fewer in that time'), retries2.summary.en);
    ok(retries2.summary.zh.includes('200 毫秒') && retries2.summary.zh.includes('924.6 秒'), retries2.summary.zh);
    ok(retries2.details.en.includes('The kernel turns the value into a time budget'), retries2.details.en);
    ok(retries2.details.zh.includes('换算成时间预算'), retries2.details.zh);
    const retries1 = docOf('net.ipv4.tcp_retries1');
    ok(retries1.summary.en.includes('for as long as this many retransmissions backing off from 200 ms would take'), retries1.summary.en);
    ok(retries1.summary.zh.includes('200 毫秒'), retries1.summary.zh);
    const orphan = docOf('net.ipv4.tcp_orphan_retries');
    ok(orphan.summary.en.startsWith('How long the kernel keeps retransmitting'), orphan.summary.en);
    ok(orphan.summary.zh.includes('坚持重传多久'), orphan.summary.zh);
    ok(orphan.details.en.includes('a budget of about 102 s'), orphan.details.en);
    ok(!orphan.details.en.includes('many minutes'), orphan.details.en);
    ok(orphan.details.zh.includes('约 102 秒'), orphan.details.zh);
  });

  it('says that net.core.default_qdisc skips interfaces without a queue of their own', () => {
    // net/sched/sch_generic.c attach_one_default_qdisc: IFF_NO_QUEUE devices get noqueue_qdisc_ops (loopback.c,
    // veth.c, br_device.c and vlan_dev.c set the flag); attach_default_qdiscs puts mq over multiqueue devices, whose
    // queues get default_qdisc_ops through sch_mq.c.
    const doc = docOf('net.core.default_qdisc');
    ok(doc.summary.en.includes('get noqueue instead'), doc.summary.en);
    ok(doc.summary.en.includes('on each transmit queue'), doc.summary.en);
    ok(doc.summary.zh.includes('noqueue') && doc.summary.zh.includes('veth'), doc.summary.zh);
  });
});
