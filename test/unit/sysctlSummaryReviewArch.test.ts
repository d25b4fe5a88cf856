import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * server/src/core/knowledge/sysctl/archMore.ts and devMore.ts, judged against Linux 6.18.2
 * (gfunkmonk/linux-6.18.2 at 57dc26c98e5e9eaee49a7ee9f46cfae53057b110) and, for keys that older kernels
 * dropped, the 3.10 (gq213/linux-3.10.105) and 5.4 (HowardY2/linux-5.4.273) trees of the catalogs.
 */

function valueMeaning(key: string, value: string): string {
  const entry = docOf(key).values?.find((candidate) => candidate.value === value);
  ok(entry, `${key}=${value}`);
  return entry.meaning.en;
}

describe('arch-only and dev.* facts corrected by the summary review', () => {
  it('does not promise 64 and 32 bytes as the SVE and SME default vector lengths', () => {
    // arch/arm64/kernel/fpsimd.c sve_setup / sme_setup: set_*_default_vl(find_supported_vector_length(type, 64 or 32)),
    // which rounds down to a length in vq_map (and up to min_vl): 16 or 32 bytes on most SVE hardware.
    const sve = docOf('abi.sve_default_vector_length');
    strictEqual(sve.default, null);
    ok(sve.defaultNote?.en.includes('at most 64 bytes'), sve.defaultNote?.en);
    ok(sve.defaultNote?.en.includes('16 on 128-bit SVE cores'), sve.defaultNote?.en);
    ok(sve.defaultNote?.zh.includes('不超过 64 字节'), sve.defaultNote?.zh);
    const sme = docOf('abi.sme_default_vector_length');
    strictEqual(sme.default, null);
    ok(sme.defaultNote?.en.includes('at most 32 bytes'), sme.defaultNote?.en);
    ok(sme.defaultNote?.zh.includes('不超过 32 字节'), sme.defaultNote?.zh);
  });

  it('says abi.tagged_addr_disabled exists on RISC-V too and only refuses new prctl requests', () => {
    // arch/riscv/kernel/process.c tagged_addr_init (CONFIG_RISCV_ISA_SUPM) registers abi.tagged_addr_disabled;
    // set_tagged_addr_ctrl on arm64 and RISC-V returns -EINVAL only for a new PR_TAGGED_ADDR_ENABLE request.
    const doc = docOf('abi.tagged_addr_disabled');
    ok(!doc.summary.en.startsWith('Whether arm64 programs'), doc.summary.en);
    ok(doc.summary.en.includes('RISC-V with pointer masking'), doc.summary.en);
    ok(doc.summary.zh.includes('RISC-V'), doc.summary.zh);
    ok(!doc.details.en.includes('Exists only on arm64'), doc.details.en);
    ok(doc.details.en.includes('CONFIG_RISCV_ISA_SUPM'), doc.details.en);
    ok(doc.details.en.includes('programs that already turned the ABI on keep it'), doc.details.en);
    ok(doc.details.zh.includes('已经开启该 ABI 的程序不受影响'), doc.details.zh);
  });

  it('gives kernel.ignore-unaligned-usertrap its per-architecture scope and default', () => {
    // arch/arc/kernel/unaligned.c and arch/loongarch/kernel/traps.c: no_unaligned_warning = 1; arch/parisc/kernel/unaligned.c:
    // 0, read only in the kernel-mode branch of handle_unaligned; ARC Kconfig selects SYSCTL_ARCH_UNALIGN_NO_WARN.
    const doc = docOf('kernel.ignore-unaligned-usertrap');
    strictEqual(doc.default, null);
    ok(doc.defaultNote?.en.startsWith('1 on ARC and LoongArch, 0 on PA-RISC'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('PA-RISC 上为 0'), doc.defaultNote?.zh);
    ok(doc.summary.en.includes("only the kernel's own on PA-RISC"), doc.summary.en);
    ok(doc.summary.zh.includes('PA-RISC 上则只针对内核自身的访问'), doc.summary.zh);
    ok(doc.details.en.includes('ARC, LoongArch, PA-RISC (not yet in 5.4), and IA-64 until 6.7'), doc.details.en);
    ok(!valueMeaning('kernel.ignore-unaligned-usertrap', '0').includes('(default)'));
  });

  it('lists RISC-V among the architectures with kernel.unaligned-trap and gives its default of 1', () => {
    // init/Kconfig SYSCTL_ARCH_UNALIGN_ALLOW is selected by arch/riscv/Kconfig RISCV_SCALAR_MISALIGNED;
    // unaligned_enabled = 1 in arch/{arc,loongarch,parisc}/kernel/*.c and arch/riscv/kernel/traps_misaligned.c.
    const doc = docOf('kernel.unaligned-trap');
    strictEqual(doc.default, '1');
    ok(doc.details.en.includes('RISC-V'), doc.details.en);
    ok(doc.details.zh.includes('RISC-V'), doc.details.zh);
    ok(valueMeaning('kernel.unaligned-trap', '1').includes('(default)'));
  });

  it('says kernel.perfmon.fastctxsw narrows the registers reloaded on switch-in, not saving', () => {
    // arch/ia64/kernel/perfmon.c of 3.10 pfm_load_regs: pmd_mask = fastctxsw ? ctx_used_pmds : ctx_all_pmds.
    const doc = docOf('kernel.perfmon.fastctxsw');
    ok(!doc.summary.en.includes('skips saving'), doc.summary.en);
    ok(doc.summary.en.includes('reloads only the data registers its session uses'), doc.summary.en);
    ok(doc.summary.zh.includes('只重新载入该会话用到的数据寄存器'), doc.summary.zh);
  });

  it('says kernel.capabilities on Meta reflects the build, not the processor', () => {
    // arch/metag/kernel/setup.c of 3.10: capabilites[] is "dsp fpu", "dsp", "fpu" or "" after CONFIG_METAG_DSP / _FPU.
    const doc = docOf('kernel.capabilities');
    ok(doc.summary.en.includes('this kernel was built to support'), doc.summary.en);
    ok(doc.summary.zh.includes('编译时'), doc.summary.zh);
    ok(doc.defaultNote?.en.includes('CONFIG_METAG_DSP and CONFIG_METAG_FPU'), doc.defaultNote?.en);
    ok(!doc.defaultNote?.en.includes('describes the processor'), doc.defaultNote?.en);
  });

  it('gives kernel.ieee_emulation_warnings its default of 1 and what it warns about', () => {
    // arch/s390/math-emu/math.c of 3.10: sysctl_ieee_emulation_warnings = 1, read only by
    // display_emulation_not_implemented (an IEEE instruction the emulator does not handle).
    const doc = docOf('kernel.ieee_emulation_warnings');
    strictEqual(doc.default, '1');
    ok(doc.summary.en.includes('cannot emulate'), doc.summary.en);
    ok(doc.summary.zh.includes('无法模拟的指令'), doc.summary.zh);
  });

  it('gives vm.cmm_timeout its "0 0" default instead of a value set at load', () => {
    // arch/s390/mm/cmm.c: cmm_timeout_pages and cmm_timeout_seconds are static zeros; only cmm_timeout_handler and
    // the CMM SMSG (cmm_smsg_target) call cmm_set_timeout; cmm_set_timer does nothing while the seconds are 0.
    const doc = docOf('vm.cmm_timeout');
    strictEqual(doc.default, '0 0');
    ok(!doc.defaultNote?.en.includes('Set when the `cmm` module loads'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('never given back until it is written'), doc.defaultNote?.en);
  });

  it('gives kernel.scons-poweroff its default of 1 and the power-off request it acts on', () => {
    // arch/sparc/kernel/reboot.c (and process_32.c): scons_pwroff = 1; machine_power_off powers off unless the
    // console is serial and scons_pwroff is 0, in which case it calls prom_halt.
    const doc = docOf('kernel.scons-poweroff');
    strictEqual(doc.default, '1');
    ok(!doc.summary.en.includes('a halt from the SPARC serial console'), doc.summary.en);
    ok(doc.summary.en.includes('whose console is a serial port'), doc.summary.en);
    ok(doc.summary.zh.includes('控制台为串口'), doc.summary.zh);
    ok(valueMeaning('kernel.scons-poweroff', '1').includes('(default)'));
  });

  it('gives kernel.soft-power its default of 1, what 0 does and the key it signals through', () => {
    // drivers/parisc/power.c: pwrsw_enabled = 1; kpowerswd skips the button while it is 0; process_shutdown calls
    // kill_cad_pid(SIGINT, 1), the signal ctrl_alt_del (kernel/reboot.c) sends when C_A_D is 0.
    const doc = docOf('kernel.soft-power');
    strictEqual(doc.default, '1');
    ok(valueMeaning('kernel.soft-power', '0').includes('ignores the soft power button'));
    ok(!valueMeaning('kernel.soft-power', '0').includes('off at once'));
    ok(doc.summary.en.includes('sends init SIGINT'), doc.summary.en);
    ok(doc.summary.zh.includes('SIGINT'), doc.summary.zh);
    deepStrictEqual(doc.related, ['kernel.cad_pid', 'kernel.ctrl-alt-del']);
  });

  it('makes the s390 topology, polarization and hiperdispatch defaults depend on topology support', () => {
    // arch/s390/kernel/topology.c topology_init_early: TOPOLOGY_MODE_HW only if cpu_has_topology(), else SINGLE;
    // topology_set_cpu_management returns -EOPNOTSUPP without it; hiperdispatch.c hd_set_hiperdispatch_mode forces 0.
    const topology = docOf('s390.topology');
    ok(topology.defaultNote?.en.startsWith('On when the machine reports its CPU topology'), topology.defaultNote?.en);
    ok(topology.defaultNote?.zh.includes('否则为关闭'), topology.defaultNote?.zh);
    ok(docOf('s390.polarization').defaultNote?.en.includes('always 0 without topology support'));
    ok(docOf('s390.hiperdispatch').defaultNote?.en.includes('where the machine supports CPU topology, otherwise 0'));
  });

  it('gives kernel.tsb-ratio its fixed default of -2', () => {
    // arch/sparc/mm/tsb.c: int sysctl_tsb_ratio = -2, read by tsb_size_to_rss_limit.
    const doc = docOf('kernel.tsb-ratio');
    strictEqual(doc.default, '-2');
    ok(doc.defaultNote?.en.includes('three quarters full'), doc.defaultNote?.en);
  });

  it('relates kernel.callhome to kernel.panic_on_oops, not to userprocess_debug', () => {
    // drivers/s390/char/sclp_async.c of 3.10: call_home_on_panic is a panic notifier; nothing there reads
    // show_unhandled_signals.
    deepStrictEqual(docOf('kernel.callhome').related, ['kernel.panic_on_oops']);
  });

  it('says dev.cdrom.debug messages are pr_debug and need dynamic debug', () => {
    // drivers/cdrom/cdrom.c cd_dbg: `if ((ERRLOGMASK & type) || debug == 1) pr_debug(...)` in 5.4 and 6.18
    // (pr_info in 3.10).
    const doc = docOf('dev.cdrom.debug');
    ok(doc.summary.en.includes('pr_debug'), doc.summary.en);
    ok(doc.summary.en.includes('dynamic debug'), doc.summary.en);
    ok(doc.summary.zh.includes('动态调试'), doc.summary.zh);
    ok(valueMeaning('dev.cdrom.debug', '1').includes('dynamic debug must be on too'));
  });

  it('says dev.raid.sync_io_depth caps in-flight resync I/O only above speed_limit_min on a busy array', () => {
    // drivers/md/md.c md_do_sync: above speed_min, waits when !sync_io_within_limit (recovery_active against
    // (raid_is_456 ? 8 : 128) * sync_io_depth sectors) and the array is not idle.
    const doc = docOf('dev.raid.sync_io_depth');
    ok(!doc.summary.en.includes('keeps in flight'), doc.summary.en);
    ok(doc.summary.en.includes('only while resync runs above `speed_limit_min`'), doc.summary.en);
    ok(doc.summary.en.includes('64 KiB each'), doc.summary.en);
    ok(doc.summary.zh.includes('speed_limit_min'), doc.summary.zh);
  });
});
