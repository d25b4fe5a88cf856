import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';
import { settingsFrom } from '../../server/src/core/settings';
import { diagnose, settingsWith } from './support/service';

/**
 * Facts corrected by the fourth 60-entry audit against the kernel sources (seed 20261210,
 * docs/audit/sysctl-audit-2026-12.md, "Fourth round"), and the same mistakes found on sibling keys.
 */

function invalidLines(text: string, kernelVersion: string): number[] {
  return diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion }, 'en')))
    .filter((diagnostic) => diagnostic.code === 'sysctl.invalid-value')
    .map((diagnostic) => diagnostic.range.start.line);
}

function defaultsOf(prefix: string): Record<string, string | null> {
  return Object.fromEntries(SYSCTL_KEY_DOCS.filter((doc) => doc.key.startsWith(prefix)).map((doc) => [doc.key.slice(prefix.length), doc.default]));
}

describe('sysctl facts corrected by the fourth source audit', () => {
  it('relates the stack tracer to the function-tracing switch it depends on, not to stack erasing', () => {
    // kernel/trace/trace_stack.c: stack_trace_sysctl registers an ftrace callback; ftrace_enabled = 0 silences
    // every such callback. STACKLEAK (kernel.stack_erasing) has nothing to do with it.
    deepStrictEqual(findKeyDoc('kernel.stack_tracer_enabled')?.related, ['kernel.ftrace_enabled']);
    deepStrictEqual(findKeyDoc('kernel.stack_erasing')?.related, ['kernel.randomize_va_space']);
    deepStrictEqual(findKeyDoc('kernel.ftrace_enabled')?.related, ['kernel.ftrace_dump_on_oops', 'kernel.tracepoint_printk', 'kernel.stack_tracer_enabled']);
  });

  it('gives the IrDA defaults of the 3.10 kernel the catalogs cover', () => {
    // net/irda/irlmp.c, qos.c, irlap.c, irlap_event.c, irmod.c of Linux 3.10.
    deepStrictEqual(defaultsOf('net.irda.'), {
      discovery: '0',
      devname: 'Linux',
      discovery_slots: '6',
      discovery_timeout: '3',
      slot_timeout: null,
      fast_poll_increase: '50',
      lap_keepalive_time: '2000',
      max_baud_rate: '16000000',
      min_tx_turn_time: '10',
      max_tx_data_size: '2042',
      max_tx_window: '7',
      max_noreply_time: '12',
      warn_noreply_time: '3',
      debug: '0',
    });
    // SLOT_TIMEOUT is 90 ms in whole ticks, printed back in ms.
    strictEqual(
      findKeyDoc('net.irda.slot_timeout')?.defaultNote?.en,
      '90 ms rounded down to whole kernel ticks: 90 on kernels with CONFIG_HZ of 100, 300 or 1000, 88 with 250.',
    );
    // net/irda/irsysctl.c: proc_dointvec_minmax bounds; discovery_timeout is plain proc_dointvec.
    deepStrictEqual(findKeyDoc('net.irda.max_tx_window')?.range, { min: 1, max: 7 });
    deepStrictEqual(findKeyDoc('net.irda.discovery_timeout')?.range, undefined);
    deepStrictEqual(invalidLines('net.irda.max_tx_window = 8\nnet.irda.discovery_timeout = -1\nnet.irda.slot_timeout = 10\nnet.irda.max_baud_rate = 16000000', '3.10'), [0, 2]);
  });

  it('gives no default a reason that is not true', () => {
    // The catalogs cover 3.10 (IrDA) and 6.12 (DCCP), and the "sized at load" keys are constants of their modules.
    const claims = SYSCTL_KEY_DOCS.filter((doc) => /no longer targets|Worked out from RAM/.test(doc.defaultNote?.en ?? '')).map((doc) => doc.key);
    deepStrictEqual(claims, []);
    // net/dccp/input.c: HZ / 8 ticks, printed by proc_dointvec_ms_jiffies.
    const dccp = findKeyDoc('net.dccp.default.sync_ratelimit');
    strictEqual(dccp?.default, null);
    ok(dccp?.defaultNote?.en.includes('125 on kernels with CONFIG_HZ of 1000, 124 with 250, 120 with 100'));
    ok(dccp?.defaultNote?.zh.includes('为 1000 时显示 125'));
  });

  it('gives the constant defaults of DECnet, RDS, TIPC and SMC', () => {
    // net/decnet/sysctl_net_decnet.c and dn_dev.c (3.10 and 5.15).
    deepStrictEqual(defaultsOf('net.decnet.'), {
      node_address: '0.0',
      node_name: '???',
      default_device: null,
      time_wait: '30',
      dn_count: '1',
      di_count: '3',
      dr_count: '3',
      dst_gc_interval: '2',
      no_fc_max_cwnd: '1',
      decnet_mem: '6144\t8192\t12288',
      decnet_rmem: '4096\t87380\t174760',
      decnet_wmem: '4096\t16384\t131072',
      debug: '0',
    });
    // net/rds/ib_sysctl.c and iw_sysctl.c: 32768 compiled in, replaced when the module loads by a third of RAM
    // in 4 KiB units (rds_ib_sysctl_init, rds_iw_sysctl_init): it depends on the machine; RDS_IW_DEFAULT_*_WR.
    strictEqual(findKeyDoc('net.rds.ib.max_recv_allocation')?.default, null);
    deepStrictEqual(defaultsOf('net.rds.iw.'), {
      max_send_wr: '256',
      max_recv_wr: '1024',
      max_recv_allocation: null,
      max_unsignaled_wr: '16',
      max_unsignaled_bytes: '16777216',
      flow_control: '1',
    });
    // net/rds/tcp.c rds_tcp_init_net: both sizes start at 0 (leave the buffers to TCP).
    deepStrictEqual(defaultsOf('net.rds.tcp.'), { rds_tcp_sndbuf: '0', rds_tcp_rcvbuf: '0' });
    // net/tipc/socket.h RCVBUF_MIN/DEF/MAX; net/tipc/trace.c sysctl_tipc_sk_filter = {0, }.
    strictEqual(findKeyDoc('net.tipc.tipc_rmem')?.default, '524288\t2097152\t16777216');
    strictEqual(findKeyDoc('net.tipc.sk_filter')?.default, '0\t0\t0\t0\t0');
    // net/smc/smc_sysctl.c: net_smc_wmem_init and net_smc_rmem_init are 64 KiB.
    strictEqual(findKeyDoc('net.smc.wmem')?.default, '65536');
    strictEqual(findKeyDoc('net.smc.rmem')?.default, '65536');
  });

  it('treats kernel.userprocess_debug as the s390 name of debug.exception-trace, on by default', () => {
    // arch/s390/mm/fault.c: show_unhandled_signals = 1, the variable debug.exception-trace also shows.
    const doc = findKeyDoc('kernel.userprocess_debug');
    strictEqual(doc?.default, '1');
    deepStrictEqual(doc?.related, ['debug.exception-trace']);
  });

  it('says where kernel.panic_on_stackoverflow exists and that PA-RISC starts it at 1', () => {
    // kernel/panic.c (6.18): CONFIG_X86_32 or CONFIG_PARISC with CONFIG_DEBUG_STACKOVERFLOW; arch/parisc/kernel/irq.c = 1.
    const doc = findKeyDoc('kernel.panic_on_stackoverflow');
    strictEqual(doc?.default, '0');
    strictEqual(doc?.defaultNote?.en, '0 on x86; PA-RISC kernels start at 1 (arch/parisc/kernel/irq.c).');
    ok(doc?.details.en.includes('from 5.10 on only 32-bit x86 and PA-RISC kernels register it'));
  });
});
