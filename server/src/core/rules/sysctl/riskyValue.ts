import { integersOf, lastEntries } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import { findKeyDoc, templateKey } from '../../knowledge/sysctlKeys';
import type { SysctlEntry } from '../../model/sysctlFile';
import type { Finding, RelatedLine } from '../finding';
import { keyStatusOnKernel } from './keyAvailability';
import type { SysctlRule } from './sysctlRule';

/** Below this, tcp_max_tw_buckets destroys TIME_WAIT sockets on any busy host: a "fix" that hides the symptom. */
const TIME_WAIT_BUCKETS_FLOOR = 10000;

interface RiskCheck {
  readonly key: string;
  /** The value the message recommends, offered as a quick fix; absent when the right value depends on the host. */
  readonly saferValue?: string;
  /** A risk of writing the key from a file, not of the value a machine runs with: not judged in `sysctl -a` output. */
  readonly inFilesOnly?: boolean;
  /** The risk of this value, or undefined when the value is fine. */
  explain(value: number, entries: ReadonlyMap<string, SysctlEntry>): { message: Localized; related?: RelatedLine[] } | undefined;
}

const CHECKS: readonly RiskCheck[] = [
  {
    key: 'net.ipv4.tcp_syncookies',
    saferValue: '1',
    explain: (value) =>
      value === 0
        ? {
            message: {
              en: 'tcp_syncookies = 0 switches off the defence against SYN floods: once a listener\'s SYN queue is full, new clients are simply dropped, so a few thousand spoofed SYNs per second take the service off line. Cookies cost nothing until the queue overflows; keep the default 1.',
              zh: 'tcp_syncookies = 0 关闭了抵御 SYN Flood 的手段：一旦监听端口的半连接队列满了，新客户端就会被直接丢弃，每秒几千个伪造的 SYN 就能让服务下线。SYN cookies 只在队列溢出时才起作用，平时没有任何代价；请保持默认值 1。',
            },
          }
        : undefined,
  },
  {
    key: 'net.ipv4.tcp_timestamps',
    saferValue: '1',
    explain: (value, entries) => {
      if (value !== 0) {
        return undefined;
      }
      const reuseEntry = entries.get('net.ipv4.tcp_tw_reuse');
      const reuse = reuseEntry ? integersOf(reuseEntry.value)?.[0] : Number(findKeyDoc('net.ipv4.tcp_tw_reuse')?.default ?? 0);
      const reuseNote: Localized =
        reuse !== undefined && reuse !== 0
          ? format(
              {
                en: ' It also silently disables net.ipv4.tcp_tw_reuse = {reuse} ({origin}): reusing a TIME_WAIT port is only allowed when both ends send timestamps.',
                zh: '它还会让 net.ipv4.tcp_tw_reuse = {reuse}（{originZh}）悄悄失效：只有双方都带时间戳时，内核才允许复用 TIME_WAIT 端口。',
              },
              {
                reuse,
                origin: reuseEntry ? `line ${reuseEntry.line + 1}` : 'the default',
                originZh: reuseEntry ? `第 ${reuseEntry.line + 1} 行` : '默认值',
              },
            )
          : { en: '', zh: '' };
      return {
        message: {
          en: `tcp_timestamps = 0 removes TCP timestamps, and with them PAWS (protection against old segments being accepted once sequence numbers wrap on fast links) and precise RTT measurement.${reuseNote.en} Hiding the host's uptime is no reason to do it: since Linux 4.10 timestamps start from a random offset and no longer reveal it. Keep the default 1.`,
          zh: `tcp_timestamps = 0 关闭了 TCP 时间戳，也就一并失去了 PAWS（高速链路上序列号回绕时防止旧报文被误收的保护）和精确的 RTT 测量。${reuseNote.zh}为了隐藏主机运行时长而关掉它并没有必要：从 Linux 4.10 起，时间戳从随机偏移开始计数，已经不会泄露运行时长。请保持默认值 1。`,
        },
        related: reuseEntry && reuse ? [{ line: reuseEntry.line, span: reuseEntry.valueSpan, message: { en: 'tcp_tw_reuse, which needs timestamps', zh: '依赖时间戳的 tcp_tw_reuse' } }] : undefined,
      };
    },
  },
  {
    key: 'net.ipv4.tcp_tw_recycle',
    saferValue: '0',
    explain: (value) =>
      value !== 0
        ? {
            message: {
              en: 'tcp_tw_recycle drops SYNs whose timestamp is older than the last one seen from the same address. Clients behind one NAT (an office, a mobile carrier, a Kubernetes node) have unrelated timestamp clocks, so some of them randomly fail to connect. The key was removed in Linux 4.12 for this reason; set it to 0 and use connection reuse or tcp_tw_reuse instead.',
              zh: 'tcp_tw_recycle 会丢弃时间戳比同一地址上次所见更旧的 SYN。同一个 NAT 后面的客户端（办公网、移动运营商、Kubernetes 节点）时间戳时钟互不相关，于是其中一部分会随机连不上。正因如此，该参数已在 Linux 4.12 中移除；请设为 0，改用连接复用或 tcp_tw_reuse。',
            },
          }
        : undefined,
  },
  {
    key: 'net.ipv4.tcp_abort_on_overflow',
    saferValue: '0',
    explain: (value) =>
      value === 1
        ? {
            message: {
              en: 'tcp_abort_on_overflow = 1 answers a full accept queue with a reset, so a short burst turns into "connection reset by peer" errors for clients that would otherwise have retried their handshake and succeeded a moment later. Use it only when the application can never catch up anyway; otherwise keep 0 and fix the accept path or the backlog.',
              zh: 'tcp_abort_on_overflow = 1 会在全连接队列满时直接回复 RST，于是一次短暂的突发就变成了客户端的 “connection reset by peer” 错误，而本来客户端重传握手、稍后就能连上。只有在应用无论如何都处理不过来时才考虑开启；否则请保持 0，去解决 accept 路径或 backlog 的问题。',
            },
          }
        : undefined,
  },
  {
    key: 'net.ipv4.tcp_max_tw_buckets',
    explain: (value) =>
      value < TIME_WAIT_BUCKETS_FLOOR
        ? {
            message: format(
              {
                en: 'tcp_max_tw_buckets = {value} is very low: beyond it the kernel destroys connections instead of keeping them in TIME_WAIT (counted in TcpExtTCPTimeWaitOverflow; only 2.6-era kernels also log "time wait bucket table overflow"), so delayed segments of an old connection can corrupt a new one on the same ports. It hides a short-connection problem rather than solving it: reuse connections, and keep this limit high.',
                zh: 'tcp_max_tw_buckets = {value} 过低：超过这个数后，内核会直接销毁连接而不让它进入 TIME_WAIT（计入 TcpExtTCPTimeWaitOverflow；只有 2.6 时代的内核还会打印 “time wait bucket table overflow”），旧连接的迟到报文就可能混入使用相同端口的新连接。这只是掩盖了短连接问题而不是解决它：请复用连接，并把这个上限保持在较高的水平。',
              },
              { value },
            ),
          }
        : undefined,
  },
  {
    key: 'vm.drop_caches',
    inFilesOnly: true,
    explain: (value) =>
      value >= 1 && value <= 3
        ? {
            message: format(
              {
                en: 'vm.drop_caches = {value} is an action, not a setting: every boot and every `sysctl --system` throws the caches away again, and the machine then rereads from disk what it had in memory. The kernel frees cache by itself when memory is needed; remove the line and drop caches by hand only for benchmarks or debugging.',
                zh: 'vm.drop_caches = {value} 是一个动作而不是配置：每次开机、每次执行 `sysctl --system` 都会再把缓存丢掉一遍，之后机器得从磁盘重新读回原本在内存里的数据。需要内存时内核会自己释放缓存；请删掉这一行，只在压测或排障时手工清缓存。',
              },
              { value },
            ),
          }
        : undefined,
  },
];

