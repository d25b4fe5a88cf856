import { describeSource, workspaceIntegers } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import { counterSeries, judgedValue, seriesPeriod } from './counterSeries';
import type { DumpRule } from './dumpRule';
import { joinLocalized, placeFirst } from './grouping';

/**
 * TcpExt TCPTimeWaitOverflow counts connections that should have entered TIME_WAIT but were
 * destroyed at once because net.ipv4.tcp_max_tw_buckets was reached. Any growth means the host
 * closes connections faster than the table allows and has lost TIME_WAIT's protection.
 */
export const timeWaitOverflow: DumpRule = {
  code: 'state.time-wait-overflow',
  wholeDocument: true,
  *check({ dump, workspace }) {
    const series = counterSeries(dump, 'TcpExt', 'TCPTimeWaitOverflow');
    if (!series || judgedValue(series) <= 0) {
      return [];
    }
    const limit = workspaceIntegers(workspace, 'net.ipv4.tcp_max_tw_buckets');
    const limitNote: Localized = limit
      ? format(
          { en: ' (net.ipv4.tcp_max_tw_buckets = {max}, from {source})', zh: '（net.ipv4.tcp_max_tw_buckets = {max}，取自 {source}）' },
          { max: limit.numbers[0], source: describeSource(limit.source) },
        )
      : { en: '', zh: '' };
    return [
      {
        code: this.code,
        severity: 'warning',
        line: series.last.line,
        span: series.last.span,
        message: joinLocalized(
          placeFirst(seriesPeriod(series), format({ en: 'The TIME_WAIT table overflowed {count} times ', zh: 'TIME_WAIT 表溢出了 {count} 次' }, { count: judgedValue(series) })),
          {
            en: ': each time a closing connection was destroyed instead of waiting out TIME_WAIT, because the number of TIME_WAIT sockets had reached net.ipv4.tcp_max_tw_buckets',
            zh: '：每一次都是本该进入 TIME_WAIT 的连接被直接销毁，因为 TIME_WAIT 数量已达到 net.ipv4.tcp_max_tw_buckets',
          },
          limitNote,
          {
            en: '. Only this counter shows it: kernels since 3.x (RHEL 7 on) log nothing, and the "TCP: time wait bucket table overflow" line of old guides comes from 2.6-era kernels. Late segments of such a connection can then be taken for a new one on the same ports. Open fewer short connections (keep-alive, pooling); raise tcp_max_tw_buckets if memory allows (a TIME_WAIT socket costs a few hundred bytes).',
            zh: '。只有这个计数能看出来：3.x 以来的内核（RHEL 7 起）不打印任何日志，老文档里的 “TCP: time wait bucket table overflow” 来自 2.6 时代的内核。这些连接的迟到报文可能被当成使用相同端口的新连接的数据。请减少短连接（Keep-Alive、连接池）；内存允许时可调大 tcp_max_tw_buckets（每个 TIME_WAIT socket 只占几百字节）。',
          },
        ),
      },
    ];
  },
};
