import { deepStrictEqual } from 'node:assert';
import { diagnose, settingsWith } from './support/service';

describe('values a later kernel added', () => {
  it('flags tcp_tw_reuse = 2 for a kernel before 4.18 and offers that kernel\'s default', () => {
    const [diagnostic] = diagnose('sysctl', 'net.ipv4.tcp_tw_reuse = 2', settingsWith({ kernelVersion: '4.14' }));
    deepStrictEqual(
      [diagnostic.code, diagnostic.message],
      [
        'sysctl.invalid-value',
        'Invalid value for net.ipv4.tcp_tw_reuse: this value is accepted only since Linux 4.18; the configured kernel 4.14 (setting netstatInsight.kernelVersion) accepts 0, 1.',
      ],
    );
    deepStrictEqual(
      (diagnostic.data as { fixes: { title: string; newText: string }[] }).fixes.map((fix) => [fix.title, fix.newText]),
      [['Set to the default (0)', '0']],
    );
  });

  it('accepts it on 4.18 and later, and on the reference kernel', () => {
    // Accepted, and since 4.18 it is the default: the only word is the sysctl.no-op hint.
    deepStrictEqual(diagnose('sysctl', 'net.ipv4.tcp_tw_reuse = 2', settingsWith({ kernelVersion: '4.18' })).map((d) => d.code), ['sysctl.no-op']);
    deepStrictEqual(diagnose('sysctl', 'net.ipv4.tcp_tw_reuse = 2').map((d) => d.code), ['sysctl.no-op']);
  });
});
