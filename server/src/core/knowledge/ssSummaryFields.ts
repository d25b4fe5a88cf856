import type { Localized } from '../i18n/localized';

/**
 * The numbers of `ss -s`. ss computes them from /proc/net/sockstat and /proc/net/snmp rather than
 * from the socket list, which is why they rarely add up to what `ss -tan` shows.
 */
export interface SsSummaryFieldDoc {
  readonly meaning: Localized;
  /** What to check when the value is large or keeps growing. */
  readonly largeValue?: Localized;
  readonly relatedKeys: readonly string[];
}

/** `Total: 182` and the number right after `TCP:`. */
export const SS_SUMMARY_TOTALS: Readonly<Record<'total' | 'tcp', SsSummaryFieldDoc>> = {
  total: {
    meaning: {
      en: 'Sockets of every family in use on the host (`sockets: used` of /proc/net/sockstat): UNIX, netlink and the rest, not only TCP and UDP.',
      zh: '主机上正在使用的各协议族 socket 总数（/proc/net/sockstat 的 `sockets: used`）：包括 UNIX、netlink 等，不只是 TCP 和 UDP。',
    },
    relatedKeys: ['fs.file-max'],
  },
  tcp: {
    meaning: {
      en: 'Every TCP socket the kernel holds, TIME_WAIT included (`alloc` plus `tw` of /proc/net/sockstat): listeners, connections, and sockets not yet connected or no longer connected.',
      zh: '内核持有的全部 TCP socket，包括 TIME_WAIT（/proc/net/sockstat 中 `alloc` 与 `tw` 之和）：监听 socket、各种连接，以及尚未连接或已经断开的 socket。',
    },
    relatedKeys: [],
  },
};

