import { ok, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';
import { diagnose, documentOf, service, settingsWith } from './support/service';

/** Facts corrected by the 60-entry audit against the kernel sources (docs/audit/sysctl-audit-2026-12.md). */
function hoverText(text: string, character: number): string {
  const document = documentOf('sysctl', text);
  const hover: Hover | undefined = service.doHover(document, { line: 0, character }, service.parse(document), settingsWith({ hoverDetail: 'full' }));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('sysctl facts corrected by the source audit', () => {
  it('does not call a negative value invalid where the handler is plain proc_dointvec (no bounds)', () => {
    // mm/page-writeback.c (laptop_mode: proc_dointvec_jiffies; dirty_writeback_centisecs: proc_dointvec),
    // net/ipv4/sysctl_net_ipv4.c (tcp_challenge_ack_limit: proc_dointvec).
    const text = ['vm.laptop_mode = -1', 'vm.dirty_writeback_centisecs = -1', 'net.ipv4.tcp_challenge_ack_limit = -1'].join('\n');
    strictEqual(diagnose('sysctl', text).filter((diagnostic) => diagnostic.code === 'sysctl.invalid-value').length, 0);
    // Bounded handlers keep their range: core_pipe_limit is proc_dointvec_minmax 0..INT_MAX.
    strictEqual(diagnose('sysctl', 'kernel.core_pipe_limit = -1')[0]?.code, 'sysctl.invalid-value');
  });

  it('knows tcp_ehash_entries is per network namespace and read-only', () => {
    // Registered in the per-namespace ipv4 table with mode 0444; a namespace sharing the host table reads a negative size.
    strictEqual(findKeyDoc('net.ipv4.tcp_ehash_entries')?.perNamespace, true);
    const text = hoverText('net.ipv4.tcp_ehash_entries = 262144', 5);
    ok(text.includes('Read-only, with a value per network namespace'), text);
    ok(!text.includes('docker run --sysctl'), text);
  });

  it('knows optmem_max had another default before 6.8', () => {
    const doc = findKeyDoc('net.core.optmem_max');
    strictEqual(doc?.defaultChanges?.[0]?.from, '20480');
    strictEqual(doc?.defaultChanges?.[0]?.version, '6.8');
  });
});
