import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the seventh 60-entry audit against the kernel sources (seed 20261213,
 * docs/audit/sysctl-audit-2026-12.md, "Seventh round"), and the same mistakes on sibling keys.
 */

describe('sysctl facts corrected by the seventh source audit', () => {
  it('gives frv.pin-cxnr the -1 it prints before anything is pinned', () => {
    // arch/frv/mm/mmu-context.c of 3.10: cxn_pinned = -1; arch/frv/kernel/sysctl.c procctl_frv_pin_cxnr prints it with
    // "%d" and parses a write as a process ID only (simple_strtoul), so "-1" cannot be written back.
    const doc = docOf('frv.pin-cxnr');
    strictEqual(doc.default, '-1');
    ok(doc.defaultNote?.en.startsWith('-1 means that no context is pinned'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('writing -1 back fails'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('-1 表示没有固定任何上下文'), doc.defaultNote?.zh);
  });

  it('relates the NET/ROM and ROSE idle timeouts to the timers their expiry starts', () => {
    // net/netrom/nr_timer.c nr_idletimer_expiry: sends a disconnect request, resets n2count and starts T1 (af_netrom.c
    // nr_create reads the idle, T1 and N2 sysctls together); nr_route.c only reads default_path_quality for a new neighbour.
    deepStrictEqual(docOf('net.netrom.transport_no_activity_timeout').related, [
      'net.netrom.transport_timeout',
      'net.netrom.transport_maximum_tries',
    ]);
    // net/rose/rose_timer.c rose_idletimer_expiry: sends a clear request and starts T3; T0 is the link restart timer.
    deepStrictEqual(docOf('net.rose.no_activity_timeout').related, ['net.rose.clear_request_timeout']);
  });

  it('relates the NET/ROM time-to-live to routing, where it is checked, not to the neighbour quality', () => {
    // net/netrom/nr_route.c nr_route_frame: frames from others are dropped unless routing_control is on, then a frame
    // whose TTL has run out is dropped and the others have it decremented.
    deepStrictEqual(docOf('net.netrom.network_ttl_initialiser').related, ['net.netrom.routing_control']);
    // Unchanged: these are read on the route-learning path that also sets the neighbour quality (nr_route_frame ->
    // nr_add_node) or move destinations along the quality-ordered routes (nr_link_failed).
    deepStrictEqual(docOf('net.netrom.obsolescence_count_initialiser').related, ['net.netrom.default_path_quality']);
    deepStrictEqual(docOf('net.netrom.link_fails_count').related, ['net.netrom.default_path_quality']);
  });

  it('relates kernel.perfmon.debug to the overflow debug switch that needs it', () => {
    // arch/ia64/kernel/perfmon.c of 3.10: DPRINT_ovfl prints only when both debug and debug_ovfl are set;
    // nothing reads debug together with expert_mode.
    deepStrictEqual(docOf('kernel.perfmon.debug').related, ['kernel.perfmon.debug_ovfl']);
    deepStrictEqual(docOf('kernel.perfmon.debug_ovfl').related, ['kernel.perfmon.debug']);
  });
});
