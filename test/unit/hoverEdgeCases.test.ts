import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import { readFixture } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

/**
 * Hovers and completions a new user met while trying the product on real pastes: socket families
 * other than TCP, a FIN_WAIT2 timer, Chinese layout of the key facts, VLAN interface names.
 */

function hoverText(hover: Hover | undefined): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

function hoverOn(languageId: 'netstat' | 'sysctl', text: string, line: number, word: string, language: 'en' | 'zh-cn' = 'en'): string {
  const document = documentOf(languageId, text);
  const lineText = text.split(/\r?\n/)[line];
  const character = lineText.indexOf(word) + 1;
  ok(character > 0, `${word} on line ${line}`);
  return hoverText(service.doHover(document, { line, character }, service.parse(document), settingsWith({ language, hoverDetail: 'full' })));
}

function lineOf(text: string, fragment: string): number {
  const line = text.split(/\r?\n/).findIndex((candidate) => candidate.includes(fragment));
  ok(line >= 0, fragment);
  return line;
}

describe('hover edge cases', () => {
  it('a netlink row\'s UNCONN in ss -a is not explained as TCP CLOSED', () => {
    const text = readFixture('samples', 'ss-a.txt');
    const line = lineOf(text, 'rtnl:kernel');
    const en = hoverOn('netstat', text, line, 'UNCONN');
    ok(en.startsWith('**UNCONN** (not a TCP state) — `ss` borrows this word for a socket of another family.'), en.slice(0, 120));
    ok(!en.includes('CLOSED') && !en.includes('TCP sockets'), en);
    const zh = hoverOn('netstat', text, line, 'UNCONN', 'zh-cn');
    ok(zh.startsWith('**UNCONN**（不是 TCP 状态） — `ss` 借用这个词来描述其他协议族的 socket。'), zh.slice(0, 120));
  });

  it('a connected UDP row of net-tools netstat (ESTABLISHED) is explained as UDP, not as a TCP connection', () => {
    const text = readFixture('samples', 'netstat-a-resolved.txt');
    const line = lineOf(text, 'localhost:36251');
    const en = hoverOn('netstat', text, line, 'ESTABLISHED');
    ok(en.startsWith('**ESTABLISHED** (not a TCP state) — A "connected" UDP socket'), en.slice(0, 120));
    ok(en.includes('Linux `netstat`, UDP rows'), en);
    const zh = hoverOn('netstat', text, line, 'ESTABLISHED', 'zh-cn');
    ok(zh.startsWith('**ESTABLISHED**（不是 TCP 状态） — "已连接"的 UDP socket'), zh.slice(0, 120));
    ok(zh.includes('Linux `netstat` 的 UDP 行'), zh);
  });

  it('the State column says that Linux netstat prints ESTABLISHED for a connected UDP socket', () => {
    const text = readFixture('samples', 'netstat-a-resolved.txt');
    const en = hoverOn('netstat', text, lineOf(text, 'Proto Recv-Q'), 'State');
    ok(en.includes('Linux netstat leaves the column empty or prints `ESTABLISHED` (after `connect()`)'), en);
  });

  it('TCP rows keep the full TCP state hover', () => {
    const text = readFixture('samples', 'netstat-a-resolved.txt');
    const en = hoverOn('netstat', text, lineOf(text, 'CLOSE_WAIT'), 'CLOSE_WAIT');
    ok(en.startsWith('**CLOSE_WAIT** — '), en.slice(0, 40));
  });

  it('a timewait timer on a FIN_WAIT2 row counts down tcp_fin_timeout, in netstat -o and ss -o', () => {
    for (const [file, timer] of [
      ['netstat-antpeo-small.txt', 'timewait ('],
      ['ss-tanpoie-small.txt', 'timer:(timewait'],
    ]) {
      const text = readFixture('samples', file);
      const line = lineOf(text, 'FIN');
      const en = hoverOn('netstat', text, line, timer);
      ok(en.includes('On a FIN_WAIT2 row this timer is not TIME_WAIT: the application has already closed the socket (an orphan)'), `${file}: ${en}`);
      ok(en.includes('`net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_max_orphans`'), en);
      const zh = hoverOn('netstat', text, line, timer, 'zh-cn');
      ok(zh.includes('出现在 FIN_WAIT2 行上时，这个定时器并不是 TIME_WAIT'), zh);
    }
  });

  it('a timewait timer on a TIME_WAIT row is still the 2×MSL timer', () => {
    const row = 'tcp        0      0 10.0.0.1:40000          10.0.0.9:5432           TIME_WAIT   -                    timewait (42.10/0/0)';
    const en = hoverOn('netstat', row, 0, 'timewait (');
    ok(en.includes('The TIME_WAIT timer: the socket closed first and waits out 2×MSL'), en);
  });

  it('TIME_WAIT on a Windows or BSD row says where that system sets its length; a Linux row does not', () => {
    const windows = readFixture('samples', 'windows-netstat-anob-zh.txt');
    const onWindows = hoverOn('netstat', windows, lineOf(windows, 'TIME_WAIT'), 'TIME_WAIT', 'zh-cn');
    ok(onWindows.includes('*这一行来自 Windows，上面说的 60 秒并不适用：TIME_WAIT 的时长由注册表'), onWindows);
    const mac = readFixture('samples', 'macos-netstat-an.txt');
    const onMac = hoverOn('netstat', mac, lineOf(mac, 'TIME_WAIT'), 'TIME_WAIT');
    ok(onMac.includes('*This row comes from macOS or BSD, where the 60 s above does not apply: TIME_WAIT lasts twice `net.inet.tcp.msl`'), onMac);
    const linux = hoverOn('netstat', 'tcp        0      0 10.0.0.1:40000          10.0.0.9:5432           TIME_WAIT', 0, 'TIME_WAIT');
    ok(linux.startsWith('**TIME_WAIT** — ') && !linux.includes('This row comes from'), linux.slice(0, 80));
  });

  it('a key\'s facts read naturally in Chinese: full-width brackets and colons, 、 between related keys', () => {
    const zh = hoverOn('sysctl', 'net.core.somaxconn = 4096', 0, 'somaxconn', 'zh-cn');
    ok(zh.includes('| 默认值 | `4096`（Linux 5.4 中由 128 改为 4096） |'), zh);
    ok(zh.includes('**相关参数：** `net.ipv4.tcp_max_syn_backlog`、`net.ipv4.tcp_abort_on_overflow`、`net.ipv4.tcp_syncookies`'), zh);
    const en = hoverOn('sysctl', 'net.core.somaxconn = 4096', 0, 'somaxconn');
    ok(en.includes('| Default | `4096` (changed in 5.4: 128 → 4096) |'), en);
    ok(en.includes('**Related:** `net.ipv4.tcp_max_syn_backlog`, `net.ipv4.tcp_abort_on_overflow`, `net.ipv4.tcp_syncookies`'), en);
  });

  it('a value hover puts no blank after the Chinese colon', () => {
    const zh = hoverOn('sysctl', 'net.core.somaxconn = 512', 0, '512', 'zh-cn');
    strictEqual(zh, '**net\\.core\\.somaxconn = 512**\n\n单位：个连接\n\n默认值：`4096`');
    const en = hoverOn('sysctl', 'net.core.somaxconn = 512', 0, '512');
    strictEqual(en, '**net\\.core\\.somaxconn = 512**\n\nUnit: connections\n\nDefault: `4096`');
  });
});

