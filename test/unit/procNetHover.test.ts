import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFields } from '../../server/src/core/parsers/textLines';
import { documentOf, service, settingsWith } from './support/service';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');

/** The hover text at a column of a line of a real /proc/net sample. */
function hoverAt(sample: string, line: number, character: number, language: 'en' | 'zh-cn' = 'en'): string {
  const text = readFileSync(join(SAMPLES, sample), 'utf8');
  const document = documentOf('netstat', text);
  const hover = service.doHover(document, { line, character }, service.parse(document), settingsWith({ language }));
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover over a /proc/net hex address', () => {
  it('decodes an IPv4 local address and port', () => {
    ok(hoverAt('proc-net-tcp.txt', 1, 10).startsWith('`0100007F:1F90` is the local address **127\\.0\\.0\\.1:8080**.'), hoverAt('proc-net-tcp.txt', 1, 10));
  });

  it('decodes an IPv6 address and says what an all-zero peer means, in Chinese too', () => {
    ok(hoverAt('proc-net-tcp6.txt', 1, 12).startsWith('`00000000000000000000000000000000:08AE` is the local address **\\[::\\]:2222**.'));
    const peer = hoverAt('proc-net-tcp6.txt', 1, 50, 'zh-cn');
    ok(peer.includes('即远端地址 **\\[::\\]:\\***'), peer);
    ok(peer.includes('。对端地址全为 0、端口为 0 表示没有对端'), peer);
  });

  it('leaves the state column to the state hover', () => {
    strictEqual(hoverAt('proc-net-tcp.txt', 1, 34).split('\n')[0].startsWith('**LISTEN**'), true);
  });
});

describe('hover over the numbers of a /proc/net row', () => {
  /** The hover over field `index` (0 is the slot) of a sample's line. */
  const fieldHover = (sample: string, line: number, index: number, language: 'en' | 'zh-cn' = 'en') => {
    const lineText = readFileSync(join(SAMPLES, sample), 'utf8').split(/\r?\n/)[line];
    return hoverAt(sample, line, splitFields(lineText)[index].start + 1, language);
  };

  it('explains every column after the state of a LISTEN row, with the listener\'s meanings', () => {
    const hovers = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((index) => fieldHover('proc-net-tcp.txt', 1, index).split(':')[0]);
    deepStrictEqual(hovers, [
      '**rx_queue** `00000000` = **0**',
      '**Timer 00** — none pending. `tm->when` means nothing then.',
      '**retrnsmt** `00000000` = **0** (hex)',
      '**uid 0**',
      '**timeout 0**',
      '**inode 528381**',
      '**1**',
      '**`00000000007b8406`**',
      '**rto 100** = 1.00 s (in 1/100 s)',
      '**ato 0** = 0.00 s (in 1/100 s)',
      '**0**',
      '**cwnd 10**',
      '**0**',
    ]);
    ok(fieldHover('proc-net-tcp.txt', 1, 4).includes('wait in the accept queue for accept()'));
    ok(fieldHover('proc-net-tcp.txt', 1, 16).includes('TCP Fast Open queue limit'));
  });

  it('reads the hex queues of a connection in decimal', () => {
    ok(fieldHover('proc-net-tcp.txt', 5, 4).startsWith('**tx_queue** `00000000` = **0** and **rx_queue** `00000064` = **100** bytes (hex).'));
    ok(fieldHover('proc-net-tcp.txt', 5, 16).startsWith('**ssthresh -1**: the slow-start threshold'));
  });

  it('reads the timer: keepalive in seconds, and an orphaned FIN_WAIT2 waiting for the peer, in Chinese too', () => {
    ok(fieldHover('pasted-session.txt', 13, 5).includes('`tm->when` `000A7C4E` = 687,182 ticks of 1/100 s: it fires in **6871.82 s**.'));
    ok(fieldHover('pasted-session.txt', 13, 5).startsWith('**Timer 02** — keepalive: after `net.ipv4.tcp_keepalive_time`'));
    const orphan = fieldHover('proc-net-tcp.txt', 8, 5, 'zh-cn');
    ok(orphan.startsWith('**定时器 03** — 应用已关闭这个 FIN_WAIT2 socket'), orphan);
    ok(orphan.endsWith('`tm->when` `000016B0` = 5,808（单位 1/100 秒）：**58.08 秒**后到期。'), orphan);
  });

  it('says that inode 0 means no process holds the socket', () => {
    ok(fieldHover('proc-net-tcp.txt', 8, 9).startsWith('**inode 0**: no process holds this socket'));
  });

  it('knows the udp files end with drops, and that their timeout column is always 0', () => {
    ok(fieldHover('proc-net-udp.txt', 1, 12).startsWith('**drops 0**: datagrams this socket dropped'));
    ok(fieldHover('proc-net-udp.txt', 1, 8).startsWith('**timeout 0**: always 0 for UDP'));
    ok(fieldHover('proc-net-udp.txt', 1, 4).includes('what no longer fits is dropped and counted in the drops column'));
  });
});
