import type { Finding, RelatedLine } from '../finding';
import { counterSeries, judgedValue, seriesPeriod } from './counterSeries';
import type { DumpRule } from './dumpRule';
import { percent } from './grouping';

/**
 * TcpExt ListenOverflows counts connections that found an accept queue full; ListenDrops counts
 * every SYN or handshake a listener dropped, overflows included. Either growing means clients
 * waiting on connect retries.
 */

/**
 * Between two snapshots, drops that outnumber the handshakes accepted in the same seconds are a
 * listener turning most clients away, however short the interval; this many make it more than a
 * stray retry.
 */
const MIN_DROPS_OUTNUMBERING_ACCEPTS = 10;
export const listenQueueOverflows: DumpRule = {
  code: 'listen.queue-overflows',
  wholeDocument: true,
  *check({ dump, settings }) {
    const overflows = counterSeries(dump, 'TcpExt', 'ListenOverflows');
    const drops = counterSeries(dump, 'TcpExt', 'ListenDrops');
    const main = drops ?? overflows;
    if (!main) {
      return [];
    }
    const passive = counterSeries(dump, 'Tcp', 'PassiveOpens');
    const dropped = judgedValue(main);
    const outnumbersAccepts =
      main.growth !== undefined && passive?.growth !== undefined && dropped >= MIN_DROPS_OUTNUMBERING_ACCEPTS && dropped >= passive.growth;
    if (dropped < settings.thresholds.listenDrops && !outnumbersAccepts) {
      return [];
    }
    const values = {
      dropped,
      overflows: overflows ? judgedValue(overflows) : '?',
      passive: passive ? judgedValue(passive) : 0,
      share: passive ? percent(dropped, judgedValue(passive) + dropped) : 0,
    };
    const related: RelatedLine[] = [];
    if (overflows && drops) {
      related.push({ line: overflows.last.line, span: overflows.last.span, message: { en: 'ListenOverflows: the accept queue was full', zh: 'ListenOverflows：全连接队列已满' } });
    }
    if (passive) {
      related.push({ line: passive.last.line, span: passive.last.span, message: { en: 'PassiveOpens: connections accepted', zh: 'PassiveOpens：被动建立的连接数' } });
    }
    const finding: Finding = {
      code: this.code,
      severity: 'warning',
      line: main.last.line,
      span: main.last.span,
      message: {
        en:
          `Listening sockets dropped ${dropped} incoming connections ${seriesPeriod(main).en}` +
          (overflows ? `, ${values.overflows} of them because an accept queue was full (ListenOverflows)` : '') +
          (passive ? (values.passive > 0 ? `; that is ${values.share}% of the ${values.passive} connections accepted in the same period` : '; no handshake completed at all in the same period (PassiveOpens did not grow)') : '') +
          '. Each drop costs the client a SYN retransmission (1 s, then 2 s, 4 s…). Find the listener with ss -ltn (Recv-Q close to Send-Q), then speed up its accept() loop or raise its listen() backlog together with net.core.somaxconn; if SyncookiesSent grows too, the SYN queue overflowed as well (see tcp_max_syn_backlog).',
        zh:
          `${seriesPeriod(main).zh}，监听 socket 共丢弃了 ${dropped} 个入站连接` +
          (overflows ? `，其中 ${values.overflows} 个是因为全连接队列已满（ListenOverflows）` : '') +
          (passive ? (values.passive > 0 ? `；相当于同期被动建立的 ${values.passive} 个连接的 ${values.share}%` : '；同期没有任何连接完成握手（PassiveOpens 没有增长）') : '') +
          '。每丢弃一次，客户端就要重传一次 SYN（先等 1 秒，再等 2 秒、4 秒……）。用 ss -ltn 找到 Recv-Q 接近 Send-Q 的监听端口，然后加快它的 accept() 循环，或同时调大 listen() 的 backlog 和 net.core.somaxconn；如果 SyncookiesSent 也在增长，说明半连接队列同样溢出了（参见 tcp_max_syn_backlog）。',
      },
      related,
    };
    return [finding];
  },
};