describe('netstat -s counter hovers', () => {
  it('explain every counter line of a real netstat -s, IP and ICMP included', () => {
    const text = readFixture('real', 'listen-overflow', 'netstat-s.txt');
    const document = documentOf('netstat', text);
    const parsed = service.parse(document);
    const counterLines = text.split('\n').flatMap((lineText, line) => (/^\s+(\d+ |\w+: \d)/.test(lineText) ? [{ lineText, line }] : []));
    strictEqual(counterLines.length, 68);
    const silent = counterLines.filter(({ lineText, line }) => !service.doHover(document, { line, character: lineText.search(/\S/) + 3 }, parsed, settingsWith()));
    deepStrictEqual(silent, []);
  });

  it('do not tell to watch a setting or a current value grow since boot', () => {
    const text = readFixture('real', 'listen-overflow', 'netstat-s.txt');
    const line = lineOf(text, 'Forwarding: 2');
    strictEqual(
      hoverOn('netstat', text, line, 'Forwarding'),
      '**Ip Forwarding** — Whether this host routes IPv4 packets between interfaces: 1 yes, 2 no; it follows `net.ipv4.ip_forward`.\n\n**How to read it:** A setting or a current value, not an event counter.\n\n**Related settings:** `net.ipv4.ip_forward`\n\n*Value in this document: 2.*',
    );
    const zh = hoverOn('netstat', text, line, 'Forwarding', 'zh-cn');
    ok(zh.includes('**怎么看：**') && zh.endsWith('*本文档中的值：2。*'), zh);
    const counter = hoverOn('netstat', text, lineOf(text, 'SYNs to LISTEN'), 'SYNs');
    ok(counter.includes('**When it grows:**') && counter.endsWith('Counters add up since boot: compare two snapshots (`nstat` shows the change since its last run).*'), counter);
  });
});

