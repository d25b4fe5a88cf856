import type { Hover } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import type { SocketRow } from '../model/socketTable';
import type { QueueToken } from './dumpTokens';
import { bilingual, markdownHover, pick } from './hoverMarkdown';

const TEXTS = {
  ssListenRecv: {
    en: '**Recv-Q {value}** — on a LISTEN socket ss shows the accept queue here: {value} connections have completed the handshake and wait for the application to call accept(). When it reaches Send-Q (the backlog, {other} here), new handshakes are dropped.',
    zh: '**Recv-Q {value}** — 对 LISTEN socket，ss 在这里显示全连接队列：有 {value} 个已完成三次握手的连接在等应用调用 accept()。一旦达到 Send-Q（backlog，这里是 {other}），新的握手就会被丢弃。',
  },
  ssListenSend: {
    en: '**Send-Q {value}** — on a LISTEN socket ss shows the backlog here: the most connections the accept queue holds, the smaller of the backlog passed to listen() and `net.core.somaxconn`. Recv-Q ({other}) is how many wait now.',
    zh: '**Send-Q {value}** — 对 LISTEN socket，ss 在这里显示 backlog：全连接队列最多能容纳的连接数，取 listen() 传入的 backlog 和 `net.core.somaxconn` 中较小者。Recv-Q（{other}）是当前在排队的数量。',
  },
  netToolsListenRecv: {
    en: '**Recv-Q {value}** — on a LISTEN socket netstat shows the accept queue here: {value} connections wait for accept(). netstat does not print the backlog; `ss -ltn` does (its Send-Q).',
    zh: '**Recv-Q {value}** — 对 LISTEN socket，netstat 在这里显示全连接队列：有 {value} 个连接在等 accept()。netstat 不显示 backlog，`ss -ltn` 的 Send-Q 才是。',
  },
  recv: {
    en: '**Recv-Q {value}** — bytes received and acknowledged by the kernel that the application has not read yet.{worry}',
    zh: '**Recv-Q {value}** — 内核已收到并确认、但应用还没读走的字节数。{worry}',
  },
  send: {
    en: '**Send-Q {value}** — bytes sent (or queued to send) that the peer has not acknowledged yet.{worry}',
    zh: '**Send-Q {value}** — 已发出（或排队待发）但对端还没确认的字节数。{worry}',
  },
  recvWorry: {
    en: ' A value that stays high means the application is slow to read: look at the process, not the network.',
    zh: '数值持续偏高说明应用读得慢：应查进程本身，而不是网络。',
  },
  sendWorry: {
    en: ' A value that stays high means the peer reads slowly (zero window) or the path loses packets: check `ss -ti` (rto, retrans, snd_wnd).',
    zh: '数值持续偏高说明对端读得慢（零窗口）或链路丢包：用 `ss -ti` 查看 rto、retrans、snd_wnd。',
  },
} satisfies Record<string, Localized>;

/**
 * Hover over the Recv-Q or Send-Q number of an ss or net-tools row: what that number is for this
 * row's state (for LISTEN, the accept queue and the backlog) and when it is worth a look.
 */
export function queueHover(token: QueueToken, language: DisplayLanguage): Hover {
  const isRecv = token.kind === 'recv-q';
  const text = explanation(token.row, isRecv);
  const values = { value: token.value, other: token.other };
  const value = bilingual(language, (lang) => pick(format(text, { ...values, worry: worryOf(isRecv, token.value, lang) }), lang));
  return markdownHover(value, token.line, token.start, token.end);
}

function explanation(row: SocketRow, isRecv: boolean): Localized {
  if (row.state === 'LISTEN') {
    if (row.format === 'ss') {
      return isRecv ? TEXTS.ssListenRecv : TEXTS.ssListenSend;
    }
    if (isRecv) {
      return TEXTS.netToolsListenRecv;
    }
  }
  return isRecv ? TEXTS.recv : TEXTS.send;
}

function worryOf(isRecv: boolean, value: number, lang: 'en' | 'zh'): string {
  return value > 0 ? pick(isRecv ? TEXTS.recvWorry : TEXTS.sendWorry, lang) : '';
}
