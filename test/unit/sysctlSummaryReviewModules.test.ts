import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the IPVS, SCTP and sunrpc keys (moduleKeys.ts and modulesMore.ts):
 * summaries, default notes and related keys, judged against Linux 6.18.2 (gfunkmonk/linux-6.18.2 at 57dc26c98e5e),
 * with 3.10 (gq213/linux-3.10.105), 4.18 (wulmx/linux-4.18), 5.4 (HowardY2/linux-5.4.273), 5.14, 5.15 and 6.8 for
 * behaviour that older kernels had. Findings: /tmp/review-Modules.md.
 */

describe('IPVS, SCTP and sunrpc facts corrected by the summary review', () => {
  it('says that net.ipv4.vs.secure_tcp changes the TCP state transitions, not the timeouts', () => {
    // net/netfilter/ipvs/ip_vs_proto_tcp.c tcp_timeout_change: only pd->tcp_state_table becomes tcp_states_dos;
    // tcp_timeouts is the same table either way (3.10 the same).
    const doc = docOf('net.ipv4.vs.secure_tcp');
    ok(!doc.summary.en.includes('short, safer TCP state timeouts'), doc.summary.en);
    ok(doc.summary.en.includes('stricter TCP state machine') && doc.summary.en.includes('timeouts stay the same'), doc.summary.en);
    ok(doc.summary.zh.includes('超时时间不变'), doc.summary.zh);
    ok(doc.details.en.includes('the timeout of each state is not changed'), doc.details.en);
    ok(doc.details.zh.includes('超时时间并不改变'), doc.details.zh);
  });

  it('relates each IPVS defence to the keys the defence code reads, not am_droprate everywhere', () => {
    // net/netfilter/ipvs/ip_vs_ctl.c update_defense_level: am_droprate is read only for drop_packet mode 3;
    // all three modes are switched by the same amemthresh check.
    deepStrictEqual(docOf('net.ipv4.vs.drop_entry').related, ['net.ipv4.vs.amemthresh', 'net.ipv4.vs.drop_packet', 'net.ipv4.vs.secure_tcp']);
    deepStrictEqual(docOf('net.ipv4.vs.secure_tcp').related, ['net.ipv4.vs.amemthresh', 'net.ipv4.vs.drop_entry', 'net.ipv4.vs.drop_packet']);
    deepStrictEqual(docOf('net.ipv4.vs.drop_packet').related, ['net.ipv4.vs.amemthresh', 'net.ipv4.vs.am_droprate']);
  });

  it('sends the ICMP of net.ipv4.vs.nat_icmp_send to the real server, not to the client', () => {
    // net/netfilter/ipvs/ip_vs_core.c ip_vs_out_hook: a packet from a real service without an entry (not a TCP RST
    // or SCTP ABORT) gets icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH), i.e. back to its source.
    const doc = docOf('net.ipv4.vs.nat_icmp_send');
    ok(!doc.details.en.includes('the client learns'), doc.details.en);
    ok(doc.details.en.includes('goes back to the real server'), doc.details.en);
    ok(doc.details.zh.includes('回给发出该报文的真实服务器'), doc.details.zh);
  });

  it('does not let sync_refresh_period replace the packet counts of sync_threshold', () => {
    // net/netfilter/ipvs/ip_vs_sync.c ip_vs_sync_conn_needed: with a refresh period the sync is held back while the
    // timer moved less than min(period, max(timeout / 2, 10 s)); then pkts % sync_period must still equal the
    // threshold unless sync_period is 0.
    const refresh = docOf('net.ipv4.vs.sync_refresh_period');
    ok(refresh.summary.en.includes('holds back a new sync message'), refresh.summary.en);
    ok(refresh.summary.en.includes('otherwise still apply on top'), refresh.summary.en);
    ok(refresh.summary.zh.includes('报文数条件仍然同时生效'), refresh.summary.zh);
    const threshold = docOf('net.ipv4.vs.sync_threshold');
    ok(!threshold.details.en.includes('replaces the periodic part with a timer'), threshold.details.en);
    ok(threshold.details.en.includes('the packet counts still apply unless the second number is 0'), threshold.details.en);
    ok(threshold.details.zh.includes('按报文数同步的条件仍然有效'), threshold.details.zh);
  });

  it('describes net.ipv4.vs.sync_retries as repeats against loss, with no acknowledgements', () => {
    // net/netfilter/ipvs/ip_vs_sync.c ip_vs_sync_conn_needed: up to sync_retries extra syncs, one every
    // sync_refresh_period / 8 (the retry count is kept in the low bits of sync_endtime); nothing is acknowledged.
    const doc = docOf('net.ipv4.vs.sync_retries');
    ok(!doc.summary.en.includes('when no acknowledgement comes back'), doc.summary.en);
    ok(doc.summary.en.includes('the sync protocol has no acknowledgements'), doc.summary.en);
    ok(doc.summary.zh.includes('没有确认机制'), doc.summary.zh);
  });

  it('counts net.ipv4.vs.sync_qlen_max per master sync thread and derives it from RAM, not free memory', () => {
    // net/netfilter/ipvs/ip_vs_sync.c sb_queue_tail: ms->sync_queue_len of each master thread against the limit;
    // ip_vs_ctl.c ip_vs_control_net_init_sysctl: nr_free_buffer_pages() / 32, and mm/page_alloc.c counts managed
    // pages above the high watermark there, not free ones.
    const doc = docOf('net.ipv4.vs.sync_qlen_max');
    ok(doc.summary.en.includes('of each master sync thread'), doc.summary.en);
    ok(doc.summary.zh.includes('每个主调度器同步线程'), doc.summary.zh);
    ok(!doc.defaultNote?.en.includes('free buffer pages at load time'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('not how much is free'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('而不是当时的空闲内存'), doc.defaultNote?.zh);
  });

  it('relates backup_only and sloppy_tcp to keys the kernel connects with them', () => {
    // ip_vs_sync.c start_sync_thread: the backup daemon starts sync_ports threads and make_receive_sock applies
    // sync_sock_size; sync_version is only what a master sends. Documentation/networking/ipvs-sysctl.rst
    // (sync_persist_mode) ties sloppy_tcp to sloppy_sctp and persistence-only sync; nothing reads conntrack with it.
    deepStrictEqual(docOf('net.ipv4.vs.backup_only').related, ['net.ipv4.vs.sync_ports', 'net.ipv4.vs.sync_sock_size']);
    deepStrictEqual(docOf('net.ipv4.vs.sloppy_tcp').related, ['net.ipv4.vs.sloppy_sctp', 'net.ipv4.vs.sync_persist_mode']);
  });

  it('gives net.sctp.cookie_hmac_alg the sha256-only choice of 6.18 and no SCTP-AUTH link', () => {
    // net/sctp/sysctl.c proc_sctp_do_hmac_alg (6.18): only "sha256" and "none" are accepted; net/sctp/Kconfig
    // defaults to SCTP_DEFAULT_COOKIE_HMAC_SHA256 (MD5 before, 3.10 to 6.8). SCTP-AUTH (auth_enable) never reads the
    // cookie HMAC; auth_enable is read with addip_enable instead (socket.c, endpointola.c).
    const doc = docOf('net.sctp.cookie_hmac_alg');
    strictEqual(doc.default, null);
    ok(doc.defaultNote?.en.includes('From 6.18: `sha256`'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('Before 6.18: `md5`'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('6.18 起：`sha256`'), doc.defaultNote?.zh);
    ok(doc.suggestions?.some((s) => s.value === 'sha256'));
    deepStrictEqual(doc.related, ['net.sctp.valid_cookie_life']);
    deepStrictEqual(docOf('net.sctp.auth_enable').related, ['net.sctp.addip_noauth_enable', 'net.sctp.addip_enable']);
  });

  it('describes net.sctp.ps_retrans as making the path in use the new primary', () => {
    // net/sctp/sm_sideeffect.c sctp_do_8_2_transport_strike: error_count > ps_retrans on the primary path while the
    // active path is another one calls sctp_assoc_set_primary(asoc, asoc->peer.active_path).
    const doc = docOf('net.sctp.ps_retrans');
    ok(!doc.summary.en.includes('sends on the primary again'), doc.summary.en);
    ok(doc.summary.en.includes('makes that other path the new primary'), doc.summary.en);
    ok(doc.summary.zh.includes('设为新的主路径'), doc.summary.zh);
  });

  it('lets modes 2 and 3 of net.sctp.addr_scope_policy allow private and link-local addresses', () => {
    // net/sctp/bind_addr.c sctp_in_scope: SCTP_SCOPE_POLICY_PRIVATE and _LINK accept the address when it is in scope
    // or when it is private (link-local); they never refuse one.
    const values = docOf('net.sctp.addr_scope_policy').values ?? [];
    for (const value of ['2', '3']) {
      const meaning = values.find((v) => v.value === value)?.meaning;
      ok(meaning, value);
      ok(!meaning.en.startsWith('Never announce'), meaning.en);
      ok(meaning.en.includes('through whatever the peer'), meaning.en);
      ok(meaning.zh.includes('放行'), meaning.zh);
    }
  });

  it('relates net.sctp.rwnd_update_shift to the socket receive buffer it divides', () => {
    // net/sctp/associola.c sctp_peer_needs_update: sk_rcvbuf >> rwnd_upd_shift, and a new SCTP socket's sk_rcvbuf
    // is net.core.rmem_default (sock_init_data); sctp_rmem only feeds the memory accounting.
    deepStrictEqual(docOf('net.sctp.rwnd_update_shift').related, ['net.core.rmem_default', 'net.sctp.rcvbuf_policy']);
  });

  it('says which sctp_rmem default is the page size and which is scaled from RAM', () => {
    // net/sctp/protocol.c sctp_init: sysctl_sctp_rmem[0] = PAGE_SIZE, [1] = 1500 * SKB_TRUESIZE(1), [2] from
    // nr_free_buffer_pages() (3.10 the same with SK_MEM_QUANTUM).
    const doc = docOf('net.sctp.sctp_rmem');
    ok(!doc.defaultNote?.en.includes('The middle and top values are scaled'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('the first value is the page size'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('第一个值是页大小'), doc.defaultNote?.zh);
  });

  it('calls sunrpc.transports the list of server-side transports', () => {
    // net/sunrpc/sysctl.c proc_do_xprt prints svc_print_xprts (svc_xprt.c): the svc_xprt_class list, i.e. udp, tcp
    // and rdma (svc_rdma_transport.c); client classes such as tcp-tls are never listed.
    const doc = docOf('sunrpc.transports');
    ok(!doc.summary.en.includes('tcp-tls'), doc.summary.en);
    ok(doc.summary.en.includes('RPC server (nfsd, lockd) can listen on'), doc.summary.en);
    ok(doc.summary.zh.includes('RPC 服务端'), doc.summary.zh);
    ok(doc.defaultNote?.en.includes('server-side'), doc.defaultNote?.en);
    ok(doc.details.en.includes('never appear here'), doc.details.en);
    deepStrictEqual(doc.related, ['sunrpc.svc_rdma.max_requests']);
  });

  it('says that sunrpc.tcp_fin_timeout is read only by 3.x kernels', () => {
    // net/sunrpc/xprtsock.c: 3.10 passes xs_tcp_fin_timeout to xs_tcp_schedule_linger_timeout; 4.18, 5.4 and 6.18
    // only register xs_tunables_table with it and never read the variable.
    const doc = docOf('sunrpc.tcp_fin_timeout');
    ok(doc.summary.en.startsWith('On 3.x kernels'), doc.summary.en);
    ok(doc.summary.en.includes('never read it'), doc.summary.en);
    ok(doc.summary.zh.includes('从不读取'), doc.summary.zh);
  });

  it('says that current kernels ignore the old NFS-over-RDMA tuning keys', () => {
    // net/sunrpc/xprtrdma/transport.c and verbs.c: xprt_rdma_memreg_strategy is switched on in 5.4 (only FRWR, else
    // -EINVAL) and read nowhere in 5.14 and 6.18; xprt_rdma_pad_optimize sets re_implicit_roundup in 5.15 and is read
    // nowhere in 6.8; svc_rdma.c: svcrdma_ord is only printed by a dprintk since 4.18 (3.10 set sc_ord from it).
    const memreg = docOf('sunrpc.rdma_memreg_strategy');
    ok(memreg.summary.en.includes('5.14 and later always use FRWR and never read it'), memreg.summary.en);
    ok(memreg.summary.zh.includes('不再读取'), memreg.summary.zh);
    const pad = docOf('sunrpc.rdma_pad_optimize');
    ok(!pad.summary.en.includes('inline writes'), pad.summary.en);
    ok(pad.summary.en.includes('XDR round-up padding') && pad.summary.en.includes('RDMA chunks'), pad.summary.en);
    ok(pad.summary.zh.includes('XDR 对齐填充'), pad.summary.zh);
    const ord = docOf('sunrpc.svc_rdma.max_outbound_read_requests');
    ok(ord.summary.en.startsWith('On 3.x kernels'), ord.summary.en);
    ok(ord.summary.en.includes('only print this value in a debug message'), ord.summary.en);
    ok(ord.summary.zh.includes('只在调试信息里打印'), ord.summary.zh);
  });
});
