import { format } from '../../i18n/localized';
import { joinLocalized } from './grouping';
import { histogramStateRule } from './histogramJudging';

/** TIME_WAIT counted by a histogram: which side closes first, and whether it pins local ports, is for the commands to tell. */
export const histogramTimeWait = histogramStateRule('histogram.time-wait-buildup', 'TIME_WAIT', 'timeWait', ({ count, share }) =>
  joinLocalized(
    format({ en: '{count} sockets in TIME_WAIT in this histogram', zh: '这份统计中有 {count} 个 TIME_WAIT 连接' }, { count }),
    share,
    {
      en: ". TIME_WAIT stays for 60 s (2×MSL) on the side that closed first. On a server port it costs only memory (capped by net.ipv4.tcp_max_tw_buckets); towards one upstream each one holds a local port, and enough of them exhaust the ephemeral range (connect() then fails with \"Cannot assign requested address\"). See which it is: ss -tan state time-wait | awk 'NR>1 {print $3}' | sort | uniq -c | sort -rn | head (many on one local service port: inbound) and ss -tan state time-wait | awk 'NR>1 {print $4}' | cut -d: -f1 | sort | uniq -c | sort -rn | head (many towards one peer: outbound short connections, to be reused with keep-alive or a pool).",
      zh: "。TIME_WAIT 出现在先关闭的一方，持续 60 秒（2×MSL）。如果在服务端口上，它只占内存（总数受 net.ipv4.tcp_max_tw_buckets 限制）；如果都连向同一个上游，每个都会占住一个本地端口，数量够多就会耗尽临时端口范围（connect() 报 “Cannot assign requested address”）。查看是哪一种：ss -tan state time-wait | awk 'NR>1 {print $3}' | sort | uniq -c | sort -rn | head（集中在一个本地服务端口：入站），以及 ss -tan state time-wait | awk 'NR>1 {print $4}' | cut -d: -f1 | sort | uniq -c | sort -rn | head（集中连向一个对端：出站短连接，应使用 Keep-Alive 或连接池复用）。",
    },
  ),
);
