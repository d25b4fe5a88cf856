import type { Hover } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import type { SocketRow } from '../model/socketTable';
import type { ProcFieldToken } from './dumpTokens';
import { bilingual, markdownHover, pick } from './hoverMarkdown';
import { hexPair, PROC_COLUMNS } from './tokens/rowTokens';

/**
 * Hover over the numbers of a /proc/net/tcp or udp row after its state: the queues, the timer and
 * when it fires, retransmits, uid, probes, inode and the TCP extras (rto, ato, cwnd, ssthresh) or
 * UDP's drops, each read out in decimal and seconds. Which column means what follows the kernel's
 * seq_printf for these files (net/ipv4/tcp_ipv4.c, udp.c); addresses and the state have hovers of
 * their own.
 */

const TEXTS = {
  queues: {
    en: '**tx_queue** `{txHex}` = **{tx}** and **rx_queue** `{rxHex}` = **{rx}** bytes (hex). tx_queue is what was sent and not yet acknowledged by the peer, printed by ss and netstat as Send-Q; rx_queue is what arrived and the application has not read yet, their Recv-Q.',
    zh: '**tx_queue** `{txHex}` = **{tx}**，**rx_queue** `{rxHex}` = **{rx}** 字节（十六进制）。tx_queue 是已发出、对端还没确认的数据，即 ss、netstat 中的 Send-Q；rx_queue 是已到达、应用还没读走的数据，即 Recv-Q。',
  },
  listenQueues: {
    en: '**rx_queue** `{rxHex}` = **{rx}**: on a LISTEN socket this counts connections that finished the handshake and wait in the accept queue for accept() (ss prints it as Recv-Q). tx_queue stays 0; the backlog is not in /proc, `ss -ltn` shows it as Send-Q.',
    zh: '**rx_queue** `{rxHex}` = **{rx}**：对 LISTEN socket，这是已完成三次握手、在全连接队列中等待 accept() 的连接数（ss 显示为 Recv-Q）。tx_queue 恒为 0；backlog 不在 /proc 里，`ss -ltn` 的 Send-Q 才是。',
  },
  udpQueues: {
    en: '**tx_queue** `{txHex}` = **{tx}** and **rx_queue** `{rxHex}` = **{rx}** bytes (hex): memory held by datagrams being sent, and datagrams waiting to be read (Send-Q and Recv-Q in ss and netstat). An rx_queue that stays high means the application reads too slowly; what no longer fits is dropped and counted in the drops column.',
    zh: '**tx_queue** `{txHex}` = **{tx}**，**rx_queue** `{rxHex}` = **{rx}** 字节（十六进制）：正在发送的数据报占用的内存，以及等待读取的数据报（即 ss、netstat 中的 Send-Q 和 Recv-Q）。rx_queue 持续偏高说明应用读得太慢，放不下的数据报会被丢弃，计入 drops 列。',
  },
  timer: {
    en: '**Timer {code}** — {kind}.',
    zh: '**定时器 {code}** — {kind}。',
  },
  timerWhen: {
    en: ' `tm->when` `{whenHex}` = {ticks} ticks of 1/100 s: it fires in **{seconds} s**.',
    zh: '`tm->when` `{whenHex}` = {ticks}（单位 1/100 秒）：**{seconds} 秒**后到期。',
  },
  timerIdle: {
    en: ' `tm->when` means nothing then.',
    zh: '此时 `tm->when` 没有意义。',
  },
  retransmits: {
    en: '**retrnsmt** `{hex}` = **{value}** (hex): retransmission timeouts in a row that nothing has answered yet. An ACK resets it; at `net.ipv4.tcp_retries2` (15 by default) the kernel gives the connection up. On a SYN_RECV row it counts SYN-ACK retransmits instead, up to `net.ipv4.tcp_synack_retries` (5).',
    zh: '**retrnsmt** `{hex}` = **{value}**（十六进制）：尚未得到应答的连续超时重传次数，收到 ACK 即清零；达到 `net.ipv4.tcp_retries2`（默认 15）时内核放弃该连接。在 SYN_RECV 行上它表示 SYN-ACK 的重传次数，上限为 `net.ipv4.tcp_synack_retries`（默认 5）。',
  },
  uid: {
    en: '**uid {value}**: the user the socket belongs to (decimal; 0 is root), `getent passwd {value}` names it. TIME_WAIT rows print 0: no process owns them any more.',
    zh: '**uid {value}**：socket 所属的用户（十进制，0 为 root），可用 `getent passwd {value}` 查出用户名。TIME_WAIT 行固定为 0：已经没有进程持有它。',
  },
  probes: {
    en: '**timeout {value}**: despite the name, the zero-window or keepalive probes sent and not answered yet. After `net.ipv4.tcp_keepalive_probes` (9 by default) unanswered keepalive probes the connection is dropped.',
    zh: '**timeout {value}**：名字容易误解，实际是已发出但还没得到应答的零窗口探测或保活探测次数。保活探测连续 `net.ipv4.tcp_keepalive_probes` 次（默认 9）无应答，连接即被断开。',
  },
  udpProbes: {
    en: '**timeout {value}**: always 0 for UDP; TCP counts unanswered probes here.',
    zh: '**timeout {value}**：UDP 恒为 0；TCP 在这一列记录未应答的探测次数。',
  },
  inode: {
    en: '**inode {value}**: the socket\'s inode. The process holding it has a descriptor linked to `socket:[{value}]`; `ls -l /proc/*/fd 2>/dev/null | grep "socket:\\[{value}\\]"` finds it.',
    zh: '**inode {value}**：socket 的 inode 号。持有它的进程有一个指向 `socket:[{value}]` 的文件描述符，可用 `ls -l /proc/*/fd 2>/dev/null | grep "socket:\\[{value}\\]"` 找到。',
  },
  noInode: {
    en: '**inode 0**: no process holds this socket: it is in TIME_WAIT, a connection still in the handshake (SYN_RECV), or one the application has already closed.',
    zh: '**inode 0**：没有进程持有这个 socket，它处于 TIME_WAIT、仍在握手中（SYN_RECV），或已被应用关闭。',
  },
  references: {
    en: '**{value}**: how many references the kernel holds to the socket.',
    zh: '**{value}**：内核中该 socket 的引用计数。',
  },
  pointer: {
    en: '**`{value}`**: the kernel address of the socket; all zeros when `kernel.kptr_restrict` hides kernel addresses from the reader.',
    zh: '**`{value}`**：socket 在内核中的地址；若 `kernel.kptr_restrict` 对读取者隐藏了内核地址，则显示为全 0。',
  },
  rto: {
    en: '**rto {value}** = {seconds} s (in 1/100 s): the retransmission timeout now in force, worked out from the measured round-trip time, never below 0.2 s.',
    zh: '**rto {value}** = {seconds} 秒（单位 1/100 秒）：当前生效的重传超时，由测得的 RTT 推算，最小 0.2 秒。',
  },
  ato: {
    en: '**ato {value}** = {seconds} s (in 1/100 s): the delayed-ACK timeout, how long this side may wait before it acknowledges data.',
    zh: '**ato {value}** = {seconds} 秒（单位 1/100 秒）：延迟确认（delayed ACK）超时，即本端收到数据后最多等多久再回 ACK。',
  },
  ackMode: {
    en: '**{value}**: the delayed-ACK mode: quick-ACKs still to send × 2, plus 1 in interactive (ping-pong) mode.',
    zh: '**{value}**：延迟确认模式，取值为尚待发送的快速确认（quick ACK）数 × 2，处于交互（ping-pong）模式时再加 1。',
  },
  cwnd: {
    en: '**cwnd {value}**: the congestion window, in segments.',
    zh: '**cwnd {value}**：拥塞窗口，单位为报文段。',
  },
  ssthresh: {
    en: '**ssthresh {value}**: the slow-start threshold in segments; -1 while the connection is still in its first slow start.',
    zh: '**ssthresh {value}**：慢启动阈值，单位为报文段；连接仍处于最初的慢启动阶段时为 -1。',
  },
  fastOpenQueue: {
    en: '**{value}**: on a LISTEN socket this column is the TCP Fast Open queue limit (0 when Fast Open is off for it).',
    zh: '**{value}**：在 LISTEN socket 上这一列是 TCP Fast Open 队列的上限（未启用 Fast Open 时为 0）。',
  },
  drops: {
    en: '**drops {value}**: datagrams this socket dropped, mostly because its receive buffer was full. A growing number means the application reads too slowly or its buffer (SO_RCVBUF, capped by `net.core.rmem_max`) is too small.',
    zh: '**drops {value}**：该 socket 丢弃的数据报数，多数是因为接收缓冲区已满。持续增长说明应用读得太慢，或缓冲区（SO_RCVBUF，上限为 `net.core.rmem_max`）太小。',
  },
} satisfies Record<string, Localized>;

