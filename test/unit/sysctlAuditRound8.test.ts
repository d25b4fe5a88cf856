import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the eighth 60-entry audit against the kernel sources (seed 20261214,
 * docs/audit/sysctl-audit-2026-12.md, "Eighth round"), and the same mistake in the texts of the same key.
 */

describe('sysctl facts corrected by the eighth source audit', () => {
  it('names 32-bit Arm kernels with the PMUv3 driver among those that have kernel.perf_user_access', () => {
    // drivers/perf/Kconfig: ARM_PMUV3 depends on (ARM && CPU_V7) || ARM64; drivers/perf/arm_pmuv3.c registers the key
    // (armv8_pmu_register_sysctl_table) and fills cap_user_rdpmc (arch_perf_update_userpage) on both, the 32-bit build
    // writing PMUSERENR through arch/arm/include/asm/arm_pmuv3.h. riscv_pmu_sbi.c registers the RISC-V twin.
    const doc = docOf('kernel.perf_user_access');
    ok(doc.summary.en.includes('32-bit Arm kernels with the PMUv3 driver'), doc.summary.en);
    ok(doc.summary.en.includes('arm64') && doc.summary.en.includes('RISC-V'), doc.summary.en);
    ok(doc.summary.zh.includes('带 PMUv3 驱动的 32 位 Arm 内核'), doc.summary.zh);
    ok(doc.details?.en.includes('CONFIG_ARM_PMUV3'), doc.details?.en);
    ok(!doc.details?.en.includes('off by default on arm64'), doc.details?.en);
    ok(doc.details?.zh.includes('CONFIG_ARM_PMUV3'), doc.details?.zh);
    // The Arm variable is zero-initialised in every build; the RISC-V value stays as the whole-class review fixed it.
    ok(doc.defaultNote?.en.startsWith('0 on Arm (arm64, and 32-bit kernels built with CONFIG_ARM_PMUV3)'), doc.defaultNote?.en);
    ok(doc.defaultNote?.en.includes('1 on RISC-V'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('32 位内核'), doc.defaultNote?.zh);
  });
});
