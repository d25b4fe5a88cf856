import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';

/**
 * Real keys that `sysctl -a` does not print, so a catalog made from its output misses them: write-only
 * actions, a secret that cannot be read before it is set, and deprecated neighbour aliases that procps
 * hides unless `--deprecated` is given.
 *
 * Facts from the kernel sources: net/ipv4/route.c (`ipv4_route_flush_table`, mode 0200,
 * ipv4_sysctl_rtcache_flush), net/ipv6/route.c (ipv6_sysctl_rtcache_flush, mode 0200, fib6_run_gc),
 * fs/drop_caches.c (mode 0200, range 1–4; in kernel/sysctl.c before 6.x, with mode 0644 up to 5.3 as
 * 3.10 and 4.19 show, 0200 from 5.4, commit 204cb79ad42f), mm/compaction.c (`compact_memory`,
 * mode 0200), net/ipv6/addrconf.c (addrconf_sysctl_stable_secret: mode 0600, EIO until set) and
 * net/core/neighbour.c (base_reachable_time in seconds and retrans_time in USER_HZ ticks, reusing the
 * data of their `_ms` twins; for IPv6, net/ipv6/ndisc.c `ndisc_ifinfo_sysctl_change` replaces the
 * retrans_time handler with plain `neigh_proc_dointvec`, so that alias shows raw kernel ticks);
 * procps sysctl.c lists both names as deprecated.
 */

