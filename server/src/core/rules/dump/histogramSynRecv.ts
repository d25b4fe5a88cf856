import { format } from '../../i18n/localized';
import { joinLocalized } from './grouping';
import { histogramStateRule } from './histogramJudging';

/** SYN_RECV counted by a histogram: half-open connections, a flood or lost ACKs; the commands tell which port and how many sources. */
export const histogramSynRecv = histogramStateRule('histogram.syn-recv-flood', 'SYN_RECV', 'synRecv', ({ count, share }) =>
  joinLocalized(
    format({ en: '{count} half-open connections in SYN_RECV in this histogram', zh: '这份统计中有 {count} 个处于 SYN_RECV 的半连接' }, { count }),
    share,
    {
      en: ". The SYN arrived and the SYN-ACK went out, but the client's final ACK has not come back. Many distinct sources point to a SYN flood; a few sources to ACKs lost on the way (asymmetric routing, a firewall or load balancer dropping them). See which port and how many sources: ss -tn state syn-recv | awk 'NR>1 {print $3}' | sort | uniq -c | sort -rn (local address and port), ss -tn state syn-recv | awk 'NR>1 {print $4}' | cut -d: -f1 | sort | uniq -c | sort -rn | head (sources). Keep net.ipv4.tcp_syncookies = 1 and watch nstat -az TcpExtSyncookiesSent TcpExtListenDrops.",
      zh: "。SYN 已收到、SYN-ACK 已发出，但客户端的最后一个 ACK 一直没有回来。源地址很多多半是 SYN Flood；源地址很少则更可能是 ACK 在路上丢了（路由不对称，或被防火墙、负载均衡器丢弃）。查看是哪个端口、有多少个源：ss -tn state syn-recv | awk 'NR>1 {print $3}' | sort | uniq -c | sort -rn（本地地址和端口），ss -tn state syn-recv | awk 'NR>1 {print $4}' | cut -d: -f1 | sort | uniq -c | sort -rn | head（源地址）。请保持 net.ipv4.tcp_syncookies = 1，并用 nstat -az TcpExtSyncookiesSent TcpExtListenDrops 观察计数。",
    },
  ),
);
