import { aggregationKeyOf } from '../../analysis/histogramCounts';
import { isInternalAddress } from '../../analysis/internalAddress';
import { format, type Localized } from '../../i18n/localized';
import { CappedFindings } from '../cappedFindings';
import type { DumpRule } from './dumpRule';
import { joinLocalized, percent } from './grouping';
import { histogramsToJudge, MORE_HISTOGRAMS, spanOfLine } from './histogramJudging';

/**
 * A share (%) of a histogram's connections one peer must hold, and how many connections it must be,
 * before one peer is worth a look: a dozen connections to one database are every pool's normal.
 */
export const PEER_SHARE_PERCENT = 50;
export const PEER_SHARE_MIN_CONNECTIONS = 100;

/**
 * One remote host holding most of the connections a per-host histogram counted: a client flooding or
 * hogging connections, or simply this host's upstream. Blocking is advised only for a public address,
 * and even then only after ruling out a load balancer, proxy or NAT gateway in front of many clients.
 */
export const histogramPeerShare: DumpRule = {
  code: 'histogram.peer-share',
  wholeDocument: true,
  *check({ dump }) {
    const findings = new CappedFindings(this.code, 'warning');
    for (const { lines, counts } of histogramsToJudge(dump)) {
      const hosts = counts.hosts;
      const top = hosts?.top[0];
      if (!hosts || !top || top.count < PEER_SHARE_MIN_CONNECTIONS || top.count * 100 < hosts.total * PEER_SHARE_PERCENT) {
        continue;
      }
      const first = lines.find((line) => !line.residue && (line.column === 'remote-host' || line.column === 'remote-endpoint') && aggregationKeyOf(line) === top.key)!;
      const values = { host: top.key, count: top.count, total: hosts.total, share: percent(top.count, hosts.total) };
      if (!findings.hasRoom) {
        findings.skip(first.line, spanOfLine(first));
        continue;
      }
      findings.add({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: spanOfLine(first),
        message: joinLocalized(
          format(
            {
              en: "{host} holds {count} of the {total} connections this histogram counted ({share}%). One peer with that large a share is either a client opening far more connections than the others (a flood, or a client that never reuses or closes its connections) or this host's own upstream (a database, a cache: then it is normal). Confirm: ss -tan dst {host} | awk 'NR>1 {print $1}' | sort | uniq -c (its connections by state) and ss -tanp dst {host} (the local ports and processes they use).",
              zh: "{host} 占了这份统计中 {total} 个连接里的 {count} 个（{share}%）。单个对端占比这么高，要么是某个客户端建立的连接远多于其他客户端（攻击，或者客户端从不复用、不关闭连接），要么就是本机自己的上游（数据库、缓存，这种情况属于正常）。确认方法：ss -tan dst {host} | awk 'NR>1 {print $1}' | sort | uniq -c（按状态统计它的连接），以及 ss -tanp dst {host}（这些连接用到的本地端口和进程）。",
            },
            values,
          ),
          isInternalAddress(top.key) ? format(INTERNAL_PEER, values) : format(PUBLIC_PEER, values),
        ),
      });
    }
    yield;
    return findings.result(MORE_HISTOGRAMS);
  },
};

const INTERNAL_PEER: Localized = {
  en: ' {host} is a private or internal address: it may well be a load balancer, proxy or NAT gateway through which many clients reach this host, so do not block it; look at the clients behind it instead (X-Forwarded-For, the PROXY protocol, the balancer\'s own connection counts).',
  zh: '{host} 是私有或内部地址：它很可能是负载均衡、代理或 NAT 网关，许多客户端都经由它访问本机，因此不要封禁它；应去看它背后的客户端（X-Forwarded-For、PROXY protocol、负载均衡自身的连接统计）。',
};

const PUBLIC_PEER: Localized = {
  en: ' If it is a client you do not expect, limit it where its traffic enters (a firewall rule, a per-source connection limit such as iptables connlimit), but first make sure it is not a load balancer, proxy or NAT gateway that many clients share: blocking one of those cuts off all of them.',
  zh: '如果它是不应出现的客户端，可以在流量入口处限制它（防火墙规则，或按源地址限制连接数，例如 iptables connlimit）；但要先确认它不是许多客户端共用的负载均衡、代理或 NAT 网关，否则封禁它会切断所有这些客户端。',
};
