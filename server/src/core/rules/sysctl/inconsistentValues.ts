import { integersOf, lastEntries } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import { findKeyDoc } from '../../knowledge/sysctlKeys';
import type { SysctlEntry } from '../../model/sysctlFile';
import type { Finding, RelatedLine } from '../finding';
import type { SysctlRule } from './sysctlRule';

/**
 * Values that are each valid alone but contradict another value (or another item of the same
 * value). Keys the file does not set are taken at their documented default; a check is skipped
 * when that default depends on the machine. `sysctl -a` output is checked too: it shows what a
 * machine really runs with.
 */
export const inconsistentValues: SysctlRule = {
  code: 'sysctl.inconsistent-values',
  check({ file }) {
    const entries = lastEntries(file);
    const findings: Finding[] = [];
    const add = (finding: Omit<Finding, 'code'> | undefined) => {
      if (finding) {
        findings.push({ code: this.code, ...finding });
      }
    };
    add(checkPortRange(entries));
    for (const key of ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_mem']) {
      add(checkTriple(entries, key));
    }
    add(checkDefaultAboveMax(entries, 'net.core.rmem_default', 'net.core.rmem_max'));
    add(checkDefaultAboveMax(entries, 'net.core.wmem_default', 'net.core.wmem_max'));
    add(checkSynBacklog(entries));
    return findings.sort((a, b) => a.line - b.line);
  },
};

type Entries = ReadonlyMap<string, SysctlEntry>;

/** The file's value of a key, else its documented default; undefined when neither is an integer list. */
function effectiveIntegers(entries: Entries, key: string): number[] | undefined {
  const written = entries.get(key);
  if (written) {
    return integersOf(written.value);
  }
  const fallback = findKeyDoc(key)?.default;
  return fallback ? integersOf(fallback) : undefined;
}

/** "(set on line 4)" or "(default)", so the reader sees where the other number comes from. */
function origin(entries: Entries, key: string): Localized {
  const entry = entries.get(key);
  return entry
    ? format({ en: 'set on line {line}', zh: '第 {line} 行设置' }, { line: entry.line + 1 })
    : { en: 'the default', zh: '默认值' };
}

function relatedTo(entries: Entries, key: string, message: Localized): RelatedLine[] {
  const entry = entries.get(key);
  return entry ? [{ line: entry.line, span: entry.valueSpan, message }] : [];
}

/** Items of `value` put in a new order, keeping the separators the user wrote. */
function reorderItems(value: string, order: readonly number[]): string {
  const parts = value.split(/(\s+)/);
  const items = parts.filter((_, index) => index % 2 === 0);
  return parts.map((part, index) => (index % 2 === 0 ? items[order[index / 2]] : part)).join('');
}

function checkPortRange(entries: Entries): Omit<Finding, 'code'> | undefined {
  const range = entries.get('net.ipv4.ip_local_port_range');
  const bounds = range ? integersOf(range.value) : undefined;
  if (!range || !bounds || bounds.length !== 2) {
    return undefined;
  }
  const [low, high] = bounds;
  if (low > high) {
    return {
      severity: 'error',
      line: range.line,
      span: range.valueSpan,
      message: format(
        {
          en: 'net.ipv4.ip_local_port_range is inverted: the first number ({low}) is the lowest ephemeral port and must not exceed the second ({high}). The kernel rejects the write with "Invalid argument" and keeps the old range. Swap the two numbers.',
          zh: 'net.ipv4.ip_local_port_range 的上下限写反了：第一个数（{low}）是临时端口的下限，不能大于第二个数（{high}）。内核会以 “Invalid argument” 拒绝这次写入，端口范围保持不变。请交换这两个数。',
        },
        { low, high },
      ),
      fixes: [
        {
          title: format({ en: 'Swap to {high} {low}', zh: '交换为 {high} {low}' }, { low, high }),
          line: range.line,
          span: range.valueSpan,
          newText: reorderItems(range.value, [1, 0]),
          isPreferred: true,
        },
      ],
    };
  }
  const unprivileged = effectiveIntegers(entries, 'net.ipv4.ip_unprivileged_port_start')?.[0];
  if (unprivileged !== undefined && low < unprivileged) {
    return {
      severity: 'error',
      line: range.line,
      span: range.valueSpan,
      message: format(
        {
          en: 'The ephemeral range starts at {low}, below net.ipv4.ip_unprivileged_port_start = {start} ({origin}): the kernel keeps ports below that value for privileged binds and rejects such a range with "Invalid argument" (and, the other way round, refuses to raise ip_unprivileged_port_start above the range). Start the range at {start} or higher. Reserving ports inside the range with ip_local_reserved_ports is fine.',
          zh: '临时端口范围从 {low} 开始，低于 net.ipv4.ip_unprivileged_port_start = {start}（{originZh}）：低于该值的端口留给特权绑定，内核会以 “Invalid argument” 拒绝这样的范围（反过来也一样，内核不允许把 ip_unprivileged_port_start 调到范围下限之上）。请让范围从 {start} 或更高开始。用 ip_local_reserved_ports 在范围内预留端口则没有问题。',
        },
        {
          low,
          start: unprivileged,
          origin: origin(entries, 'net.ipv4.ip_unprivileged_port_start').en,
          originZh: origin(entries, 'net.ipv4.ip_unprivileged_port_start').zh,
        },
      ),
      related: relatedTo(entries, 'net.ipv4.ip_unprivileged_port_start', { en: 'The unprivileged port start', zh: '非特权端口起点' }),
    };
  }
  return undefined;
}