describe('ss -s hovers', () => {
  const summary = readFixture('real', 'listen-overflow', 'ss-s.txt');

  it('explain each number of the TCP line, the confusing "closed" first', () => {
    const line = lineOf(summary, 'TCP:   21');
    const closed = hoverOn('netstat', summary, line, 'closed');
    ok(closed.startsWith('**`closed 17`** (`ss -s`) — Not a count of any state but a difference: TCP sockets that exist yet sit in no lookup table.'), closed);
    ok(hoverOn('netstat', summary, line, 'estab').startsWith('**`estab 3`** (`ss -s`) — Connections in ESTABLISHED **or CLOSE_WAIT**'));
    ok(hoverOn('netstat', summary, line, 'orphaned').includes('The count is kernel-wide, not per network namespace.'));
    ok(hoverOn('netstat', summary, line, 'timewait').includes('plus orphaned FIN_WAIT2 sockets'));
    ok(hoverOn('netstat', summary, line, 'TCP:').startsWith('**`TCP:   21`** (`ss -s`) — Every TCP socket the kernel holds, TIME_WAIT included'));
    const zh = hoverOn('netstat', summary, line, 'closed', 'zh-cn');
    ok(zh.startsWith('**`closed 17`**（`ss -s`） — 这不是某个状态的计数，而是算出来的差值'), zh);
  });

  it('explain the Total line and the rows of the transport table, and nothing outside ss -s', () => {
    ok(hoverOn('netstat', summary, lineOf(summary, 'Total:'), 'Total').startsWith('**`Total: 4`** (`ss -s`) — Sockets of every family in use'));
    ok(hoverOn('netstat', summary, lineOf(summary, 'FRAG'), 'FRAG').startsWith('**`FRAG`** (`ss -s`) — IP packets waiting to be reassembled'));
    const sockstat = 'sockets: used 182\nTCP: inuse 5 orphan 0 tw 2 alloc 7 mem 1\nRAW: inuse 0\n';
    strictEqual(hoverOn('netstat', sockstat, 1, 'TCP:'), '', '/proc/net/sockstat is not ss -s');
    strictEqual(hoverOn('netstat', sockstat, 2, 'RAW'), '');
  });
});

describe('completion edge cases', () => {
  function complete(lineText: string): CompletionItem[] {
    const document = documentOf('sysctl', lineText);
    return service.doComplete(document, { line: 0, character: lineText.length }, service.parse(document), settingsWith());
  }

  it('names the full key of a VLAN interface the way the file spells it', () => {
    const dotted = complete('net.ipv4.conf.eth0/100.rp').find((item) => item.label === 'rp_filter');
    strictEqual(dotted?.detail, 'net.ipv4.conf.eth0/100.rp_filter — default 0');
    const slashed = complete('net/ipv4/conf/eth0.100/rp').find((item) => item.label === 'rp_filter');
    strictEqual(slashed?.detail, 'net/ipv4/conf/eth0.100/rp_filter — default 0');
  });
});

describe('describeKey edge cases', () => {

  it('answers the dotted, slashed and VLAN spellings alike, and null for nonsense', () => {
    deepStrictEqual(
      ['net/ipv4/conf/eth0.100/rp_filter', 'net.ipv4.conf.eth0/100.rp_filter'].map((key) => service.describeKey(key)?.key),
      ['net.ipv4.conf.eth0/100.rp_filter', 'net.ipv4.conf.eth0/100.rp_filter'],
    );
    deepStrictEqual(['', ' ', 'net', '__proto__', 'net..ipv4', 'net.ipv4.tcp_keepalive_time.'].map((key) => service.describeKey(key)), [null, null, null, null, null, null]);
    strictEqual(service.describeKey('net.ipv4.tcp_tw_recycle')?.removedIn, '4.12');
  });
});

describe('links to the kernel documentation', () => {
  it('point every documented directory at its own page, MPTCP and user namespaces included', () => {
    const link = (line: string) => /\[Kernel documentation\]\((.+)\)$/.exec(hoverOn('sysctl', line, 0, line.split(' ')[0]))?.[1];
    deepStrictEqual(
      ['net.mptcp.enabled = 1', 'user.max_net_namespaces = 1000', 'abi.vsyscall32 = 1', 'debug.exception-trace = 1', 'net.nf_conntrack_max = 65536', 'net.ipv4.tcp_fin_timeout = 30'].map(link),
      [
        'https://docs.kernel.org/networking/mptcp-sysctl.html',
        'https://docs.kernel.org/admin-guide/sysctl/user.html',
        'https://docs.kernel.org/admin-guide/sysctl/abi.html',
        'https://docs.kernel.org/admin-guide/sysctl/debug.html',
        'https://docs.kernel.org/networking/nf_conntrack-sysctl.html',
        'https://docs.kernel.org/networking/ip-sysctl.html',
      ],
    );
  });
});
