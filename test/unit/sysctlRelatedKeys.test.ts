import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { findKeyDoc, INTERFACE_PLACEHOLDER } from '../../server/src/core/knowledge/sysctlKeys';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';

/**
 * The "related keys" of every documented key, after the review of all of them against the kernel sources
 * (docs/audit/sysctl-audit-2026-12.md, "Review of related keys"): a link stays only when the kernel connects
 * the two keys (one reads, bounds or acts together with the other, or the kernel's documentation ties them).
 */

function relatedOf(key: string): readonly string[] {
  const doc = findKeyDoc(key);
  ok(doc, key);
  return doc.related;
}

describe('sysctl related keys', () => {
  it('points every link at another documented key, in its documented form, once', () => {
    const documented = new Set(SYSCTL_KEY_DOCS.map((doc) => doc.key));
    const problems: string[] = [];
    for (const doc of SYSCTL_KEY_DOCS) {
      if (doc.related.length === 0) {
        problems.push(`${doc.key}: no related key`);
      }
      if (new Set(doc.related).size !== doc.related.length) {
        problems.push(`${doc.key}: a related key twice`);
      }
      for (const target of doc.related) {
        if (target === doc.key) {
          problems.push(`${doc.key}: relates to itself`);
        } else if (!documented.has(target)) {
          problems.push(`${doc.key} → ${target}: not a documented key or template`);
        } else if (findKeyDoc(target)?.key !== target) {
          problems.push(`${doc.key} → ${target}: resolves to another entry`);
        }
        // An interface key is named by its template, never by one interface (all, default, eth0).
        if (/\.(conf|neigh)\.(all|default|lo|eth0)\./.test(target)) {
          problems.push(`${doc.key} → ${target}: a concrete interface instead of ${INTERFACE_PLACEHOLDER}`);
        }
      }
    }
    deepStrictEqual(problems, []);
  });

  it('no longer links keys that nothing in the kernel connects', () => {
    const removed: readonly (readonly [string, string])[] = [
      // mm/oom_kill.c never reads the overcommit policy; mm/util.c __vm_enough_memory never reads these.
      ['vm.panic_on_oom', 'vm.overcommit_memory'],
      ['vm.max_map_count', 'vm.overcommit_memory'],
      // The input backlog (enqueue_to_backlog) and the egress qdisc never meet.
      ['net.core.default_qdisc', 'net.core.netdev_max_backlog'],
      ['net.core.netdev_max_backlog', 'net.core.default_qdisc'],
      // The keepalive timer never reads tcp_retries2, nor tcp_write_timeout the keepalive time.
      ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_retries2'],
      ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_keepalive_time'],
      // Forwarding does not touch conntrack's table size; the advertised MSS floor is not the accepted one.
      ['net.ipv4.ip_forward', 'net.netfilter.nf_conntrack_max'],
      ['net.ipv4.tcp_min_snd_mss', 'net.ipv4.route.min_adv_mss'],
      ['net.ipv4.route.min_adv_mss', 'net.ipv4.tcp_min_snd_mss'],
      // POSIX message queues (ipc/mqueue.c) and System V ones (ipc/msg.c) share no limit.
      ['fs.mqueue.queues_max', 'kernel.msgmni'],
      ['kernel.msgmni', 'fs.mqueue.queues_max'],
      // Yama's ptrace check reads the dumpable flag, not the kptr or dmesg switches.
      ['kernel.yama.ptrace_scope', 'kernel.kptr_restrict'],
      ['kernel.sysrq', 'kernel.yama.ptrace_scope'],
    ];
    deepStrictEqual(removed.filter(([key, target]) => relatedOf(key).includes(target)), []);
  });

  it('names conntrack\'s INVALID logging only for the two families conntrack logs under', () => {
    // net/netfilter/nf_conntrack_proto.c: nf_log_packet(state->pf, …), and conntrack hooks run as IPv4 or IPv6.
    deepStrictEqual(relatedOf('net.netfilter.nf_log.2'), ['net.netfilter.nf_log_all_netns', 'net.netfilter.nf_conntrack_log_invalid']);
    deepStrictEqual(relatedOf('net.netfilter.nf_log.10'), ['net.netfilter.nf_log_all_netns', 'net.netfilter.nf_conntrack_log_invalid']);
    for (const family of [3, 5, 7]) {
      deepStrictEqual(relatedOf(`net.netfilter.nf_log.${family}`), ['net.netfilter.nf_log_all_netns'], `family ${family}`);
    }
  });

  it('relates the keys of old protocol families to the ones the same code reads, not to the family\'s first key', () => {
    // net/rxrpc/conn_event.c and output.c read rx_mtu with the window; conn_client.c reaps by count.
    deepStrictEqual(relatedOf('net.rxrpc.rx_mtu'), ['net.rxrpc.rx_jumbo_max', 'net.rxrpc.rx_window_size']);
    deepStrictEqual(relatedOf('net.rxrpc.idle_conn_fast_expiry'), ['net.rxrpc.idle_conn_expiry', 'net.rxrpc.reap_client_conns']);
    // net/decnet/af_decnet.c (5.15) dn_destroy_sock reads the three counts and time_wait together.
    deepStrictEqual(relatedOf('net.decnet.time_wait'), ['net.decnet.dn_count', 'net.decnet.di_count', 'net.decnet.dr_count']);
    deepStrictEqual(relatedOf('net.decnet.decnet_rmem'), ['net.decnet.decnet_wmem', 'net.decnet.decnet_mem']);
    // net/irda/qos.c (3.10) irlap_adjust_qos_settings caps window and frame size together.
    deepStrictEqual(relatedOf('net.irda.max_tx_window'), ['net.irda.max_tx_data_size', 'net.irda.min_tx_turn_time']);
    // net/rose/rose_in.c: a full window acks at once, otherwise the hold-back timer starts.
    deepStrictEqual(relatedOf('net.rose.window_size'), ['net.rose.acknowledge_hold_back_timeout']);
    // net/smc/smc_tx.c: autocorking holds back at most half the send buffer sized from wmem.
    deepStrictEqual(relatedOf('net.smc.autocorking_size'), ['net.smc.wmem']);
    strictEqual(relatedOf('net.dccp.default.tx_ccid')[0], 'net.dccp.default.rx_ccid');
  });

  it('keeps or gains the links the kernel does make', () => {
    // net/ipv4/fib_frontend.c __fib_validate_source reads accept_local and src_valid_mark; failures are martians.
    deepStrictEqual(relatedOf('net.ipv4.conf.<iface>.rp_filter'), [
      'net.ipv4.conf.<iface>.accept_local',
      'net.ipv4.conf.<iface>.src_valid_mark',
      'net.ipv4.conf.<iface>.log_martians',
    ]);
    // net/netfilter/ipvs/ip_vs_sync.c set_sock_size clamps to the core maxima.
    deepStrictEqual(relatedOf('net.ipv4.vs.sync_sock_size'), ['net.ipv4.vs.sync_qlen_max', 'net.core.wmem_max', 'net.core.rmem_max']);
    // net/ipv4/af_inet.c inet_sk_rebuild_header: ip_dynaddr picks a new source when a SYN is resent.
    deepStrictEqual(relatedOf('net.ipv4.ip_dynaddr'), ['net.ipv4.tcp_syn_retries']);
    deepStrictEqual(relatedOf('kernel.numa_balancing'), ['kernel.numa_balancing_scan_delay_ms', 'kernel.numa_balancing_promote_rate_limit_MBps']);
  });
});
