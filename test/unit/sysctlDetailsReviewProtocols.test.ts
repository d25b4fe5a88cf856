import { ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Whole-class review of the details texts and value meanings of protocolsMore.ts (DECnet, IrDA, IPX, AppleTalk, LLC2,
 * NET/ROM, ROSE, X.25, RDS, RxRPC, DCCP, TIPC, SMC, 6LoWPAN, MPLS, VRF, Phonet, iw_cm, rdma_ucm), judged against
 * Linux 6.18.2 (gfunkmonk/linux-6.18.2 at 57dc26c98e5e) and, for removed protocols, the 3.10, 4.18, 5.15 and 6.8 trees.
 * No sentence was found wrong, so nothing was fixed; these tests pin a few of the checked facts that a rewrite could
 * most easily lose. Findings: /tmp/details-Protocols.md.
 */

describe('protocolsMore.ts details and value meanings kept by the details review', () => {
  it('keeps net.vrf.strict_mode refusable while two VRFs share a table', () => {
    // drivers/net/vrf.c vrf_strict_mode_change: -EBUSY while vmap->shared_tables is non-zero.
    const doc = docOf('net.vrf.strict_mode');
    ok(doc.details.en.includes('only be turned on while no two VRFs share a table'), doc.details.en);
    ok(doc.details.zh.includes('没有两个 VRF 共用路由表时才能开启'), doc.details.zh);
  });

  it('keeps the label TTL of net.mpls.ip_ttl_propagate = 0 coming from default_ttl', () => {
    // net/mpls/mpls_iptunnel.c mpls_xmit: MPLS_TTL_PROP_DEFAULT with !net->mpls.ip_ttl_propagate takes net->mpls.default_ttl.
    const doc = docOf('net.mpls.ip_ttl_propagate');
    ok(doc.details.en.includes('`default_ttl`'), doc.details.en);
    ok(doc.details.zh.includes('`default_ttl`'), doc.details.zh);
  });

  it('keeps MPLS input off by default: packets on an interface without it are dropped', () => {
    // net/mpls/af_mpls.c mpls_forward: !mdev->input_enabled counts rx_dropped and drops; mpls_add_dev kzalloc()s mdev.
    const doc = docOf('net.mpls.conf.<iface>.input');
    strictEqual(doc.default, '0');
    const off = doc.values?.find((v) => v.value === '0');
    ok(off && off.meaning.en.startsWith('Drop MPLS packets'), JSON.stringify(off));
    ok(off && off.meaning.zh.startsWith('丢弃'), JSON.stringify(off));
  });
});
