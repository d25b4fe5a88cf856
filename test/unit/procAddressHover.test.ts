import { ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentOf, service, settingsWith } from './support/service';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');

/** The hover text at a column of a line of a real /proc/net sample. */
function hoverAt(sample: string, line: number, character: number, language: 'en' | 'zh-cn' = 'en'): string {
  const text = readFileSync(join(SAMPLES, sample), 'utf8');
  const document = documentOf('netstat', text);
  const hover = service.doHover(text.split(/\r?\n/)[line], { line, character }, service.parse(document), settingsWith({ language }));
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover over a /proc/net hex address', () => {
  it('decodes an IPv4 local address and port', () => {
    ok(hoverAt('proc-net-tcp.txt', 1, 10).startsWith('`0100007F:1F90` is the local address **127.0.0.1:8080**.'), hoverAt('proc-net-tcp.txt', 1, 10));
  });

  it('decodes an IPv6 address and says what an all-zero peer means, in Chinese too', () => {
    ok(hoverAt('proc-net-tcp6.txt', 1, 12).startsWith('`00000000000000000000000000000000:08AE` is the local address **[::]:2222**.'));
    const peer = hoverAt('proc-net-tcp6.txt', 1, 50, 'zh-cn');
    ok(peer.includes('即远端地址 **[::]:***'), peer);
    ok(peer.includes('。对端地址全为 0、端口为 0 表示没有对端'), peer);
  });

  it('leaves the state column to the state hover', () => {
    strictEqual(hoverAt('proc-net-tcp.txt', 1, 34).split('\n')[0].startsWith('**LISTEN**'), true);
  });
});