const TRIPLE_NAMES: Record<string, Localized> = {
  'net.ipv4.tcp_rmem': { en: 'min, default and max receive buffer', zh: '接收缓冲区的最小值、默认值和最大值' },
  'net.ipv4.tcp_wmem': { en: 'min, default and max send buffer', zh: '发送缓冲区的最小值、默认值和最大值' },
  'net.ipv4.tcp_mem': { en: 'low, pressure and high thresholds of TCP memory', zh: 'TCP 内存的低水位、压力阈值和高水位' },
};

/** tcp_rmem/tcp_wmem (min default max) and tcp_mem (low pressure high) must not decrease. */
function checkTriple(entries: Entries, key: string): Omit<Finding, 'code'> | undefined {
  const entry = entries.get(key);
  const numbers = entry ? integersOf(entry.value) : undefined;
  if (!entry || !numbers || numbers.length !== 3 || (numbers[0] <= numbers[1] && numbers[1] <= numbers[2])) {
    return undefined;
  }
  const order = [0, 1, 2].sort((a, b) => numbers[a] - numbers[b]);
  const names = TRIPLE_NAMES[key];
  const effect: Localized =
    key === 'net.ipv4.tcp_mem'
      ? {
          en: 'The kernel does not check the order: memory pressure and the hard limit then kick in at the wrong points, and TCP may be throttled long before, or long after, memory is short.',
          zh: '内核不会检查顺序：内存压力模式和硬上限会在错误的时机触发，TCP 可能在内存远未紧张时就被限流，或到了真正紧张时才迟迟反应。',
        }
      : {
          en: 'The kernel accepts it, but autotuning then starts sockets above their ceiling or clamps them below their floor, so the buffers are not what the numbers suggest.',
          zh: '内核会接受这个值，但自动调优会让 socket 从高于上限的值起步，或被压到低于下限，实际缓冲区大小与这些数字想表达的并不一致。',
        };
  return {
    severity: 'warning',
    line: entry.line,
    span: entry.valueSpan,
    message: {
      en: `${key} lists the ${names.en}, so the three numbers must not decrease; here they are ${numbers.join(' ')}. ${effect.en}`,
      zh: `${key} 依次是${names.zh}，三个数必须从小到大；这里却是 ${numbers.join(' ')}。${effect.zh}`,
    },
    fixes: [
      {
        title: { en: 'Sort the three numbers', zh: '把三个数按从小到大排序' },
        line: entry.line,
        span: entry.valueSpan,
        newText: reorderItems(entry.value, order),
        isPreferred: true,
      },
    ],
  };
}