/** What the kernel's timer_active number says is pending. */
const TIMER_KINDS: readonly Localized[] = [
  { en: 'none pending', zh: '没有挂起的定时器' },
  {
    en: 'retransmission: data, a SYN or a SYN-ACK waits for its ACK (the tail-loss probe and reordering timers show as 1 too)',
    zh: '重传定时器：有数据、SYN 或 SYN-ACK 在等 ACK（尾部丢包探测和乱序定时器也显示为 1）',
  },
  {
    en: 'keepalive: after `net.ipv4.tcp_keepalive_time` (7200 s by default) of silence the first probe goes out, then one every `tcp_keepalive_intvl` (75 s)',
    zh: '保活（keepalive）定时器：连接空闲 `net.ipv4.tcp_keepalive_time`（默认 7200 秒）后发出第一个探测包，之后每隔 `tcp_keepalive_intvl`（75 秒）发一个',
  },
  { en: 'TIME_WAIT: the socket is freed when it fires', zh: 'TIME_WAIT 定时器：到期即释放该 socket' },
  {
    en: 'zero-window probe: the peer advertised a receive window of 0, and this side keeps asking whether it has opened again',
    zh: '零窗口探测定时器：对端通告的接收窗口为 0，本端定期探测窗口是否重新打开',
  },
];

