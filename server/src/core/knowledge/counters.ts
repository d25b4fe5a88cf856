import type { Localized } from '../i18n/localized';
import { ownEntry } from './ownEntry';

/** One `netstat -s` / `nstat` counter, by the MIB name the kernel gives it in /proc/net/snmp and /proc/net/netstat. */
export interface CounterDoc {
  /** `Tcp`, `TcpExt`, `Udp`: the heading netstat -s prints it under and nstat's name prefix. */
  readonly group: string;
  readonly name: string;
  /** What one increment means. */
  readonly meaning: Localized;
  /** What a growing value points to: the setting or application behaviour to look at. */
  readonly pointsTo: Localized;
  readonly relatedKeys: readonly string[];
  /** A setting or a current value (CurrEstab, RtoMin) rather than an event count that grows from boot. */
  readonly isGauge?: boolean;
}

const l = (en: string, zh: string): Localized => ({ en, zh });

function counter(group: string, name: string, meaning: Localized, pointsTo: Localized, relatedKeys: readonly string[] = []): CounterDoc {
  return { group, name, meaning, pointsTo, relatedKeys };
}

const GAUGE_OR_CONSTANT = l('A setting or a current value, not an event counter.', '这是一个配置值或当前值，而不是事件计数。');

function gauge(group: string, name: string, meaning: Localized, pointsTo: Localized = GAUGE_OR_CONSTANT, relatedKeys: readonly string[] = []): CounterDoc {
  return { ...counter(group, name, meaning, pointsTo, relatedKeys), isGauge: true };
}
const TRAFFIC = l('Plain traffic volume: compare the rate with other counters (e.g. retransmissions per segment sent).', '单纯的流量计数：看增长速率，并与其他计数器对比（如重传数占发送报文段数的比例）。');

