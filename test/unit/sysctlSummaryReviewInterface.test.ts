import { deepStrictEqual, ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the per-interface keys (server/src/core/knowledge/sysctl/interfaceConf.ts
 * and interface.ts): summaries, default notes and related keys checked against Linux 6.18.2.
 */

describe('sysctl facts corrected by the review of the interface keys', () => {
  it('does not limit secure_redirects to default gateways', () => {
    // net/ipv4/fib_semantics.c ip_fib_check_default: any live nexthop on the device whose gateway matches, whatever
    // the route's prefix; net/ipv4/route.c __ip_do_redirect calls it only when shared_media is off.
    const doc = docOf('net.ipv4.conf.<iface>.secure_redirects');
    ok(!doc.summary.en.includes('default-gateway'), doc.summary.en);
    ok(doc.summary.en.includes('a route through this interface already uses'), doc.summary.en);
    ok(doc.summary.en.includes('shared_media off'), doc.summary.en);
    ok(doc.summary.zh.includes('本接口上已有路由在用的网关'), doc.summary.zh);
    ok(!doc.summary.zh.includes('默认网关列表'), doc.summary.zh);
    const on = doc.values?.find((value) => value.value === '1');
    ok(on && !on.meaning.en.includes('default gateways'), on?.meaning.en);
    ok(doc.details.en.includes('not only default routes'), doc.details.en);
    ok(doc.details.zh.includes('并不限于默认路由'), doc.details.zh);
  });

  it('says that enabling forwarding switches only conf.all.accept_redirects', () => {
    // net/ipv4/devinet.c inet_forward_change: writing conf.all.forwarding (ip_forward) sets
    // IPV4_DEVCONF_ALL(ACCEPT_REDIRECTS) = !on and leaves every interface's own value alone;
    // include/linux/inetdevice.h IN_DEV_RX_REDIRECTS needs both values when the interface forwards.
    const note = docOf('net.ipv4.conf.<iface>.accept_redirects').defaultNote;
    ok(note, 'defaultNote');
    ok(!note.en.includes('switches it to 0'), note.en);
    ok(note.en.includes('sets conf.all.accept_redirects to the opposite'), note.en);
    ok(note.en.includes('interface and default values stay 1'), note.en);
    ok(note.zh.includes('各接口和 default 的值仍是 1'), note.zh);
  });

  it('limits the IPv6 accept_source_route summary to type 2 routing headers', () => {
    // net/ipv6/exthdrs.c ipv6_rthdr_rcv: types 4 (SRv6) and 3 (RPL) go to ipv6_srh_rcv / ipv6_rpl_srh_rcv before
    // accept_source_route is looked at; only IPV6_SRCRT_TYPE_2 checks it (accept_source_route < 0 refuses it).
    const doc = docOf('net.ipv6.conf.<iface>.accept_source_route');
    ok(!doc.summary.en.includes('a negative value none'), doc.summary.en);
    ok(doc.summary.en.startsWith('Whether type 2 (Mobile IPv6) routing headers are honoured'), doc.summary.en);
    ok(doc.summary.en.includes('SRv6 and RPL headers have their own switches'), doc.summary.en);
    ok(doc.summary.zh.includes('SRv6 和 RPL 路由头由各自的开关控制'), doc.summary.zh);
  });

  it('lets a non-zero conf.all.keep_addr_on_down override the interface value', () => {
    // net/ipv6/addrconf.c addrconf_ifdown: _keep_addr = devconf_all->keep_addr_on_down; only if it is 0 is
    // idev->cnf.keep_addr_on_down read; keep_addr = (_keep_addr > 0).
    const doc = docOf('net.ipv6.conf.<iface>.keep_addr_on_down');
    ok(!doc.summary.en.includes('0 use the system setting'), doc.summary.en);
    ok(doc.summary.en.includes('a non-zero conf.all decides'), doc.summary.en);
    ok(doc.summary.en.includes('0 there flushes'), doc.summary.en);
    ok(doc.summary.zh.includes('conf.all 非零时由它决定'), doc.summary.zh);
  });

  it('says which parts of an RA from a local address accept_ra_from_local filters', () => {
    // net/ipv6/ndisc.c ndisc_router_discovery: with accept_ra_from_local 0 and a local source, goto skip_defrtr
    // (default route and hop limit) and goto skip_routeinfo (Route Information); reachable time, retrans timer,
    // prefix information and MTU are processed after those labels.
    const doc = docOf('net.ipv6.conf.<iface>.accept_ra_from_local');
    ok(doc.summary.en.includes('may install a default route and Route Information'), doc.summary.en);
    ok(doc.summary.en.includes('its prefixes and MTU are used either way'), doc.summary.en);
    ok(doc.summary.zh.includes('前缀和 MTU 无论如何都会被采用'), doc.summary.zh);
    const off = doc.values?.find((value) => value.value === '0');
    ok(off && off.meaning.en.includes('prefixes, MTU and timers still apply'), off?.meaning.en);
    ok(!doc.details.en.includes('so they are ignored by default'), doc.details.en);
    ok(doc.details.en.includes('The rest of the RA is not filtered'), doc.details.en);
    ok(doc.details.zh.includes('RA 的其余部分并不过滤'), doc.details.zh);
  });

  it('relates IPv6 ignore_routes_with_linkdown to the multipath hash, not to keep_addr_on_down', () => {
    // net/ipv6/route.c rt6_is_dead / rt6_upper_bound_set: a linkdown nexthop gets upper bound -1 when the key is set,
    // and fib6_select_path matches rt6_multipath_hash (fib_multipath_hash_policy) against those bounds;
    // addrconf_ifdown (keep_addr_on_down) runs on administrative down, not on carrier loss, and never reads it.
    deepStrictEqual(docOf('net.ipv6.conf.<iface>.ignore_routes_with_linkdown').related, [
      'net.ipv4.conf.<iface>.ignore_routes_with_linkdown',
      'net.ipv6.fib_multipath_hash_policy',
    ]);
  });

  it('does not make bc_forwarding depend on forwarding', () => {
    // net/ipv4/route.c ip_route_input_slow: an RTN_BROADCAST result with IN_DEV_BFORWARD jumps to make_route before
    // the IN_DEV_FORWARD check; ip_forward reads no devconf value.
    const doc = docOf('net.ipv4.conf.<iface>.bc_forwarding');
    ok(!doc.details.en.includes('plus forwarding'), doc.details.en);
    ok(doc.details.en.includes('works even where `forwarding` is 0'), doc.details.en);
    ok(!doc.details.zh.includes('并且开启转发'), doc.details.zh);
  });

  it('says that accept_untracked_na acts only on forwarding interfaces', () => {
    // net/ipv6/ndisc.c ndisc_recv_na: accept_untracked_na() is called only when there is no entry, the NA carries a
    // link-layer address and idev->cnf.forwarding is set; a host interface never creates the entry.
    const doc = docOf('net.ipv6.conf.<iface>.accept_untracked_na');
    ok(!doc.summary.en.includes('the IPv6 arp_accept'), doc.summary.en);
    ok(doc.summary.en.includes('forwarding on'), doc.summary.en);
    ok(doc.summary.en.includes('on a host interface it does nothing'), doc.summary.en);
    ok(doc.summary.zh.includes('在主机接口上不起作用'), doc.summary.zh);
    ok(doc.details.en.includes("Read only while the same interface's `forwarding` is 1"), doc.details.en);
    ok(doc.related.includes('net.ipv6.conf.<iface>.forwarding'));
  });

  it('relates seg6_enabled to the other routing-header switch, not to the encapsulation flow label', () => {
    // net/ipv6/exthdrs.c ipv6_rthdr_rcv dispatches type 4 to ipv6_srh_rcv (seg6_enabled) and type 3 to
    // ipv6_rpl_srh_rcv (rpl_seg_enabled); seg6_flowlabel is read only by seg6_make_flowlabel in seg6_iptunnel.c.
    deepStrictEqual(docOf('net.ipv6.conf.<iface>.seg6_enabled').related, [
      'net.ipv6.conf.<iface>.seg6_require_hmac',
      'net.ipv6.conf.<iface>.accept_source_route',
      'net.ipv6.conf.<iface>.rpl_seg_enabled',
    ]);
  });

  it('says which interface decides IPv6 disable_policy for local delivery', () => {
    // net/ipv6/route.c addrconf_f6i_alloc sets dst_nopolicy on the local route of the address's own inet6_dev;
    // include/net/xfrm.h __xfrm_check_dev_nopolicy reads DST_NOPOLICY of that dst for IPv6 (IPv4 uses the ingress
    // IPSKB_NOPOLICY); net/ipv6/ip6_output.c ip6_forward reads the ingress idev for forwarded packets.
    const doc = docOf('net.ipv6.conf.<iface>.disable_policy');
    ok(doc.summary.en.includes('forwarded after arriving on this interface or delivered to one of its addresses'), doc.summary.en);
    ok(doc.summary.zh.includes('发给该接口某个地址的报文'), doc.summary.zh);
    ok(doc.details.en.includes('local delivery looks at the interface that owns the destination address'), doc.details.en);
    ok(doc.details.zh.includes('本地接收时看的却是目的地址所在的接口'), doc.details.zh);
  });
});
