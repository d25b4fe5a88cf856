import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { MORE_BUILD_RULES } from '../../server/src/core/knowledge/sysctl/buildRulesMore';
import { docOf } from './support/keyDocs';

/**
 * Leftovers of the whole-class summary reviews that the reviewers were not allowed to change, each checked
 * against the kernel sources named in its comment and fixed.
 */

describe('sysctl review leftovers', () => {
  it('gives the NUMA scan periods their 3.13 default change', () => {
    // kernel/sched/fair.c: 3.10 sysctl_numa_balancing_scan_period_min = 100, _max = 100*50; linux-3.13.10, 4.18
    // and 5.4: 1000 and 60000 (Mel Gorman's NUMA balancing series, merged for 3.13).
    deepStrictEqual(docOf('kernel.numa_balancing_scan_period_min_ms').defaultChanges, [{ version: '3.13', from: '100', to: '1000' }]);
    deepStrictEqual(docOf('kernel.numa_balancing_scan_period_max_ms').defaultChanges, [{ version: '3.13', from: '5000', to: '60000' }]);
  });

  it('pins the removal of kernel.numa_balancing_scan_period_reset to 3.13', () => {
    // kernel/sysctl.c of 3.10 registers it; "sched: numa: Remove the numa_balancing_scan_period_reset sysctl"
    // is in the series merged for 3.13, and linux-3.13.10 kernel/sched/fair.c has no such variable.
    strictEqual(docOf('kernel.numa_balancing_scan_period_reset').removedIn, '3.13');
  });

  it('gives kernel.random.write_wakeup_threshold its two default changes', () => {
    // drivers/char/random.c: random_write_wakeup_thresh = 128 (3.10); 28 * OUTPUT_POOL_WORDS = 896 (3.13.10,
    // 4.18, 5.14); POOL_MIN_BITS / POOL_READY_BITS = 256 since the 5.18 rewrite (also 5.4.273, 5.15.100, 6.8).
    const doc = docOf('kernel.random.write_wakeup_threshold');
    strictEqual(doc.default, '256');
    deepStrictEqual(doc.defaultChanges, [
      { version: '3.13', from: '128', to: '896' },
      { version: '5.18', from: '896', to: '256' },
    ]);
    ok(doc.defaultNote?.en.includes('5.4, 5.10 and 5.15'), doc.defaultNote?.en);
  });

  it('does not say that kernel.watchdog sets the other two watchdog keys', () => {
    // kernel/watchdog.c proc_watchdog writes only watchdog_user_enabled; lockup_detector_update_enable ANDs it with
    // watchdog_softlockup_user_enabled and watchdog_hardlockup_user_enabled, which keep their values.
    const doc = docOf('kernel.watchdog');
    ok(!doc.details.en.includes('sets `kernel.soft_watchdog` and `kernel.nmi_watchdog` together'), doc.details.en);
    ok(doc.details.en.includes('Writing it leaves the settings of those two alone'), doc.details.en);
    ok(doc.details.zh.includes('不会改动另外两个开关的设置'), doc.details.zh);
  });

  it('does not tie kernel.panic_on_unrecovered_nmi to ECC memory', () => {
    // arch/x86/kernel/nmi.c pci_serr_error and unknown_nmi_error read panic_on_unrecovered_nmi; memory ECC errors
    // are machine checks (arch/x86/kernel/cpu/mce/), which never read it.
    const doc = docOf('kernel.panic_on_unrecovered_nmi');
    ok(!doc.details.en.includes('servers with ECC often set 1'), doc.details.en);
    ok(doc.details.en.includes('arrive as machine checks (MCE)'), doc.details.en);
    ok(doc.details.zh.includes('机器检查异常（MCE）'), doc.details.zh);
  });

  it('says that one fewer than kernel.pty.max terminals can be open, fewer still in containers', () => {
    // fs/devpts/inode.c devpts_new_index: atomic_inc_return(&pty_count) >= pty_limit - (reserve ? 0 : pty_reserve)
    // fails; devpts_init_fs_context sets reserve only for mounts in the initial mount namespace.
    const doc = docOf('kernel.pty.max');
    ok(doc.details.en.includes('at most 4095 are open at once'), doc.details.en);
    ok(doc.details.en.includes('3071 terminals'), doc.details.en);
    ok(doc.details.zh.includes('最多只能打开 4095 个'), doc.details.zh);
    ok(doc.summary.en.includes('one fewer than this can be open at once'), doc.summary.en);
  });

  it('does not assume a perf NMI behind kernel.nmi_watchdog', () => {
    // lib/Kconfig.debug HARDLOCKUP_DETECTOR_BUDDY, kernel/watchdog_buddy.c (watchdog_hardlockup_probe returns 0,
    // the check runs from the soft-lockup hrtimer); kernel/watchdog_perf.c for the perf NMI variant.
    const doc = docOf('kernel.nmi_watchdog');
    ok(!doc.summary.en.includes('NMI-based detector'), doc.summary.en);
    ok(doc.details.en.includes('with no NMI and no counter'), doc.details.en);
    ok(doc.details.zh.includes('不用 NMI，也不占计数器'), doc.details.zh);
    ok(doc.defaultNote?.en.includes('The buddy detector'), doc.defaultNote?.en);
  });

  it('reads vm.vdso_enabled from its 6.18 source and gives its CONFIG_COMPAT_VDSO default', () => {
    // arch/x86/entry/vdso/vdso32-setup.c: VDSO_DEFAULT 0 with CONFIG_COMPAT_VDSO, registered as vm.vdso_enabled on
    // CONFIG_X86_32; arch/sh/kernel/vsyscall/vsyscall.c registers the SuperH key (CONFIG_VSYSCALL).
    const rule = MORE_BUILD_RULES.find((candidate) => candidate.keys.includes('vm.vdso_enabled'));
    strictEqual(rule?.source, 'arch/x86/entry/vdso/vdso32-setup.c');
    strictEqual(rule?.option, 'CONFIG_X86_32');
    const doc = docOf('vm.vdso_enabled');
    ok(doc.defaultNote?.en.includes('0 on 32-bit x86 kernels built with CONFIG_COMPAT_VDSO'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('CONFIG_COMPAT_VDSO'), doc.defaultNote?.zh);
  });

  it('documents no range for the fscache *_max_active keys', () => {
    // fs/fscache/main.c (3.10, 5.4) fscache_max_active_sysctl: plain proc_dointvec stores any int;
    // kernel/workqueue.c wq_clamp_max_active only clamps what the workqueue uses.
    for (const key of ['fscache.object_max_active', 'fscache.operation_max_active']) {
      const doc = docOf(key);
      strictEqual(doc.range, undefined, key);
      ok(doc.details.en.includes('The file keeps any integer written'), key);
    }
  });

  it('notes the PREEMPT_RT default of vm.compact_unevictable_allowed', () => {
    // mm/Kconfig COMPACT_UNEVICTABLE_DEFAULT (0 if PREEMPT_RT), mm/compaction.c; 5.14 has the #ifdef CONFIG_PREEMPT_RT
    // initialiser, 5.4 does not.
    const doc = docOf('vm.compact_unevictable_allowed');
    strictEqual(doc.default, '1');
    ok(doc.defaultNote?.en.includes('0 on kernels built with CONFIG_PREEMPT_RT'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('CONFIG_PREEMPT_RT'), doc.defaultNote?.zh);
  });

  it('counts net.ipv6.neigh.*.retrans_time in raw kernel ticks', () => {
    // net/ipv6/ndisc.c ndisc_ifinfo_sysctl_change: "retrans_time" goes through neigh_proc_dointvec (no
    // conversion) on a value initialised to ND_RETRANS_TIMER = HZ (include/net/ndisc.h).
    const v6 = docOf('net.ipv6.neigh.<iface>.retrans_time');
    strictEqual(v6.unit, 'jiffies');
    strictEqual(v6.default, null);
    ok(v6.defaultNote?.en.includes('250 with HZ=250, 1000 with HZ=1000'), v6.defaultNote?.en);
    ok(v6.summary.en.includes('in kernel ticks (jiffies'), v6.summary.en);
    ok(v6.summary.zh.includes('内核节拍（jiffies）'), v6.summary.zh);
    // net/core/neighbour.c NEIGH_SYSCTL_USERHZ_JIFFIES_ENTRY: the IPv4 alias stays in USER_HZ ticks.
    const v4 = docOf('net.ipv4.neigh.<iface>.retrans_time');
    strictEqual(v4.unit, 'centiseconds');
    strictEqual(v4.default, '100');
  });
});

describe('build options handed over by the reviews', () => {
  it('says that the SUNRPC transports list and the rpcrdma tunables need CONFIG_SUNRPC_DEBUG', () => {
    // net/sunrpc/sysctl.c and net/sunrpc/xprtrdma/transport.c build their tables under IS_ENABLED(CONFIG_SUNRPC_DEBUG).
    for (const key of ['sunrpc.transports', 'sunrpc.rdma_']) {
      const rule = MORE_BUILD_RULES.find((candidate) => candidate.keys.includes(key));
      ok(rule?.alsoNeeds?.includes('CONFIG_SUNRPC_DEBUG'), key);
    }
  });
});
