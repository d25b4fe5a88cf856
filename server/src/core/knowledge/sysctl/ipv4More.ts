import type { SysctlKeyDoc } from '../types';

/**
 * IPv4 keys of 5.x kernels not documented elsewhere: the one-socket-buffer caches that 5.x TCP
 * kept per socket. Facts from net/ipv4/sysctl_net_ipv4.c of the 5.10 Debian tree (both global
 * static keys, off by default) and the catalogs (present in 5.4–5.15). They went in 5.16 with
 * the caches themselves ("tcp: remove sk_{tr}x_skb_cache").
 */
export const IPV4_MORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_rx_skb_cache',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'No cache (default).', zh: '不缓存（默认）。' } },
      { value: '1', meaning: { en: 'Hold back the last receive buffer the application read and free it when the next packet arrives.', zh: '暂存应用刚读完的最后一个接收缓冲区，等下一个报文到达时再释放。' } },
    ],
    removedIn: '5.16',
    perNamespace: false,
    related: ['net.ipv4.tcp_tx_skb_cache', 'net.ipv4.tcp_rmem'],
    summary: {
      en: 'Whether each TCP socket holds back the last receive buffer (skb) the application has read, so that it is freed by the softirq that handles the next incoming packet instead of inside recvmsg().',
      zh: '每个 TCP socket 是否暂存应用刚读完的最后一个接收缓冲区（skb），让它由处理下一个入站报文的软中断释放，而不是在 recvmsg() 里释放。',
    },
    details: {
      en: 'The buffer is not reused: the point was to free it on the CPU that receives for the socket and to keep the cost of freeing out of the application\'s read. Each socket may hold one such buffer, which costs memory on machines with many sockets, so it stayed off by default; 5.16 removed the cache and the key. One value for the whole machine.',
      zh: '这个缓冲区并不会被复用：目的是让它在负责该 socket 收包的 CPU 上释放，并把释放的开销挪出应用的读操作。每个 socket 都可能占着一个这样的缓冲区，在 socket 很多的机器上会多占内存，所以默认关闭；5.16 删除了这个缓存和参数。整机共用一个值。',
    },
  },
  {
    key: 'net.ipv4.tcp_tx_skb_cache',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'No cache (default).', zh: '不缓存（默认）。' } },
      { value: '1', meaning: { en: 'Keep one freed send buffer per socket for reuse.', zh: '每个 socket 保留一个已释放的发送缓冲区以便复用。' } },
    ],
    removedIn: '5.16',
    perNamespace: false,
    related: ['net.ipv4.tcp_rx_skb_cache', 'net.ipv4.tcp_wmem'],
    summary: {
      en: 'Whether each TCP socket keeps one freed send buffer (skb) to reuse for the next write.',
      zh: '每个 TCP socket 是否保留一个已释放的发送缓冲区（skb），留给下一次写入复用。',
    },
    details: {
      en: 'Off by default after it was found to cause problems; 5.16 removed the cache and the key. One value for the whole machine.',
      zh: '发现会引发问题后默认关闭；5.16 删除了这个缓存和参数。整机共用一个值。',
    },
  },
];
