import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { socketDumpHover } from '../../server/src/core/features/hover';
import { COLUMN_DOCS } from '../../server/src/core/knowledge/columns';
import { COUNTER_DOCS } from '../../server/src/core/knowledge/counters';
import { FOREIGN_KEEPALIVE_SETTINGS } from '../../server/src/core/knowledge/keepaliveElsewhere';
import { SS_INFO_FIELDS } from '../../server/src/core/knowledge/ssInfoFields';
import { keyStatus } from '../../server/src/core/knowledge/sysctlKeys';
import { TIMER_DOCS } from '../../server/src/core/knowledge/timers';
import type { ParsedSocketDump, ProtocolCounter } from '../../server/src/core/model/socketTable';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

function text(hover: Hover | undefined): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** Hover at the first occurrence of `target` (plus `offset`) on `line` of a netstat document. */
function hoverOn(
  document: string,
  line: number,
  target: string,
  language: 'en' | 'zh-cn' | 'both' = 'en',
  dump: ParsedSocketDump = parseSocketDump(document),
): Hover | undefined {
  const lineText = document.split('\n')[line];
  const character = lineText.indexOf(target);
  ok(character >= 0, `${target} is on line ${line}`);
  return socketDumpHover(dump, line, character + 1, language);
}

function rangeOf(hover: Hover | undefined) {
  return hover?.range && [hover.range.start.character, hover.range.end.character];
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

describe('hover: column headers', () => {
  const ssHeader = 'State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process';
  const netstatHeader = 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name';

  it('explains Recv-Q and Send-Q, with what they mean on a LISTEN row in ss and in netstat', () => {
    const ssRecv = text(hoverOn(ssHeader, 0, 'Recv-Q'));
    ok(ssRecv.startsWith('**Recv-Q** — For a connected socket: bytes that have arrived'), ssRecv);
    ok(ssRecv.includes('On a **LISTEN** row `ss` shows the current length of the accept queue'));
    ok(text(hoverOn(ssHeader, 0, 'Send-Q')).includes('the backlog, `min(backlog passed to listen(), net.core.somaxconn)`'));
    const netstatSend = text(hoverOn(netstatHeader, 0, 'Send-Q'));
    ok(netstatSend.includes('Linux netstat always shows 0 here'), netstatSend);
    ok(!netstatSend.includes('`ss` shows the accept queue\'s limit'));
    deepStrictEqual(rangeOf(hoverOn(ssHeader, 0, 'Send-Q')), [18, 24]);
  });

  it('takes multi-word headers as one, longest first', () => {
    deepStrictEqual(rangeOf(hoverOn(netstatHeader, 0, 'Program')), [netstatHeader.indexOf('PID/'), netstatHeader.length]);
    ok(text(hoverOn(netstatHeader, 0, 'Program')).startsWith('**PID/Program name** — Process id and name'));
    ok(text(hoverOn(ssHeader, 0, 'Peer')).startsWith('**Peer Address:Port** — The other end'));
    ok(text(hoverOn(netstatHeader, 0, 'Foreign')).startsWith('**Foreign Address** — '));
  });

  it('finds ss columns printed without a space between them', () => {
    const glued = 'Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess';
    ok(text(hoverOn(glued, 0, 'Process')).startsWith('**Process** — Owning processes in `ss -p`'));
    ok(text(hoverOn(glued, 0, 'Netid')).startsWith('**Netid** — Socket type'));
  });

  it('covers Windows (Chinese and English), BSD and /proc/net/tcp headers', () => {
    const windowsZh = '  协议  本地地址          外部地址        状态           PID';
    const foreign = text(hoverOn(windowsZh, 0, '外部地址', 'zh-cn'));
    ok(foreign.startsWith('**外部地址** — 连接的另一端'), foreign);
    ok(text(hoverOn(windowsZh, 0, 'PID')).includes('tasklist'));
    ok(text(hoverOn('  Proto  Local Address          Foreign Address        State           PID', 0, 'PID')).includes('tasklist'));
    const bsd = 'Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)';
    ok(text(hoverOn(bsd, 0, '(state)')).startsWith('**(state)** — The TCP state'));
    ok(text(hoverOn(bsd, 0, 'Local')).includes('macOS and BSD separate the port with a dot'));
    const proc = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
    ok(text(hoverOn(proc, 0, 'tm->when')).startsWith('**tm->when** — `/proc/net/tcp`: time until that timer fires'));
    ok(text(hoverOn(proc, 0, ' st ')).includes('`0A` LISTEN'));
    ok(text(hoverOn(proc, 0, 'local_address')).includes('`0100007F:1F90` is 127.0.0.1'));
    ok(text(hoverOn(proc, 0, 'retrnsmt')).includes('tcp_retries2'));
  });

  it('explains a row\'s numbers as values, not as column headers, and stays silent on a stray column word', () => {
    const rows = 'tcp        0      0 10.0.0.5:22             10.0.0.9:50000          ESTABLISHED';
    ok(text(hoverOn(rows, 0, '0')).startsWith('**Recv-Q 0** —'));
    strictEqual(hoverOn('the Process was killed', 0, 'Process'), undefined);
  });

  it('has every column in both languages', () => {
    for (const doc of COLUMN_DOCS) {
      ok(HAS_CHINESE.test(doc.meaning.zh) && !HAS_CHINESE.test(doc.meaning.en), doc.headers[0]);
      for (const note of Object.values(doc.inTable ?? {})) {
        ok(HAS_CHINESE.test(note.zh) && !HAS_CHINESE.test(note.en), doc.headers[0]);
      }
    }
  });
});

describe('hover: timers', () => {
  it('reads the three numbers of netstat -o', () => {
    const row = 'tcp        0      0 10.0.0.5:22             10.0.0.9:50000          ESTABLISHED keepalive (7187.12/0/0)';
    const hover = hoverOn(row, 0, 'keepalive');
    ok(text(hover).startsWith('**`keepalive (7187.12/0/0)`** — fires in 7187\\.12 s; 0 retransmission timeouts in a row; 0 unanswered probes.'), text(hover));
    ok(text(hover).includes('The three numbers: seconds until the timer fires'));
    ok(text(hover).includes('`net.ipv4.tcp_keepalive_time`'));
    deepStrictEqual(rangeOf(hover), [row.indexOf('keepalive'), row.length]);
    const retransmit = 'tcp        0   1448 10.0.0.5:443            10.0.0.9:50001          ESTABLISHED on (0.20/3/0)';
    ok(text(hoverOn(retransmit, 0, 'on (')).includes('3 retransmission timeouts in a row'));
    ok(text(hoverOn(retransmit, 0, '0.20')).includes('The retransmission timer is running'));
    ok(text(hoverOn('tcp 0 0 1.2.3.4:5 6.7.8.9:10 ESTABLISHED off (0.00/0/0)', 0, 'off')).startsWith('**`off (0.00/0/0)`** — no timer pending.'));
    ok(text(hoverOn('tcp 0 0 1.2.3.4:5 6.7.8.9:10 TIME_WAIT timewait (59.84/0/0)', 0, 'timewait')).includes('fixed at 60 s on Linux'));
    ok(text(hoverOn('tcp 0 0 1.2.3.4:5 6.7.8.9:10 ESTABLISHED probe (1.20/0/2)', 0, 'probe')).includes('zero receive window'));
  });

  it('reads ss -o timers in both languages', () => {
    const row = 'ESTAB 0 0 10.0.0.5:22 10.0.0.9:50000 timer:(keepalive,119min,0)';
    ok(text(hoverOn(row, 0, 'timer')).startsWith('**`timer:(keepalive,119min,0)`** — fires in 119min; counter 0.'));
    const zh = text(hoverOn('ESTAB 0 4096 10.0.0.5:22 10.0.0.9:50000 timer:(on,200ms,3)', 0, 'on,', 'zh-cn'));
    ok(zh.startsWith('**`timer:(on,200ms,3)`** — 200 毫秒后触发；计数为 3。'), zh);
    ok(zh.includes('重传定时器'));
    ok(text(hoverOn('ESTAB 0 9000 10.0.0.5:22 10.0.0.9:50000 timer:(persist,1.2sec,0)', 0, 'persist')).includes('zero-window probe (persist) timer'));
  });

  it('has every timer in both languages, pointing at real settings', () => {
    for (const doc of Object.values(TIMER_DOCS)) {
      ok(HAS_CHINESE.test(doc.meaning.zh) && HAS_CHINESE.test(doc.concern.zh) && HAS_CHINESE.test(doc.counter.zh));
      for (const key of doc.relatedKeys) {
        ok(keyStatus(key).kind !== 'unknown', key);
      }
    }
  });
});

describe('hover: ss -i, -e and -m fields', () => {
  const dump = [
    'State Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
    'ESTAB 0      0      10.0.0.5:22        10.0.0.9:50000     uid:1000 ino:4242 sk:1 <->',
    '\t skmem:(r0,rb131072,t0,tb2626560,f0,w0,o0,bl0,d0) cubic wscale:7,7 rto:204 rtt:0.05/0.025 mss:1448 cwnd:10 send 52428.8Mbps lastsnd:4 rwnd_limited:12ms(3.4%) retrans:0/12 app_limited',
  ].join('\n');

  it('explains name:value fields with the value as printed', () => {
    const rtt = hoverOn(dump, 2, 'rtt:');
    ok(text(rtt).startsWith('**`rtt:0.05/0.025`** — Smoothed round-trip time'), text(rtt));
    ok(text(rtt).includes('**When to worry:** Far above `minrtt`'));
    const line = dump.split('\n')[2];
    deepStrictEqual(rangeOf(rtt), [line.indexOf('rtt:'), line.indexOf('rtt:') + 'rtt:0.05/0.025'.length]);
    ok(text(hoverOn(dump, 2, 'retrans')).startsWith('**`retrans:0/12`** — Unacknowledged retransmitted segments now / total'));
    ok(text(hoverOn(dump, 2, 'rwnd_limited')).includes('peer\'s receive window'));
  });

  it('joins `send 52428.8Mbps` whichever half is hovered, and explains flags', () => {
    ok(text(hoverOn(dump, 2, 'send')).startsWith('**`send 52428.8Mbps`** — Theoretical sending rate'));
    ok(text(hoverOn(dump, 2, '52428')).startsWith('**`send 52428.8Mbps`**'));
    ok(text(hoverOn(dump, 2, 'cubic')).startsWith('**`cubic`** — Congestion control algorithm: CUBIC'));
    ok(text(hoverOn(dump, 2, 'app_limited', 'zh-cn')).startsWith('**`app_limited`** — 标记'));
  });

  it('reads skmem item by item', () => {
    const skmem = text(hoverOn(dump, 2, 'skmem'));
    ok(skmem.includes('`r` = 0 · `rb` = 131072 · `t` = 0 · `tb` = 2626560 · `f` = 0 · `w` = 0 · `o` = 0 · `bl` = 0 · `d` = 0'), skmem);
  });

  it('explains -e fields on the row itself, and leaves the row\'s other words alone', () => {
    ok(text(hoverOn(dump, 1, 'uid:')).startsWith('**`uid:1000`** — User id'));
    ok(text(hoverOn(dump, 1, 'ino:')).startsWith('**`ino:4242`** — Inode'));
    ok(text(hoverOn(dump, 1, 'ESTAB')).startsWith('**ESTABLISHED** — '));
  });

  it('has every field in both languages', () => {
    for (const [name, doc] of Object.entries(SS_INFO_FIELDS)) {
      ok(HAS_CHINESE.test(doc.meaning.zh) && !HAS_CHINESE.test(doc.meaning.en), name);
      ok(!doc.concern || HAS_CHINESE.test(doc.concern.zh), name);
    }
  });
});

describe('hover: netstat -s and nstat counters', () => {
  const statistics = ['TcpExt:', '    1234 times the listen queue of a socket overflowed', '    17 SYNs to LISTEN sockets dropped'].join('\n');

  /** The parse of `statistics` with other counters: the hover reads the line from the parse's own text. */
  function withCounters(counters: ProtocolCounter[]): ParsedSocketDump {
    return Object.assign(parseSocketDump(statistics), { counters });
  }

  it('explains the counter the parser found on the line, with its value', () => {
    const dump = withCounters([
      { line: 1, group: 'TcpExt', name: 'ListenOverflows', value: 1234, span: { start: 4, end: 54 } },
      { line: 2, group: 'TcpExt', name: 'ListenDrops', value: 17, span: { start: 4, end: 33 } },
    ]);
    const overflows = hoverOn(statistics, 1, 'listen queue', 'en', dump);
    ok(text(overflows).startsWith('**TcpExt ListenOverflows** — Completed handshakes dropped because the listener\'s accept queue was full.'));
    ok(text(overflows).includes('**Related settings:** `net.core.somaxconn`, `net.ipv4.tcp_abort_on_overflow`'));
    ok(text(overflows).includes('*Value in this document: 1234.'));
    deepStrictEqual(rangeOf(overflows), [4, 54]);
    const drops = text(hoverOn(statistics, 2, 'SYNs', 'zh-cn', dump));
    ok(drops.startsWith('**TcpExt ListenDrops** — 监听 socket 因任何原因丢弃'), drops);
    ok(drops.includes('本文档中的值：17。'));
  });

  it('stays silent on counters it does not document and when the parser found none', () => {
    const dump = withCounters([{ line: 1, group: 'TcpExt', name: 'TCPHPAcks', value: 1, span: { start: 4, end: 54 } }]);
    strictEqual(hoverOn(statistics, 1, 'listen', 'en', dump), undefined);
    strictEqual(hoverOn(statistics, 1, 'listen', 'en', withCounters([])), undefined);
  });

  it('reads nstat names and the name rows of /proc/net/netstat without help from the parser', () => {
    const nstat = '#kernel\nTcpExtListenOverflows           12                 0.0\nUdp6RcvbufErrors                3                  0.0\nTcpRetransSegs 490 0.0';
    ok(text(hoverOn(nstat, 1, 'TcpExtListenOverflows')).startsWith('**TcpExt ListenOverflows** — '));
    ok(text(hoverOn(nstat, 2, 'Udp6')).startsWith('**Udp RcvbufErrors** — Datagrams dropped because the socket\'s receive buffer was full.'));
    ok(text(hoverOn(nstat, 3, 'Retrans')).startsWith('**Tcp RetransSegs** — '));
    const names = 'TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts ListenOverflows';
    ok(text(hoverOn(names, 0, 'EmbryonicRsts')).startsWith('**TcpExt EmbryonicRsts** — RSTs received for half-open'));
    strictEqual(hoverOn('Tcp: RtoAlgorithm', 0, 'Tcp'), undefined);
  });

  it('documents the incident counters, in both languages, pointing at real settings', () => {
    const names = new Set(COUNTER_DOCS.map((doc) => `${doc.group}:${doc.name}`));
    for (const expected of [
      'Tcp:ActiveOpens', 'Tcp:PassiveOpens', 'Tcp:AttemptFails', 'Tcp:EstabResets', 'Tcp:CurrEstab', 'Tcp:InSegs', 'Tcp:OutSegs',
      'Tcp:RetransSegs', 'Tcp:InErrs', 'Tcp:OutRsts', 'Tcp:InCsumErrors', 'TcpExt:ListenOverflows', 'TcpExt:ListenDrops',
      'TcpExt:TCPTimeWaitOverflow', 'TcpExt:TWRecycled', 'TcpExt:TW', 'TcpExt:TWKilled', 'TcpExt:TCPAbortOnData',
      'TcpExt:TCPAbortOnClose', 'TcpExt:TCPAbortOnMemory', 'TcpExt:TCPAbortOnTimeout', 'TcpExt:TCPAbortOnLinger',
      'TcpExt:TCPBacklogDrop', 'TcpExt:TCPRcvQDrop', 'TcpExt:TCPReqQFullDrop', 'TcpExt:TCPReqQFullDoCookies',
      'TcpExt:SyncookiesSent', 'TcpExt:SyncookiesRecv', 'TcpExt:SyncookiesFailed', 'TcpExt:TCPMemoryPressures',
      'TcpExt:PruneCalled', 'TcpExt:RcvPruned', 'TcpExt:OfoPruned', 'TcpExt:TCPLostRetransmit', 'TcpExt:TCPSynRetrans',
      'TcpExt:TCPTimeouts', 'TcpExt:TCPKeepAlive', 'TcpExt:EmbryonicRsts', 'TcpExt:PAWSActive', 'TcpExt:PAWSEstab',
      'Udp:InErrors', 'Udp:RcvbufErrors', 'Udp:SndbufErrors', 'Udp:NoPorts',
    ]) {
      ok(names.has(expected), expected);
    }
    for (const doc of COUNTER_DOCS) {
      ok(HAS_CHINESE.test(doc.meaning.zh) && HAS_CHINESE.test(doc.pointsTo.zh) && !HAS_CHINESE.test(doc.meaning.en), doc.name);
      for (const key of doc.relatedKeys) {
        ok(keyStatus(key).kind !== 'unknown', `${doc.name}: ${key}`);
      }
    }
  });
});

describe('hover: state words of every tool', () => {
  it('explains UDP\'s UNCONN and ESTAB as UDP, and TCP\'s UNCONN as CLOSED', () => {
    const udp = 'Netid State  Recv-Q Send-Q Local Address:Port Peer Address:Port\nudp   UNCONN 0      0      0.0.0.0:68         0.0.0.0:*\nudp   ESTAB  0      0      10.0.0.5:41000     8.8.8.8:53\ntcp   UNCONN 0      0      0.0.0.0:5000       0.0.0.0:*';
    ok(text(hoverOn(udp, 1, 'UNCONN')).startsWith('**UNCONN** (not a TCP state) — An unconnected UDP socket'));
    ok(text(hoverOn(udp, 2, 'ESTAB')).startsWith('**ESTAB** (not a TCP state) — A "connected" UDP socket'));
    ok(text(hoverOn(udp, 3, 'UNCONN')).startsWith('**CLOSED** — '));
    ok(text(hoverOn('udp4       0      0  *.5353                 *.*                    CLOSED', 0, 'CLOSED')).includes('UDP has no states'));
  });

  it('reads lower-case states in an ss filter on a prompt line, and nowhere else', () => {
    const session = '$ ss -tn state time-wait\nRecv-Q Send-Q Local Address:Port Peer Address:Port\nthe listen queue';
    ok(text(hoverOn(session, 0, 'time-wait')).startsWith('**TIME_WAIT** — '));
    strictEqual(hoverOn(session, 2, 'listen'), undefined);
  });

  it('explains Windows BOUND and DELETE_TCB, and the kernel\'s NEW_SYN_RECV', () => {
    const windows = '  TCP    0.0.0.0:50000          0.0.0.0:0              BOUND           4242';
    ok(text(hoverOn(windows, 0, 'BOUND')).includes('ephemeral ports'));
    ok(text(hoverOn('  TCP    10.0.0.5:50001   10.0.0.9:443   DELETE_TCB   4242', 0, 'DELETE_TCB')).includes('control block'));
    ok(text(hoverOn('NEW_SYN_RECV', 0, 'NEW_SYN_RECV')).startsWith('**SYN_RECV** — '));
  });

  it('reads the hex state code of a /proc/net/tcp row, and only in the st column', () => {
    const proc = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 12345 1 0000000000000000 100 0 0 10 0',
      '   1: 0100007F:1F90 0100007F:C350 06 00000000:00000000 03:00001770 00000000     0        0 0 3 0000000000000000',
    ].join('\n');
    const listen = hoverOn(proc, 1, ' 0A ');
    ok(text(listen).startsWith('**LISTEN** — '), text(listen));
    ok(text(listen).includes('*`0A` in the `st` column of /proc/net/tcp*'));
    deepStrictEqual(rangeOf(listen), [proc.split('\n')[1].indexOf(' 0A ') + 1, proc.split('\n')[1].indexOf(' 0A ') + 3]);
    ok(text(hoverOn(proc, 2, ' 06 ', 'zh-cn')).includes('/proc/net/tcp 的 `st` 列中的 `06`'));
    // The queues column holds hex too, but its hover reads the queues, not a state.
    ok(text(hoverOn(proc, 1, '00000000:00000000')).startsWith('**rx_queue** `00000000` = **0**'));
  });

  it('ends every state hover with the state diagram, in the reader\'s language', () => {
    const en = text(hoverOn('ESTAB 0 0', 0, 'ESTAB'));
    ok(en.includes('**State diagram:**\n\n```text\nclient (active opener)'));
    ok(en.includes('FIN_WAIT1    ---- FIN --------------->   CLOSE_WAIT    client calls close()'));
    ok(en.includes('Both close at once:  FIN_WAIT1 -> CLOSING -> TIME_WAIT'));
    const zh = text(hoverOn('ESTAB 0 0', 0, 'ESTAB', 'zh-cn'));
    ok(zh.includes('**状态图：**\n\n```text\n客户端（主动打开）'));
    ok(zh.includes('双方同时关闭：FIN_WAIT1 -> CLOSING -> TIME_WAIT'));
  });
});

