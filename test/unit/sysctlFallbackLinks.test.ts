import { deepStrictEqual, ok } from 'node:assert';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';

/**
 * The protocol families of server/src/core/knowledge/sysctl/protocolsMore.ts used to give every row without its own
 * `related` the family's first key. After the seventh audit round found one such link wrong
 * (net.netrom.transport_no_activity_timeout → default_path_quality), every such row was checked against the kernel
 * sources and now names its related keys itself; the generator no longer falls back to the first key.
 */

function relatedOf(key: string): readonly string[] {
  const doc = findKeyDoc(key);
  ok(doc, key);
  return doc.related;
}

describe('sysctl related keys once named by the first-key fallback', () => {
  it('relates the keys whose first-key link nothing in the kernel connects to the keys the code reads with them', () => {
    // DECnet (Linux 3.10): sysctl_net_decnet.c dn_node_address_handler restarts the devices (dn_dev_devices_off/on),
    // and dn_dev.c dn_dev_up reads decnet_address and makes a matching Ethernet device the default (dn_dev_set_default);
    // nothing reads node_name.
    deepStrictEqual(relatedOf('net.decnet.node_address'), ['net.decnet.default_device']);
    // af_decnet.c dn_accept: dn_alloc_sock sizes the buffers from decnet_wmem[1]/decnet_rmem[1], then a peer without
    // flow control gets max_window = decnet_no_fc_max_cwnd (also dn_nsp_in.c on a connect confirm).
    deepStrictEqual(relatedOf('net.decnet.no_fc_max_cwnd'), ['net.decnet.decnet_wmem', 'net.decnet.decnet_rmem']);
    // dn_route.c dn_route_output_slow: traces with decnet_debug_level & 16 and falls back to dn_dev_get_default().
    deepStrictEqual(relatedOf('net.decnet.debug'), ['net.decnet.default_device']);

    // IrDA (3.10): irlap.c irlap_discovery_request takes sysctl_slot_timeout with the request's slot count
    // (irlmp.c irlmp_do_discovery: sysctl_discovery_slots), and timer.c irlap_start_query_timer multiplies them.
    deepStrictEqual(relatedOf('net.irda.slot_timeout'), ['net.irda.discovery_slots']);

    // ROSE (6.18): rose_route.c rose_route_frame refuses to forward unless routing_control is on, then takes an LCI on
    // the next neighbour with rose_new_lci (af_rose.c), bounded by sysctl_rose_maximum_vcs; T0 is the link restart timer.
    deepStrictEqual(relatedOf('net.rose.maximum_virtual_circuits'), ['net.rose.routing_control']);

    // X.25 (6.18): af_x25.c x25_alloc_socket reads T21, T22, T23 and T2 together; T20 is per neighbour (x25_link.c).
    deepStrictEqual(relatedOf('net.x25.acknowledgement_hold_back_timeout'), [
      'net.x25.call_request_timeout',
      'net.x25.reset_request_timeout',
      'net.x25.clear_request_timeout',
    ]);

    // TIPC (6.18): socket.c tipc_sk_create starts sk_rcvbuf at sysctl_tipc_rmem[1]; trace.h fires tipc_sk_overlimit1/2
    // only for sockets tipc_sk_filtering (sysctl_tipc_sk_filter) selects whose queue nears that limit (rcvbuf_limit).
    // named_timeout is read by no kernel from 4.18 on.
    deepStrictEqual(relatedOf('net.tipc.tipc_rmem'), ['net.tipc.sk_filter']);

    // SMC (6.18): smc_core.c smc_lgr_create sets up a new SMC-R link group: smc_llc_lgr_init reads the test-link time,
    // then sysctl_smcr_buf_type, and max_links comes from the sysctl through the CLC handshake (smc_clc.c).
    deepStrictEqual(relatedOf('net.smc.smcr_testlink_time'), ['net.smc.smcr_buf_type', 'net.smc.smcr_max_links_per_lgr']);
    // af_smc.c smc_sock_init copies wmem, rmem and limit_smc_hs into a new socket; autocorking is read only in smc_tx.c.
    deepStrictEqual(relatedOf('net.smc.limit_smc_hs'), ['net.smc.wmem', 'net.smc.rmem']);

    // None of them still names its family's first key.
    for (const [key, first] of [
      ['net.decnet.node_address', 'net.decnet.node_name'],
      ['net.decnet.no_fc_max_cwnd', 'net.decnet.node_address'],
      ['net.decnet.debug', 'net.decnet.node_address'],
      ['net.irda.slot_timeout', 'net.irda.discovery'],
      ['net.rose.maximum_virtual_circuits', 'net.rose.restart_request_timeout'],
      ['net.x25.acknowledgement_hold_back_timeout', 'net.x25.restart_request_timeout'],
      ['net.tipc.tipc_rmem', 'net.tipc.named_timeout'],
      ['net.smc.smcr_testlink_time', 'net.smc.autocorking_size'],
      ['net.smc.limit_smc_hs', 'net.smc.autocorking_size'],
    ]) {
      ok(!relatedOf(key).includes(first), `${key} → ${first}`);
    }
  });

  it('keeps the first-key links the kernel does connect, now written out', () => {
    // net/llc/llc_conn.c llc_sk_init arms the four LLC2 timers together.
    deepStrictEqual(relatedOf('net.llc.llc2.timeout.rej'), ['net.llc.llc2.timeout.ack']);
    // net/appletalk/aarp.c aarp_expire_timeout re-arms with the tick time or the expiry time.
    deepStrictEqual(relatedOf('net.appletalk.aarp-tick-time'), ['net.appletalk.aarp-expiry-time']);
    // net/dccp/timer.c dccp_write_timeout reads request_retries, retries1 and retries2.
    deepStrictEqual(relatedOf('net.dccp.default.retries2'), ['net.dccp.default.request_retries', 'net.dccp.default.retries1']);
    // net/rds/send.c rds_send_xmit: the two acknowledgement limits together.
    deepStrictEqual(relatedOf('net.rds.max_unacked_bytes'), ['net.rds.max_unacked_packets']);
    // net/ieee802154/6lowpan/reassembly.c bounds the thresholds by each other; inet_fragment.c inet_frag_find checks
    // high_thresh and arms the queue timer with the timeout.
    deepStrictEqual(relatedOf('net.ieee802154.6lowpan.6lowpanfrag_time'), ['net.ieee802154.6lowpan.6lowpanfrag_high_thresh']);
  });
});
