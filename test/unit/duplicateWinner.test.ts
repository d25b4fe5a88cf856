import { deepStrictEqual } from 'node:assert';
import { diagnose } from './support/service';

const codes = (text: string) => diagnose('sysctl', text).map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]);

describe('which of two settings of a key takes effect', () => {
  it('keeps the earlier value when the later one is rejected by the kernel', () => {
    // sysctl -p reports "Invalid argument" for the second line and leaves the first in effect.
    deepStrictEqual(codes('net.ipv4.tcp_syncookies = 1\nnet.ipv4.tcp_syncookies = yes'), [['sysctl.invalid-value', 1]]);
  });

  it('does not fade a line while its duplicate is still being typed', () => {
    deepStrictEqual(codes('net.ipv4.tcp_tw_reuse = 1\nnet.ipv4.tcp_tw_reuse = '), [['sysctl.invalid-value', 1]]);
  });

  it('still reports a valid later value overriding an earlier one', () => {
    deepStrictEqual(codes('net.ipv4.tcp_tw_reuse = 1\nnet.ipv4.tcp_tw_reuse = 0'), [['sysctl.duplicate-key', 0]]);
  });
});