export const COUNTER_DOCS: readonly CounterDoc[] = [
  gauge('Tcp', 'RtoAlgorithm', l('The retransmission-timeout algorithm; Linux reports 1 ("other").', '重传超时算法；Linux 上恒为 1（“其他”）。'), GAUGE_OR_CONSTANT),
  gauge('Tcp', 'RtoMin', l('Minimum retransmission timeout in milliseconds (200).', '最小重传超时，单位毫秒（200）。'), GAUGE_OR_CONSTANT, ['net.ipv4.tcp_rto_min_us']),
  gauge('Tcp', 'RtoMax', l('Maximum retransmission timeout in milliseconds (120000).', '最大重传超时，单位毫秒（120000）。'), GAUGE_OR_CONSTANT),
  gauge('Tcp', 'MaxConn', l('Limit on connections; -1 means no fixed limit.', '连接数上限；-1 表示没有固定上限。'), GAUGE_OR_CONSTANT),
  counter(
    'Tcp',
    'ActiveOpens',
    l('Connections this host opened: every `connect()` that sent a SYN (CLOSED → SYN_SENT).', '本机主动发起的连接数：每次 `connect()` 发出 SYN（CLOSED → SYN_SENT）记一次。'),
    l('The rate of outbound connections. A high rate with short-lived connections fills TIME_WAIT and uses up local ports: prefer connection pooling / keep-alive.', '出站建连速率。短连接建连速率高会让 TIME_WAIT 堆积、耗尽本地端口：应使用连接池或长连接。'),
    ['net.ipv4.ip_local_port_range', 'net.ipv4.tcp_tw_reuse'],
  ),
  counter(
    'Tcp',
    'PassiveOpens',
    l('Connections accepted from listeners: handshakes that completed on this host as the server.', '监听 socket 接受的连接数：本机作为服务端完成的握手次数。'),
    l('The rate of inbound connections. Compare with `ListenOverflows`: drops with a modest rate mean a slow `accept()` loop, not too many clients.', '入站建连速率。对照 `ListenOverflows`：建连速率不高却有丢弃，说明是 `accept()` 处理慢，而不是客户端太多。'),
    ['net.core.somaxconn'],
  ),
  counter(
    'Tcp',
    'AttemptFails',
    l('Connection attempts that failed during the handshake: SYN_SENT or SYN_RECV went straight to CLOSED (RST received, timeout), or SYN_RECV fell back to LISTEN.', '握手阶段失败的建连次数：SYN_SENT 或 SYN_RECV 直接变为 CLOSED（收到 RST、超时），或 SYN_RECV 退回 LISTEN。'),
    l('Outbound: a closed port (RST), a firewall, or an overloaded server. Inbound: clients giving up or resetting half-open connections (`EmbryonicRsts`).', '出站：端口未监听（RST）、防火墙或服务端过载。入站：客户端放弃或重置了半连接（`EmbryonicRsts`）。'),
    ['net.ipv4.tcp_syn_retries', 'net.ipv4.tcp_synack_retries'],
  ),
  counter(
    'Tcp',
    'EstabResets',
    l('Connections reset while ESTABLISHED or CLOSE_WAIT (they went straight to CLOSED).', 'ESTABLISHED 或 CLOSE_WAIT 状态下被重置（直接变为 CLOSED）的连接数。'),
    l('Peers or middleboxes resetting live connections: application crashes, idle timeouts on load balancers or firewalls, `SO_LINGER` 0 closes.', '对端或中间设备重置了活跃连接：应用崩溃、负载均衡器或防火墙的空闲超时、应用用 `SO_LINGER` 为 0 强制关闭。'),
    ['net.ipv4.tcp_keepalive_time'],
  ),
  gauge('Tcp', 'CurrEstab', l('Connections now in ESTABLISHED or CLOSE_WAIT (a gauge, not a counter).', '当前处于 ESTABLISHED 或 CLOSE_WAIT 的连接数（当前值，而非累计计数）。'), l('Compare with the socket table: a large CLOSE_WAIT share inflates it.', '可与连接列表对照：CLOSE_WAIT 多时这个值也会偏大。')),
  counter('Tcp', 'InSegs', l('Segments received, including those with errors.', '收到的报文段总数，包括有错误的。'), TRAFFIC),
  counter('Tcp', 'OutSegs', l('Segments sent, not counting retransmissions.', '发出的报文段数，不含重传。'), TRAFFIC),
  counter(
    'Tcp',
    'RetransSegs',
    l('Segments retransmitted.', '重传的报文段数。'),
    l('Divide its growth by the growth of `OutSegs`: above about 1 % points at loss or congestion on the path; look at `TCPTimeouts` (loss seen only after a timeout) versus `TCPFastRetrans`.', '用它的增量除以 `OutSegs` 的增量：超过约 1% 说明链路有丢包或拥塞；再对比 `TCPTimeouts`（靠超时才发现的丢包）和 `TCPFastRetrans`。'),
  ),
  counter(
    'Tcp',
    'InErrs',
    l('Segments received with errors: bad checksum, bad header, or dropped for lack of memory on some kernels.', '收到的有错误的报文段：校验和错误、头部错误，某些内核版本上也包括因内存不足丢弃的。'),
    l('Compare with `InCsumErrors`: if that grows too, suspect a NIC, cable or checksum-offload problem.', '对照 `InCsumErrors`：若它也在增长，怀疑网卡、线缆或校验和卸载有问题。'),
  ),
  counter(
    'Tcp',
    'OutRsts',
    l('Segments sent with the RST flag.', '发出的带 RST 标志的报文段数。'),
    l('RSTs answer connections to closed ports, abort sockets closed with unread data (`TCPAbortOnClose`) or overflowing accept queues with `tcp_abort_on_overflow=1`. A jump after a deploy usually means clients hit a port nothing listens on.', 'RST 用于回应连向未监听端口的连接、中止带着未读数据被关闭的 socket（`TCPAbortOnClose`），或在 `tcp_abort_on_overflow=1` 时拒绝溢出的连接。发布后突增通常是客户端连到了没有进程监听的端口。'),
    ['net.ipv4.tcp_abort_on_overflow'],
  ),
  counter('Tcp', 'InCsumErrors', l('Segments received with a bad TCP checksum.', '收到的 TCP 校验和错误的报文段数。'), l('Faulty NIC, cable, driver or checksum offload; or corruption by a middlebox.', '网卡、线缆、驱动或校验和卸载故障，或中间设备损坏了报文。')),

  counter(
    'TcpExt',
    'ListenOverflows',
    l('Completed handshakes dropped because the listener\'s accept queue was full.', '因监听 socket 的全连接队列（accept 队列）已满而被丢弃的已完成握手。'),
    l('The application does not call `accept()` fast enough, or its backlog is small. Check `ss -lnt` (Recv-Q against Send-Q), speed up the accept loop, then raise the `listen()` backlog and `net.core.somaxconn` together.', '应用 `accept()` 不够快，或 backlog 太小。用 `ss -lnt` 对比 Recv-Q 与 Send-Q，先加快 accept 处理，再同时调大 `listen()` 的 backlog 和 `net.core.somaxconn`。'),
    ['net.core.somaxconn', 'net.ipv4.tcp_abort_on_overflow'],
  ),
  counter(
    'TcpExt',
    'ListenDrops',
    l('Every SYN or handshake a listener dropped, for any reason; includes `ListenOverflows`.', '监听 socket 因任何原因丢弃的 SYN 或握手，包含 `ListenOverflows`。'),
    l('If it grows faster than `ListenOverflows`, the other reasons apply: a full SYN queue without syncookies (`TCPReqQFullDrop`), memory, or no route back.', '如果比 `ListenOverflows` 增长得快，说明有其他原因：半连接队列满且未启用 syncookies（`TCPReqQFullDrop`）、内存不足或没有回程路由。'),
    ['net.core.somaxconn', 'net.ipv4.tcp_max_syn_backlog'],
  ),
  counter(
    'TcpExt',
    'TCPReqQFullDrop',
    l('SYNs dropped because the SYN queue was full and SYN cookies could not be used.', '因半连接队列（SYN 队列）已满、又无法使用 SYN cookie 而丢弃的 SYN。'),
    l('A SYN flood or a burst of clients: enable `tcp_syncookies` and raise `tcp_max_syn_backlog` (and the listen backlog, which also bounds the SYN queue).', 'SYN Flood 或客户端突发建连：开启 `tcp_syncookies`，调大 `tcp_max_syn_backlog`（以及同样限制半连接队列的 listen backlog）。'),
    ['net.ipv4.tcp_syncookies', 'net.ipv4.tcp_max_syn_backlog'],
  ),
  counter(
    'TcpExt',
    'TCPReqQFullDoCookies',
    l('SYNs answered with a SYN cookie because the SYN queue was full.', '因半连接队列已满而改用 SYN cookie 应答的 SYN。'),
    l('Connections still succeed, but TCP options may be limited. Steady growth without an attack means the SYN queue is too small for normal traffic.', '连接仍能建立，但部分 TCP 选项可能受限。没有遭受攻击却持续增长，说明半连接队列对正常流量来说太小。'),
    ['net.ipv4.tcp_syncookies', 'net.ipv4.tcp_max_syn_backlog'],
  ),
  counter('TcpExt', 'SyncookiesSent', l('SYN cookies sent.', '发出的 SYN cookie 数。'), l('The SYN queue overflowed (or `tcp_syncookies=2` forces cookies): a SYN flood or an undersized queue.', '半连接队列溢出（或 `tcp_syncookies=2` 强制使用 cookie）：遭遇 SYN Flood，或队列太小。'), ['net.ipv4.tcp_syncookies']),
  counter('TcpExt', 'SyncookiesRecv', l('ACKs carrying a valid SYN cookie: connections completed through cookies.', '带有效 SYN cookie 的 ACK 数：通过 cookie 完成的连接。'), l('Compared with `SyncookiesSent`: far fewer received than sent suggests spoofed SYNs (an attack).', '与 `SyncookiesSent` 对比：收到的远少于发出的，说明有大量伪造源地址的 SYN（攻击）。'), ['net.ipv4.tcp_syncookies']),
  counter('TcpExt', 'SyncookiesFailed', l('ACKs whose SYN cookie did not check out.', 'SYN cookie 校验失败的 ACK 数。'), l('Late ACKs for expired cookies, or forged packets.', '针对已过期 cookie 的迟到 ACK，或伪造的报文。'), ['net.ipv4.tcp_syncookies']),
  counter('TcpExt', 'EmbryonicRsts', l('RSTs received for half-open (SYN_RECV) connections.', '半连接（SYN_RECV）收到 RST 的次数。'), l('Clients giving up during the handshake, often after SYN-ACKs arrived late or a scanner probing ports.', '客户端在握手中途放弃，常见于 SYN-ACK 到达太晚，或有端口扫描。'), ['net.ipv4.tcp_synack_retries']),
  counter(
    'TcpExt',
    'TCPTimeWaitOverflow',
    l('TIME_WAIT sockets not created because `tcp_max_tw_buckets` was reached (or memory ran out). Since the 3.x kernels (RHEL 7 on) this counter is the only trace; 2.6-era kernels also logged "TCP: time wait bucket table overflow".', '因达到 `tcp_max_tw_buckets`（或内存不足）而没有创建的 TIME_WAIT socket 数。3.x 内核（RHEL 7 起）以来这个计数是唯一的痕迹；2.6 时代的内核还会在日志里打印 "TCP: time wait bucket table overflow"。'),
    l('Too many short-lived connections closed by this side. The connection closes without TIME_WAIT protection; fix the churn (pooling, keep-alive) rather than raising the limit blindly.', '本端主动关闭的短连接太多。连接会在没有 TIME_WAIT 保护的情况下关闭；应解决频繁建连的问题（连接池、长连接），而不是盲目调大上限。'),
    ['net.ipv4.tcp_max_tw_buckets', 'net.ipv4.tcp_tw_reuse'],
  ),
  counter('TcpExt', 'TW', l('TIME_WAIT sockets that completed their full 60 s.', '完整度过 60 秒的 TIME_WAIT socket 数。'), l('The rate this host closes connections first. High rates call for connection reuse.', '本机作为主动关闭方关闭连接的速率。速率高时应考虑连接复用。'), ['net.ipv4.tcp_max_tw_buckets']),
  counter('TcpExt', 'TWRecycled', l('TIME_WAIT sockets taken over by a new outgoing connection to the same peer (`tcp_tw_reuse`, based on timestamps).', '被到同一对端的新出站连接接管的 TIME_WAIT socket 数（`tcp_tw_reuse`，依靠时间戳判断）。'), l('`tcp_tw_reuse` is doing its job; growth means many short outbound connections to the same destination.', '说明 `tcp_tw_reuse` 在起作用；增长说明有大量到同一目标的出站短连接。'), ['net.ipv4.tcp_tw_reuse']),
  counter('TcpExt', 'TWKilled', l('TIME_WAIT sockets ended before their full period (scheduled with a short timeout).', '未满时长就被提前结束（按更短的超时回收）的 TIME_WAIT socket 数。'), l('Historically `tcp_tw_recycle` (removed in 4.12); on current kernels rarely above 0.', '历史上来自 `tcp_tw_recycle`（4.12 已移除）；当前内核上很少大于 0。'), ['net.ipv4.tcp_tw_reuse']),
  counter('TcpExt', 'PAWSActive', l('SYN-ACKs dropped by PAWS (timestamp older than expected) while connecting.', '建连时因 PAWS（时间戳比预期旧）被丢弃的 SYN-ACK 数。'), l('Timestamps out of step between hosts, typically several servers behind one NAT address.', '主机之间时间戳不一致，典型情况是多台服务器共用一个 NAT 地址。'), ['net.ipv4.tcp_timestamps']),
  counter('TcpExt', 'PAWSEstab', l('Segments dropped on established connections by PAWS: their timestamp was older than the last one seen.', '已建立连接上因 PAWS 被丢弃的报文段：其时间戳比上次看到的更旧。'), l('Several clients behind one NAT with different timestamp clocks, or very old duplicates; if it grows with failed connections, look at NAT and load balancers.', '多个客户端在同一 NAT 之后且时间戳时钟不同，或者是很旧的重复报文；若伴随连接失败而增长，排查 NAT 和负载均衡。'), ['net.ipv4.tcp_timestamps']),
  counter(
    'TcpExt',
    'TCPAbortOnData',
    l('Connections reset because data arrived after the application had closed or shut down reading, or because the application closed with `SO_LINGER` set to 0 (an abortive close).', '因应用已关闭或已关闭读端之后仍有数据到达，或应用以 `SO_LINGER` 为 0 的方式关闭（强制中止），因而被重置的连接数。'),
    l('Either the peer keeps sending after this side closed (a protocol mismatch, or a server closing connections the client still uses), or the application deliberately aborts connections with linger 0 to avoid TIME_WAIT.', '要么是本端关闭后对端仍在发送（协议使用不一致，或服务端关闭了客户端仍在使用的连接），要么是应用为了避开 TIME_WAIT 故意用 linger 0 中止连接。'),
  ),
  counter(
    'TcpExt',
    'TCPAbortOnClose',
    l('Connections reset because the application closed the socket with received data still unread.', '应用关闭 socket 时仍有未读的已接收数据，因而被重置的连接数。'),
    l('The application closes without draining the socket (error paths, timeouts). The peer sees "connection reset" instead of a clean close.', '应用没有读完数据就关闭 socket（错误分支、超时）。对端看到的是 "connection reset" 而不是正常关闭。'),
  ),
  counter(
    'TcpExt',
    'TCPAbortOnMemory',
    l('Connections reset because TCP ran out of memory or there were too many orphaned sockets ("too many orphaned sockets", "out of memory -- consider tuning tcp_mem").', '因 TCP 内存不足或孤儿 socket 过多而被重置的连接数（内核日志 "too many orphaned sockets"、"out of memory -- consider tuning tcp_mem"）。'),
    l('Check `cat /proc/net/sockstat` (orphan and mem) against `tcp_max_orphans` and `tcp_mem`; many FIN_WAIT sockets from closed applications fill the orphan count.', '用 `cat /proc/net/sockstat` 查看 orphan 与 mem，对照 `tcp_max_orphans` 和 `tcp_mem`；应用已关闭而残留的大量 FIN_WAIT socket 会占满孤儿配额。'),
    ['net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_mem'],
  ),
  counter(
    'TcpExt',
    'TCPAbortOnTimeout',
    l('Connections dropped because retransmissions or keepalive probes went unanswered until the limit.', '因重传或保活探测一直无应答、达到上限而被放弃的连接数。'),
    l('Peers vanishing (crashed hosts, dropped routes, middlebox state lost). The limits are `tcp_retries2`, `tcp_keepalive_probes`, `tcp_orphan_retries`.', '对端失联（主机宕机、路由中断、中间设备丢失了连接状态）。相关上限为 `tcp_retries2`、`tcp_keepalive_probes`、`tcp_orphan_retries`。'),
    ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_keepalive_probes', 'net.ipv4.tcp_orphan_retries'],
  ),
  counter(
    'TcpExt',
    'TCPAbortOnLinger',
    l('Closed connections reset in FIN_WAIT2 instead of waiting, because the application set a negative `TCP_LINGER2`.', '因应用把 `TCP_LINGER2` 设为负值，已关闭连接在 FIN_WAIT2 中被直接重置而不是继续等待的次数。'),
    l('An application choice; it trades a clean close for fewer FIN_WAIT2 sockets.', '这是应用的选择：牺牲正常关闭，换取更少的 FIN_WAIT2 socket。'),
    ['net.ipv4.tcp_fin_timeout'],
  ),
  counter('TcpExt', 'TCPAbortFailed', l('Resets that could not be sent (no memory).', '因内存不足而没能发出的 RST 数。'), l('Severe memory shortage.', '严重的内存不足。'), ['net.ipv4.tcp_mem']),
  counter(
    'TcpExt',
    'TCPMemoryPressures',
    l('Times TCP entered memory pressure: total TCP memory passed the second value of `tcp_mem`.', 'TCP 进入内存压力状态的次数：TCP 总内存超过了 `tcp_mem` 的第二个值。'),
    l('Socket buffers are squeezed for all connections: throughput drops. Look for sockets with large Recv-Q/Send-Q (`ss -tm`), then consider `tcp_mem`.', '所有连接的缓冲区都会被压缩，吞吐下降。先找 Recv-Q/Send-Q 很大的 socket（`ss -tm`），再考虑调整 `tcp_mem`。'),
    ['net.ipv4.tcp_mem', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'],
  ),
  counter('TcpExt', 'PruneCalled', l('Times a socket\'s receive queue had to be compacted because it exceeded its buffer.', 'socket 接收队列超出缓冲区、不得不进行压缩整理的次数。'), l('Applications reading too slowly, or receive buffers too small for the traffic.', '应用读得太慢，或接收缓冲区相对流量太小。'), ['net.ipv4.tcp_rmem']),
  counter('TcpExt', 'RcvPruned', l('Packets thrown away from a receive queue because compacting did not free enough memory.', '压缩整理后内存仍不够、只好从接收队列丢掉的报文数。'), l('Data loss at the receiver: the sender must retransmit. Fix the slow reader or raise `tcp_rmem`.', '接收端丢了数据，发送方只能重传。解决读得慢的问题，或调大 `tcp_rmem`。'), ['net.ipv4.tcp_rmem']),
  counter('TcpExt', 'OfoPruned', l('Out-of-order queues dropped to free memory.', '为释放内存而丢弃乱序队列的次数。'), l('Loss or reordering combined with tight receive memory.', '丢包或乱序，再加上接收内存紧张。'), ['net.ipv4.tcp_rmem']),
  counter('TcpExt', 'TCPBacklogDrop', l('Packets dropped because the socket\'s backlog (packets arriving while the application holds the socket lock) was full.', '因 socket 的 backlog 队列（应用持有 socket 锁期间到达的报文）已满而丢弃的报文数。'), l('A thread holding the socket for long while data floods in; larger buffers (`tcp_rmem`) raise the backlog limit.', '某个线程长时间占用 socket 而数据大量涌入；调大缓冲区（`tcp_rmem`）可提高 backlog 上限。'), ['net.ipv4.tcp_rmem']),
  counter('TcpExt', 'TCPRcvQDrop', l('Packets dropped because the receive queue could not get memory.', '因接收队列申请不到内存而丢弃的报文数。'), l('Receive buffers full (slow reader) or TCP memory pressure (`tcp_mem`).', '接收缓冲区已满（读得慢），或 TCP 处于内存压力（`tcp_mem`）。'), ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_mem']),
  counter('TcpExt', 'TCPLostRetransmit', l('Retransmitted segments that were lost again.', '重传后再次丢失的报文段数。'), l('Heavy or persistent loss on the path.', '链路丢包严重或持续丢包。')),
  counter('TcpExt', 'TCPSynRetrans', l('SYN and SYN-ACK retransmissions.', 'SYN 与 SYN-ACK 的重传次数。'), l('Handshakes not answered in time: unreachable or overloaded servers, firewalls dropping SYNs, or full SYN queues on the peer.', '握手没有及时得到应答：服务端不可达或过载、防火墙丢弃 SYN，或对端半连接队列已满。'), ['net.ipv4.tcp_syn_retries', 'net.ipv4.tcp_synack_retries']),
  counter('TcpExt', 'TCPTimeouts', l('Retransmission timeouts: loss detected only when the timer expired.', '重传超时次数：直到定时器到期才发现丢包。'), l('Timeouts stall a connection for at least 200 ms each; many of them mean tail loss, dead peers, or very lossy paths.', '每次超时至少让连接停顿 200 毫秒；次数多说明有尾部丢包、对端失联或链路丢包严重。'), ['net.ipv4.tcp_retries2']),
  counter('TcpExt', 'TCPFastRetrans', l('Segments resent by fast retransmit (duplicate ACKs or SACK), without waiting for the timer.', '通过快速重传（重复 ACK 或 SACK）重发、无需等待定时器的报文段数。'), l('Normal loss recovery; compare its rate with `OutSegs`.', '正常的丢包恢复；看它相对 `OutSegs` 的比例。')),
  counter('TcpExt', 'TCPLossProbes', l('Tail-loss probes sent to detect a lost last segment quickly.', '为尽快发现最后一个报文段丢失而发出的尾部丢包探测数。'), l('Informational; many of them mean tail losses on request/response traffic.', '仅供参考；数量多说明请求/响应类流量经常发生尾部丢包。')),
  counter('TcpExt', 'TCPSpuriousRTOs', l('Retransmission timeouts that turned out unnecessary (the original arrived).', '事后证明不必要（原报文其实已到达）的重传超时次数。'), l('Delay spikes on the path (RTT jumped above the RTO).', '链路时延突增（RTT 一下子超过了 RTO）。')),
  counter('TcpExt', 'TCPKeepAlive', l('Keepalive probes sent.', '发出的保活探测数。'), l('Idle connections with `SO_KEEPALIVE`; compare with `TCPAbortOnTimeout` to see how many peers were gone.', '开启了 `SO_KEEPALIVE` 的空闲连接；对照 `TCPAbortOnTimeout` 可看出有多少对端已经消失。'), ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']),
  counter('TcpExt', 'TCPDeferAcceptDrop', l('Handshake ACKs without data ignored by a listener using `TCP_DEFER_ACCEPT`.', '使用 `TCP_DEFER_ACCEPT` 的监听 socket 忽略的、不带数据的握手 ACK 数。'), l('Expected with deferred accept; clients that never send data keep SYN-ACKs retransmitting.', '开启延迟 accept 时属正常；从不发数据的客户端会导致 SYN-ACK 不断重传。'), ['net.ipv4.tcp_synack_retries']),
  counter('TcpExt', 'TCPToZeroWindowAdv', l('Times this host advertised a zero receive window: a local application stopped reading.', '本机通告零接收窗口的次数：本地应用停止了读取。'), l('Find sockets with a large Recv-Q: the reading application is the bottleneck.', '找出 Recv-Q 很大的 socket：读取数据的应用是瓶颈。'), ['net.ipv4.tcp_rmem']),
  counter('TcpExt', 'TCPOFODrop', l('Out-of-order segments dropped for lack of receive memory.', '因接收内存不足而丢弃的乱序报文段数。'), l('Loss plus a slow or small receiver.', '丢包，再加上接收方读得慢或缓冲区太小。'), ['net.ipv4.tcp_rmem']),
  counter('TcpExt', 'TCPRetransFail', l('Retransmissions that could not be sent (e.g. the device queue was full).', '没能发出的重传（如网卡队列已满）。'), l('Local transmit problems: qdisc or driver queue full.', '本地发送有问题：队列规则或驱动队列已满。')),
  counter('TcpExt', 'TCPChallengeACK', l('Challenge ACKs sent in answer to suspicious RSTs or SYNs (RFC 5961).', '为回应可疑的 RST 或 SYN 而发出的挑战 ACK 数（RFC 5961）。'), l('Stale peers (e.g. a client reconnecting with the same ports after a reboot) or spoofing attempts.', '对端持有的连接状态已过期（如客户端重启后用相同端口重连），或有人尝试伪造报文。')),
  counter('TcpExt', 'IPReversePathFilter', l('Packets dropped by reverse-path filtering (`rp_filter`).', '被反向路径过滤（`rp_filter`）丢弃的报文数。'), l('Asymmetric routing or multi-homed hosts with strict `rp_filter=1`: try loose mode (2).', '路由不对称或多接口主机上 `rp_filter=1`（严格模式）导致：可尝试宽松模式（2）。'), ['net.ipv4.conf.<iface>.rp_filter']),

  counter('TcpExt', 'DelayedACKs', l('ACKs sent when the delayed-ACK timer fired, because no outgoing data came along to carry them.', '延迟确认定时器到期时发出的 ACK 数：这段时间里没有要发送的数据可以捎带它。'), l('Normal for request/response traffic. Many of them next to `DelayedACKLost` point at a peer retransmitting while we wait to acknowledge.', '请求/响应类流量中属正常。若 `DelayedACKLost` 也在增长，说明本端等着延迟确认时，对端已经开始重传。')),
  counter('TcpExt', 'TCPHPHits', l('Data segments handled on the fast path (header prediction): in order, nothing special to process.', '走快速路径（首部预测）处理的数据报文段数：按序到达、不需要特殊处理。'), l('A detail of the receive path, not a problem indicator.', '只是接收路径的实现细节，不代表问题。')),
  counter('TcpExt', 'TCPPureAcks', l('ACKs received that carry no data.', '收到的不带数据的纯 ACK 数。'), TRAFFIC),
  counter('TcpExt', 'TCPOrigDataSent', l('Segments with new data sent, retransmissions not included.', '发出的携带新数据的报文段数，不含重传。'), l('The right denominator for a retransmission rate: `RetransSegs` divided by this, both as growth between two snapshots.', '计算重传率的合适分母：用两次采样间 `RetransSegs` 的增量除以它的增量。')),
  counter('TcpExt', 'TCPDelivered', l('Data segments the peers have confirmed (acknowledged or selectively acknowledged).', '对端已经确认（ACK 或 SACK）收到的数据报文段数。'), TRAFFIC),

  gauge('Ip', 'Forwarding', l('Whether this host routes IPv4 packets between interfaces: 1 yes, 2 no; it follows `net.ipv4.ip_forward`.', '本机是否在接口之间转发 IPv4 报文：1 表示转发，2 表示不转发；与 `net.ipv4.ip_forward` 一致。'), GAUGE_OR_CONSTANT, ['net.ipv4.ip_forward']),
  counter('Ip', 'InReceives', l('IP packets received on all interfaces, damaged ones included.', '所有接口收到的 IP 报文总数，包括有问题的报文。'), TRAFFIC),
  counter('Ip', 'ForwDatagrams', l('Packets this host forwarded on to another host.', '本机转发给其他主机的报文数。'), l('Expected on routers, container hosts (bridged containers) and VPN gateways; on any other host it means `ip_forward` is on and traffic passes through.', '路由器、容器宿主机（桥接网络的容器）和 VPN 网关上属正常；其他主机上出现，说明开启了 `ip_forward`，有流量经过本机转发。'), ['net.ipv4.ip_forward']),
  counter('Ip', 'InDiscards', l('Received packets dropped although nothing was wrong with them, typically for lack of memory.', '报文本身没有问题却被丢弃的次数，通常是因为内存不足。'), l('Should stay near 0; growth means the host drops traffic at the IP layer under memory pressure.', '应该接近 0；持续增长说明主机在内存紧张时于 IP 层丢弃流量。')),
  counter('Ip', 'InDelivers', l('Packets handed up to TCP, UDP, ICMP and the other local protocols.', '交给 TCP、UDP、ICMP 等本机上层协议的报文数。'), TRAFFIC),
  counter('Ip', 'OutRequests', l('Packets the local protocols asked IP to send; forwarded packets are not included.', '本机上层协议交给 IP 层发送的报文数，不含转发的报文。'), TRAFFIC),
  counter('Ip', 'OutTransmits', l('Packets handed to the network devices, forwarded ones included.', '交给接口发送的报文数，包括转发的报文。'), TRAFFIC),
  counter('Icmp', 'InMsgs', l('ICMP messages received, damaged ones included; the histogram below splits them by type.', '收到的 ICMP 消息数，包括有问题的；下方的直方图按类型细分。'), l('A rising rate of destination unreachable or fragmentation needed messages points at closed ports or MTU problems on a path.', '目标不可达或“需要分片”消息的增长，说明有人访问了未开放的端口，或某条路径存在 MTU 问题。')),
  counter('Icmp', 'InErrors', l('ICMP messages received with an error (bad checksum, too short).', '收到的有错误的 ICMP 消息数（校验和错误、长度不足）。'), l('Usually negligible; a steady rate means corrupted or crafted packets.', '通常可以忽略；持续增长说明有损坏或伪造的报文。')),
  counter('Icmp', 'OutMsgs', l('ICMP messages sent: port unreachable answers, echo replies, fragmentation needed and others.', '发出的 ICMP 消息数：端口不可达、回显应答、“需要分片”等。'), l('Many destination unreachable messages mean clients sending to ports nothing listens on (UDP `NoPorts`).', '大量“目标不可达”说明有客户端在访问没有进程监听的端口（对照 UDP `NoPorts`）。')),
  counter('Icmp', 'OutErrors', l('ICMP messages that could not be sent because of a problem inside ICMP, such as a lack of buffers.', '因 ICMP 内部问题（如缓冲区不足）而没能发出的 ICMP 消息数。'), l('Should stay at 0.', '应该保持为 0。')),
  counter('IpExt', 'InOctets', l('Bytes received at the IP layer.', 'IP 层收到的字节数。'), TRAFFIC),
  counter('IpExt', 'OutOctets', l('Bytes sent at the IP layer.', 'IP 层发出的字节数。'), TRAFFIC),
  counter('IpExt', 'InNoECTPkts', l('Packets received that do not use ECN (ECN field 00).', '收到的未使用 ECN（ECN 字段为 00）的报文数。'), l('Compare with `InECT0Pkts` and `InCEPkts` to see how much traffic uses ECN and how often routers mark congestion.', '与 `InECT0Pkts`、`InCEPkts` 对比，可以看出多少流量使用了 ECN，以及路由器标记拥塞的频率。')),

  counter('Udp', 'InDatagrams', l('Datagrams delivered to sockets.', '成功交付给 socket 的数据报数。'), TRAFFIC),
  counter('Udp', 'OutDatagrams', l('Datagrams sent.', '发出的数据报数。'), TRAFFIC),
  counter('Udp', 'NoPorts', l('Datagrams to a port with no socket; the kernel answers ICMP port unreachable.', '发往没有 socket 的端口的数据报；内核会回复 ICMP 端口不可达。'), l('A service that is down or listens on another port; DNS replies arriving after the client gave up also land here.', '服务未运行或监听在别的端口；客户端放弃后才到达的 DNS 应答也计入这里。')),
  counter('Udp', 'InErrors', l('Datagrams that could not be delivered: full receive buffers (`RcvbufErrors`), bad checksums (`InCsumErrors`) and other errors.', '无法交付的数据报：接收缓冲区满（`RcvbufErrors`）、校验和错误（`InCsumErrors`）及其他错误。'), l('Usually `RcvbufErrors`: an application not reading fast enough.', '通常是 `RcvbufErrors`：应用读得不够快。'), ['net.core.rmem_max', 'net.core.rmem_default']),
  counter('Udp', 'RcvbufErrors', l('Datagrams dropped because the socket\'s receive buffer was full.', '因 socket 接收缓冲区已满而丢弃的数据报数。'), l('A slow reader (syslog, DNS, metrics collectors). Raise `SO_RCVBUF` in the application, allowed up to `net.core.rmem_max`; `net.core.rmem_default` for applications that do not set it.', '读取慢的应用（syslog、DNS、监控采集）。在应用中调大 `SO_RCVBUF`，其上限为 `net.core.rmem_max`；不自行设置的应用使用 `net.core.rmem_default`。'), ['net.core.rmem_max', 'net.core.rmem_default']),
  counter('Udp', 'SndbufErrors', l('Datagrams not sent because the send buffer was full (`ENOBUFS`/`EAGAIN`).', '因发送缓冲区已满而没能发出的数据报数（`ENOBUFS`/`EAGAIN`）。'), l('Sending faster than the device drains; raise `SO_SNDBUF` (up to `net.core.wmem_max`) or pace the sender.', '发送速度超过网卡排空速度；调大 `SO_SNDBUF`（上限 `net.core.wmem_max`）或降低发送速率。'), ['net.core.wmem_max', 'net.core.wmem_default']),
  counter('Udp', 'InCsumErrors', l('Datagrams with a bad UDP checksum.', 'UDP 校验和错误的数据报数。'), l('Faulty NIC, driver or offload, or corruption on the path.', '网卡、驱动或卸载功能故障，或链路上报文损坏。')),
  counter('Udp', 'IgnoredMulti', l('Broadcast or multicast datagrams no socket wanted.', '没有任何 socket 接收的广播或组播数据报数。'), l('Harmless noise on the LAN.', '局域网上无害的噪声。')),
  counter('Udp', 'MemErrors', l('Datagrams dropped because UDP as a whole ran out of memory (`udp_mem`).', '因 UDP 整体内存（`udp_mem`）不足而丢弃的数据报数。'), l('Many sockets with full buffers; check `/proc/net/sockstat` and `net.ipv4.udp_mem`.', '大量 socket 缓冲区已满；查看 `/proc/net/sockstat` 和 `net.ipv4.udp_mem`。'), ['net.ipv4.udp_mem']),
];

const BY_GROUP_AND_NAME: ReadonlyMap<string, CounterDoc> = new Map(COUNTER_DOCS.map((doc) => [`${doc.group}:${doc.name}`, doc]));

/** Groups that share the names and meanings of another: UDP over IPv6 and UDP-Lite count like UDP. */
const GROUP_ALIASES: Readonly<Record<string, string>> = { Udp6: 'Udp', UdpLite: 'Udp', UdpLite6: 'Udp', Ip6: 'Ip', Icmp6: 'Icmp' };

/** `name` may carry its group as /proc/net/snmp6 writes it (`Udp6RcvbufErrors` under `Udp6`). */
export function findCounterDoc(group: string, name: string): CounterDoc | undefined {
  const bareName = name.startsWith(group) && name.length > group.length ? name.slice(group.length) : name;
  return BY_GROUP_AND_NAME.get(`${ownEntry(GROUP_ALIASES, group) ?? group}:${bareName}`);
}

/** nstat prints counters with the group glued on: `TcpExtListenOverflows`, `Udp6RcvbufErrors`. */
const NSTAT_GROUPS = ['TcpExt', 'Tcp', 'UdpLite6', 'UdpLite', 'Udp6', 'Udp', 'IpExt', 'Ip6', 'Ip', 'Icmp6', 'Icmp'];

export function findNstatCounterDoc(word: string): CounterDoc | undefined {
  for (const group of NSTAT_GROUPS) {
    if (word.startsWith(group)) {
      const doc = findCounterDoc(group, word.slice(group.length));
      if (doc) {
        return doc;
      }
    }
  }
  return undefined;
}
