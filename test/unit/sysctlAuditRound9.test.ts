import { ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the ninth 60-entry audit against the kernel sources (seed 20261215,
 * docs/audit/sysctl-audit-2026-12.md, "Ninth round").
 */

describe('sysctl facts corrected by the ninth source audit', () => {
  it('gives the truncated millisecond value of one tick for net.rxrpc.req_ack_delay, 3 with HZ 300', () => {
    // net/rxrpc/misc.c (4.18 to 6.1): rxrpc_requested_ack_delay = 1 tick; net/rxrpc/sysctl.c reads it with
    // proc_doulongvec_ms_jiffies_minmax, whose read side (kernel/sysctl.c, __do_proc_doulongvec_minmax) prints
    // 1000 * value / HZ in integer arithmetic: 1000/300 gives 3, not 4.
    const doc = docOf('net.rxrpc.req_ack_delay');
    strictEqual(doc.default, null);
    const en = doc.defaultNote?.en ?? '';
    ok(en.includes('3 with 300') && en.includes('4 with 250'), en);
    ok(en.includes('rounded down'), en);
    ok(!en.includes('250 or 300'), en);
    const zh = doc.defaultNote?.zh ?? '';
    ok(zh.includes('为 300 时是 3') && zh.includes('为 250 时是 4'), zh);
    ok(!zh.includes('250 或 300'), zh);
  });
});
