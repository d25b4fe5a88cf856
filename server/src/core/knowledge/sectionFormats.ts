import type { Localized } from '../i18n/localized';
import type { SectionFormat } from '../model/socketTable';

/** How the outline, the panel and messages name what a section of a paste holds. */
export const SECTION_FORMAT_NAMES: Readonly<Record<SectionFormat, Localized>> = {
  ss: { en: 'ss socket table', zh: 'ss 连接列表' },
  'netstat-linux': { en: 'netstat (Linux net-tools)', zh: 'netstat（Linux net-tools）' },
  'netstat-windows': { en: 'netstat (Windows)', zh: 'netstat（Windows）' },
  'netstat-bsd': { en: 'netstat (macOS / BSD)', zh: 'netstat（macOS / BSD）' },
  'proc-net': { en: '/proc/net/tcp table', zh: '/proc/net/tcp 表' },
  lsof: { en: 'lsof network files', zh: 'lsof 网络连接列表' },
  'netstat-statistics': { en: 'netstat -s protocol statistics', zh: 'netstat -s 协议统计' },
  'ss-summary': { en: 'ss -s socket summary', zh: 'ss -s socket 汇总' },
  routes: { en: 'routing table', zh: '路由表' },
  interfaces: { en: 'interface table', zh: '接口统计表' },
  unknown: { en: 'unrecognised output', zh: '无法识别的输出' },
};
