import type { Hover } from 'vscode-languageserver-types';
import { isInternalAddress } from '../analysis/internalAddress';
import { aggregationKeyOf } from '../analysis/histogramCounts';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import type { HistogramColumn } from '../model/histogram';
import { isCutIpv6Group } from '../parsers/histogram';
import type { HistogramToken } from './dumpTokens';
import { bilingual, documentCode, documentText, markdownHover, pick } from './hoverMarkdown';

/** What a count of each column counts; `{by}` says who counted. */
const COUNTS: Record<HistogramColumn, Localized> = {
  state: { en: '**{count}** sockets in {state}, counted by {by} (aggregated).', zh: '**{count}** 个 {state} 状态的 socket，由{by}统计（汇总计数）。' },
  'remote-host': { en: '**{count}** connections with the peer host {value}, counted by {by} (aggregated).', zh: '与对端主机 {value} 的连接有 **{count}** 个，由{by}统计（汇总计数）。' },
  'remote-endpoint': { en: '**{count}** connections with the peer {value}, counted by {by} (aggregated).', zh: '与对端 {value} 的连接有 **{count}** 个，由{by}统计（汇总计数）。' },
  'local-endpoint': { en: '**{count}** sockets on the local address {value}, counted by {by} (aggregated).', zh: '本地地址 {value} 上的 socket 有 **{count}** 个，由{by}统计（汇总计数）。' },
  'local-port': { en: '**{count}** sockets on local port {value}, counted by {by} (aggregated).', zh: '本地端口 {value} 上的 socket 有 **{count}** 个，由{by}统计（汇总计数）。' },
  process: { en: '**{count}** sockets owned by {value}, counted by {by} (aggregated).', zh: '属于 {value} 的 socket 有 **{count}** 个，由{by}统计（汇总计数）。' },
};

/** What a value of each column is (a state value has the state's own hover). */
const VALUES: Record<Exclude<HistogramColumn, 'state'>, Localized> = {
  'remote-host': { en: '**{value}** — a peer host: the remote address of the connections counted on this line.', zh: '**{value}** — 对端主机：这一行所统计连接的远端地址。' },
  'remote-endpoint': {
    en: "**{value}** — a peer's address and port (netstat's Foreign Address column, ss's Peer column).",
    zh: '**{value}** — 对端的地址和端口（netstat 的 Foreign Address 列、ss 的 Peer 列）。',
  },
  'local-endpoint': {
    en: '**{value}** — a local address and port: the port a service listens on, or the ephemeral port of an outgoing connection.',
    zh: '**{value}** — 本地地址和端口：服务监听的端口，或出站连接使用的临时端口。',
  },
  'local-port': {
    en: '**{value}** — a local port: the port a service listens on (many sockets: its clients), or an ephemeral port of an outgoing connection.',
    zh: '**{value}** — 本地端口：服务监听的端口（socket 多说明客户端多），或出站连接使用的临时端口。',
  },
  process: {
    en: '**{value}** — the program that owns these sockets (netstat -p prints `PID/name`, ss -p `users:(("name",pid=…,fd=…))`).',
    zh: '**{value}** — 拥有这些 socket 的程序（netstat -p 显示为 `PID/程序名`，ss -p 显示为 `users:(("程序名",pid=…,fd=…))`）。',
  },
};

const TEXTS = {
  byCommand: { en: 'the command above', zh: '上面的命令' },
  byPipeline: { en: 'the pipeline that printed this histogram', zh: '打印这份统计的命令' },
  residueCount: {
    en: '**{count}** — the pipeline counted {value} from a title or header line of the table along with its rows: not sockets, left out of the counts.',
    zh: '**{count}** — 命令把表格标题行或表头里的 {value} 也一起计数了：这不是 socket，未计入统计。',
  },
  residueValue: {
    en: '**{value}** — a word of the table\'s title or header line that the pipeline counted along with its rows: no socket.',
    zh: '**{value}** — 表格标题行或表头里的词，被命令连同数据行一起计数了：不是 socket。',
  },
  emptyValue: { en: 'empty values (lines with fewer fields)', zh: '空值（字段不够的行）' },
  aggregated: {
    en: 'No socket rows stand behind an aggregated count: the summary shows it, with no jump to rows.',
    zh: '汇总计数背后没有 socket 明细行：汇总面板会显示它，但无法跳转到对应的行。',
  },
  internal: {
    en: 'A private or internal address: often a load balancer, proxy or NAT gateway in front of many clients.',
    zh: '私有或内部地址：常常是许多客户端共用的负载均衡、代理或 NAT 网关。',
  },
  command: { en: 'Command: {command}', zh: '命令：{command}' },
  cutIpv6: {
    en: "Only the first group of an IPv6 address: `cut -d: -f1` cuts an IPv6 peer at its first colon. To keep IPv6 peers whole, cut off only the port: `awk '{print $5}' | sed 's/:[^:]*$//'`.",
    zh: "这只是 IPv6 地址的第一段：`cut -d: -f1` 会在第一个冒号处截断 IPv6 对端地址。要保留完整的 IPv6 地址，只去掉端口即可：`awk '{print $5}' | sed 's/:[^:]*$//'`。",
  },
} satisfies Record<string, Localized>;

/** Hover over a histogram line's count (what it counts, and that it is aggregated) or its value (what it is). */
export function histogramHover(token: HistogramToken, language: DisplayLanguage): Hover {
  const { histogram, command } = token;
  const value = histogram.value === '' ? undefined : documentText(histogram.value);
  const values = {
    count: histogram.count,
    state: histogram.state ?? '',
    value: value ?? '',
    by: '',
  };
  const markdown = bilingual(language, (lang) => {
    const by = pick(command === undefined ? TEXTS.byPipeline : TEXTS.byCommand, lang);
    const parts: string[] = [];
    if (histogram.residue) {
      parts.push(pick(format(token.part === 'count' ? TEXTS.residueCount : TEXTS.residueValue, { ...values, value: value ?? pick(TEXTS.emptyValue, lang) }), lang));
    } else if (token.part === 'count') {
      parts.push(pick(format(COUNTS[histogram.column], { ...values, by }), lang), pick(TEXTS.aggregated, lang));
    } else if (histogram.column !== 'state') {
      parts.push(pick(format(VALUES[histogram.column], values), lang));
      const isPeer = histogram.column === 'remote-host' || histogram.column === 'remote-endpoint';
      if (isPeer && isInternalAddress(aggregationKeyOf(histogram))) {
        parts.push(pick(TEXTS.internal, lang));
      }
      if (histogram.column === 'remote-host' && isCutIpv6Group(histogram.value)) {
        parts.push(pick(TEXTS.cutIpv6, lang));
      }
    }
    if (command !== undefined) {
      parts.push(pick(format(TEXTS.command, { command: documentCode(command) }), lang));
    }
    return parts.join('\n\n');
  });
  return markdownHover(markdown, token.line, token.start, token.end);
}