/** net.core.*mem_default above *mem_max: new sockets start bigger than any application may ask for. */
function checkDefaultAboveMax(entries: Entries, defaultKey: string, maxKey: string): Omit<Finding, 'code'> | undefined {
  if (!entries.has(defaultKey) && !entries.has(maxKey)) {
    return undefined;
  }
  const byDefault = effectiveIntegers(entries, defaultKey)?.[0];
  const max = effectiveIntegers(entries, maxKey)?.[0];
  if (byDefault === undefined || max === undefined || byDefault <= max) {
    return undefined;
  }
  const anchorKey = (entries.get(defaultKey)?.line ?? -1) > (entries.get(maxKey)?.line ?? -1) ? defaultKey : maxKey;
  const anchor = entries.get(anchorKey)!;
  const otherKey = anchorKey === defaultKey ? maxKey : defaultKey;
  return {
    severity: 'warning',
    line: anchor.line,
    span: anchor.valueSpan,
    message: format(
      {
        en: '{defaultKey} = {byDefault} ({defaultOrigin}) is larger than {maxKey} = {max} ({maxOrigin}). Sockets that never call setsockopt() start with the default, while SO_RCVBUF/SO_SNDBUF requests are capped at the max, so an application asking for a bigger buffer gets a smaller one than it had. Keep the default at or below the max.',
        zh: '{defaultKey} = {byDefault}（{defaultOriginZh}）大于 {maxKey} = {max}（{maxOriginZh}）。不调用 setsockopt() 的 socket 直接使用默认值，而 SO_RCVBUF/SO_SNDBUF 的请求会被限制在最大值以内，结果是应用主动申请更大缓冲区时反而比默认的还小。请让默认值不超过最大值。',
      },
      {
        defaultKey,
        maxKey,
        byDefault,
        max,
        defaultOrigin: origin(entries, defaultKey).en,
        maxOrigin: origin(entries, maxKey).en,
        defaultOriginZh: origin(entries, defaultKey).zh,
        maxOriginZh: origin(entries, maxKey).zh,
      },
    ),
    related: relatedTo(entries, otherKey, { en: 'The other half of the pair', zh: '与之矛盾的另一项' }),
  };
}

/**
 * With SYN cookies on, a listener's SYN queue is bounded by its own backlog (capped by somaxconn)
 * and tcp_max_syn_backlog hardly matters. With cookies off, the kernel starts dropping SYNs from
 * unknown peers once the queue is three quarters of tcp_max_syn_backlog, whatever the backlog.
 */
function checkSynBacklog(entries: Entries): Omit<Finding, 'code'> | undefined {
  const synBacklogEntry = entries.get('net.ipv4.tcp_max_syn_backlog');
  const synBacklog = synBacklogEntry ? integersOf(synBacklogEntry.value)?.[0] : undefined;
  const somaxconn = effectiveIntegers(entries, 'net.core.somaxconn')?.[0];
  const syncookies = effectiveIntegers(entries, 'net.ipv4.tcp_syncookies')?.[0];
  if (!synBacklogEntry || synBacklog === undefined || somaxconn === undefined || syncookies !== 0 || synBacklog >= somaxconn) {
    return undefined;
  }
  return {
    severity: 'warning',
    line: synBacklogEntry.line,
    span: synBacklogEntry.valueSpan,
    message: format(
      {
        en: 'With tcp_syncookies = 0, the kernel starts dropping SYNs from clients it has not seen before once a listener holds three quarters of net.ipv4.tcp_max_syn_backlog ({synBacklog}) half-open connections, however large the listen backlog; net.core.somaxconn = {somaxconn} ({origin}) then cannot be used for handshakes in a burst. Raise tcp_max_syn_backlog to at least somaxconn, or better, turn SYN cookies back on.',
        zh: '在 tcp_syncookies = 0 时，一旦某个监听端口的半连接数达到 net.ipv4.tcp_max_syn_backlog（{synBacklog}）的四分之三，内核就开始丢弃此前没有连接记录的客户端发来的 SYN，不管 listen 的 backlog 有多大；于是 net.core.somaxconn = {somaxconn}（{originZh}）在突发建连时根本用不上。请把 tcp_max_syn_backlog 调到不小于 somaxconn，更好的做法是重新打开 SYN cookies。',
      },
      { synBacklog, somaxconn, origin: origin(entries, 'net.core.somaxconn').en, originZh: origin(entries, 'net.core.somaxconn').zh },
    ),
    related: [
      ...relatedTo(entries, 'net.core.somaxconn', { en: 'somaxconn', zh: 'somaxconn' }),
      ...relatedTo(entries, 'net.ipv4.tcp_syncookies', { en: 'SYN cookies switched off here', zh: '这里关闭了 SYN cookies' }),
    ],
  };
}
