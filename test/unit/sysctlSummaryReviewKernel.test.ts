import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * server/src/core/knowledge/sysctl/kernel.ts and kernelMore.ts, judged against Linux 6.18.2
 * (gfunkmonk/linux-6.18.2 at 57dc26c98e5e9eaee49a7ee9f46cfae53057b110) and, for keys that older kernels
 * dropped, the 3.10 and 5.4 trees of the catalogs.
 */

describe('kernel.* facts corrected by the summary review', () => {
  it('limits kernel.print-fatal-signals to signals whose default action dumps core', () => {
    // kernel/signal.c get_signal: print_fatal_signal() is called only inside `if (sig_kernel_coredump(signr))`;
    // print_dropped_signal() also reads print_fatal_signals (RLIMIT_SIGPENDING drops).
    const doc = docOf('kernel.print-fatal-signals');
    ok(!doc.summary.en.includes('every process killed by a fatal signal'), doc.summary.en);
    ok(doc.summary.en.includes('whose default action dumps core'), doc.summary.en);
    ok(doc.summary.en.includes('SIGKILL and SIGTERM are not logged'), doc.summary.en);
    ok(doc.summary.zh.includes('core dump 的信号'), doc.summary.zh);
    ok(doc.details.en.includes('RLIMIT_SIGPENDING') && doc.details.zh.includes('RLIMIT_SIGPENDING'));
    ok(!doc.values?.some((value) => value.meaning.en.includes('every fatal signal')));
  });

  it('says that kernel.printk_devkmsg=off refuses to open /dev/kmsg, for readers too', () => {
    // kernel/printk/printk.c devkmsg_open: DEVKMSG_LOG_MASK_OFF returns -EPERM before the access mode is looked at,
    // and check_syslog_permissions (kernel.dmesg_restrict) guards readers; devkmsg_write drops or rate-limits.
    const doc = docOf('kernel.printk_devkmsg');
    ok(doc.summary.en.includes('cannot be opened at all'), doc.summary.en);
    ok(doc.summary.zh.includes('根本无法打开'), doc.summary.zh);
    const off = doc.values?.find((value) => value.value === 'off');
    ok(off?.meaning.en.includes('EPERM') && off.meaning.zh.includes('EPERM'), off?.meaning.en);
    deepStrictEqual(doc.related, ['kernel.printk_ratelimit', 'kernel.dmesg_restrict']);
  });

  it('says that kernel.panic_on_unrecovered_nmi also panics on unknown NMIs', () => {
    // arch/x86/kernel/nmi.c: pci_serr_error panics on panic_on_unrecovered_nmi, and unknown_nmi_error on
    // `unknown_nmi_panic || panic_on_unrecovered_nmi`.
    const doc = docOf('kernel.panic_on_unrecovered_nmi');
    ok(!doc.summary.en.includes('unrecoverable memory or bus error'), doc.summary.en);
    ok(doc.summary.en.includes('PCI system error (SERR)'), doc.summary.en);
    ok(doc.summary.en.includes('every unknown NMI'), doc.summary.en);
    ok(doc.summary.zh.includes('未知 NMI'), doc.summary.zh);
  });

  it('counts kernel.max_rcu_stall_to_panic as the stall that panics, not the stalls tolerated', () => {
    // kernel/rcu/tree_stall.h panic_on_rcu_stall: `if (++cpu_stall < sysctl_max_rcu_stall_to_panic) return;`
    const doc = docOf('kernel.max_rcu_stall_to_panic');
    ok(!doc.summary.en.includes('to tolerate'), doc.summary.en);
    ok(doc.summary.en.includes('3 panics on the third'), doc.summary.en);
    ok(doc.summary.zh.includes('第三次时 panic'), doc.summary.zh);
  });

  it('applies kernel.printk_delay to every message, not only those the console shows', () => {
    // kernel/printk/printk.c vprintk_emit: printk_delay(level) runs before vprintk_store for every message.
    const doc = docOf('kernel.printk_delay');
    ok(!doc.summary.en.includes('printed to the console'), doc.summary.en);
    ok(doc.summary.en.includes('whether or not the console shows it'), doc.summary.en);
    ok(doc.summary.zh.includes('不论这条消息是否显示在控制台上'), doc.summary.zh);
  });

  it('relates kernel.perf_event_max_stack to the context cap of the same call chain', () => {
    // kernel/events/callchain.c: the callchain buffers are sized by sysctl_perf_event_max_stack +
    // sysctl_perf_event_max_contexts_per_stack; nothing there reads the sample rate.
    deepStrictEqual(docOf('kernel.perf_event_max_stack').related, ['kernel.perf_event_max_contexts_per_stack']);
  });

  it('says that kernel.randomize_va_space starts at 1 on builds with CONFIG_COMPAT_BRK', () => {
    // mm/memory.c randomize_va_space: 1 under CONFIG_COMPAT_BRK, else 2; mm/Kconfig: COMPAT_BRK defaults to y.
    const doc = docOf('kernel.randomize_va_space');
    strictEqual(doc.default, '2');
    ok(doc.defaultNote?.en.includes('CONFIG_COMPAT_BRK'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('starts at 1'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('CONFIG_COMPAT_BRK'), doc.defaultNote?.zh);
  });

  it('caps the boost tasks get with kernel.sched_util_clamp_min, not what they may request', () => {
    // kernel/sched/core.c uclamp_eff_get: a request above uclamp_default[UCLAMP_MIN] is replaced by it;
    // uclamp_validate does not compare requests with the sysctl.
    const doc = docOf('kernel.sched_util_clamp_min');
    ok(!doc.summary.en.includes('may ask for'), doc.summary.en);
    ok(doc.summary.en.includes('actually gets'), doc.summary.en);
    ok(doc.summary.zh.includes('实际能得到'), doc.summary.zh);
  });

  it('describes kernel.sched_shares_window_ns as an unread averaging window', () => {
    // kernel/sched/fair.c of 3.10: sysctl_sched_shares_window is defined and registered (kernel/sysctl.c) but
    // read nowhere; before 3.8 it was the window over which group load was averaged for shares.
    const doc = docOf('kernel.sched_shares_window_ns');
    ok(!doc.summary.en.includes('How often'), doc.summary.en);
    ok(doc.summary.en.includes('nothing reads it'), doc.summary.en);
    ok(doc.summary.zh.includes('已没有代码读取它'), doc.summary.zh);
  });

  it('gives kernel.perf_user_access its RISC-V value', () => {
    // drivers/perf/riscv_pmu_sbi.c: sysctl_perf_user_access = SYSCTL_USER_ACCESS (1), registered only by the SBI
    // PMU driver; drivers/perf/arm_pmuv3.c: zero-initialised.
    const doc = docOf('kernel.perf_user_access');
    ok(doc.defaultNote?.en.includes('1 on RISC-V'), doc.defaultNote?.en);
    ok(!doc.defaultNote?.en.includes('depends on'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('RISC-V 上为 1'), doc.defaultNote?.zh);
  });

  it('notes that isolated Hyper-V guests start kernel.hyperv_record_panic_msg at 0', () => {
    // drivers/hv/hv_common.c hv_common_init: sysctl_record_panic_msg = 0 when hv_is_isolation_supported(); the table is
    // registered only with HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE.
    const doc = docOf('kernel.hyperv_record_panic_msg');
    strictEqual(doc.default, '1');
    ok(doc.defaultNote?.en.includes('0 in isolated (confidential) guests'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('机密计算'), doc.defaultNote?.zh);
  });

  it('says that AppArmor turns an unconfined change_profile into a stack instead of refusing change_hat', () => {
    // security/apparmor/domain.c aa_change_profile: with aa_unprivileged_unconfined_restricted and no CAP_MAC_OVERRIDE,
    // an unconfined task's request becomes a stack; aa_change_hat never reads the switch.
    const doc = docOf('kernel.apparmor_restrict_unprivileged_unconfined');
    ok(doc.summary.en.includes('turned into a stack on top of unconfined'), doc.summary.en);
    ok(doc.summary.en.includes('change_hat is not affected'), doc.summary.en);
    ok(doc.summary.zh.includes('change_hat 不受影响'), doc.summary.zh);
  });

  it('says that kernel.apparmor_display_secid_mode adds the profile mode to label text', () => {
    // security/apparmor/secid.c apparmor_label_to_secctx: apparmor_display_secid_mode adds FLAG_SHOW_MODE.
    const doc = docOf('kernel.apparmor_display_secid_mode');
    ok(doc.summary.en.includes('also shows the profile mode'), doc.summary.en);
    ok(!doc.summary.en.includes('turned into security IDs'), doc.summary.en);
    ok(doc.summary.zh.includes('附带配置模式'), doc.summary.zh);
  });

  it('ties kernel.compat-log to the vm86 message of 64-bit x86 only', () => {
    // fs/compat.c of 3.10 compat_printk reads compat_log; its only caller is sys32_vm86_warning in
    // arch/x86/ia32/sys_ia32.c.
    const doc = docOf('kernel.compat-log');
    ok(doc.summary.en.includes('vm86'), doc.summary.en);
    ok(doc.summary.en.includes('on other architectures the key does nothing'), doc.summary.en);
    ok(doc.summary.zh.includes('vm86'), doc.summary.zh);
  });

  it('records the 3.16 step of kernel.cap_last_cap', () => {
    // include/uapi/linux/capability.h: CAP_LAST_CAP is CAP_BLOCK_SUSPEND (36) in 3.10; CAP_AUDIT_READ (37) came in 3.16,
    // CAP_PERFMON and CAP_BPF (38, 39) in 5.8, CAP_CHECKPOINT_RESTORE (40) in 5.9.
    deepStrictEqual(docOf('kernel.cap_last_cap').defaultChanges, [
      { version: '3.16', from: '36', to: '37' },
      { version: '5.8', from: '37', to: '39' },
      { version: '5.9', from: '39', to: '40' },
    ]);
  });

  it('names the 3.x module option behind kernel.rcutorture_runnable', () => {
    // kernel/rcutorture.c of 3.10: rcutorture_runnable = RCUTORTURE_RUNNABLE_INIT (1 for MODULE or
    // CONFIG_RCU_TORTURE_TEST_RUNNABLE), module_param(rcutorture_runnable); kernel/sysctl.c points the key at it.
    const doc = docOf('kernel.rcutorture_runnable');
    ok(doc.defaultNote?.en.includes('`rcutorture_runnable` option'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('CONFIG_RCU_TORTURE_TEST_RUNNABLE'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('rcutorture_runnable'), doc.defaultNote?.zh);
  });

  it('says that kernel.perf_event_mlock_kb grows with the page size', () => {
    // kernel/events/core.c: sysctl_perf_event_mlock = 512 + (PAGE_SIZE / 1024).
    const doc = docOf('kernel.perf_event_mlock_kb');
    strictEqual(doc.default, '516');
    ok(doc.defaultNote?.en.includes('576 with 64 KiB pages'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('64 KiB 页为 576'), doc.defaultNote?.zh);
  });

  it('gives kernel.hung_task_check_count the 32-bit PID limit as well', () => {
    // kernel/hung_task.c: sysctl_hung_task_check_count = PID_MAX_LIMIT; include/linux/threads.h: 4 Mi with a
    // 64-bit long, PID_MAX_DEFAULT (32768) otherwise.
    const doc = docOf('kernel.hung_task_check_count');
    strictEqual(doc.default, '4194304');
    ok(doc.defaultNote?.en.includes('32768 on 32-bit'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('32 位内核为 32768'), doc.defaultNote?.zh);
  });
});
