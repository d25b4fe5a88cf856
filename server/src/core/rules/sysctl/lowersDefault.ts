import { kernelDefaultOf, kernelLabel } from '../../analysis/kernelDefaults';
import { integersOf, lastEntries } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import { CappedFindings } from '../cappedFindings';
import type { SysctlRule } from './sysctlRule';

/** A key that caps something, the item of its value that is the cap, and what a lower cap costs. */
interface Limit {
  /** Index of the cap in a list value (tcp_rmem's third item is the largest buffer). */
  readonly item: number;
  readonly reason: Localized;
}

/**
 * Keys that are ceilings: a value below the kernel default takes away headroom every workload had,
 * usually because a tuning guide written for an older kernel (somaxconn 1024 when the default was
 * 128) is applied to a newer one. Keys whose default depends on the machine are not here: they are
 * never judged.
 */
export const LIMIT_KEYS: ReadonlyMap<string, Limit> = new Map<string, Limit>([
  ['net.core.somaxconn', { item: 0, reason: { en: 'every listen() backlog is cut to this, so busy servers drop connections sooner', zh: '所有 listen() 的 backlog 都会被截到这个值，繁忙的服务更早开始丢连接' } }],
  ['net.core.netdev_max_backlog', { item: 0, reason: { en: 'packets beyond this queue per CPU are dropped during bursts', zh: '突发流量时每个 CPU 队列超出这个长度的包会被丢弃' } }],
  ['net.core.rmem_max', { item: 0, reason: { en: 'applications asking for a larger receive buffer (SO_RCVBUF) get at most this', zh: '应用通过 SO_RCVBUF 申请更大的接收缓冲区时最多只能拿到这么多' } }],
  ['net.core.wmem_max', { item: 0, reason: { en: 'applications asking for a larger send buffer (SO_SNDBUF) get at most this', zh: '应用通过 SO_SNDBUF 申请更大的发送缓冲区时最多只能拿到这么多' } }],
  ['net.core.optmem_max', { item: 0, reason: { en: 'socket options and ancillary data that need more memory fail', zh: '需要更多内存的套接字选项和辅助数据会失败' } }],
  ['net.ipv4.tcp_rmem', { item: 2, reason: { en: 'receive-buffer autotuning stops at the third number, which limits throughput on long, fast paths', zh: '接收缓冲区自动调节的上限是第三个数，高带宽长距离链路的吞吐会受限' } }],
  ['net.ipv4.tcp_wmem', { item: 2, reason: { en: 'send-buffer autotuning stops at the third number, which limits throughput on long, fast paths', zh: '发送缓冲区自动调节的上限是第三个数，高带宽长距离链路的吞吐会受限' } }],
  ['fs.nr_open', { item: 0, reason: { en: 'no process can raise its open-file limit (ulimit -n) above this', zh: '任何进程都无法把打开文件数上限（ulimit -n）提到这个值以上' } }],
  ['fs.inotify.max_user_instances', { item: 0, reason: { en: 'editors, file watchers and container runtimes fail to start more watchers', zh: '编辑器、文件监视工具和容器运行时会无法再创建监视实例' } }],
  ['fs.aio-max-nr', { item: 0, reason: { en: 'databases that use native asynchronous I/O fail to set it up', zh: '使用原生异步 I/O 的数据库会无法完成初始化' } }],
  ['vm.max_map_count', { item: 0, reason: { en: 'processes that map many regions (Elasticsearch, JVMs) fail with out-of-memory errors', zh: '映射大量内存区域的进程（Elasticsearch、JVM）会报内存不足' } }],
  ['net.unix.max_dgram_qlen', { item: 0, reason: { en: 'senders on Unix datagram sockets (syslog) block or fail sooner', zh: 'Unix 数据报套接字（如 syslog）的发送方会更早阻塞或失败' } }],
  ['kernel.keys.maxkeys', { item: 0, reason: { en: 'non-root users can keep fewer keys (Kerberos, container runtimes)', zh: '非 root 用户能保存的密钥更少（Kerberos、容器运行时会用到）' } }],
]);

const LOWERED: Localized = {
  en: 'This lowers {key} from the kernel default {standard} ({kernel}) to {set}: {reason}. Many tuning guides predate the current default; remove the line or raise the value unless the lower limit is intended.',
  zh: '这一行把 {key} 从内核默认值 {standard}（{kernel}）调低到 {set}：{reason}。很多调优指南写于默认值调整之前；除非确实要更低的上限，否则请删掉这一行或调高取值。',
};

/** A limit set below the chosen kernel's default. */
export const lowersDefault: SysctlRule = {
  code: 'sysctl.lowers-default',
  check({ file, entries, settings }) {
    if (file.isSnapshot) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'information');
    // Only the line of each key that stays in effect within the file (its last) is judged.
    const last = lastEntries(file);
    for (const { entry, status } of entries) {
      const limit = last.get(entry.key) === entry && status.kind === 'documented' ? LIMIT_KEYS.get(entry.key) : undefined;
      const kernelDefault = limit ? kernelDefaultOf(entry.key, settings.kernelVersion) : undefined;
      if (!limit || kernelDefault === undefined) {
        continue;
      }
      const items = integersOf(entry.value);
      const set = items?.[limit.item];
      const standard = integersOf(kernelDefault)?.[limit.item];
      // A list out of order (tcp_rmem max below its default) is the inconsistent-values rule's finding.
      const ordered = items !== undefined && items.every((item, index) => index === 0 || items[index - 1] <= item);
      if (set === undefined || standard === undefined || !ordered || set >= standard) {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.valueSpan);
        continue;
      }
      const values = { key: entry.key, standard, set, kernel: kernelLabel(settings.kernelVersion) };
      findings.add({
        code: this.code,
        severity: 'information',
        line: entry.line,
        span: entry.valueSpan,
        message: {
          en: format(LOWERED, { ...values, reason: limit.reason.en }).en,
          zh: format(LOWERED, { ...values, reason: limit.reason.zh }).zh,
        },
      });
    }
    return findings.result({
      en: '{hidden} more lines from here on lower a limit below the kernel default and are not reported one by one.',
      zh: '从这里开始还有 {hidden} 行把上限调到了内核默认值以下，不再逐行提示。',
    });
  },
};
