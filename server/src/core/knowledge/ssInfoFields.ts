import type { Localized } from '../i18n/localized';

/** One field `ss -i`, `-e` or `-m` prints, on the row or on the indented line below it. */
export interface SsInfoFieldDoc {
  /** What the field counts, with its unit. */
  readonly meaning: Localized;
  /** What a worrying value looks like; absent when the field is informational only. */
  readonly concern?: Localized;
  /** What the field means instead when the socket listens (ss -i prints the same names on LISTEN rows). */
  readonly onListener?: Localized;
}

const l = (en: string, zh: string): Localized => ({ en, zh });

/**
 * Keyed by the name as printed before `:` (or the bare word for flags and for `send 1.2Mbps`-style
 * fields). Congestion control names (`cubic`, `bbr`…) are flags too.
 */
export const SS_INFO_FIELDS: Readonly<Record<string, SsInfoFieldDoc>> = {
  rtt: {
    meaning: l('Smoothed round-trip time / its mean deviation, in milliseconds: `rtt:12.5/3.1`.', '平滑往返时延 / 其平均偏差，单位毫秒：`rtt:12.5/3.1`。'),
    concern: l('Far above `minrtt` means queues are building on the path (bufferbloat) or the peer answers slowly; a deviation as large as the RTT means jitter.', '远高于 `minrtt` 说明链路上在排队（bufferbloat）或对端响应慢；偏差与 RTT 相当说明抖动很大。'),
  },
  minrtt: {
    meaning: l('Lowest round-trip time seen recently, in milliseconds: the path\'s propagation delay without queueing.', '最近观测到的最小往返时延（毫秒）：不含排队的链路传播时延。'),
  },
  rto: {
    meaning: l('Retransmission timeout in milliseconds: how long the sender waits for an ACK before resending. At least 200 ms on Linux (`tcp_rto_min`).', '重传超时（毫秒）：发送方等待 ACK 多久后重传。Linux 上最小 200 毫秒（`tcp_rto_min`）。'),
    concern: l('Values in seconds (1000+) after backoff mean repeated timeouts: the peer or path is losing packets badly.', '退避后达到秒级（1000 以上）说明连续超时：对端或链路丢包严重。'),
  },
  ato: {
    meaning: l('Delayed-ACK timeout in milliseconds: how long the receiver may hold an ACK hoping to piggyback it on data (40 ms minimum).', '延迟确认超时（毫秒）：接收方为了把 ACK 捎带在数据上最多可延迟多久（最小 40 毫秒）。'),
    concern: l('Small request/response exchanges that stall about 40 ms per round trip point at delayed ACK interacting with Nagle (`TCP_NODELAY`).', '小请求/响应交互每个来回都卡约 40 毫秒，多半是延迟确认与 Nagle 算法相互作用（考虑 `TCP_NODELAY`）。'),
  },
  mss: {
    meaning: l('Maximum segment size used for sending, in bytes: payload per packet after IP and TCP headers and options.', '发送使用的最大报文段长度（字节）：扣除 IP、TCP 头部和选项后每个包的载荷。'),
    concern: l('Well below 1448 on an Ethernet path means a smaller MTU on the way (VPN, tunnel) or MSS clamping.', '以太网链路上明显小于 1448，说明途中有更小的 MTU（VPN、隧道）或做了 MSS 钳制（MSS clamping）。'),
  },
  pmtu: {
    meaning: l('Path MTU in bytes currently assumed toward the peer.', '当前认定的到对端的路径 MTU（字节）。'),
    concern: l('A drop below the interface MTU after start-up means ICMP "fragmentation needed" arrived; if connections hang on large transfers while pmtu stays high, ICMP may be blocked (PMTU black hole; see `tcp_mtu_probing`).', '建连后降到接口 MTU 以下说明收到了 ICMP“需要分片”报文；如果大数据量传输卡住而 pmtu 仍然很高，可能是 ICMP 被拦截（PMTU 黑洞，参考 `tcp_mtu_probing`）。'),
  },
  rcvmss: {
    meaning: l('Estimate of the peer\'s segment size, from the largest segments received, in bytes; used to decide when to ACK.', '根据收到的最大报文段估算的对端 MSS（字节），用于决定何时发送 ACK。'),
  },
  advmss: {
    meaning: l('MSS this side advertised to the peer in its SYN, in bytes.', '本端在 SYN 中向对端通告的 MSS（字节）。'),
  },
  cwnd: {
    meaning: l('Congestion window, in segments: how many unacknowledged segments the sender allows itself in flight.', '拥塞窗口（以报文段计）：发送方允许自己同时在途、尚未被确认的报文段数。'),
    concern: l('Stuck at small values (under 10) on a busy connection means repeated loss; compare with `retrans` and `lost`.', '繁忙连接上长期停在很小的值（小于 10）说明反复丢包；对照 `retrans` 和 `lost`。'),
  },
  ssthresh: {
    meaning: l('Slow-start threshold, in segments: below it the window grows exponentially, above it linearly. Absent until the first loss.', '慢启动阈值（报文段数）：低于它时窗口指数增长，高于它时线性增长。首次丢包前不显示。'),
    concern: l('Much lower than cwnd used to be means losses cut the window down.', '远低于之前的 cwnd 说明丢包把窗口压了下来。'),
  },
  bytes_sent: { meaning: l('Bytes sent, retransmissions included.', '已发送的字节数，包含重传。') },
  bytes_retrans: {
    meaning: l('Bytes sent again.', '重传的字节数。'),
    concern: l('More than 1–2 % of `bytes_sent` points at loss on the path.', '超过 `bytes_sent` 的 1–2% 说明链路有丢包。'),
  },
  bytes_acked: { meaning: l('Bytes the peer acknowledged.', '对端已确认的字节数。') },
  bytes_received: { meaning: l('Bytes received from the peer.', '从对端收到的字节数。') },
  segs_out: { meaning: l('Segments sent, retransmissions and pure ACKs included.', '发出的报文段数，包括重传和纯 ACK。') },
  segs_in: { meaning: l('Segments received, pure ACKs included.', '收到的报文段数，包括纯 ACK。') },
  data_segs_out: { meaning: l('Segments sent that carried data.', '发出的携带数据的报文段数。') },
  data_segs_in: { meaning: l('Segments received that carried data.', '收到的携带数据的报文段数。') },
  send: {
    meaning: l('Theoretical sending rate, cwnd × MSS / RTT: what the current window allows, not what is being sent.', '理论发送速率 cwnd × MSS / RTT：当前窗口允许的速率，并非实际发送速率。'),
  },
  pacing_rate: {
    meaning: l('Rate at which the kernel spaces out packets (with BBR or the fq qdisc); the second number is the cap set by `SO_MAX_PACING_RATE`.', '内核发送报文的节奏速率（BBR 或 fq 队列规则下生效）；第二个数是 `SO_MAX_PACING_RATE` 设置的上限。'),
  },
  delivery_rate: {
    meaning: l('Most recently measured delivery rate: the throughput the connection really achieved.', '最近测得的交付速率：连接实际达到的吞吐量。'),
    concern: l('Far below `send` with `app_limited` absent means the network, not the application, limits throughput.', '远低于 `send` 且没有 `app_limited` 标记，说明限制吞吐的是网络而不是应用。'),
  },
  delivered: { meaning: l('Segments delivered to the peer (acknowledged), retransmitted ones counted once.', '已交付给对端（已确认）的报文段数，重传的只算一次。') },
  delivered_ce: { meaning: l('Delivered segments that carried an ECN congestion mark.', '已交付、且带有 ECN 拥塞标记的报文段数。') },
  app_limited: {
    meaning: l('Flag: the last rate sample was limited by the application not supplying data, so the rates understate the network.', '标记：最近一次速率采样受限于应用没有提供数据，因此速率数值低估了网络能力。'),
  },
  busy: {
    meaning: l('Time the connection spent with data in flight, in milliseconds.', '连接有数据在途的累计时间（毫秒）。'),
  },
  rwnd_limited: {
    meaning: l('Time (and share of busy time) the sender was stalled by the peer\'s receive window.', '发送方因对端接收窗口不足而停滞的时间（及占 busy 时间的比例）。'),
    concern: l('A large share: the receiver reads slowly or its buffers are small (`tcp_rmem` on the peer).', '占比大：接收方读得慢，或其缓冲区太小（对端的 `tcp_rmem`）。'),
  },
  sndbuf_limited: {
    meaning: l('Time (and share of busy time) the sender was stalled by its own send buffer.', '发送方因自己的发送缓冲区不足而停滞的时间（及占 busy 时间的比例）。'),
    concern: l('A large share: raise `tcp_wmem` (or the application\'s `SO_SNDBUF`) for long fat paths.', '占比大：对高带宽高时延链路，应调大 `tcp_wmem`（或应用的 `SO_SNDBUF`）。'),
  },
  retrans: {
    meaning: l('Unacknowledged retransmitted segments now / total retransmissions over the connection\'s life: `retrans:0/12`.', '当前尚未确认的重传报文段数 / 连接生命周期内的重传总数：`retrans:0/12`。'),
    concern: l('A first number above 0 means recovery is under way right now; a total that is a large share of `segs_out` means a lossy path.', '第一个数大于 0 表示此刻正在进行丢包恢复；总数占 `segs_out` 比例大说明链路丢包严重。'),
  },
  lost: {
    meaning: l('Segments currently considered lost and waiting to be resent.', '当前被判定为丢失、等待重传的报文段数。'),
    concern: l('Above 0 in several snapshots: sustained loss.', '多次采样都大于 0：持续丢包。'),
  },
  sacked: { meaning: l('Segments the peer reported received out of order via SACK, beyond a gap.', '对端通过 SACK 报告已乱序收到（位于空洞之后）的报文段数。') },
  reordering: {
    meaning: l('How far out of order packets may arrive before the sender counts them as lost (3 by default, adjusted from what it sees).', '报文乱序到多大程度才被发送方判为丢失（默认 3，会根据实际观测调整）。'),
    concern: l('Large values mean the path reorders packets (multipath, bonding, some NICs).', '数值大说明链路会打乱报文顺序（多路径、链路聚合、部分网卡）。'),
  },
  reord_seen: { meaning: l('Times reordering was detected on this connection.', '本连接检测到乱序的次数。') },
  dsack_dups: { meaning: l('Duplicate segments the peer reported with D-SACK: retransmissions that were not needed.', '对端用 D-SACK 报告的重复报文段数：即不必要的重传。') },
  rcv_rtt: { meaning: l('Round-trip time estimated by the receiver, in milliseconds; drives receive-buffer auto-tuning.', '接收方估算的往返时延（毫秒），用于接收缓冲区的自动调整。') },
  rcv_space: {
    meaning: l('Receive-buffer auto-tuning\'s estimate of what the application reads per RTT, in bytes.', '接收缓冲区自动调整估算的每个 RTT 内应用读取的字节数。'),
  },
  rcv_ssthresh: {
    meaning: l('Current limit on the receive window this side advertises, in bytes; grows as auto-tuning opens the window.', '本端当前通告接收窗口的上限（字节），随自动调整逐步增大。'),
    concern: l('Stuck low on a fast long-distance connection: the receive buffer (`tcp_rmem`) limits throughput.', '在高速长距离连接上一直很小：接收缓冲区（`tcp_rmem`）限制了吞吐。'),
  },
  rcv_wnd: { meaning: l('Receive window this side currently advertises, in bytes.', '本端当前通告的接收窗口（字节）。') },
  snd_wnd: {
    meaning: l('Send window: the receive window the peer last advertised, in bytes.', '发送窗口：对端最近通告的接收窗口（字节）。'),
    concern: l('0 or very small: the peer\'s application is not reading (zero-window stall).', '为 0 或很小：对端应用没有读取数据（零窗口停滞）。'),
  },
  notsent: {
    meaning: l('Bytes in the send queue not sent yet (see `tcp_notsent_lowat`).', '发送队列中尚未发出的字节数（参见 `tcp_notsent_lowat`）。'),
  },
  unacked: {
    meaning: l('Segments sent and not yet acknowledged (packets in flight).', '已发出但尚未被确认的报文段数（在途报文）。'),
    onListener: l(
      'On a LISTEN socket the kernel reports the accept queue here: connections that completed the handshake and wait for accept(), the same number as Recv-Q.',
      '在 LISTEN socket 上，内核在这里报告的是全连接队列：已完成三次握手、等待 accept() 的连接数，与 Recv-Q 相同。',
    ),
  },
  lastsnd: { meaning: l('Milliseconds since the last data was sent.', '距上次发送数据的毫秒数。') },
  lastrcv: { meaning: l('Milliseconds since the last data was received.', '距上次收到数据的毫秒数。') },
  lastack: {
    meaning: l('Milliseconds since the last ACK was received.', '距上次收到 ACK 的毫秒数。'),
    concern: l('Large while `unacked` is above 0: the peer stopped acknowledging.', '`unacked` 大于 0 时该值很大：对端已停止确认。'),
  },
  wscale: {
    meaning: l('Window scale shift: what the peer sent, what this side sent: `wscale:7,7` multiplies windows by 128.', '窗口扩大因子（移位数）：对端发送的值，本端发送的值；`wscale:7,7` 表示窗口乘以 128。'),
    concern: l('Absent on a high-bandwidth connection means a middlebox stripped the option or `tcp_window_scaling` is off: windows are capped at 64 KiB.', '高带宽连接上没有这一项，说明中间设备去掉了该选项或 `tcp_window_scaling` 被关闭：窗口最大只有 64 KiB。'),
  },
  ts: { meaning: l('Flag: TCP timestamps are in use (RTT measurement, PAWS).', '标记：使用了 TCP 时间戳（用于测量 RTT、PAWS 防回绕）。') },
  sack: { meaning: l('Flag: selective acknowledgements are in use.', '标记：使用了选择性确认（SACK）。') },
  ecn: { meaning: l('Flag: ECN was negotiated for this connection.', '标记：本连接协商启用了 ECN。') },
  ecnseen: { meaning: l('Flag: at least one packet arrived with an ECN congestion mark.', '标记：至少收到过一个带 ECN 拥塞标记的报文。') },
  fastopen: { meaning: l('Flag: the connection was opened with TCP Fast Open.', '标记：连接通过 TCP Fast Open 建立。') },
  cubic: { meaning: l('Congestion control algorithm: CUBIC, the Linux default; it backs off on loss.', '拥塞控制算法：CUBIC，Linux 默认算法，遇到丢包即退让。') },
  reno: { meaning: l('Congestion control algorithm: Reno, the classic loss-based one.', '拥塞控制算法：Reno，经典的基于丢包的算法。') },
  bbr: {
    meaning: l('Congestion control algorithm: BBR, which models bottleneck bandwidth and RTT instead of reacting to loss. `bbr:(bw:…,mrtt:…,pacing_gain:…,cwnd_gain:…)` shows its model.', '拥塞控制算法：BBR，它对瓶颈带宽和 RTT 建模而不是对丢包做反应。`bbr:(bw:…,mrtt:…,pacing_gain:…,cwnd_gain:…)` 显示其模型参数。'),
  },
  dctcp: { meaning: l('Congestion control algorithm: DCTCP, for data centres with ECN marking switches.', '拥塞控制算法：DCTCP，用于交换机支持 ECN 标记的数据中心。') },
  skmem: {
    meaning: l(
      'Socket memory (`ss -m`), in bytes: `r` receive queue in use, `rb` receive buffer limit, `t` transmit queue in use, `tb` send buffer limit, `f` memory reserved but unused, `w` queued for sending, `o` option memory, `bl` backlog queue (packets arrived while the socket was locked), `d` packets dropped.',
      'socket 内存（`ss -m`），单位字节：`r` 接收队列已用，`rb` 接收缓冲区上限，`t` 发送队列已用，`tb` 发送缓冲区上限，`f` 已预留未使用，`w` 排队待发送，`o` 选项占用，`bl` backlog 队列（socket 被锁期间到达的包），`d` 丢弃的包数。',
    ),
    concern: l('`r` close to `rb` or `t` close to `tb`: the buffer is full. `d` above 0: packets were dropped for lack of memory (see `TCPRcvQDrop`, `TCPBacklogDrop`).', '`r` 接近 `rb` 或 `t` 接近 `tb`：缓冲区已满。`d` 大于 0：因内存不足丢了包（参见 `TCPRcvQDrop`、`TCPBacklogDrop`）。'),
  },
  uid: { meaning: l('User id that owns the socket (`ss -e`).', 'socket 属主的用户 ID（`ss -e`）。') },
  ino: { meaning: l('Inode of the socket (`ss -e`); 0 for sockets no file descriptor refers to (TIME_WAIT, orphans).', 'socket 的 inode（`ss -e`）；没有文件描述符引用的 socket（TIME_WAIT、孤儿 socket）为 0。') },
  sk: { meaning: l('Kernel address (cookie) of the socket (`ss -e`): an identifier for matching the same socket across snapshots.', 'socket 在内核中的地址（cookie）（`ss -e`）：用于在多次采样之间对应同一个 socket。') },
  cgroup: { meaning: l('Control group of the process that created the socket (`ss -e`): the systemd service or container it belongs to.', '创建该 socket 的进程所在的 cgroup（`ss -e`）：它所属的 systemd 服务或容器。') },
  v6only: {
    meaning: l('`v6only:1`: this IPv6 socket accepts IPv6 only; `v6only:0`: it also accepts IPv4 as `::ffff:a.b.c.d` (`net.ipv6.bindv6only` sets the default).', '`v6only:1`：该 IPv6 socket 只接受 IPv6；`v6only:0`：也以 `::ffff:a.b.c.d` 形式接受 IPv4（默认值由 `net.ipv6.bindv6only` 决定）。'),
  },
  backoff: {
    meaning: l('Exponential backoff count of the retransmission timer.', '重传定时器的指数退避次数。'),
    concern: l('Above 0: timeouts happened in a row; each step doubles `rto`.', '大于 0：发生了连续超时，每多一次 `rto` 翻倍。'),
  },
  probes: {
    meaning: l('Keepalive or zero-window probes sent without an answer.', '已发出但未得到应答的保活或零窗口探测次数。'),
  },
};
