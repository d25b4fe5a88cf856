import type { Localized } from '../i18n/localized';

/**
 * The socket timers `netstat -o` and `ss -o` print. Both read the same kernel fields: which timer is
 * pending, when it fires, and a counter (retransmissions, or probes sent without an answer).
 */
export type TimerKind = 'retransmit' | 'keepalive' | 'timewait' | 'orphan-fin-wait2' | 'zero-window-probe' | 'off' | 'unknown';

export interface TimerDoc {
  readonly meaning: Localized;
  /** What the counter that comes with the timer counts for this kind. */
  readonly counter: Localized;
  /** When to worry. */
  readonly concern: Localized;
  readonly relatedKeys: readonly string[];
}

/** Timer names as printed: net-tools `on`/`keepalive`/`timewait`/`probe`/`off`, ss `on`/`keepalive`/`timewait`/`persist`/`off`. */
export const TIMER_NAMES: Readonly<Record<string, TimerKind>> = {
  on: 'retransmit',
  keepalive: 'keepalive',
  timewait: 'timewait',
  probe: 'zero-window-probe',
  persist: 'zero-window-probe',
  off: 'off',
  unknown: 'unknown',
};

export const TIMER_DOCS: Readonly<Record<TimerKind, TimerDoc>> = {
  retransmit: {
    meaning: {
      en: 'The retransmission timer is running: data (or a SYN, SYN-ACK or FIN) was sent and is not acknowledged yet. It also covers the tail-loss probe. When it fires, the oldest unacknowledged segment is sent again and the timeout doubles.',
      zh: '重传定时器正在计时：已发出的数据（或 SYN、SYN-ACK、FIN）还没有被确认。尾部丢包探测（TLP）也用这个定时器。到期时重发最早一个未确认的报文段，并把超时时间翻倍。',
    },
    counter: {
      en: 'retransmission timeouts in a row without progress',
      zh: '连续发生且没有进展的重传超时次数',
    },
    concern: {
      en: 'On an active connection the timer is normal and the counter is 0. A counter above 0 means segments were lost and resent; one that keeps climbing means the peer is unreachable, and the connection is given up after `tcp_retries2` (default 15, about 15 minutes) — or `tcp_syn_retries`/`tcp_synack_retries` during the handshake (an outgoing SYN also gets `tcp_syn_linear_timeouts` extra tries since Linux 6.5), `tcp_orphan_retries` for closed sockets.',
      zh: '活跃连接上有这个定时器是正常的，计数为 0。计数大于 0 说明有报文丢失并重传；持续增加说明对端不可达，达到 `tcp_retries2`（默认 15 次，约 15 分钟）后连接被放弃；握手阶段看 `tcp_syn_retries`/`tcp_synack_retries`（Linux 6.5 起，主动发出的 SYN 还会额外多试 `tcp_syn_linear_timeouts` 次），已关闭的 socket 看 `tcp_orphan_retries`。',
    },
    relatedKeys: ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_syn_retries', 'net.ipv4.tcp_synack_retries', 'net.ipv4.tcp_orphan_retries'],
  },
  keepalive: {
    meaning: {
      en: 'The keepalive timer: the socket enabled `SO_KEEPALIVE` and is idle. When the timer fires after `tcp_keepalive_time` of silence, a probe is sent, then one every `tcp_keepalive_intvl`. Current kernels show no timer on a listener (the accepted connections inherit `SO_KEEPALIVE`); kernels before 4.4 showed `keepalive` on a listener with pending handshakes, because that timer drove its SYN-ACK retransmissions.',
      zh: '保活定时器：socket 开启了 `SO_KEEPALIVE` 且当前空闲。空闲达到 `tcp_keepalive_time` 后定时器到期，发出第一个探测，之后每隔 `tcp_keepalive_intvl` 发一个。当前内核的监听 socket 上不显示定时器（`accept()` 出来的连接会继承 `SO_KEEPALIVE`）；4.4 之前的内核里，有未完成握手的监听 socket 也会显示 `keepalive`，因为 SYN-ACK 重传就是由这个定时器驱动的。',
    },
    counter: {
      en: 'keepalive probes sent without an answer',
      zh: '已发出但未得到应答的保活探测次数',
    },
    concern: {
      en: 'Normally 0. A rising count means the peer stopped answering; after `tcp_keepalive_probes` unanswered probes the connection is reset. A time left near 7200 s means the kernel default, often far longer than a load balancer\'s idle timeout.',
      zh: '正常为 0。计数在增加说明对端已不再应答；未应答次数达到 `tcp_keepalive_probes` 后连接被重置。剩余时间接近 7200 秒说明用的是内核默认值，通常远长于负载均衡器的空闲超时。',
    },
    relatedKeys: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'],
  },
  timewait: {
    meaning: {
      en: 'The TIME_WAIT timer: the socket closed first and waits out 2×MSL, fixed at 60 s on Linux, before the port pair can be used again. The time shown counts down from 60 s.',
      zh: 'TIME_WAIT 定时器：该 socket 是主动关闭方，需要等待 2×MSL（Linux 上固定为 60 秒）后，这对地址端口才能再次使用。显示的时间从 60 秒开始倒数。',
    },
    counter: {
      en: 'always 0 for this timer',
      zh: '该定时器下恒为 0',
    },
    concern: {
      en: 'One socket is harmless. Many of them toward one server port can exhaust local ports for outbound connections; see the TIME_WAIT state for remedies (`tcp_tw_reuse`, connection pooling).',
      zh: '少量无害。大量指向同一个服务端口时，可能耗尽出站连接可用的本地端口；处理办法见 TIME_WAIT 状态的说明（`tcp_tw_reuse`、连接池）。',
    },
    relatedKeys: ['net.ipv4.tcp_tw_reuse', 'net.ipv4.tcp_max_tw_buckets', 'net.ipv4.ip_local_port_range'],
  },
  // An orphaned FIN_WAIT2 socket is kept in the same small structure as TIME_WAIT, so the tools
  // print its tcp_fin_timeout countdown as a `timewait` timer.
  'orphan-fin-wait2': {
    meaning: {
      en: 'On a FIN_WAIT2 row this timer is not TIME_WAIT: the application has already closed the socket (an orphan), and the kernel waits at most `net.ipv4.tcp_fin_timeout` (default 60 s) for the peer\'s FIN before dropping it. Linux keeps such orphans in the same lightweight structure as TIME_WAIT sockets, hence the name.',
      zh: '出现在 FIN_WAIT2 行上时，这个定时器并不是 TIME_WAIT：应用已经关闭了 socket（孤儿连接），内核最多再等 `net.ipv4.tcp_fin_timeout`（默认 60 秒）让对端发来 FIN，超时就直接回收。Linux 用与 TIME_WAIT 相同的轻量结构保存这类孤儿连接，所以显示为 timewait。',
    },
    counter: {
      en: 'always 0 for this timer',
      zh: '该定时器下恒为 0',
    },
    concern: {
      en: 'Many of them towards one peer mean the peer never closes its side (on its host they sit in CLOSE_WAIT). Lowering `tcp_fin_timeout` frees them sooner; the fix belongs on the peer. It does not shorten TIME_WAIT.',
      zh: '大量指向同一对端，说明对端一直不关闭自己这一侧（在对端主机上它们处于 CLOSE_WAIT）。调小 `tcp_fin_timeout` 可以更快回收它们，但真正的修复在对端；它不会缩短 TIME_WAIT。',
    },
    relatedKeys: ['net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_max_orphans'],
  },
  'zero-window-probe': {
    meaning: {
      en: 'The zero-window probe (persist) timer: the peer advertised a zero receive window, so we cannot send and instead probe periodically until the window opens.',
      zh: '零窗口探测（persist）定时器：对端通告的接收窗口为 0，本端无法发送数据，只能定期探测，直到窗口重新打开。',
    },
    counter: {
      en: 'window probes sent without an answer',
      zh: '已发出但未得到应答的窗口探测次数',
    },
    concern: {
      en: 'The receiving application is not reading (check its Recv-Q on the other host). If the peer stops answering the probes, the connection is dropped after `tcp_retries2` probes.',
      zh: '说明接收端应用没有在读数据（看对端主机上该连接的 Recv-Q）。如果对端连探测都不应答，达到 `tcp_retries2` 次后连接被放弃。',
    },
    relatedKeys: ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_rmem'],
  },
  off: {
    meaning: {
      en: 'No timer is pending: nothing is waiting for an acknowledgement and keepalive is not enabled on this socket.',
      zh: '没有挂起的定时器：没有等待确认的数据，这个 socket 也没有开启保活。',
    },
    counter: {
      en: 'unused',
      zh: '不使用',
    },
    concern: {
      en: 'An idle connection without keepalive is never checked: if the peer or a middlebox forgets it, this side only notices when it next sends.',
      zh: '没开保活的空闲连接不会有任何检测：如果对端或中间设备已经丢掉了这条连接的状态，本端要等下次发送数据时才会发现。',
    },
    relatedKeys: ['net.ipv4.tcp_keepalive_time'],
  },
  unknown: {
    meaning: {
      en: 'A timer kind the tool does not know how to name.',
      zh: '工具不认识、无法给出名称的定时器类型。',
    },
    counter: {
      en: 'depends on the timer',
      zh: '取决于定时器类型',
    },
    concern: {
      en: 'Rare; compare with `/proc/net/tcp` (column `tr`).',
      zh: '很少见；可对照 `/proc/net/tcp` 的 `tr` 列。',
    },
    relatedKeys: [],
  },
};

/** How the three numbers of net-tools `-o` read: `keepalive (7187.12/0/0)`. */
export const NET_TOOLS_TIMER_FIELDS: Localized = {
  en: 'The three numbers: seconds until the timer fires / retransmission timeouts in a row / keepalive or zero-window probes sent without an answer.',
  zh: '三个数字依次是：距定时器触发的秒数 / 连续重传超时次数 / 未得到应答的保活或零窗口探测次数。',
};

/** How ss `-o` reads: `timer:(keepalive,119min,0)`. */
export const SS_TIMER_FIELDS: Localized = {
  en: 'The three parts: timer name, time until it fires, and a counter (retransmissions for `on`, unanswered probes for `keepalive` and `persist`).',
  zh: '三部分依次是：定时器名称、距触发的时间、一个计数（`on` 为重传次数，`keepalive` 和 `persist` 为未应答的探测次数）。',
};
