import { deepStrictEqual } from 'node:assert';
import { diagnose } from './support/service';

describe('sysctl output of other systems and other kernels', () => {
  it('says once that macOS/FreeBSD sysctl -a is not checked, instead of an error per line', () => {
    const text = ['kern.ostype: Darwin', 'kern.osrelease: 18.7.0', 'kern.ipc.somaxconn: 128', 'net.inet.tcp.msl: 15000', 'net.inet.tcp.keepidle: 7200000'].join('\n');
    deepStrictEqual(
      diagnose('sysctl', text).map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line]),
      [['sysctl.syntax-error', 3, 0]],
    );
  });

  it('takes the values of a sysctl -a capture as its kernel printed them', () => {
    // 150 entries without comments read as sysctl -a output; then a value kernel 3.10 prints and 6.18 would reject.
    const keys = Array.from({ length: 150 }, (_, index) => `net.ipv4.conf.eth${index}.rp_filter = 1`);
    const text = [...keys, 'net.ipv4.tcp_notsent_lowat = -1'].join('\n');
    deepStrictEqual(diagnose('sysctl', text).map((diagnostic) => diagnostic.code), []);
  });
});
