import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Whole-class review of the details texts and value meanings of modulesMore.ts and moduleKeys.ts (IPVS, SCTP,
 * sunrpc), judged against Linux 6.18.2 (gfunkmonk/linux-6.18.2 at 57dc26c98e5e) and, for older behaviour, the
 * 3.10, 4.18, 5.4, 5.15 and 6.8 trees. One test per sentence found wrong and fixed. Findings: /tmp/details-Modules.md.
 */

function meaningOf(key: string, value: string): { en: string; zh: string } {
  const v = docOf(key).values?.find((entry) => entry.value === value);
  ok(v, `${key} = ${value}`);
  return v.meaning;
}

describe('modulesMore.ts / moduleKeys.ts details and value meanings fixed by the details review', () => {
  it('says that IPVS defence mode 2 falls back to 1 once memory recovers instead of being always on', () => {
    // net/netfilter/ipvs/ip_vs_ctl.c update_defense_level: case 2 with !nomem sets sysctl_drop_entry /
    // sysctl_drop_packet / sysctl_secure_tcp back to 1; only case 3 stays on unconditionally.
    for (const key of ['net.ipv4.vs.drop_entry', 'net.ipv4.vs.drop_packet', 'net.ipv4.vs.secure_tcp']) {
      const doc = docOf(key);
      ok(!doc.details.en.includes('2 always'), doc.details.en);
      ok(doc.details.en.includes('2 back into 1 once it recovers'), doc.details.en);
      ok(doc.details.zh.includes('内存恢复后再把 2 改回 1'), doc.details.zh);
    }
  });

  it('says that net.ipv4.vs.run_estimation = 0 freezes the rates instead of zeroing them', () => {
    // net/netfilter/ipvs/ip_vs_est.c: stopping the kthreads leaves stats->est untouched; only
    // ip_vs_zero_estimator (called from ip_vs_ctl.c ip_vs_zero_stats, i.e. ipvsadm -Z) clears the rates.
    const off = meaningOf('net.ipv4.vs.run_estimation', '0');
    ok(!off.en.includes('shows zeros'), off.en);
    ok(off.en.includes('keep their last values'), off.en);
    ok(off.zh.includes('停留在最后一次估算的值'), off.zh);
  });

  it('does not promise that ipvsadm or the log reports dropped IPVS sync messages', () => {
    // net/netfilter/ipvs/ip_vs_sync.c sb_queue_tail (queue overflow: silent release), ip_vs_send_sync_msg (-EAGAIN
    // not logged); include/uapi/linux/ip_vs.h IPVS_DAEMON_ATTR_* carry no drop counter.
    const doc = docOf('net.ipv4.vs.sync_sock_size');
    ok(doc.details.en.includes('RcvbufErrors'), doc.details.en);
    ok(doc.details.en.includes('keeps no count of dropped sync messages'), doc.details.en);
    ok(doc.details.zh.includes('内核并不统计被丢弃的同步消息'), doc.details.zh);
  });

  it('gives net.sctp.pf_expose 1 as "hide" and 2 as "expose"', () => {
    // include/net/sctp/constants.h: SCTP_PF_EXPOSE_UNSET (0), SCTP_PF_EXPOSE_DISABLE (1), SCTP_PF_EXPOSE_ENABLE (2);
    // net/sctp/associola.c sctp_assoc_control_transport and socket.c sctp_getsockopt_peer_addr_info (-EACCES).
    const one = meaningOf('net.sctp.pf_expose', '1');
    ok(one.en.startsWith('Hide it') && one.en.includes('EACCES'), one.en);
    ok(one.zh.startsWith('隐藏'), one.zh);
    const two = meaningOf('net.sctp.pf_expose', '2');
    ok(two.en.startsWith('Expose it') && two.en.includes('SCTP_PEER_ADDR_CHANGE'), two.en);
    ok(two.zh.startsWith('暴露'), two.zh);
    const doc = docOf('net.sctp.pf_expose');
    ok(doc.details.en.startsWith('Set 2 when monitoring needs to see paths going bad; 1 keeps the state internal.'), doc.details.en);
    ok(doc.details.zh.startsWith('监控需要看到路径变差时设为 2；1 表示'), doc.details.zh);
  });

  it('describes sunrpc.rdma_pad_optimize values as XDR padding in RDMA chunks, not inline padding', () => {
    // net/sunrpc/xprtrdma/rpc_rdma.c rpcrdma_convert_iovs: 3.10 omits the tail pad when xprt_rdma_pad_optimize is set;
    // 4.18/5.4 verbs.c copy it into re_implicit_roundup / ri_implicit_roundup, which skips the Write-chunk pad.
    const off = meaningOf('sunrpc.rdma_pad_optimize', '0');
    ok(!off.en.includes('inline'), off.en);
    ok(off.en.includes('XDR round-up padding in the RDMA chunks'), off.en);
    ok(off.zh.includes('XDR 对齐填充随数据一起放进 RDMA chunk'), off.zh);
    const on = meaningOf('sunrpc.rdma_pad_optimize', '1');
    ok(on.en.includes('out of the RDMA chunks'), on.en);
    ok(on.zh.includes('省略 XDR 对齐填充'), on.zh);
  });

  it('keeps net.ipv4.vs.conn_reuse_mode = 0 from claiming to send connections to a removed server', () => {
    // net/netfilter/ipvs/ip_vs_core.c ip_vs_in_hook: the expire_nodest_conn branch (weight 0) is tested before and
    // independently of conn_reuse_mode, and a server without IP_VS_DEST_F_AVAILABLE gets NF_DROP unless
    // expire_nodest_conn; is_new_conn_expected accepts TIME_WAIT and CLOSE (SCTP: CLOSED).
    const doc = docOf('net.ipv4.vs.conn_reuse_mode');
    ok(!doc.details.en.includes('may be gone'), doc.details.en);
    ok(doc.details.en.includes('TIME_WAIT or CLOSE'), doc.details.en);
    ok(doc.details.en.includes('handled by `expire_nodest_conn` whatever this key says'), doc.details.en);
    ok(doc.details.zh.includes('TIME_WAIT 或 CLOSE'), doc.details.zh);
    ok(doc.details.zh.includes('由 `expire_nodest_conn` 决定，与本参数无关'), doc.details.zh);
  });

  it('does not tell users to set sunrpc.nfs_debug with options sunrpc', () => {
    // net/sunrpc/sysctl.c: nfs_debug is a plain variable behind proc_dodebug, no module_param; the module parameters of
    // sunrpc (xprtsock.c) are only min/max_resvport and the slot-table sizes.
    const doc = docOf('sunrpc.nfs_debug');
    ok(!doc.details.en.includes('sets it at load time instead'), doc.details.en);
    ok(doc.details.en.includes('It is not a module parameter'), doc.details.en);
    ok(doc.details.zh.includes('它不是模块参数'), doc.details.zh);
    ok(docOf('sunrpc.tcp_slot_table_entries').details.en.includes('sets it at load time instead'));
  });
});