/**
 * A FIN_WAIT2 socket the application has closed waits for the peer's FIN on a timer: the TIME_WAIT
 * one (3) within 60 s of `tcp_fin_timeout`, the keepalive one (2) for the part beyond.
 */
const ORPHAN_FIN_WAIT2_TIMER: Localized = {
  en: 'the application has closed this FIN_WAIT2 socket, and the kernel waits for the peer\'s FIN at most `net.ipv4.tcp_fin_timeout` (60 s by default) before freeing it',
  zh: '应用已关闭这个 FIN_WAIT2 socket，内核在 `net.ipv4.tcp_fin_timeout`（默认 60 秒）内等待对端的 FIN，超时即释放',
};

/** tcp and tcp6 go on with rto, ato, ack mode, cwnd, ssthresh; udp with drops. */
const TCP_EXTRAS = [TEXTS.rto, TEXTS.ato, TEXTS.ackMode, TEXTS.cwnd, TEXTS.ssthresh] as const;

export function procFieldHover(token: ProcFieldToken, language: DisplayLanguage): Hover {
  const explained = explain(token.text, token.column, token.row);
  const value = bilingual(language, (lang) => explained.map((part) => pick(part, lang)).join(''));
  return markdownHover(value, token.line, token.start, token.end);
}

/** The parts of the hover for `text` in column `index`; the tokeniser checked that it has that column's shape. */
function explain(text: string, index: number, row: SocketRow): Localized[] {
  const isTcp = row.protocol === 'tcp';
  switch (index) {
    case PROC_COLUMNS.queues:
      return explainQueues(text, row);
    case PROC_COLUMNS.timer:
      return explainTimer(text, row);
    case PROC_COLUMNS.retransmits:
      return [format(TEXTS.retransmits, { hex: text, value: grouped(parseInt(text, 16)) })];
    case PROC_COLUMNS.uid:
      return decimal(text, TEXTS.uid);
    case PROC_COLUMNS.probes:
      return decimal(text, isTcp ? TEXTS.probes : TEXTS.udpProbes);
    case PROC_COLUMNS.inode:
      return text === '0' ? [TEXTS.noInode] : decimal(text, TEXTS.inode);
    case PROC_COLUMNS.references:
      return decimal(text, TEXTS.references);
    case PROC_COLUMNS.pointer:
      return [format(TEXTS.pointer, { value: text })];
    default:
      return isTcp ? explainTcpExtra(text, TCP_EXTRAS[index - PROC_COLUMNS.pointer - 1], row) : decimal(text, TEXTS.drops);
  }
}

function explainQueues(text: string, row: SocketRow): Localized[] {
  const [txHex, rxHex] = hexPair(text)!;
  const values = { txHex, rxHex, tx: grouped(parseInt(txHex, 16)), rx: grouped(parseInt(rxHex, 16)) };
  const doc = row.protocol !== 'tcp' ? TEXTS.udpQueues : row.state === 'LISTEN' ? TEXTS.listenQueues : TEXTS.queues;
  return [format(doc, values)];
}

function explainTimer(text: string, row: SocketRow): Localized[] {
  const [code, whenHex] = hexPair(text)!;
  const active = parseInt(code, 16);
  const orphan = row.state === 'FIN_WAIT2' && (active === 2 || active === 3);
  const kind = orphan ? ORPHAN_FIN_WAIT2_TIMER : (TIMER_KINDS[active] ?? { en: 'not a value the kernel prints', zh: '内核不会打印这个值' });
  // The kind is itself in both languages: fill each language's heading with its own.
  const parts = [{ en: format(TEXTS.timer, { code, kind: kind.en }).en, zh: format(TEXTS.timer, { code, kind: kind.zh }).zh }];
  if (active === 0) {
    return [...parts, TEXTS.timerIdle];
  }
  const ticks = parseInt(whenHex, 16);
  return [...parts, format(TEXTS.timerWhen, { whenHex, ticks: grouped(ticks), seconds: hundredths(ticks) })];
}

function explainTcpExtra(text: string, doc: Localized, row: SocketRow): Localized[] {
  if (doc === TEXTS.ssthresh && row.state === 'LISTEN') {
    return [format(TEXTS.fastOpenQueue, { value: text })];
  }
  const value = Number(text);
  return [format(doc, { value: grouped(value), seconds: hundredths(value) })];
}

function decimal(text: string, doc: Localized): Localized[] {
  return [format(doc, { value: text })];
}

/** 688988 → `688,988`: long tick counts are read more easily grouped. */
function grouped(value: number): string {
  return value.toLocaleString('en-US');
}

/** Ticks of USER_HZ (1/100 s) as seconds. */
function hundredths(ticks: number): string {
  return (ticks / 100).toFixed(2);
}