/**
 * Values a senior SRE would question in a review: valid, but they trade safety for little or
 * nothing. `sysctl -a` output is checked too: there the values are what a machine really runs with.
 */
export const riskyValue: SysctlRule = {
  code: 'sysctl.risky-value',
  check(context) {
    const entries = lastEntries(context.file);
    const findings: Finding[] = [];
    for (const check of CHECKS) {
      const entry = entries.get(check.key);
      const value = entry ? integersOf(entry.value) : undefined;
      // A key the target kernel lacks is removed-key's business, not a risk.
      if (!entry || !value || value.length !== 1 || (check.inFilesOnly && context.file.isSnapshot) || keyStatusOnKernel(templateKey(entry.segments), context.settings.kernelVersion).kind === 'removed') {
        continue;
      }
      const risk = check.explain(value[0], entries);
      if (risk) {
        const fixes = check.saferValue
          ? [{ title: format({ en: 'Set to {value}', zh: '改为 {value}' }, { value: check.saferValue }), line: entry.line, span: entry.valueSpan, newText: check.saferValue, isPreferred: true }]
          : undefined;
        findings.push({ code: this.code, severity: 'warning', line: entry.line, span: entry.valueSpan, message: risk.message, related: risk.related, fixes });
      }
    }
    return findings.sort((a, b) => a.line - b.line);
  },
};