describe('hover: keepalive settings of other products in sysctl files', () => {
  function sysctlHover(content: string, target: string, language: 'en' | 'zh-cn' = 'en') {
    const document = documentOf('sysctl', content);
    const lines = content.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(target));
    return service.doHover(document, { line, character: lines[line].indexOf(target) + 1 }, service.parse(document), settingsWith({ language, hoverDetail: 'full' }));
  }

  it('explains Apache, Java and F5 names, whole words only', () => {
    const pasted = 'KeepAlive On\nMaxKeepAliveRequests 100\nKeepAliveTimeout 5\nhttp.maxConnections=5\n# F5 tcp profile: Idle Timeout 300\nnet.ipv4.tcp_keepalive_time = 600';
    ok(text(sysctlHover(pasted, 'KeepAlive On')).startsWith('**KeepAlive** (Apache httpd) — `KeepAlive On|Off` (default On)'));
    ok(text(sysctlHover(pasted, 'KeepAliveTimeout')).startsWith('**KeepAliveTimeout** (Apache httpd) — `KeepAliveTimeout 5`'));
    ok(text(sysctlHover(pasted, 'MaxKeepAlive')).includes('**Compared with Linux:**'));
    const java = text(sysctlHover(pasted, 'http.max', 'zh-cn'));
    ok(java.startsWith('**http\\.maxConnections**（Java (HttpURLConnection)） — 系统属性'), java);
    ok(java.includes('*不是 Linux sysctl 参数。*'));
    ok(text(sysctlHover(pasted, 'Idle Timeout')).includes('300 s by default'));
    ok(text(sysctlHover(pasted, 'tcp_keepalive_time')).startsWith('**net\\.ipv4\\.tcp\\_keepalive\\_time** — '));
  });

  it('has every product setting in both languages', () => {
    for (const setting of FOREIGN_KEEPALIVE_SETTINGS) {
      ok(HAS_CHINESE.test(setting.meaning.zh) && HAS_CHINESE.test(setting.linux.zh), setting.names[0]);
    }
  });
});

