import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/** Review of the details texts and value meanings of the IPv4 and per-interface conf keys against Linux 6.18.2. */
describe('sysctl details review: ipv4, interface conf', () => {
  it('says that writing ip_forward sets forwarding everywhere and only conf.all.accept_redirects (net.ipv4.ip_forward)', () => {
    // net/ipv4/devinet.c inet_forward_change: sets FORWARDING on conf.default and every in_device, and
    // IPV4_DEVCONF_ALL(net, ACCEPT_REDIRECTS) = !on; no interface's own accept_redirects is touched.
    const doc = docOf('net.ipv4.ip_forward');
    ok(!doc.details.en.includes('resets several per-interface settings'), doc.details.en);
    ok(doc.details.en.includes('sets `conf.all.accept_redirects` to the opposite'), doc.details.en);
    ok(doc.details.zh.includes('各接口自己的 `accept_redirects` 不变'), doc.details.zh);
  });

  it('says that devconf_inherit_init_net does not carry disable_ipv6 into a new namespace (net.ipv6.conf.<iface>.disable_ipv6)', () => {
    // net/ipv6/addrconf.c addrconf_init_net: after the net_inherit_devconf() copy, dflt->disable_ipv6 is
    // always reset to ipv6_defaults.disable_ipv6 (the ipv6.disable_ipv6= module parameter).
    const doc = docOf('net.ipv6.conf.<iface>.disable_ipv6');
    ok(!doc.details.en.includes('unless `net.core.devconf_inherit_init_net` says otherwise'), doc.details.en);
    ok(doc.details.en.includes('even with `net.core.devconf_inherit_init_net`'), doc.details.en);
    ok(doc.details.zh.includes('启动参数 `ipv6.disable_ipv6=`'), doc.details.zh);
  });

  it('says that the first redirect goes out at once and the next gap is twice redirect_load (net.ipv4.route.redirect_number)', () => {
    // net/ipv4/route.c ip_rt_send_redirect: sends when n_redirects == 0, otherwise after
    // ip_rt_redirect_load << n_redirects, i.e. 2x, 4x, ... redirect_load.
    const doc = docOf('net.ipv4.route.redirect_number');
    ok(!doc.details.en.includes('starting at `redirect_load`'), doc.details.en);
    ok(doc.details.en.includes('wait twice `redirect_load`'), doc.details.en);
    ok(doc.details.zh.includes('`redirect_load` 的两倍'), doc.details.zh);
  });

  it('says that the kernel puts no ceiling on igmp_max_memberships (net.ipv4.igmp_max_memberships)', () => {
    // net/ipv4/igmp.c add_grec/igmpv3_newpack: IGMPv3 reports are built per interface MTU and split across
    // packets; net/ipv4/sysctl_net_ipv4.c: plain proc_dointvec, no upper bound.
    const doc = docOf('net.ipv4.igmp_max_memberships');
    ok(!doc.details.en.includes('the theoretical ceiling is about 5459'), doc.details.en);
    ok(doc.details.en.includes('the kernel sets no upper limit'), doc.details.en);
    ok(doc.details.zh.includes('内核没有设上限'), doc.details.zh);
  });

  it('says that allow_join_initial_addr_port = 0 only asks the peer and does not reject joins (net.mptcp.allow_join_initial_addr_port)', () => {
    // net/mptcp/options.c mptcp_write_options: allow_join_id0 only sets MPTCP_CAP_DENY_JOIN_ID0;
    // net/mptcp/subflow.c: no check rejects an MP_JOIN to the initial address.
    const doc = docOf('net.mptcp.allow_join_initial_addr_port');
    ok(!doc.details.en.includes('refuses such joins'), doc.details.en);
    ok(doc.details.en.includes('does not itself reject a join'), doc.details.en);
    ok(doc.details.zh.includes('内核自己并不会拒绝'), doc.details.zh);
  });

  it('says that driver-requested announcements do not depend on arp_notify (net.ipv4.conf.<iface>.arp_notify)', () => {
    // net/ipv4/devinet.c inetdev_event: NETDEV_NOTIFY_PEERS sends gratuitous ARP without checking
    // IN_DEV_ARP_NOTIFY; only NETDEV_UP and NETDEV_CHANGEADDR do.
    const doc = docOf('net.ipv4.conf.<iface>.arp_notify');
    ok(!doc.details.en.includes('Useful for VMs after live migration'), doc.details.en);
    ok(doc.details.en.includes('are sent whatever this key says'), doc.details.en);
    ok(doc.details.zh.includes('不管这个参数如何都会发出'), doc.details.zh);
  });

  it('says that driver-requested announcements do not depend on ndisc_notify (net.ipv6.conf.<iface>.ndisc_notify)', () => {
    // net/ipv6/ndisc.c ndisc_netdev_event: NETDEV_NOTIFY_PEERS calls ndisc_send_unsol_na() without
    // checking ndisc_notify; only NETDEV_CHANGEADDR (and addrconf_dad_completed) do.
    const doc = docOf('net.ipv6.conf.<iface>.ndisc_notify');
    ok(!doc.details.en.includes('after VM migration or failover'), doc.details.en);
    ok(doc.details.en.includes('go out whatever this key says'), doc.details.en);
    ok(doc.details.zh.includes('不管这个参数如何都会发出'), doc.details.zh);
  });
});

describe('the redirect gap, in the summary too', () => {
  it('says the first redirect goes out at once and the gap starts at twice redirect_load', () => {
    // net/ipv4/route.c ip_rt_send_redirect: with n_redirects == 0 it sends at once; later ones wait until
    // rate_last + (ip_rt_redirect_load << n_redirects), so the second comes after twice the load.
    const doc = docOf('net.ipv4.route.redirect_load');
    ok(doc.summary.en.includes('the first goes out at once, the next after twice this'), doc.summary.en);
    ok(doc.summary.zh.includes('第一个立即发出'), doc.summary.zh);
  });
});
