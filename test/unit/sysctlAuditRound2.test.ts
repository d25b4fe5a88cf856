import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';
import { settingsFrom } from '../../server/src/core/settings';
import { diagnose, documentOf, service, settingsWith } from './support/service';

/**
 * Facts corrected by the second 60-entry audit against the kernel sources (seed 20261208,
 * docs/audit/sysctl-audit-2026-12.md, "Second round"), and the facts of the keys documented last.
 */

function invalidLines(text: string, kernelVersion = '6.18'): number[] {
  return diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion }, 'en')))
    .filter((diagnostic) => diagnostic.code === 'sysctl.invalid-value')
    .map((diagnostic) => diagnostic.range.start.line);
}

function hoverText(text: string): string {
  const document = documentOf('sysctl', text);
  const hover: Hover | undefined = service.doHover(document, { line: 0, character: 5 }, service.parse(document), settingsWith({ hoverDetail: 'full' }));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('sysctl facts corrected by the second source audit', () => {
  it('gives Phonet\'s automatic port range as the kernel sets it (0x40–0x7f)', () => {
    // net/phonet/sysctl.c: DYNAMIC_PORT_MIN 0x40, DYNAMIC_PORT_MAX 0x7f.
    strictEqual(findKeyDoc('net.phonet.local_port_range')?.default, '64\t127');
  });

  it('counts the neighbour delays in hundredths of a second, not in kernel ticks', () => {
    // net/core/neighbour.c: NEIGH_SYSCTL_USERHZ_JIFFIES_ENTRY prints USER_HZ (1/100 s) whatever CONFIG_HZ is.
    for (const family of ['ipv4', 'ipv6']) {
      for (const leaf of ['proxy_delay', 'anycast_delay', 'locktime', 'retrans_time']) {
        // Except IPv6's retrans_time, which ndisc_ifinfo_sysctl_change reads in raw ticks (sysctlReviewLeftovers.test.ts).
        if (family === 'ipv6' && leaf === 'retrans_time') {
          continue;
        }
        strictEqual(findKeyDoc(`net.${family}.neigh.<iface>.${leaf}`)?.unit, 'centiseconds', `${family} ${leaf}`);
      }
    }
    // net/ipv4/route.c: plain proc_dointvec on a jiffies variable, so these really are kernel ticks.
    strictEqual(findKeyDoc('net.ipv4.route.error_cost')?.unit, 'jiffies');
    ok(hoverText('net.ipv4.neigh.default.proxy_delay = 0').includes('hundredths of a second (USER_HZ ticks)'));
  });

  it('bounds no timeout read through proc_dointvec_jiffies', () => {
    // The conntrack compat aliases (3.10), DCCP/UDP-Lite/flowtable timeouts, LLC2 and AppleTalk timers store any int.
    const bounded = SYSCTL_KEY_DOCS.filter(
      (doc) => /^net\.(ipv4\.netfilter|netfilter)\..*(timeout|pickup)/.test(doc.key) || doc.key.startsWith('net.llc.llc2.timeout.') || doc.key.startsWith('net.appletalk.'),
    )
      .filter((doc) => doc.range !== undefined)
      .map((doc) => doc.key);
    deepStrictEqual(bounded, []);
    deepStrictEqual(invalidLines('net.ipv4.netfilter.ip_conntrack_udp_timeout = -1\nnet.llc.llc2.timeout.p = -1', '3.10'), []);
  });

  it('refuses SMC buffer sizes below the 16 KiB the kernel accepts', () => {
    // net/smc/smc_sysctl.c: SMC_BUF_MIN_SIZE (16384) to INT_MAX / 2.
    deepStrictEqual(invalidLines('net.smc.wmem = 1000\nnet.smc.rmem = 65536\nnet.smc.rmem = 1073741824'), [0, 2]);
  });

  it('says that the IPC next-id keys print -1 but take only 0 and up', () => {
    // ipc/ipc_sysctl.c: proc_dointvec_minmax, SYSCTL_ZERO to SYSCTL_INT_MAX.
    for (const key of ['kernel.msg_next_id', 'kernel.sem_next_id', 'kernel.shm_next_id']) {
      const doc = findKeyDoc(key);
      ok(doc?.details.en.includes('2147483647') && doc.details.zh.includes('2147483647'), key);
    }
  });
});

describe('the catalog keys documented last', () => {
  it('pins the releases that removed them', () => {
    const removedIn = (key: string) => findKeyDoc(key)?.removedIn;
    strictEqual(removedIn('kernel.random.read_wakeup_threshold'), '5.6');
    strictEqual(removedIn('kernel.random.add_interrupt_avg_cycles'), '5.18');
    strictEqual(removedIn('kernel.random.add_interrupt_avg_deviation'), '5.18');
    strictEqual(removedIn('kernel.sched_child_runs_first'), '6.7');
    strictEqual(removedIn('vm.scan_unevictable_pages'), '3.18');
    strictEqual(removedIn('vm.nr_trim_pages'), undefined);
  });

  it('checks their values as the kernels that had them did', () => {
    // random.c of 3.10: 8 to INPUT_POOL_WORDS * 32 (4096); sched_child_runs_first: plain proc_dointvec.
    deepStrictEqual(
      invalidLines(['kernel.random.read_wakeup_threshold = 2048', 'kernel.random.read_wakeup_threshold = 4', 'kernel.sched_child_runs_first = 2', 'vm.scan_unevictable_pages = -1'].join('\n'), '3.10'),
      [1, 3],
    );
    deepStrictEqual(invalidLines('vm.nr_trim_pages = 0\nvm.nr_trim_pages = -1'), [1]);
  });
});