const WRITE_ONLY_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.route.flush',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Write-only (mode 0200): it triggers an action and has no value to read, which is why `sysctl -a` does not list it.',
      zh: '只写（权限 0200）：写入它是触发一个动作，没有可读的值，所以 `sysctl -a` 不会列出它。',
    },
    unlisted: 'write-only',
    perNamespace: true,
    related: ['net.ipv6.route.flush', 'net.ipv4.route.mtu_expires'],
    summary: {
      en: 'Writing any number invalidates the IPv4 routing decisions the kernel has cached, so the next packets look the routes up again.',
      zh: '写入任意数字都会让内核已缓存的 IPv4 路由结果失效，之后的报文重新查路由表。',
    },
    details: {
      en:
        'An action, not a setting: the value written is ignored. Since the routing cache was removed in 3.6 there is little to flush; what it still drops are cached next-hop exceptions such as learned path MTUs and redirects, and the routes sockets have cached.\n\n' +
        '- Useful once, by hand, after changing routes or policy rules when a long-lived connection keeps an old path: `sysctl -w net.ipv4.route.flush=1` or `ip route flush cache`.\n' +
        '- In a sysctl.conf file it only runs at boot or `sysctl --system`, when there is nothing to flush; it is harmless there, but it does nothing useful either.',
      zh:
        '这是一个动作而不是配置：写入的值会被忽略。路由缓存在 3.6 中被移除后，已经没有多少东西可刷新；它仍会清掉的是缓存的下一跳例外信息（学到的路径 MTU、重定向）以及 socket 缓存的路由。\n\n' +
        '- 修改路由或策略路由后，如果长连接还在走旧路径，可以手工执行一次：`sysctl -w net.ipv4.route.flush=1` 或 `ip route flush cache`。\n' +
        '- 写在 sysctl.conf 里只会在开机或执行 `sysctl --system` 时运行，那时没有什么可刷新的；无害，但也毫无作用。',
    },
  },
  {
    key: 'net.ipv6.route.flush',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Write-only (mode 0200): it triggers an action and has no value to read, which is why `sysctl -a` does not list it.',
      zh: '只写（权限 0200）：写入它是触发一个动作，没有可读的值，所以 `sysctl -a` 不会列出它。',
    },
    unlisted: 'write-only',
    perNamespace: true,
    related: ['net.ipv4.route.flush'],
    summary: {
      en: 'Writing a number cleans up the expired and cached entries of the IPv6 routing table.',
      zh: '写入一个数字会清理 IPv6 路由表中已过期和缓存的条目。',
    },
    details: {
      en:
        'An action, not a setting: each write starts a clean-up of the expired and cached entries of the IPv6 routing table; `1` is the usual value.\n\n' +
        '- Useful by hand after routing changes when stale cached routes (for example learned path MTUs) get in the way: `sysctl -w net.ipv6.route.flush=1`.\n' +
        '- In a sysctl.conf file it only runs at boot or `sysctl --system`; harmless, but it achieves nothing.',
      zh:
        '这是一个动作而不是配置：每写入一次，就对 IPv6 路由表中已过期和缓存的条目做一次清理；通常写 `1`。\n\n' +
        '- 路由变更后，如果过时的缓存路由（例如学到的路径 MTU）造成干扰，可以手工执行：`sysctl -w net.ipv6.route.flush=1`。\n' +
        '- 写在 sysctl.conf 里只会在开机或执行 `sysctl --system` 时运行；无害，但毫无作用。',
    },
  },
  {
    key: 'vm.drop_caches',
    type: 'enum',
    default: null,
    defaultNote: {
      en: 'Write-only (mode 0200) since Linux 5.4, so `sysctl -a` does not list it. Up to 5.3 (RHEL 7\'s 3.10 among them) it had mode 0644 and printed the last value written (0 at boot), which made it look like a setting.',
      zh: '从 Linux 5.4 起是只写的（权限 0200），所以 `sysctl -a` 不会列出它。5.3 及之前（包括 RHEL 7 的 3.10）权限是 0644，会显示上一次写入的值（开机时为 0），让人误以为它是一项配置。',
    },
    values: [
      { value: '1', meaning: { en: 'Drop the clean page cache.', zh: '丢弃干净的页缓存。' } },
      { value: '2', meaning: { en: 'Drop reclaimable slab objects: dentries and inodes.', zh: '丢弃可回收的 slab 对象：目录项和 inode。' } },
      { value: '3', meaning: { en: 'Both.', zh: '两者都丢弃。' } },
      { value: '4', meaning: { en: 'Drop nothing; only stop the kernel logging later uses of this file.', zh: '什么都不丢弃，只是让内核之后不再记录对这个文件的使用。' } },
    ],
    unlisted: 'write-only',
    perNamespace: false,
    related: ['vm.vfs_cache_pressure', 'vm.compact_memory'],
    summary: {
      en: 'Writing 1, 2 or 3 throws away clean page cache, dentries and inodes, or both, once.',
      zh: '写入 1、2 或 3，一次性丢弃干净的页缓存、目录项和 inode，或两者都丢弃。',
    },
    details: {
      en:
        'A one-off action for benchmarks and debugging, not a tuning knob. Only clean data goes: run `sync` first to write dirty pages out. Every use is logged as `drop_caches: N` unless 4 was written once.\n\n' +
        '- 0 is rejected (the accepted range is 1–4), so `vm.drop_caches = 0`, often copied to "turn it off", fails to apply.\n' +
        '- In a sysctl.conf file it empties the caches at every boot and every `sysctl --system`, and the machine then reads everything from disk again. Free memory in `free` is not a problem to solve: the kernel gives cache back on demand.',
      zh:
        '这是给压测和排障用的一次性动作，不是调优参数。只丢弃干净的数据：先执行 `sync` 把脏页写回磁盘。每次使用都会在日志中记一行 `drop_caches: N`，除非曾写入过 4。\n\n' +
        '- 0 会被拒绝（可接受的范围是 1–4），所以常被照抄来“关闭”它的 `vm.drop_caches = 0` 会加载失败。\n' +
        '- 写在 sysctl.conf 里，每次开机和每次执行 `sysctl --system` 都会清空缓存，之后所有数据都得重新从磁盘读。`free` 里可用内存少并不是需要解决的问题：内核会按需把缓存还回来。',
    },
  },
  {
    key: 'vm.compact_memory',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Write-only (mode 0200): an action with nothing to read, so `sysctl -a` does not list it. Exists only with CONFIG_COMPACTION.',
      zh: '只写（权限 0200）：这是一个动作，没有可读的值，所以 `sysctl -a` 不会列出它。只有启用 CONFIG_COMPACTION 的内核才有。',
    },
    unlisted: 'write-only',
    perNamespace: false,
    related: ['vm.compaction_proactiveness', 'vm.extfrag_threshold', 'vm.drop_caches'],
    summary: {
      en: 'Writing 1 compacts the memory of every zone now, moving pages together so that large contiguous blocks become free.',
      zh: '写入 1 会立即整理所有内存区域，把页挪到一起，腾出大块的连续空闲内存。',
    },
    details: {
      en:
        'A one-off action. It helps before allocating huge pages or large DMA buffers on a fragmented machine, and costs CPU and latency while it runs.\n\n' +
        '- For steady background compaction set `vm.compaction_proactiveness` instead.\n' +
        '- In a sysctl.conf file it only runs at boot, when memory is not fragmented yet.',
      zh:
        '这是一次性动作。在碎片化的机器上分配大页或大块 DMA 缓冲区之前有用，运行期间会消耗 CPU 并增加延迟。\n\n' +
        '- 想要持续的后台整理，应设置 `vm.compaction_proactiveness`。\n' +
        '- 写在 sysctl.conf 里只会在开机时运行，而那时内存还没有碎片。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.stable_secret',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'Unset. Until a secret is written, reading it fails with "Input/output error" (EIO), which is why `sysctl -a` skips it; it is also readable by root only (mode 0600).',
      zh: '默认未设置。写入密钥之前读取会报 “Input/output error”（EIO），所以 `sysctl -a` 会跳过它；它也只有 root 能读（权限 0600）。',
    },
    unlisted: 'unreadable-until-set',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.addr_gen_mode', 'net.ipv6.conf.<iface>.use_tempaddr'],
    summary: {
      en: 'Secret, written as an IPv6 address, from which stable privacy addresses (RFC 7217) of the interface are derived.',
      zh: '以 IPv6 地址形式写入的密钥，接口的稳定隐私地址（RFC 7217）由它派生。',
    },
    details: {
      en:
        'With a secret, SLAAC builds the interface identifier from a hash of the secret, the prefix and the interface instead of from the MAC address: the address stays the same on one network but differs between networks and does not reveal the hardware. Writing it switches the interface to `addr_gen_mode = 2` (stable privacy). The `default` secret serves every interface that has none of its own, and writing it switches all interfaces of the namespace to stable privacy.\n\n' +
        '- Write a random value once, e.g. generated from `/dev/urandom`, and keep it across reboots, or the addresses change at every boot.\n' +
        '- NetworkManager and systemd-networkd manage their own secret; set it here only on hosts configured by sysctl alone.',
      zh:
        '设置密钥后，SLAAC 用密钥、前缀和接口计算出的哈希作为接口标识，而不是用 MAC 地址：同一网络内地址保持不变，换一个网络就不同，也不会暴露硬件信息。写入它会把该接口切换为 `addr_gen_mode = 2`（稳定隐私模式）。没有自己密钥的接口都使用 `default` 的密钥，写入 `default` 会把该命名空间内所有接口切换为稳定隐私模式。\n\n' +
        '- 只生成一次随机值（例如取自 `/dev/urandom`），并在重启后保持不变，否则每次开机地址都会变。\n' +
        '- NetworkManager 和 systemd-networkd 会自行管理密钥；只有完全靠 sysctl 配置的主机才需要在这里设置。',
    },
  },
];

