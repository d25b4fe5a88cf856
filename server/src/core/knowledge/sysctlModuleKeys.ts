/**
 * Every key of the modules people load on servers whose keys the reference kernel of
 * sysctlKeyCatalog.json lacks (it was built without them), so a real key under their trees is never
 * called unknown. Documented keys (knowledge/sysctl/*.ts) are known anyway; these lists add the rest.
 *
 * Provenance: mainline Linux, read from the `ctl_table` arrays of net/netfilter/ipvs/ip_vs_ctl.c
 * (`vs_vars`), net/netfilter/ipvs/ip_vs_lblc.c and ip_vs_lblcr.c (one key each),
 * net/sctp/sysctl.c (`sctp_net_table`), net/sunrpc/sysctl.c, net/sunrpc/xprtsock.c,
 * net/sunrpc/xprtrdma/transport.c and svc_rdma.c, and Documentation/networking/ipvs-sysctl.rst and
 * ip-sysctl.rst for the same names. Keys that exist only on older kernels are not listed here:
 * they belong to the per-version catalogs.
 */
export interface ModuleKeyList {
  /** The directory, ending in a dot. */
  readonly prefix: string;
  readonly module: string;
  /** Leaf names under `prefix` (a dot inside a leaf is a subdirectory: svc_rdma.max_requests). */
  readonly leaves: readonly string[];
}

export const MODULE_KEY_LISTS: readonly ModuleKeyList[] = [
  {
    prefix: 'net.ipv4.vs.',
    module: 'ip_vs',
    leaves: [
      'am_droprate',
      'amemthresh',
      'backup_only',
      'cache_bypass',
      'conn_reuse_mode',
      'conntrack',
      'debug_level',
      'drop_entry',
      'drop_packet',
      'est_cpulist',
      'est_nice',
      'expire_nodest_conn',
      'expire_quiescent_template',
      'ignore_tunneled',
      'lblc_expiration',
      'lblcr_expiration',
      'nat_icmp_send',
      'pmtu_disc',
      'run_estimation',
      'schedule_icmp',
      'secure_tcp',
      'sloppy_sctp',
      'sloppy_tcp',
      'snat_reroute',
      'sync_persist_mode',
      'sync_ports',
      'sync_qlen_max',
      'sync_refresh_period',
      'sync_retries',
      'sync_sock_size',
      'sync_threshold',
      'sync_version',
    ],
  },
  {
    prefix: 'net.sctp.',
    module: 'sctp',
    leaves: [
      'addip_enable',
      'addip_noauth_enable',
      'addr_scope_policy',
      'association_max_retrans',
      'auth_enable',
      'cookie_hmac_alg',
      'cookie_preserve_enable',
      'default_auto_asconf',
      'ecn_enable',
      'encap_port',
      'hb_interval',
      'intl_enable',
      'l3mdev_accept',
      'max_autoclose',
      'max_burst',
      'max_init_retransmits',
      'path_max_retrans',
      'pf_enable',
      'pf_expose',
      'pf_retrans',
      'plpmtud_probe_interval',
      'prsctp_enable',
      'ps_retrans',
      'rcvbuf_policy',
      'reconf_enable',
      'rto_alpha_exp_divisor',
      'rto_beta_exp_divisor',
      'rto_initial',
      'rto_max',
      'rto_min',
      'rwnd_update_shift',
      'sack_timeout',
      'sctp_mem',
      'sctp_rmem',
      'sctp_wmem',
      'sndbuf_policy',
      'udp_port',
      'valid_cookie_life',
    ],
  },
  {
    prefix: 'sunrpc.',
    module: 'sunrpc',
    leaves: [
      'max_resvport',
      'min_resvport',
      'nfs_debug',
      'nfsd_debug',
      'nlm_debug',
      'rpc_debug',
      'tcp_fin_timeout',
      'tcp_max_slot_table_entries',
      'tcp_slot_table_entries',
      'transports',
      'udp_slot_table_entries',
      'rdma_inline_write_padding',
      'rdma_max_inline_read',
      'rdma_max_inline_write',
      'rdma_memreg_strategy',
      'rdma_pad_optimize',
      'rdma_slot_table_entries',
      'svc_rdma.max_bc_requests',
      'svc_rdma.max_outbound_read_requests',
      'svc_rdma.max_req_size',
      'svc_rdma.max_requests',
      'svc_rdma.rdma_stat_read',
      'svc_rdma.rdma_stat_recv',
      'svc_rdma.rdma_stat_rq_poll',
      'svc_rdma.rdma_stat_rq_prod',
      'svc_rdma.rdma_stat_rq_starve',
      'svc_rdma.rdma_stat_sq_poll',
      'svc_rdma.rdma_stat_sq_prod',
      'svc_rdma.rdma_stat_sq_starve',
      'svc_rdma.rdma_stat_write',
    ],
  },
];

/** Every key of the lists above, in dotted form. */
export const MODULE_KEYS: readonly string[] = MODULE_KEY_LISTS.flatMap((list) => list.leaves.map((leaf) => `${list.prefix}${leaf}`));
