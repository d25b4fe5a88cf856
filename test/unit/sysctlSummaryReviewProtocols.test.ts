import { ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * server/src/core/knowledge/sysctl/protocolsMore.ts, judged against Linux 6.18.2 (gfunkmonk/linux-6.18.2 at
 * 57dc26c98e5e9eaee49a7ee9f46cfae53057b110) and, for protocols later kernels dropped, the 3.10, 4.18 and 5.4
 * trees of the catalogs (DECnet, IrDA, IPX, RDS iWARP, DCCP, old RxRPC).
 */

describe('protocol family facts corrected by the summary review', () => {
  it('counts disconnect-confirm messages with net.decnet.dn_count, not every disconnect', () => {
    // net/decnet/af_decnet.c (3.10) dn_destroy_timer: in state DN_DN (the peer disconnected, dn_nsp_in.c
    // dn_nsp_disc_init) it sends NSP_DISCCONF while nsp_rxtshift < decnet_dn_count; our own disconnects are
    // DN_DI, counted against decnet_di_count.
    const doc = docOf('net.decnet.dn_count');
    ok(doc.summary.en.includes('disconnect-confirm messages'), doc.summary.en);
    ok(doc.summary.en.includes('the peer has already disconnected'), doc.summary.en);
    ok(doc.summary.zh.includes('断开确认消息') && doc.summary.zh.includes('对端已先断开'), doc.summary.zh);
  });

  it('says that net.decnet.decnet_mem has no effect', () => {
    // net/decnet/af_decnet.c dn_proto.sysctl_mem; dn_nsp_in.c dn_queue_skb queues with skb_set_owner_r and never
    // calls sk_rmem_schedule, sending uses sock_alloc_send_skb: __sk_mem_schedule never runs, memory_allocated
    // stays 0 and the thresholds are never reached (3.10 and later DECnet alike).
    const doc = docOf('net.decnet.decnet_mem');
    ok(doc.summary.en.includes('so they have no effect'), doc.summary.en);
    ok(doc.summary.zh.includes('不起作用'), doc.summary.zh);
  });

  it('makes net.irda.min_tx_turn_time a floor on the peer\'s turnaround that this side waits', () => {
    // net/irda/qos.c (3.10) irlap_adjust_qos_settings: if sysctl_min_tx_turn_time exceeds the negotiated
    // qos->min_turn_time the peer announced, the value is raised to it; it is waited before our transmissions.
    const doc = docOf('net.irda.min_tx_turn_time');
    ok(!doc.summary.en.includes('requested from the peer'), doc.summary.en);
    ok(doc.summary.en.includes('this side waits at least this long before transmitting'), doc.summary.en);
    ok(doc.summary.zh.includes('本端向对端发送前至少等待'), doc.summary.zh);
  });

  it('says net.irda.lap_keepalive_time is how long an unused IrLAP link stays up', () => {
    // net/irda/irlmp_event.c (3.10) irlmp_state_active, LM_LAP_DISCONNECT_REQUEST: when the last LSAP leaves the
    // link, irlmp_start_idle_timer(sysctl_lap_keepalive_time) delays closing the LAP; no keepalive is sent.
    const doc = docOf('net.irda.lap_keepalive_time');
    ok(!doc.summary.en.includes('keepalive interval'), doc.summary.en);
    ok(doc.summary.en.includes('after its last connection closes'), doc.summary.en);
    ok(doc.summary.zh.includes('最后一个连接关闭后'), doc.summary.zh);
  });

  it('gives the AppleTalk AARP times the roles net/appletalk/aarp.c gives them', () => {
    // net/appletalk/aarp.c: a resolved entry expires sysctl_aarp_expiry_time * 10 after its last use
    // (aarp_send_ddp, __aarp_resolved); aarp_expire_timeout rearms with the tick time only while unresolved_count,
    // else the expiry time; __aarp_kick resends each tick; an unresolved entry expires after sysctl_aarp_resolve_time.
    const expiry = docOf('net.appletalk.aarp-expiry-time');
    ok(expiry.summary.en.startsWith('Ten times this is how long'), expiry.summary.en);
    ok(expiry.summary.zh.includes('十倍'), expiry.summary.zh);
    const tick = docOf('net.appletalk.aarp-tick-time');
    ok(tick.summary.en.includes('only while some address is being resolved'), tick.summary.en);
    ok(tick.summary.zh.includes('只有存在待解析地址时'), tick.summary.zh);
    const resolve = docOf('net.appletalk.aarp-resolve-time');
    ok(!resolve.summary.en.includes('before it is retried'), resolve.summary.en);
    ok(resolve.summary.en.includes('is kept before it is dropped'), resolve.summary.en);
    ok(resolve.summary.zh.includes('后被丢弃'), resolve.summary.zh);
  });

  it('says what NET/ROM does with default_path_quality and link_fails_count', () => {
    // net/netrom/nr_route.c nr_add_node: a new nr_neigh gets quality = sysctl_netrom_default_path_quality (route
    // qualities come from the caller); nr_link_failed: at link_fails_count failures each node's `which` moves to
    // its next route, nothing is deleted.
    const quality = docOf('net.netrom.default_path_quality');
    ok(quality.summary.en.includes('newly heard NET/ROM neighbour'), quality.summary.en);
    ok(quality.summary.zh.includes('新发现的 NET/ROM 邻居'), quality.summary.zh);
    const fails = docOf('net.netrom.link_fails_count');
    ok(!fails.summary.en.includes('remove a route'), fails.summary.en);
    ok(fails.summary.en.includes('the routes stay in the table'), fails.summary.en);
    ok(fails.summary.zh.includes('路由本身仍留在表中'), fails.summary.zh);
  });

  it('says that the first RDS reconnect is immediate and reconnect_min_delay_ms bounds a random delay', () => {
    // net/rds/threads.c rds_queue_reconnect: with cp_reconnect_jiffies 0 the connect work is queued with no
    // delay; later attempts wait rand % cp_reconnect_jiffies, which doubles up to rds_sysctl_reconnect_max_jiffies.
    const doc = docOf('net.rds.reconnect_min_delay_ms');
    ok(!doc.summary.en.startsWith('The first delay'), doc.summary.en);
    ok(doc.summary.en.includes('the first attempt after a drop is immediate'), doc.summary.en);
    ok(doc.summary.zh.includes('第一次重连立即进行'), doc.summary.zh);
  });

  it('counts RDS receive allocations in incoming messages and notes the load-time default', () => {
    // net/rds/ib_recv.c rds_ib_refill_one_inc and iw_recv.c rds_iw_recv_refill_one (3.10) count one
    // rds_*_incoming per allocation against max_recv_allocation; rds_ib_recv_init / rds_iw_recv_init set it to
    // si.totalram / 3 * PAGE_SIZE / RDS_FRAG_SIZE when the module loads.
    for (const key of ['net.rds.ib.max_recv_allocation', 'net.rds.iw.max_recv_allocation']) {
      const doc = docOf(key);
      ok(!doc.summary.en.includes('receive fragments'), key);
      ok(doc.summary.en.includes('incoming-message structures'), doc.summary.en);
      ok(doc.summary.zh.includes('接收消息结构数'), doc.summary.zh);
      ok(doc.defaultNote?.en.includes('a third of the machine\'s RAM counted in 4 KiB units'), doc.defaultNote?.en);
      ok(doc.defaultNote?.zh.includes('三分之一'), doc.defaultNote?.zh);
    }
  });

  it('dates the RxRPC jumbo and MTU defaults and says 6.14 stopped reading rx_jumbo_max', () => {
    // net/rxrpc/misc.c: rxrpc_rx_mtu = RXRPC_JUMBO(46) = 65160 and rxrpc_rx_jumbo_max = 46 since "rxrpc: Implement
    // path-MTU probing using padded PING ACKs (RFC8899)" (6.14; 5.4: 5692 and 4); output.c and conn_event.c put
    // jumbo_max = 0 in the ACK trailer and send rxrpc_rx_mtu only when peer->ackr_adv_pmtud.
    const mtu = docOf('net.rxrpc.rx_mtu');
    strictEqual(mtu.default, null);
    ok(mtu.defaultNote?.en.includes('5692 up to 6.13; 65160'), mtu.defaultNote?.en);
    ok(mtu.summary.en.includes('only peers that also do path-MTU discovery'), mtu.summary.en);
    ok(mtu.summary.zh.includes('路径 MTU 探测'), mtu.summary.zh);
    const jumbo = docOf('net.rxrpc.rx_jumbo_max');
    strictEqual(jumbo.default, null);
    ok(jumbo.defaultNote?.en.includes('4 up to 6.13; 46 from 6.14'), jumbo.defaultNote?.en);
    ok(jumbo.summary.en.includes('never reads this value'), jumbo.summary.en);
    ok(jumbo.summary.zh.includes('不再读取'), jumbo.summary.zh);
  });

  it('says what current kernels do with the RxRPC soft and idle ACK delays', () => {
    // net/rxrpc/call_event.c (6.18): rxrpc_propose_delay_ACK uses rxrpc_soft_ack_delay only while call->srtt_us is
    // 0, else the smoothed RTT; rxrpc_propose_ping is the only reader of rxrpc_idle_ack_delay (5.4 also timed the
    // IDLE ACK with it in __rxrpc_propose_ACK).
    const soft = docOf('net.rxrpc.soft_ack_delay');
    ok(soft.summary.en.includes('only until the call has a round-trip-time measurement'), soft.summary.en);
    ok(soft.summary.zh.includes('往返时间'), soft.summary.zh);
    const idle = docOf('net.rxrpc.idle_ack_delay');
    ok(idle.summary.en.includes('only as the delay before a PING acknowledgement'), idle.summary.en);
    ok(idle.summary.zh.includes('PING 确认'), idle.summary.zh);
  });

  it('gives the RxRPC timers the defaults every release prints instead of "changed between releases"', () => {
    // net/rxrpc/sysctl.c: proc_doulongvec_ms_jiffies_minmax up to 6.x, then plain milliseconds (misc.c 6.18:
    // soft 1000, idle 500); conn_client.c 2 * 60 * HZ and 2 * HZ printed in ms; misc.c of 4.18: requested ACK delay
    // 1 jiffy, resend_timeout 4 * HZ; conn_client.c of 4.18 and 5.4: rxrpc_max_client_connections = 1000;
    // RXRPC_INIT_RX_WINDOW_SIZE 32 (4.18), 63 (5.4), rxrpc_rx_window_size = 255 (6.18).
    const expected: Record<string, string> = {
      soft_ack_delay: '1000',
      idle_ack_delay: '500',
      idle_conn_expiry: '120000',
      idle_conn_fast_expiry: '2000',
      resend_timeout: '4000',
      max_client_conns: '1000',
    };
    for (const [leaf, value] of Object.entries(expected)) {
      const doc = docOf(`net.rxrpc.${leaf}`);
      strictEqual(doc.default, value, leaf);
      ok(!doc.defaultNote?.en.includes('changed between releases'), leaf);
    }
    strictEqual(docOf('net.rxrpc.soft_ack_delay').unit, 'milliseconds');
    const req = docOf('net.rxrpc.req_ack_delay');
    strictEqual(req.default, null);
    ok(req.defaultNote?.en.includes('One kernel tick shown in milliseconds'), req.defaultNote?.en);
    const win = docOf('net.rxrpc.rx_window_size');
    ok(win.defaultNote?.en.includes('32 in 4.18, 63 in 5.4, 255 in 6.18'), win.defaultNote?.en);
    ok(win.defaultNote?.zh.includes('6.18 为 255'), win.defaultNote?.zh);
  });

  it('calls net.rxrpc.max_backlog the cap on listen(), which refuses larger backlogs', () => {
    // net/rxrpc/af_rxrpc.c rxrpc_listen (5.4, 6.18): backlog INT_MAX becomes rxrpc_max_backlog, a larger one
    // returns -EINVAL; the socket's own sk_max_ack_backlog is what listen() was given.
    const doc = docOf('net.rxrpc.max_backlog');
    ok(!doc.summary.en.startsWith('How many incoming calls may wait'), doc.summary.en);
    ok(doc.summary.en.includes('a larger request fails with EINVAL'), doc.summary.en);
    ok(doc.summary.zh.includes('EINVAL') && doc.summary.zh.includes('INT_MAX'), doc.summary.zh);
  });

  it('says that net.tipc.named_timeout is read by no kernel from 4.18 on', () => {
    // net/tipc/name_distr.c defines sysctl_tipc_named_timeout, but no code of 4.18, 5.4 or 6.18 reads it (the
    // backlog of out-of-order updates that used it, tipc_named_add_backlog, is gone).
    const doc = docOf('net.tipc.named_timeout');
    ok(doc.summary.en.includes('no kernel from 4.18 on reads it'), doc.summary.en);
    ok(doc.summary.zh.includes('4.18 及以后的内核都不读取'), doc.summary.zh);
  });

  it('calls net.ieee802154.6lowpan.6lowpanfrag_low_thresh unused for pruning', () => {
    // net/ieee802154/6lowpan/reassembly.c: fqdir->low_thresh only bounds 6lowpanfrag_high_thresh (extra1/extra2);
    // net/ipv4/inet_fragment.c of 6.18 never reads low_thresh (obsolete since 4.17, like ipfrag_low_thresh).
    const doc = docOf('net.ieee802154.6lowpan.6lowpanfrag_low_thresh');
    ok(doc.summary.en.startsWith('Not used for pruning on kernels from 4.17 on'), doc.summary.en);
    ok(doc.summary.zh.includes('4.17 及以后的内核不再用它清理'), doc.summary.zh);
  });

  it('counts DCCP connection requests as retransmissions', () => {
    // net/dccp/timer.c (5.4) dccp_write_timeout: fails once icsk_retransmits >= sysctl_dccp_request_retries, so
    // the Request goes out once and is then retransmitted that many times.
    const doc = docOf('net.dccp.default.request_retries');
    ok(doc.summary.en.includes('retransmitted before the connection attempt fails'), doc.summary.en);
    ok(doc.summary.zh.includes('最多重传多少次'), doc.summary.zh);
  });
});
