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

describe('facts seen during the details review', () => {
  it('says NET/ROM converts its retry count as milliseconds', () => {
    // net/netrom/af_netrom.c nr_create: nr->n2 = msecs_to_jiffies(sysctl_netrom_transport_maximum_tries) (3.10 and 6.18);
    // include/linux/jiffies.h _msecs_to_jiffies rounds up, so 3 becomes 1 below HZ 1000; nr_timer.c compares n2count with it.
    const doc = docOf('net.netrom.transport_maximum_tries');
    ok(doc.summary.en.includes('as 1 on HZ 100, 250 and 300 kernels'), doc.summary.en);
    ok(doc.summary.zh.includes('实际只有 1 次'), doc.summary.zh);
  });

  it('does not count OpenAFS among the users of the kernel RxRPC module', () => {
    // net/rxrpc/Kconfig: AF_RXRPC serves the in-kernel AFS client and user-space AFS tools; OpenAFS ships its own Rx.
    const doc = docOf('net.rxrpc.max_backlog');
    ok(doc.details.en.includes('OpenAFS brings its own Rx code'), doc.details.en);
    ok(doc.details.zh.includes('OpenAFS 自带 Rx 实现'), doc.details.zh);
  });
});

describe('powersave-nap as the platform code leaves it', () => {
  it('names the bare-metal POWER idle fallback and says the platforms set the value at boot', () => {
    // arch/powerpc/platforms/powernv/idle.c power7_idle reads powersave_nap; powernv/setup.c and kernel/kvm.c set it to 1,
    // platforms/powermac/feature.c sets it where the CPU can nap; kernel/idle.c initialises it to 0.
    const doc = docOf('kernel.powersave-nap');
    ok(doc.summary.en.includes('bare-metal POWER7 and POWER8'), doc.summary.en);
    strictEqual(doc.default, null);
    ok(doc.defaultNote?.en.includes('PowerNV') && doc.defaultNote.zh.includes('PowerNV'));
  });
});
