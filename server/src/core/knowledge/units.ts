import type { Localized } from '../i18n/localized';
import type { SysctlUnit, SysctlValueType } from './types';

export const UNIT_NAMES: Record<SysctlUnit, Localized> = {
  seconds: { en: 'seconds', zh: '秒' },
  milliseconds: { en: 'milliseconds', zh: '毫秒' },
  jiffies: { en: 'jiffies (kernel ticks)', zh: 'jiffies（内核时钟节拍）' },
  centiseconds: { en: 'hundredths of a second (USER_HZ ticks)', zh: '百分之一秒（USER_HZ 节拍）' },
  bytes: { en: 'bytes', zh: '字节' },
  pages: { en: 'memory pages (usually 4 KiB)', zh: '内存页（通常 4 KiB）' },
  packets: { en: 'packets', zh: '个数据包' },
  sockets: { en: 'sockets', zh: '个 socket' },
  connections: { en: 'connections', zh: '个连接' },
  probes: { en: 'probes', zh: '次探测' },
  retries: { en: 'retransmissions', zh: '次重传' },
  entries: { en: 'entries', zh: '条' },
  ports: { en: 'ports', zh: '个端口' },
};

export const TYPE_NAMES: Record<SysctlValueType, Localized> = {
  bool: { en: 'boolean (0 or 1)', zh: '布尔值（0 或 1）' },
  int: { en: 'integer', zh: '整数' },
  enum: { en: 'one of a few values', zh: '枚举值' },
  'int-list': { en: 'list of integers', zh: '整数列表' },
  string: { en: 'text', zh: '字符串' },
};
