import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the review of the details texts and value meanings of
 * server/src/core/knowledge/sysctl/tcpExtra.ts, tcpFeatures.ts, tcpClose.ts, tcpHandshake.ts, tcpTimers.ts,
 * congestion.ts, buffers.ts and ports.ts, judged against Linux 6.18.2 (gfunkmonk/linux-6.18.2 at
 * 57dc26c98e5e9eaee49a7ee9f46cfae53057b110).
 */

describe('TCP, congestion, buffer and port details corrected by the details review', () => {
  it('does not claim tcp_reordering cannot be set above tcp_max_reordering', () => {
    // net/ipv4/sysctl_net_ipv4.c ipv4_net_table "tcp_reordering": plain proc_dointvec, no bound;
    // net/ipv4/tcp.c tcp_init_sock copies it into tp->reordering; only tcp_check_sack_reordering /
    // tcp_check_dsack (net/ipv4/tcp_input.c) clamp the raised value to sysctl_tcp_max_reordering.
    const doc = docOf('net.ipv4.tcp_reordering');
    ok(!doc.details.en.includes('cannot be set above that limit'), doc.details.en);
    ok(doc.details.en.includes('a larger value written here is accepted'), doc.details.en);
    ok(!doc.details.zh.includes('也不能设得超过该上限'), doc.details.zh);
    ok(doc.details.zh.includes('写入更大的值也会被接受'), doc.details.zh);
  });

  it('says a failed tcp_child_ehash_entries allocation is logged, not silent', () => {
    // net/ipv4/tcp_ipv4.c tcp_set_hashinfo: pr_warn("Failed to allocate TCP ehash (entries: %u) for a netns,
    // fallback to the global one") before falling back to tcp_hashinfo.
    const doc = docOf('net.ipv4.tcp_child_ehash_entries');
    ok(!doc.details.en.includes('silently'), doc.details.en);
    ok(doc.details.en.includes('the kernel logs a warning'), doc.details.en);
    ok(!doc.details.zh.includes('悄悄'), doc.details.zh);
    ok(doc.details.zh.includes('内核日志里会留下一条警告'), doc.details.zh);
  });

  it('says Send-Q of a listener shows min(backlog, somaxconn), and the queue takes one more', () => {
    // net/ipv4/tcp_diag.c tcp_diag_get_info: idiag_wqueue = sk_max_ack_backlog (set by __sys_listen in
    // net/socket.c to min(backlog, somaxconn)); include/net/sock.h sk_acceptq_is_full uses '>'.
    const doc = docOf('net.core.somaxconn');
    ok(!doc.details.en.includes('this limit in Send-Q'), doc.details.en);
    ok(doc.details.en.includes('its own limit, `min(backlog, somaxconn)`, in Send-Q'), doc.details.en);
    ok(doc.details.en.includes('Recv-Q can reach Send-Q + 1'), doc.details.en);
    ok(!doc.details.zh.includes('Send-Q 就是这个上限'), doc.details.zh);
    ok(doc.details.zh.includes('Send-Q 是该监听 socket 自己的上限'), doc.details.zh);
    ok(doc.details.zh.includes('Recv-Q 最多可以到 Send-Q + 1'), doc.details.zh);
  });

  it('counts the SYN queue as full only above the accept backlog', () => {
    // include/net/inet_connection_sock.h inet_csk_reqsk_queue_is_full: reqsk_queue_len > sk_max_ack_backlog.
    const doc = docOf('net.ipv4.tcp_max_syn_backlog');
    ok(doc.details.en.includes('once it holds more requests than its accept backlog'), doc.details.en);
    ok(!doc.details.en.includes('as many requests as its accept backlog'), doc.details.en);
    ok(doc.details.zh.includes('只要超过它的 accept backlog'), doc.details.zh);
    ok(!doc.details.zh.includes('只要达到它的 accept backlog'), doc.details.zh);
  });
});