/** The deprecated, seconds-or-ticks twins of two neighbour timings that procps hides from `sysctl -a`. */
function deprecatedNeighbourAlias(family: 'ipv4' | 'ipv6', leaf: 'base_reachable_time' | 'retrans_time'): SysctlKeyDoc {
  const modern = `net.${family}.neigh.<iface>.${leaf}_ms`;
  const protocol: Localized = family === 'ipv4' ? { en: 'ARP', zh: 'ARP' } : { en: 'NDP', zh: 'NDP' };
  // IPv6 reads and writes retrans_time as raw jiffies (ndisc_ifinfo_sysctl_change calls neigh_proc_dointvec),
  // IPv4 in USER_HZ ticks (NEIGH_SYSCTL_USERHZ_JIFFIES_ENTRY).
  const rawTicks = family === 'ipv6' && leaf === 'retrans_time';
  const unit: Localized =
    leaf === 'base_reachable_time'
      ? { en: 'in seconds', zh: '以秒为单位' }
      : rawTicks
        ? {
            en: 'in kernel ticks (jiffies, CONFIG_HZ per second: 250 = 1 s with HZ=250, 1000 = 1 s with HZ=1000)',
            zh: '以内核节拍（jiffies）为单位，每秒 CONFIG_HZ 个（HZ=250 时 250 即 1 秒，HZ=1000 时 1000 即 1 秒）',
          }
        : { en: 'in hundredths of a second (USER_HZ ticks, 100 = 1 s)', zh: '以百分之一秒为单位（USER_HZ 节拍，100 即 1 秒）' };
  const what: Localized =
    leaf === 'base_reachable_time'
      ? { en: 'how long a confirmed neighbour stays REACHABLE', zh: '邻居被确认后保持 REACHABLE 的时长' }
      : { en: 'the interval between neighbour probes', zh: '邻居探测的重传间隔' };
  return {
    key: `net.${family}.neigh.<iface>.${leaf}`,
    type: 'int',
    unit: leaf === 'base_reachable_time' ? 'seconds' : rawTicks ? 'jiffies' : 'centiseconds',
    default: leaf === 'base_reachable_time' ? '30' : rawTicks ? null : '100',
    ...(rawTicks
      ? {
          defaultNote: {
            en: 'One second in kernel ticks, so it follows CONFIG_HZ: 250 with HZ=250, 1000 with HZ=1000 (`retrans_time_ms` shows 1000 either way).',
            zh: '等于一秒的内核节拍数，随 CONFIG_HZ 而变：HZ=250 时为 250，HZ=1000 时为 1000（`retrans_time_ms` 则始终显示 1000）。',
          },
        }
      : {}),
    unlisted: 'deprecated-alias',
    perNamespace: true,
    related: [modern],
    summary: {
      en: `Deprecated alias of \`${leaf}_ms\` for ${protocol.en}: ${what.en}, ${unit.en}.`,
      zh: `${protocol.zh} 的 \`${leaf}_ms\` 的旧别名：${what.zh}，${unit.zh}。`,
    },
    details: {
      en:
        `The same kernel value as \`${modern}\`, read and written in another unit; whichever of the two is written last wins. It still works, but procps marks it deprecated: \`sysctl -a\` shows it only with \`--deprecated\`, so it looks missing from listings.\n\n` +
        `- Prefer \`${leaf}_ms\` in new files; keep only one of the two for an interface, or the later line silently overrides the earlier one.`,
      zh:
        `与 \`${modern}\` 是内核中的同一个值，只是读写单位不同；两者谁最后写入就以谁为准。它仍然可用，但 procps 把它标为已弃用：\`sysctl -a\` 只有加上 \`--deprecated\` 才会显示它，所以在列表中看起来像是不存在。\n\n` +
        `- 新配置请使用 \`${leaf}_ms\`；同一个接口只保留其中一个，否则后面的那行会悄悄覆盖前面的。`,
    },
  };
}

/** Keys the kernel has although `sysctl -a` does not print them. */
export const UNLISTED_KEYS: readonly SysctlKeyDoc[] = [
  ...WRITE_ONLY_KEYS,
  deprecatedNeighbourAlias('ipv4', 'base_reachable_time'),
  deprecatedNeighbourAlias('ipv6', 'base_reachable_time'),
  deprecatedNeighbourAlias('ipv4', 'retrans_time'),
  deprecatedNeighbourAlias('ipv6', 'retrans_time'),
];