/** The words inside the parentheses of the `TCP:` line. */
export const SS_SUMMARY_TCP_FIELDS: Readonly<Record<string, SsSummaryFieldDoc>> = {
  estab: {
    meaning: {
      en: 'Connections in ESTABLISHED **or CLOSE_WAIT**: it is the `CurrEstab` counter of /proc/net/snmp, which counts both.',
      zh: '处于 ESTABLISHED **或 CLOSE_WAIT** 的连接数：取自 /proc/net/snmp 的 `CurrEstab` 计数，两种状态都算在内。',
    },
    largeValue: {
      en: 'If it is much larger than the ESTAB rows of `ss -tan state established`, the difference is CLOSE_WAIT: check `ss -tan state close-wait`.',
      zh: '如果明显大于 `ss -tan state established` 列出的行数，差额就是 CLOSE_WAIT：用 `ss -tan state close-wait` 查看。',
    },
    relatedKeys: [],
  },
  closed: {
    meaning: {
      en: 'Not a count of any state but a difference: TCP sockets that exist yet sit in no lookup table. These are sockets created or bound but neither listening nor connected, and sockets whose connection ended (reset, or shut down and finished) while the application still holds the descriptor.',
      zh: '这不是某个状态的计数，而是算出来的差值：已经存在、却不在任何查找表里的 TCP socket。包括已创建或已 bind、但既没监听也没连接的 socket，以及连接已经结束（被重置，或 shutdown 后走完关闭流程）、但应用仍持有描述符的 socket。',
    },
    largeValue: {
      en: 'A number that keeps growing is a descriptor leak: some process creates sockets, or keeps dead ones, without closing them. Look for the process whose `socket:` entries in `ls -l /proc/<pid>/fd` keep growing while `ss -tanp` shows no new connections for it.',
      zh: '持续增长说明有描述符泄漏：某个进程不断创建 socket，或留着已失效的 socket 不关闭。找出这样的进程：它在 `ls -l /proc/<pid>/fd` 中的 `socket:` 条目不断增加，`ss -tanp` 却看不到它有新的连接。',
    },
    relatedKeys: ['fs.file-max', 'fs.nr_open'],
  },
  orphaned: {
    meaning: {
      en: 'TCP sockets the applications have already closed while the kernel still finishes their shutdown (FIN_WAIT1, CLOSING, LAST_ACK…). The count is kernel-wide, not per network namespace.',
      zh: '应用已经关闭、但内核还在走完关闭流程的 TCP socket（FIN_WAIT1、CLOSING、LAST_ACK 等）。这个数是全内核的，不区分网络命名空间。',
    },
    largeValue: {
      en: 'Beyond `net.ipv4.tcp_max_orphans` the kernel resets new orphans at once and logs "too many orphaned sockets". Many orphans mean peers that stopped acknowledging: see `tcp_orphan_retries`.',
      zh: '超过 `net.ipv4.tcp_max_orphans` 后，内核会直接重置新的孤儿连接，并记录 “too many orphaned sockets”。孤儿连接多，说明不少对端已不再回应确认：参见 `tcp_orphan_retries`。',
    },
    relatedKeys: ['net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_orphan_retries'],
  },
  timewait: {
    meaning: {
      en: 'TIME_WAIT sockets, plus orphaned FIN_WAIT2 sockets, which the kernel keeps in the same lightweight form (`tw` of /proc/net/sockstat).',
      zh: 'TIME_WAIT socket，加上内核以同样轻量形式保存的孤儿 FIN_WAIT2 socket（/proc/net/sockstat 的 `tw`）。',
    },
    largeValue: {
      en: 'Capped by `net.ipv4.tcp_max_tw_buckets`. On a client, many of them towards one upstream can use up the ephemeral ports; hover a TIME-WAIT row for the remedies.',
      zh: '上限为 `net.ipv4.tcp_max_tw_buckets`。在客户端上，大量指向同一上游的 TIME_WAIT 会耗尽临时端口；把鼠标放在 TIME-WAIT 行上可查看处理办法。',
    },
    relatedKeys: ['net.ipv4.tcp_max_tw_buckets', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_tw_reuse'],
  },
};

/** The rows of the `Transport Total IP IPv6` table. */
export const SS_SUMMARY_TRANSPORT_ROWS: Readonly<Record<string, SsSummaryFieldDoc>> = {
  RAW: {
    meaning: { en: 'Raw IP sockets (routing daemons, keepalived, and ping or traceroute when they use raw sockets), by IP version.', zh: '原始 IP socket（路由守护进程、keepalived，以及使用原始 socket 的 ping、traceroute），按 IP 版本分列。' },
    relatedKeys: [],
  },
  UDP: {
    meaning: { en: 'UDP sockets in use, by IP version.', zh: '正在使用的 UDP socket，按 IP 版本分列。' },
    relatedKeys: [],
  },
  TCP: {
    meaning: {
      en: 'TCP sockets in the kernel\'s lookup tables (`inuse` of /proc/net/sockstat), by IP version: listeners and connections, not the sockets counted as closed above.',
      zh: '位于内核查找表中的 TCP socket（/proc/net/sockstat 的 `inuse`），按 IP 版本分列：监听 socket 和各种连接，不含上面算作 closed 的 socket。',
    },
    relatedKeys: [],
  },
  INET: {
    meaning: { en: 'RAW, UDP and TCP together.', zh: 'RAW、UDP、TCP 三者之和。' },
    relatedKeys: [],
  },
  FRAG: {
    meaning: {
      en: 'IP packets waiting to be reassembled from fragments.',
      zh: '正在等待分片重组的 IP 报文。',
    },
    largeValue: {
      en: 'A steady non-zero value means fragmented traffic (often UDP over a smaller MTU); drops show as `ReasmFails` in `netstat -s`.',
      zh: '持续不为 0 说明存在分片流量（常见于 MTU 较小路径上的 UDP）；重组失败会体现在 `netstat -s` 的 `ReasmFails` 中。',
    },
    relatedKeys: ['net.ipv4.ipfrag_high_thresh', 'net.ipv4.ipfrag_time'],
  },
};