describe('hover on real captures', () => {
  function fixtureHover(name: string, line: number, target: string, language: 'en' | 'zh-cn' = 'en') {
    return text(hoverOn(readFixture('samples', name), line, target, language));
  }

  it('explains ss -tmi fields, bbr included', () => {
    ok(fixtureHover('ss-tmi.txt', 2, 'bbr:(').startsWith('**`bbr:(bw:52.4Gbps,mrtt:0.005,pacing_gain:2.88672,cwnd_gain:2.88672)`** — Congestion control algorithm: BBR'));
    ok(fixtureHover('ss-tmi.txt', 2, 'pacing_rate').startsWith('**`pacing_rate 227Gbps`** — '));
    ok(fixtureHover('ss-tmi.txt', 4, 'r832').includes('`r` = 832'));
    ok(fixtureHover('ss-tmi.txt', 0, 'Recv-Q').includes('On a **LISTEN** row `ss`'));
  });

  it('explains the -e and -o columns of Linux netstat, and the timer of a row', () => {
    ok(fixtureHover('netstat-antpeo-small.txt', 1, 'User').startsWith('**User** — Owner of the socket'));
    ok(fixtureHover('netstat-antpeo-small.txt', 1, 'Inode').includes('socket:\\[<inode>\\]'));
    ok(fixtureHover('netstat-antpeo-small.txt', 1, 'Timer').startsWith('**Timer** — '));
    ok(fixtureHover('netstat-antpeo-small.txt', 2, 'off (').startsWith('**`off (0.00/0/0)`** — no timer pending.'));
    ok(fixtureHover('netstat-antpeo-small.txt', 2, 'LISTEN').startsWith('**LISTEN** — '));
  });

  it('explains the columns of macOS, FreeBSD and Chinese Windows netstat', () => {
    ok(fixtureHover('macos-netstat-an.txt', 1, '(state)').startsWith('**(state)** — '));
    ok(fixtureHover('freebsd-netstat-Aa.txt', 1, 'Tcpcb').startsWith('**Tcpcb** — FreeBSD `netstat -A`'));
    ok(fixtureHover('freebsd-netstat-AaT.txt', 1, '0-win').startsWith('**0-win** — FreeBSD `netstat -T`: zero-window'));
    ok(fixtureHover('windows-netstat-anob-zh.txt', 3, '本地地址', 'zh-cn').startsWith('**本地地址** — 本机这一端的地址和端口'));
    ok(fixtureHover('windows-netstat-anob-zh.txt', 4, 'LISTENING').startsWith('**LISTEN** — '));
  });

  it('reads /proc/net/udp state codes as UDP, not as TCP states', () => {
    ok(fixtureHover('proc-net-udp.txt', 1, ' 07 ').startsWith('**07** (not a TCP state) — An unconnected UDP socket'));
    ok(fixtureHover('proc-net-udp.txt', 2, ' 01 ').startsWith('**01** (not a TCP state) — A "connected" UDP socket'));
    ok(fixtureHover('proc-net-tcp.txt', 1, ' 0A ').startsWith('**LISTEN** — '));
  });

  it('explains netstat -s lines through the parser\'s counters', () => {
    const openings = fixtureHover('netstat-s.txt', 16, 'active connection openings');
    ok(openings.startsWith('**Tcp ActiveOpens** — Connections this host opened'), openings);
    ok(openings.includes('*Value in this document: 5.'));
    ok(fixtureHover('nstat-az-excerpt.txt', 1, 'TcpActiveOpens').startsWith('**Tcp ActiveOpens** — '));
  });
});
