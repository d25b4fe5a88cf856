import type { Localized } from '../i18n/localized';
import type { TcpState } from '../model/tcpState';
import type { TcpStateDoc } from './types';

/** What the product teaches about each of the eleven TCP states. */
export const TCP_STATE_DOCS: Readonly<Record<TcpState, TcpStateDoc>> = {
  LISTEN: {
    state: 'LISTEN',
    brief: {
      side: {
        en: 'Server only: the socket that accepts connections, not a connection itself.',
        zh: '只在服务端：负责接收连接的监听 socket，本身不是连接。',
      },
      largeCount: {
        en: 'Normal: one per port, address family and `SO_REUSEPORT` worker. Watch the queue instead: in `ss -lnt`, Recv-Q near Send-Q means `accept()` lags behind and `TcpExtListenOverflows` grows.',
        zh: '属于正常：每个端口、地址族、`SO_REUSEPORT` worker 各一个。要看的是队列：`ss -lnt` 中 Recv-Q 接近 Send-Q，说明 `accept()` 跟不上，`TcpExtListenOverflows` 会随之增长。',
      },
    },
    summary: {
      en: 'A server socket waiting for incoming connections after `listen()`.',
      zh: '服务端 socket 调用 `listen()` 之后等待新连接到来的状态。',
    },
    side: {
      en: 'Server side only. It is not a connection but the socket that accepts them: every completed handshake produces a new, separate ESTABLISHED socket on the same local port.',
      zh: '只出现在服务端。它本身不是连接，而是负责接收连接的监听 socket：每完成一次三次握手，就派生出一个新的、独立的 ESTABLISHED socket，本地端口与监听端口相同。',
    },
    transitions: {
      en:
        'Enters from CLOSED when the application calls `bind()` and `listen()`.\n\n' +
        '- A SYN arrives: the kernel records a request in the SYN queue (SYN_RECV) and answers SYN-ACK; the listener itself stays in LISTEN.\n' +
        '- The client\'s final ACK moves the connection to the accept queue, from which `accept()` returns it as an ESTABLISHED socket.\n' +
        '- Leaves LISTEN only when the application closes the listening socket; connections still waiting in its accept queue are reset.',
      zh:
        '应用调用 `bind()`、`listen()` 后由 CLOSED 进入。\n\n' +
        '- 收到 SYN：内核在半连接队列（SYN 队列）中记下一个请求（SYN_RECV）并回复 SYN-ACK，监听 socket 本身仍是 LISTEN。\n' +
        '- 收到客户端第三次握手的 ACK 后，连接转入全连接队列（accept 队列），由 `accept()` 作为 ESTABLISHED socket 取走。\n' +
        '- 只有应用关闭监听 socket 时才离开 LISTEN，全连接队列里尚未取走的连接会被 RST。',
    },
    timers: {
      en: 'None: a listener stays until it is closed. The SYN-ACK retransmission timer (`tcp_synack_retries`) belongs to each pending request, not to the listener.',
      zh: '没有：监听 socket 在关闭之前一直存在。SYN-ACK 重传定时器（`tcp_synack_retries`）属于每个半连接请求，而不是监听 socket。',
    },
    largeCount: {
      en:
        'Many LISTEN lines are normal: one per port and address family, and one per worker with `SO_REUSEPORT`. What matters is each listener\'s queue:\n\n' +
        '- `ss -lnt`: Recv-Q is the current accept-queue length, Send-Q its limit (`min(backlog, somaxconn)`). Recv-Q close to Send-Q means the application does not call `accept()` fast enough.\n' +
        '- `nstat -az TcpExtListenOverflows TcpExtListenDrops` or `netstat -s | grep -i listen`: growing counters mean connections are being dropped.\n' +
        '- Fix the slow accept loop first, then raise the application\'s backlog together with `net.core.somaxconn`.',
      zh:
        'LISTEN 行多通常没问题：每个端口、每个地址族各一个，开启 `SO_REUSEPORT` 时每个 worker 各一个。真正要看的是每个监听 socket 的队列：\n\n' +
        '- `ss -lnt`：Recv-Q 是全连接队列的当前长度，Send-Q 是其上限（`min(backlog, somaxconn)`）。Recv-Q 接近 Send-Q，说明应用 `accept()` 跟不上。\n' +
        '- `nstat -az TcpExtListenOverflows TcpExtListenDrops` 或 `netstat -s | grep -i listen`：计数持续增长说明有连接被丢弃。\n' +
        '- 先解决 accept 处理慢的问题，再同时调大应用的 backlog 和 `net.core.somaxconn`。',
    },
    relatedKeys: [
      'net.core.somaxconn',
      'net.ipv4.tcp_max_syn_backlog',
      'net.ipv4.tcp_abort_on_overflow',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ip_unprivileged_port_start',
    ],
  },

  SYN_SENT: {
    state: 'SYN_SENT',
    brief: {
      side: {
        en: 'Client, the active opener, just after `connect()`.',
        zh: '客户端（主动打开方），刚调用完 `connect()`。',
      },
      largeCount: {
        en: 'SYNs get no answer: the peer is down, or a firewall or a full conntrack table drops them silently. Group them by destination with `ss -tn state syn-sent` and check the path to the busiest one.',
        zh: 'SYN 得不到应答：对端宕机，或防火墙、已满的 conntrack 表把它悄悄丢弃了。用 `ss -tn state syn-sent` 按目标分组，再检查去往数量最多那个目标的链路。',
      },
    },
    summary: {
      en: 'A client socket that has sent its SYN and waits for the server\'s SYN-ACK.',
      zh: '客户端已发出 SYN、正在等待服务端 SYN-ACK 的状态。',
    },
    side: {
      en: 'Client side, the active opener, right after `connect()`. Its local port has just been taken from `ip_local_port_range`.',
      zh: '出现在客户端（主动打开方），刚调用完 `connect()`。本地端口刚从 `ip_local_port_range` 中分配出来。',
    },
    transitions: {
      en:
        'Enters from CLOSED when `connect()` sends the SYN, the first step of the three-way handshake.\n\n' +
        '- SYN-ACK arrives: the client sends the final ACK and is ESTABLISHED.\n' +
        '- RST arrives (nothing listens on the port, or a firewall rejects): back to CLOSED, `connect()` fails with ECONNREFUSED.\n' +
        '- A bare SYN from the peer (simultaneous open, very rare): SYN_RECV.\n' +
        '- No answer after all retries: CLOSED with ETIMEDOUT.',
      zh:
        '调用 `connect()` 发出 SYN（三次握手第一步）后由 CLOSED 进入。\n\n' +
        '- 收到 SYN-ACK：回复 ACK（第三次握手），进入 ESTABLISHED。\n' +
        '- 收到 RST（端口无人监听或被防火墙拒绝）：回到 CLOSED，`connect()` 返回 ECONNREFUSED。\n' +
        '- 收到对端单独发来的 SYN（同时打开，极少见）：进入 SYN_RECV。\n' +
        '- 重试用尽仍无应答：回到 CLOSED，返回 ETIMEDOUT。',
    },
    timers: {
      en: 'How long depends on the kernel. Up to 6.4 the SYN is retransmitted `tcp_syn_retries` times (default 6) with the timeout doubling from 1 s: sent again after 1, 3, 7, 15, 31 and 63 s, and `connect()` fails with ETIMEDOUT after about 127 s. Since 6.5 the first `tcp_syn_linear_timeouts` retransmissions (default 4) keep a 1 s timeout and come on top of `tcp_syn_retries`: 10 retransmissions by default, after 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s, and failure after about 131 s. Applications usually give up earlier through their own connect timeout or `TCP_SYNCNT`.',
      zh: '持续多久取决于内核版本。6.4 及之前，SYN 最多重传 `tcp_syn_retries` 次（默认 6 次），超时从 1 秒起逐次翻倍：分别在第 1、3、7、15、31、63 秒重传，约 127 秒后 `connect()` 报 ETIMEDOUT。6.5 起，前 `tcp_syn_linear_timeouts` 次重传（默认 4 次）保持 1 秒超时，而且是在 `tcp_syn_retries` 之外额外增加的：默认共重传 10 次，分别在第 1、2、3、4、5、7、11、19、35、67 秒，约 131 秒后失败。应用通常会用自己的连接超时或 `TCP_SYNCNT` 提前放弃。',
    },
    largeCount: {
      en:
        'SYNs are going unanswered: the peer or something in between drops them silently (a closed port answers RST at once and leaves nothing behind).\n\n' +
        '- Group by destination: `ss -tn state syn-sent | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`.\n' +
        '- Usual causes: firewall or security-group rules, a backend that is down or overloaded (SYN or accept queue full), asymmetric routing or `rp_filter`, a full conntrack table on a gateway ("nf_conntrack: table full").\n' +
        '- Confirm with `tcpdump -ni any \'host <dst> and tcp[tcpflags] & tcp-syn != 0\'` and watch `nstat -az TcpExtTCPSynRetrans`.',
      zh:
        '说明 SYN 没有得到应答：对端或中间设备把它悄悄丢弃了（如果只是端口无人监听，对端会立即回 RST，不会堆积）。\n\n' +
        '- 按目标统计：`ss -tn state syn-sent | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`。\n' +
        '- 常见原因：防火墙或安全组规则、后端宕机或过载（半连接队列或全连接队列已满）、路由不对称或 `rp_filter`、网关上 conntrack 表满（"nf_conntrack: table full"）。\n' +
        '- 用 `tcpdump -ni any \'host <dst> and tcp[tcpflags] & tcp-syn != 0\'` 抓包确认，并观察 `nstat -az TcpExtTCPSynRetrans`。',
    },
    relatedKeys: [
      'net.ipv4.tcp_syn_retries',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_fastopen',
      'net.netfilter.nf_conntrack_max',
      'net.netfilter.nf_conntrack_tcp_timeout_syn_sent',
    ],
  },

  SYN_RECV: {
    state: 'SYN_RECV',
    brief: {
      side: {
        en: 'Server, the passive opener: a pending request in the listener\'s SYN queue.',
        zh: '服务端（被动打开方）：挂在监听 socket 半连接队列里的请求。',
      },
      largeCount: {
        en: 'A SYN flood, or final ACKs that are lost or refused. If `ss -lnt` shows Recv-Q at Send-Q, the accept queue is full and the application is slow; otherwise keep `tcp_syncookies=1` and look for "SYN flooding" in `dmesg`.',
        zh: '可能是 SYN Flood，也可能是第三次握手的 ACK 丢失或被拒。若 `ss -lnt` 中 Recv-Q 已顶到 Send-Q，是全连接队列满、应用处理慢；否则保持 `tcp_syncookies=1`，并在 `dmesg` 中查找 "SYN flooding"。',
      },
    },
    summary: {
      en: 'A half-open connection: the server received a SYN, answered SYN-ACK and waits for the client\'s final ACK.',
      zh: '半连接：服务端收到 SYN 并回复了 SYN-ACK，正在等待客户端的第三次握手 ACK。',
    },
    side: {
      en: 'Server side, the passive opener. Linux keeps these as lightweight requests in the listener\'s SYN queue (the kernel calls them NEW_SYN_RECV); `ss` shows them as SYN-RECV.',
      zh: '出现在服务端（被动打开方）。Linux 把它们作为轻量的请求结构挂在监听 socket 的半连接队列里（内核内部称为 NEW_SYN_RECV），`ss` 显示为 SYN-RECV。',
    },
    transitions: {
      en:
        'Created when a SYN reaches a LISTEN socket; the server replies SYN-ACK, the second step of the three-way handshake.\n\n' +
        '- The client\'s ACK arrives and the accept queue has room: ESTABLISHED, waiting for `accept()`.\n' +
        '- The accept queue is full: the ACK is dropped (or answered with RST when `tcp_abort_on_overflow=1`) and the request stays here, while the client already believes it is ESTABLISHED.\n' +
        '- An RST from the client, or SYN-ACK retries exhausted: the request is discarded.',
      zh:
        '监听 socket 收到 SYN 时创建，服务端回复 SYN-ACK（三次握手第二步）。\n\n' +
        '- 收到客户端 ACK 且全连接队列有空位：进入 ESTABLISHED，等待 `accept()`。\n' +
        '- 全连接队列已满：这个 ACK 被丢弃（`tcp_abort_on_overflow=1` 时改为回 RST），请求继续留在这里，而客户端此时已认为连接是 ESTABLISHED。\n' +
        '- 收到客户端 RST，或 SYN-ACK 重传次数用完：请求被丢弃。',
    },
    timers: {
      en: 'The SYN-ACK is retransmitted with exponential backoff from 1 s, up to `tcp_synack_retries` times (default 5, about 63 s in total), then the request is dropped. Connections answered with SYN cookies keep no request and therefore no timer.',
      zh: 'SYN-ACK 从 1 秒开始按指数退避重传，最多 `tcp_synack_retries` 次（默认 5 次，总计约 63 秒），之后丢弃请求。用 SYN cookie 应答的连接不保存请求，也就没有定时器。',
    },
    largeCount: {
      en:
        'Either a SYN flood, or clients whose final ACK does not arrive or is not accepted.\n\n' +
        '- Count and check the log: `ss -tn state syn-recv | wc -l`, `dmesg | grep -i "SYN flooding"`.\n' +
        '- Counters: `nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtTCPReqQFullDrop TcpExtSyncookiesSent`.\n' +
        '- If `ss -lnt` shows Recv-Q at Send-Q, the accept queue is full: the application is too slow to `accept()`, this is not an attack.\n' +
        '- Many random source addresses that never repeat suggest a flood: keep `tcp_syncookies=1`. The SYN-ACKs may also be lost on the way back (asymmetric routing, a firewall on the return path).',
      zh:
        '要么是 SYN Flood 攻击，要么是客户端的 ACK 没有到达或没有被接受。\n\n' +
        '- 统计数量并查看日志：`ss -tn state syn-recv | wc -l`、`dmesg | grep -i "SYN flooding"`。\n' +
        '- 计数器：`nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtTCPReqQFullDrop TcpExtSyncookiesSent`。\n' +
        '- 如果 `ss -lnt` 中 Recv-Q 已经顶到 Send-Q，说明全连接队列满了：是应用 `accept()` 太慢，而不是攻击。\n' +
        '- 源地址大量随机、几乎不重复，多半是 SYN Flood，保持 `tcp_syncookies=1`。SYN-ACK 也可能在回程中丢失（路由不对称、回程路径上的防火墙）。',
    },
    relatedKeys: [
      'net.ipv4.tcp_synack_retries',
      'net.ipv4.tcp_max_syn_backlog',
      'net.ipv4.tcp_syncookies',
      'net.core.somaxconn',
      'net.ipv4.tcp_abort_on_overflow',
    ],
  },

  ESTABLISHED: {
    state: 'ESTABLISHED',
    brief: {
      side: {
        en: 'Both ends; on the server, the socket `accept()` returned.',
        zh: '两端都有；服务端上是 `accept()` 返回的 socket。',
      },
      largeCount: {
        en: 'Usually just load. Find who holds them with `ss -tnp state established`, grouped by peer or process. Idle pooled connections are fine; queues that never drain are not.',
        zh: '多半只是负载高。用 `ss -tnp state established` 按对端或进程分组，查清是谁持有。连接池里空闲的连接没问题，Recv-Q/Send-Q 长期不归零才需要关注。',
      },
    },
    summary: {
      en: 'An open connection: the handshake is complete and data can flow both ways.',
      zh: '连接已建立：三次握手完成，双方可以互相收发数据。',
    },
    side: {
      en: 'Both sides. Client and server each hold their own ESTABLISHED socket for the connection; on the server it is the socket returned by `accept()`, not the listener.',
      zh: '两端都有。客户端和服务端各自持有这条连接的 ESTABLISHED socket；服务端上是 `accept()` 返回的 socket，而不是监听 socket。',
    },
    transitions: {
      en:
        'Client: from SYN_SENT when the SYN-ACK arrives and it sends the final ACK. Server: from SYN_RECV when that ACK arrives.\n\n' +
        '- The local application calls `close()` or `shutdown()` first: this side sends FIN and moves to FIN_WAIT1 (active closer).\n' +
        '- The peer\'s FIN arrives first: this side ACKs it and moves to CLOSE_WAIT (passive closer).\n' +
        '- An RST arrives, or retransmissions or keepalive probes run out: the connection is aborted straight to CLOSED (ECONNRESET or ETIMEDOUT).',
      zh:
        '客户端：在 SYN_SENT 收到 SYN-ACK 并回复 ACK 后进入；服务端：在 SYN_RECV 收到这个 ACK 后进入。\n\n' +
        '- 本端应用先调用 `close()` 或 `shutdown()`：发出 FIN，进入 FIN_WAIT1（主动关闭方）。\n' +
        '- 先收到对端的 FIN：回复 ACK，进入 CLOSE_WAIT（被动关闭方）。\n' +
        '- 收到 RST，或重传、保活探测次数用完：连接直接中止，进入 CLOSED（ECONNRESET 或 ETIMEDOUT）。',
    },
    timers: {
      en:
        'No state timer: an idle connection may stay ESTABLISHED forever.\n\n' +
        '- With data in flight, the retransmission timer gives up after `tcp_retries2` attempts (default 15, about 15 minutes).\n' +
        '- On an idle connection only keepalive (if the application set `SO_KEEPALIVE`) detects a dead peer: first probe after `tcp_keepalive_time` (7200 s), then every `tcp_keepalive_intvl` (75 s), `tcp_keepalive_probes` (9) times.\n' +
        '- NAT gateways, firewalls and load balancers often drop idle flows after minutes; neither end notices until it sends.',
      zh:
        '没有状态定时器：空闲连接可以一直保持 ESTABLISHED。\n\n' +
        '- 有数据在途时，重传 `tcp_retries2` 次仍无确认就放弃（默认 15 次，约 15 分钟）。\n' +
        '- 空闲连接只能靠保活探测（应用设置了 `SO_KEEPALIVE`）发现对端失联：空闲 `tcp_keepalive_time`（7200 秒）后发第一个探测，之后每 `tcp_keepalive_intvl`（75 秒）一个，共 `tcp_keepalive_probes`（9）个。\n' +
        '- NAT 网关、防火墙和负载均衡器往往几分钟就清掉空闲连接，两端在下次发送数据之前都不会察觉。',
    },
    largeCount: {
      en:
        'Usually just load; the question is who holds the connections and whether they are busy.\n\n' +
        '- Per peer: `ss -tn state established | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`; per process: `ss -tnp state established`.\n' +
        '- Recv-Q growing: the local application is not reading. Send-Q growing: the peer or the network is not keeping up.\n' +
        '- With long-lived (pooled) connections the count should be stable; with short connections it follows the request rate. A count that only grows means a connection leak or an unbounded pool.\n' +
        '- Limits nearby: `ulimit -n` and `fs.file-max`; on NAT hosts, `conntrack -C` against `nf_conntrack_max`.',
      zh:
        '通常只是业务量大；关键在于连接属于谁、是否在忙。\n\n' +
        '- 按对端统计：`ss -tn state established | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`；按进程：`ss -tnp state established`。\n' +
        '- Recv-Q 持续增长：本地应用没有及时读取。Send-Q 持续增长：对端或网络跟不上。\n' +
        '- 长连接（连接池）场景下数量应当稳定，短连接场景下随请求速率变化；只涨不跌说明连接泄漏或连接池没有上限。\n' +
        '- 同时留意相关上限：`ulimit -n` 和 `fs.file-max`；做 NAT 的主机还要用 `conntrack -C` 对比 `nf_conntrack_max`。',
    },
    relatedKeys: [
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
      'net.ipv4.tcp_retries2',
      'net.ipv4.tcp_rmem',
      'net.ipv4.tcp_wmem',
      'net.netfilter.nf_conntrack_tcp_timeout_established',
      'net.netfilter.nf_conntrack_max',
    ],
  },

  FIN_WAIT1: {
    state: 'FIN_WAIT1',
    brief: {
      side: {
        en: 'The active closer, which called `close()` or `shutdown()` first.',
        zh: '主动关闭方，即先调用 `close()` 或 `shutdown()` 的一端。',
      },
      largeCount: {
        en: 'Peers do not acknowledge our FIN: they are gone or unreachable, or they stopped reading (zero window). In `ss -tno state fin-wait-1`, a `persist` timer means a zero window, `on` with rising retransmits means no answer.',
        zh: '对端不确认我们的 FIN：对端已消失或不可达，或者不再读数据（零窗口）。在 `ss -tno state fin-wait-1` 中，`persist` 定时器表示零窗口，`on` 且重传次数上升表示没有应答。',
      },
    },
    summary: {
      en: 'The application has closed the connection; our FIN is sent and we wait for the peer to acknowledge it.',
      zh: '本端应用已关闭连接，FIN 已发出，正在等待对端确认。',
    },
    side: {
      en: 'The active closer: whichever side calls `close()` or `shutdown()` first. That may be the client or the server, depending on the protocol (HTTP servers often close first).',
      zh: '主动关闭方，即先调用 `close()` 或 `shutdown()` 的一端；是客户端还是服务端取决于协议（HTTP 服务端经常先关闭）。',
    },
    transitions: {
      en:
        'Enters from ESTABLISHED when this side sends FIN, the first step of the four-way close (or from SYN_RECV when closed before the handshake finished).\n\n' +
        '- ACK of our FIN: FIN_WAIT2.\n' +
        '- The peer\'s FIN arrives before that ACK (simultaneous close): we ACK it and move to CLOSING.\n' +
        '- The peer\'s FIN and the ACK of our FIN together: straight to TIME_WAIT.',
      zh:
        '本端发出 FIN（四次挥手第一步）后由 ESTABLISHED 进入；握手尚未完成就关闭时也可能由 SYN_RECV 进入。\n\n' +
        '- 收到对本端 FIN 的 ACK：进入 FIN_WAIT2。\n' +
        '- 在这个 ACK 之前先收到对端 FIN（同时关闭）：回复 ACK，进入 CLOSING。\n' +
        '- 同时收到对端 FIN 和对本端 FIN 的 ACK：直接进入 TIME_WAIT。',
    },
    timers: {
      en: 'The FIN, together with any data still queued before it, is retransmitted with exponential backoff. After `close()` the socket is an orphan and gives up after `tcp_orphan_retries` attempts (0 means 8); after `shutdown()` with the socket still open, `tcp_retries2` applies. A peer advertising a zero window holds the socket here with zero-window probes under the same limits.',
      zh: 'FIN（连同排在它前面尚未发完的数据）按指数退避重传。调用 `close()` 后 socket 成为孤儿 socket，重试 `tcp_orphan_retries` 次后放弃（0 表示 8 次）；若只是 `shutdown()`、socket 仍由应用持有，则按 `tcp_retries2`。对端通告零窗口时，socket 会靠零窗口探测停留在这里，受同样的次数限制。',
    },
    largeCount: {
      en:
        'The peers do not acknowledge: they are gone or unreachable, or they stopped reading (zero window) while we still have data to deliver.\n\n' +
        '- `ss -tno state fin-wait-1`: a large Send-Q with `timer:(persist…)` means a zero window; `timer:(on…)` with a growing retransmit count means the peer does not answer.\n' +
        '- Orphans and their limit: `cat /proc/net/sockstat`, `dmesg | grep -i orphan`.\n' +
        '- On busy servers a lower `tcp_orphan_retries` frees these sockets and their buffers sooner.',
      zh:
        '对端迟迟不确认：对端已下线或不可达，或者本端还有数据没送完、对端却不再读取（零窗口）。\n\n' +
        '- `ss -tno state fin-wait-1`：Send-Q 很大且显示 `timer:(persist…)` 表示零窗口；`timer:(on…)` 且重传次数不断增长表示对端无响应。\n' +
        '- 孤儿 socket 数量和上限：`cat /proc/net/sockstat`、`dmesg | grep -i orphan`。\n' +
        '- 繁忙的服务器上调低 `tcp_orphan_retries`，可以更快释放这些 socket 及其缓冲区。',
    },
    relatedKeys: ['net.ipv4.tcp_orphan_retries', 'net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_retries2', 'net.ipv4.tcp_wmem'],
  },

  FIN_WAIT2: {
    state: 'FIN_WAIT2',
    brief: {
      side: {
        en: 'The active closer, halfway through the close; the peer may still send data.',
        zh: '主动关闭方，挥手进行到一半；对端仍可发送数据。',
      },
      largeCount: {
        en: 'Peers acknowledged our FIN but never close: on their host these connections sit in CLOSE_WAIT, a bug in the peer\'s application. Group by peer with `ss -tno state fin-wait-2`; sockets our application closed expire after `tcp_fin_timeout`.',
        zh: '对端确认了我们的 FIN 却一直不关闭：在对端主机上这些连接处于 CLOSE_WAIT，是对端应用的 bug。用 `ss -tno state fin-wait-2` 按对端分组；本端应用已关闭的 socket 会在 `tcp_fin_timeout` 后释放。',
      },
    },
    summary: {
      en: 'Our FIN has been acknowledged; we wait for the peer to close its side and send its FIN.',
      zh: '本端 FIN 已被确认，正在等待对端关闭它那一侧并发来 FIN。',
    },
    side: {
      en: 'The active closer, halfway through the four-way close. The connection is half-closed: the peer may still send data, which this side can still read if the application used `shutdown(SHUT_WR)` rather than `close()`.',
      zh: '主动关闭方，四次挥手已完成一半。连接处于半关闭：对端仍可发送数据，如果本端应用用的是 `shutdown(SHUT_WR)` 而不是 `close()`，还能继续读取。',
    },
    transitions: {
      en:
        'Enters from FIN_WAIT1 when the ACK of our FIN arrives.\n\n' +
        '- The peer\'s FIN arrives: we send the last ACK and move to TIME_WAIT.\n' +
        '- An orphaned socket that gets no FIN within `tcp_fin_timeout` is discarded by the kernel (CLOSED).',
      zh:
        '收到对本端 FIN 的 ACK 后由 FIN_WAIT1 进入。\n\n' +
        '- 收到对端 FIN：回复最后一个 ACK，进入 TIME_WAIT。\n' +
        '- 孤儿 socket 在 `tcp_fin_timeout` 内没等到 FIN：被内核直接丢弃（CLOSED）。',
    },
    timers: {
      en: 'Only orphaned sockets (the application called `close()`) time out, after `tcp_fin_timeout` (60 s by default). A socket the application still owns after `shutdown(SHUT_WR)` may wait here indefinitely, because the application may still be reading.',
      zh: '只有孤儿 socket（应用已调用 `close()`）才会超时，时长为 `tcp_fin_timeout`（默认 60 秒）。应用 `shutdown(SHUT_WR)` 后仍持有的 socket 可以在这里无限期等待，因为应用可能还在读数据。',
    },
    largeCount: {
      en:
        'The peers acknowledged our FIN but never close their side: on the other host those connections sit in CLOSE_WAIT, an application bug over there.\n\n' +
        '- Group by peer: `ss -tno state fin-wait-2 | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`, then run `ss -tnp state close-wait` on that peer.\n' +
        '- A middlebox that already forgot the flow (conntrack or idle timeout) can also swallow the peer\'s FIN.\n' +
        '- Lowering `tcp_fin_timeout` reclaims orphaned ones sooner but does not fix the peer.',
      zh:
        '对端确认了本端的 FIN，却一直不关闭自己那一侧：在对端主机上，这些连接正处于 CLOSE_WAIT，是对端应用的 bug。\n\n' +
        '- 按对端统计：`ss -tno state fin-wait-2 | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`，再到该对端上执行 `ss -tnp state close-wait`。\n' +
        '- 中间设备提前清掉了连接状态（conntrack 或空闲超时），也可能吞掉对端的 FIN。\n' +
        '- 调低 `tcp_fin_timeout` 能更快回收孤儿 socket，但治不了对端的问题。',
    },
    relatedKeys: [
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_max_orphans',
      'net.netfilter.nf_conntrack_tcp_timeout_close_wait',
    ],
  },

  CLOSE_WAIT: {
    state: 'CLOSE_WAIT',
    brief: {
      side: {
        en: 'The passive closer: the peer\'s FIN arrived, our application has not closed yet.',
        zh: '被动关闭方：对端的 FIN 已到，本端应用还没关闭。',
      },
      largeCount: {
        en: 'An application bug that no sysctl fixes: connections dropped without `close()`. Find the process with `ss -tanp state close-wait`, then look for a close missing in error paths or a pool that keeps dead connections. Left alone it ends in "Too many open files".',
        zh: '应用 bug，任何 sysctl 都解决不了：连接不用了却没调用 `close()`。用 `ss -tanp state close-wait` 找到进程，排查出错分支里漏掉的关闭，或不清理失效连接的连接池。放任不管最终会报 "Too many open files"。',
      },
    },
    summary: {
      en: 'The peer has closed its side (its FIN arrived); the kernel waits for our application to call `close()`.',
      zh: '对端已关闭它那一侧（收到了对端 FIN），内核在等本端应用调用 `close()`。',
    },
    side: {
      en: 'The passive closer, i.e. the side that received the first FIN. The kernel has already acknowledged it; the next step belongs entirely to the application.',
      zh: '被动关闭方，即先收到 FIN 的一端。内核已自动回复 ACK，下一步完全取决于应用。',
    },
    transitions: {
      en:
        'Enters from ESTABLISHED when the peer\'s FIN arrives and we ACK it, the second step of the four-way close. The application now reads end-of-file (`read()` returns 0).\n\n' +
        '- The application calls `close()` or `shutdown()`: we send our FIN and move to LAST_ACK.\n' +
        '- An RST from the peer (e.g. after we write to a connection it has fully closed) aborts the connection, but the file descriptor stays open until the application closes it.',
      zh:
        '收到对端 FIN 并回复 ACK（四次挥手第二步）后由 ESTABLISHED 进入。应用此时读到 EOF（`read()` 返回 0）。\n\n' +
        '- 应用调用 `close()` 或 `shutdown()`：发出本端 FIN，进入 LAST_ACK。\n' +
        '- 收到对端 RST（例如向对端已完全关闭的连接写数据之后）会中止连接，但文件描述符仍然占着，直到应用关闭它。',
    },
    timers: {
      en: 'No timer of its own, and `tcp_fin_timeout` does not apply: normally only `close()` by the application, or the process exiting, ends it. One exception: a socket with SO_KEEPALIVE keeps its keepalive timer in CLOSE_WAIT. After `tcp_keepalive_time` of silence it sends probes, and an RST from the peer (which usually forgot the connection long ago) or probes left unanswered abort it to CLOSED. It then vanishes from `ss -t`, but the application still holds the descriptor until it calls `close()`, so the leak remains; tuning keepalive only hides it.',
      zh: '它没有自己的定时器，`tcp_fin_timeout` 也不管它：通常只有应用调用 `close()` 或进程退出才能结束它。唯一的例外是设置了 SO_KEEPALIVE 的 socket：它在 CLOSE_WAIT 中仍保留保活定时器，空闲 `tcp_keepalive_time` 后发出探测，对端回 RST（对端通常早已忘了这条连接）或探测一直没有应答时，socket 会被中止并进入 CLOSED。此后 `ss -t` 里看不到它了，但应用在调用 `close()` 之前仍占着这个文件描述符，泄漏依然存在；调整保活参数只会把问题藏起来。',
    },
    largeCount: {
      en:
        'Almost always an application bug: a code path stops using a connection without closing it (a missing `close()` in an error branch, a response body never consumed, a pool that does not evict connections the server closed). The count grows until the process runs out of file descriptors ("Too many open files").\n\n' +
        '- Find the owner: `ss -tanp state close-wait` (process column), then `lsof -p <pid> | grep CLOSE_WAIT` or `ls /proc/<pid>/fd | wc -l`.\n' +
        '- Find which dependency leaks: `ss -tan state close-wait | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn`.\n' +
        '- A thread dump taken at the same time usually points at the leaking code. Restarting only resets the count.',
      zh:
        '几乎都是应用的 bug：某段代码不再使用连接却没有关闭它（异常分支漏了 `close()`、响应体没有读完、连接池不剔除已被服务端关闭的连接）。数量会一直涨，直到进程文件描述符耗尽（"Too many open files"）。\n\n' +
        '- 找到所属进程：`ss -tanp state close-wait`（看进程列），再用 `lsof -p <pid> | grep CLOSE_WAIT` 或 `ls /proc/<pid>/fd | wc -l`。\n' +
        '- 找出是哪个下游在泄漏：`ss -tan state close-wait | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn`。\n' +
        '- 同时抓一份线程栈（如 Java 的 jstack），通常就能定位泄漏的代码。重启只能让计数暂时清零。',
    },
    relatedKeys: ['fs.file-max', 'fs.nr_open', 'net.netfilter.nf_conntrack_tcp_timeout_close_wait'],
  },

  CLOSING: {
    state: 'CLOSING',
    brief: {
      side: {
        en: 'Both ends at once, in a simultaneous close. Rare.',
        zh: '同时关闭时两端都会出现，很少见。',
      },
      largeCount: {
        en: 'FINs or their ACKs are being lost: packet loss, or a firewall or conntrack that already treats the flow as over. `ss -tno state closing` shows the retransmission timers.',
        zh: 'FIN 或对它的 ACK 在丢失：网络丢包，或防火墙、conntrack 已认为这条流结束。用 `ss -tno state closing` 查看重传定时器。',
      },
    },
    summary: {
      en: 'Both sides sent FIN at about the same time: we received the peer\'s FIN, but our own FIN is not yet acknowledged.',
      zh: '双方几乎同时发出 FIN：本端已收到对端的 FIN，但自己的 FIN 还没被确认。',
    },
    side: {
      en: 'Both sides at once, in a simultaneous close, where each is an active closer. Rare in practice.',
      zh: '同时关闭时两端都会出现，彼此都是主动关闭方。实际中很少见。',
    },
    transitions: {
      en:
        'Enters from FIN_WAIT1 when the peer\'s FIN arrives before the ACK of our own FIN; we ACK it.\n\n' +
        '- The ACK of our FIN arrives: TIME_WAIT.',
      zh:
        '在 FIN_WAIT1 中先收到对端 FIN（而不是对本端 FIN 的 ACK）时进入，本端回复 ACK。\n\n' +
        '- 收到对本端 FIN 的 ACK：进入 TIME_WAIT。',
    },
    timers: {
      en: 'Our FIN is retransmitted until acknowledged, limited by `tcp_orphan_retries` for orphaned sockets and by `tcp_retries2` otherwise.',
      zh: '本端 FIN 会一直重传直到被确认；孤儿 socket 受 `tcp_orphan_retries` 限制，否则受 `tcp_retries2` 限制。',
    },
    largeCount: {
      en: 'More than a handful usually means FINs or their ACKs are being lost: packet loss, or a firewall or conntrack entry that already treats the flow as closed. Look at the retransmission timers with `ss -tno state closing` and capture the FINs with `tcpdump -ni any \'tcp[tcpflags] & tcp-fin != 0\'`.',
      zh: '数量稍多通常说明 FIN 或对它的 ACK 在丢失：网络丢包，或者防火墙、conntrack 已把这条流当作结束。用 `ss -tno state closing` 查看重传定时器，并用 `tcpdump -ni any \'tcp[tcpflags] & tcp-fin != 0\'` 抓 FIN 包确认。',
    },
    relatedKeys: ['net.ipv4.tcp_orphan_retries', 'net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_retries2'],
  },

  LAST_ACK: {
    state: 'LAST_ACK',
    brief: {
      side: {
        en: 'The passive closer, after its application called `close()` in CLOSE_WAIT.',
        zh: '被动关闭方：应用在 CLOSE_WAIT 中调用 `close()` 之后。',
      },
      largeCount: {
        en: 'Our FINs get no ACK: the peer is gone, or a firewall or NAT forgot the flow. `ss -tno state last-ack` shows the retransmissions; these sockets time out on their own, so fix the long CLOSE_WAIT that came before.',
        zh: '我们的 FIN 收不到 ACK：对端已消失，或防火墙、NAT 已忘掉这条流。`ss -tno state last-ack` 可看到重传情况；这些 socket 会自行超时，该修的是之前过长的 CLOSE_WAIT。',
      },
    },
    summary: {
      en: 'The passive closer has sent its own FIN and waits for the final ACK.',
      zh: '被动关闭方已发出自己的 FIN，正在等待最后一个 ACK。',
    },
    side: {
      en: 'The passive closer, after its application finally called `close()` in CLOSE_WAIT.',
      zh: '被动关闭方：应用在 CLOSE_WAIT 中终于调用了 `close()` 之后。',
    },
    transitions: {
      en:
        'Enters from CLOSE_WAIT when the application closes and we send our FIN, the third step of the four-way close.\n\n' +
        '- The final ACK arrives (fourth step): CLOSED at once. The passive closer never goes through TIME_WAIT.\n' +
        '- An RST also ends it.',
      zh:
        '应用关闭、本端发出 FIN（四次挥手第三步）后由 CLOSE_WAIT 进入。\n\n' +
        '- 收到最后的 ACK（第四步）：立即进入 CLOSED。被动关闭方不经过 TIME_WAIT。\n' +
        '- 收到 RST 也会结束。',
    },
    timers: {
      en: 'The FIN is retransmitted with exponential backoff; an orphaned socket gives up after `tcp_orphan_retries` attempts (0 means 8), otherwise `tcp_retries2` applies.',
      zh: 'FIN 按指数退避重传；孤儿 socket 重试 `tcp_orphan_retries` 次后放弃（0 表示 8 次），否则按 `tcp_retries2`。',
    },
    largeCount: {
      en:
        'Our FINs are not acknowledged: the peer has already disappeared (crashed, or its orphaned socket timed out), or a firewall or NAT dropped the flow during a long CLOSE_WAIT and now discards our FIN.\n\n' +
        '- `ss -tno state last-ack` shows the retransmission timer and count.\n' +
        '- Often the tail of a CLOSE_WAIT problem: the application closed very late.\n' +
        '- A lower `tcp_orphan_retries` clears them faster.',
      zh:
        '本端的 FIN 得不到确认：对端已经不在了（崩溃，或其孤儿 socket 已超时），或者在漫长的 CLOSE_WAIT 期间防火墙、NAT 清掉了连接状态，现在丢弃本端的 FIN。\n\n' +
        '- `ss -tno state last-ack` 可以看到重传定时器和次数。\n' +
        '- 常常是 CLOSE_WAIT 问题的尾巴：应用关闭得太晚。\n' +
        '- 调低 `tcp_orphan_retries` 可以更快清掉它们。',
    },
    relatedKeys: [
      'net.ipv4.tcp_orphan_retries',
      'net.ipv4.tcp_retries2',
      'net.netfilter.nf_conntrack_tcp_timeout_close_wait',
    ],
  },

  TIME_WAIT: {
    state: 'TIME_WAIT',
    brief: {
      side: {
        en: 'Only the active closer, the side that sent the first FIN.',
        zh: '只出现在主动关闭方，即先发 FIN 的一端。',
      },
      largeCount: {
        en: 'This side closes many short connections. Memory is no concern; the risk is running out of local ports toward one destination (`EADDRNOTAVAIL`). Reuse connections first (keep-alive, pools), then widen `ip_local_port_range` or enable `tcp_tw_reuse` on the client.',
        zh: '本端关闭了大量短连接。内存不是问题，风险在于连往同一目标的本地端口被用完（`EADDRNOTAVAIL`）。先复用连接（keep-alive、连接池），再考虑扩大 `ip_local_port_range` 或在客户端开启 `tcp_tw_reuse`。',
      },
    },
    summary: {
      en: 'The connection is fully closed; the side that closed first keeps its 4-tuple reserved for a while so that old segments cannot disturb a new connection.',
      zh: '连接已完全关闭；先关闭的一方会把这个四元组保留一段时间，防止旧报文干扰使用同一四元组的新连接。',
    },
    side: {
      en: 'Only the active closer, the side that sent the first FIN, ever enters TIME_WAIT; the passive closer goes from LAST_ACK straight to CLOSED. TIME_WAIT therefore piles up on whichever side closes first: clients that close after each request, or servers that close (e.g. HTTP without keep-alive).',
      zh: '只有主动关闭方（先发 FIN 的一端）才会进入 TIME_WAIT，被动关闭方从 LAST_ACK 直接进入 CLOSED。因此 TIME_WAIT 堆积在先关闭的那一端：每次请求后主动断开的客户端，或主动断开的服务端（例如不用 keep-alive 的 HTTP）。',
    },
    transitions: {
      en:
        'Enters from FIN_WAIT2 when the peer\'s FIN arrives and we send the last ACK, the fourth step of the four-way close (or from CLOSING or FIN_WAIT1).\n\n' +
        '- If that last ACK is lost, the peer retransmits its FIN and we can acknowledge it again: the first reason TIME_WAIT exists.\n' +
        '- Leaves to CLOSED when the timer expires. The 4-tuple can be reused earlier only by an outgoing connection through `tcp_tw_reuse`, or by an incoming SYN with a higher sequence number or a newer timestamp.',
      zh:
        '在 FIN_WAIT2 收到对端 FIN 并回复最后一个 ACK（四次挥手第四步）后进入，也可能由 CLOSING 或 FIN_WAIT1 进入。\n\n' +
        '- 如果最后这个 ACK 丢了，对端会重传 FIN，本端还能再次确认：这是 TIME_WAIT 存在的第一个原因。\n' +
        '- 定时器到期后进入 CLOSED。在此之前，只有主动发起的连接借助 `tcp_tw_reuse`，或序列号更大、时间戳更新的入站 SYN，才能提前复用这个四元组。',
    },
    timers: {
      en: 'RFC 9293 asks for 2×MSL (4 minutes with the RFC\'s 2-minute MSL). Linux uses a fixed 60 s (`TCP_TIMEWAIT_LEN`, a compile-time constant): no sysctl changes it, and `tcp_fin_timeout` in particular does not. The wait also lets delayed segments of the old connection expire in the network, the second reason for the state.',
      zh: 'RFC 9293 要求等待 2×MSL（按 RFC 的 2 分钟 MSL 即 4 分钟）。Linux 固定为 60 秒（`TCP_TIMEWAIT_LEN`，编译期常量）：没有任何 sysctl 能修改它，`tcp_fin_timeout` 尤其不行。等待还能让旧连接迟到的报文在网络中自然消失，这是该状态存在的第二个原因。',
    },
    largeCount: {
      en:
        'This side closes many short connections. Tens of thousands are harmless for memory and CPU; the real risk is on the connecting side: every TIME_WAIT socket holds a local port toward one destination IP:port, so with 28232 ephemeral ports and 60 s of TIME_WAIT a client can open only about 470 new connections per second to the same backend before `connect()` fails with EADDRNOTAVAIL (ephemeral port exhaustion).\n\n' +
        '- Count and find the peers: `ss -s`, `ss -tn state time-wait | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`.\n' +
        '- Table limit hit: `nstat -az TcpExtTCPTimeWaitOverflow` grows. Only 2.6-era kernels (RHEL 6 and older) also log "TCP: time wait bucket table overflow"; RHEL 7\'s 3.10 and every later kernel count it silently, so an empty `dmesg` proves nothing.\n' +
        '- Fixes, best first: reuse connections (HTTP keep-alive, connection pools, long-lived instead of short connections); let the client close first; on the connecting side `tcp_tw_reuse=1` and a wider `ip_local_port_range`; more destination IPs or ports. Never remove the protection itself (`tcp_tw_recycle` was removed for good reason).',
      zh:
        '本端主动关闭了大量短连接。几万个 TIME_WAIT 对内存和 CPU 都无害；真正的风险在发起连接的一端：每个 TIME_WAIT 都占着一个通往同一目标 IP:端口的本地端口，默认 28232 个临时端口、60 秒 TIME_WAIT，意味着对同一个后端每秒只能新建约 470 个连接，超过后 `connect()` 报 EADDRNOTAVAIL（临时端口耗尽）。\n\n' +
        '- 统计数量、找出对端：`ss -s`、`ss -tn state time-wait | awk \'NR>1 {print $4}\' | sort | uniq -c | sort -rn | head`。\n' +
        '- 是否撞上表上限：看 `nstat -az TcpExtTCPTimeWaitOverflow` 是否在增长。只有 2.6 时代的内核（RHEL 6 及更早）还会在日志里打印 "TCP: time wait bucket table overflow"；RHEL 7 的 3.10 及之后的内核只默默计数，所以 `dmesg` 里没有这行并不说明没溢出。\n' +
        '- 解决办法（按优先级）：复用连接（HTTP keep-alive、连接池，用长连接代替短连接）；让客户端先关闭；在发起连接的一端开启 `tcp_tw_reuse=1`、扩大 `ip_local_port_range`；增加目标 IP 或端口。不要去掉这层保护本身（`tcp_tw_recycle` 被移除是有原因的）。',
    },
    relatedKeys: [
      'net.ipv4.tcp_tw_reuse',
      'net.ipv4.tcp_tw_reuse_delay',
      'net.ipv4.tcp_max_tw_buckets',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_timestamps',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_rfc1337',
      'net.ipv4.tcp_tw_recycle',
      'net.netfilter.nf_conntrack_tcp_timeout_time_wait',
    ],
  },

  CLOSED: {
    state: 'CLOSED',
    brief: {
      side: {
        en: 'Both ends; tools rarely list it, and netstat prints it as CLOSE.',
        zh: '两端都有；工具很少列出它，netstat 显示为 CLOSE。',
      },
      largeCount: {
        en: 'Sockets created but never connected, or kept after a failed `connect()`: a file-descriptor leak. `ss` does not list them; `lsof -p <pid>` shows them as `sock` with `protocol: TCP`.',
        zh: '应用创建后从未连接、或 `connect()` 失败后一直没关闭的 socket：文件描述符泄漏。`ss` 列不出它们，`lsof -p <pid>` 中显示为 `sock`、`protocol: TCP`。',
      },
    },
    summary: {
      en: 'No connection: the state every socket starts from and ends in.',
      zh: '没有连接：每个 socket 都从这里开始，也在这里结束。',
    },
    side: {
      en: 'Both sides. Tools rarely show it, because `netstat` and `ss` list only sockets in the kernel\'s lookup tables; a socket that is created or bound but neither listening nor connected is usually invisible (newer `ss` versions can list bound ones as UNCONN, netstat prints the state as CLOSE).',
      zh: '两端都有。工具很少显示它，因为 `netstat` 和 `ss` 只列出内核查找表中的 socket；已创建或已 bind、但既没监听也没连接的 socket 通常看不到（较新的 `ss` 可以把已 bind 的这类 socket 显示为 UNCONN，netstat 把该状态显示为 CLOSE）。',
    },
    transitions: {
      en:
        'To SYN_SENT on `connect()` (active open), to LISTEN on `listen()` (passive open).\n\n' +
        '- Reached from LAST_ACK (final ACK received), from TIME_WAIT (timer expired), or from any state after an RST or a timeout. The kernel then frees the socket, unless the application still holds its descriptor.',
      zh:
        '调用 `connect()`（主动打开）进入 SYN_SENT，调用 `listen()`（被动打开）进入 LISTEN。\n\n' +
        '- 由 LAST_ACK（收到最后的 ACK）、TIME_WAIT（定时器到期）进入，或在任意状态收到 RST、超时后进入。此后内核释放该 socket，除非应用还持有它的文件描述符。',
    },
    timers: {
      en: 'None: a CLOSED socket exists only as long as the application holds its file descriptor.',
      zh: '没有：CLOSED 状态的 socket 只在应用持有其文件描述符期间存在。',
    },
    largeCount: {
      en: 'Sockets the application created but never connected, or kept after a failed `connect()` or a reset, e.g. a retry loop that opens a new socket per attempt and never closes the old one. Each costs a file descriptor. `ss` does not list them, but `lsof -p <pid>` does: type `sock`, name `protocol: TCP`, no addresses. Count them with `lsof -p <pid> | grep -c \'protocol: TCP\'` and compare with `ulimit -n`.',
      zh: '应用创建了 socket 却从未连接，或在 `connect()` 失败、连接被重置后一直不关闭，例如每次重试都新建 socket、却从不关闭旧 socket 的重试循环。每个这样的 socket 都占一个文件描述符。`ss` 列不出它们，但 `lsof -p <pid>` 可以：类型为 `sock`、名称为 `protocol: TCP`、没有地址。用 `lsof -p <pid> | grep -c \'protocol: TCP\'` 统计数量，并与 `ulimit -n` 对比。',
    },
    relatedKeys: ['fs.file-max', 'fs.nr_open'],
  },
};

/** A word in a state column that is not one of the eleven TCP states, or means something else for UDP. */
export interface PseudoStateDoc {
  /** Where the word is printed. */
  readonly printedBy: Localized;
  readonly meaning: Localized;
  /** What to do when many of them show up. */
  readonly largeCount: Localized;
}

/** Windows-only words in TCP rows. */
export const WINDOWS_PSEUDO_STATES: Readonly<Record<string, PseudoStateDoc>> = {
  BOUND: {
    printedBy: { en: 'Windows `netstat -anq`', zh: 'Windows `netstat -anq`' },
    meaning: {
      en: 'A TCP socket that holds a local port (explicitly with `bind()`, or reserved for an outgoing `connect()`) but is neither listening nor connected. Not an RFC state: the closest is CLOSED.',
      zh: '占用了本地端口（显式 `bind()`，或为出站 `connect()` 预留）、但既未监听也未连接的 TCP socket。它不是 RFC 定义的状态，最接近 CLOSED。',
    },
    largeCount: {
      en: 'Thousands of BOUND sockets with one PID mean the application binds (or gets ports for) sockets it never uses or closes: they use up ephemeral ports just like TIME_WAIT. Check `netsh int ipv4 show dynamicport tcp` and the application\'s socket handling.',
      zh: '同一个 PID 有成千上万个 BOUND socket，说明应用绑定（或申请端口）后从不使用也不关闭：它们会像 TIME_WAIT 一样耗尽临时端口。用 `netsh int ipv4 show dynamicport tcp` 查看临时端口范围，并检查应用是否及时使用和关闭 socket。',
    },
  },
  DELETE_TCB: {
    printedBy: { en: 'Windows `netstat`', zh: 'Windows `netstat`' },
    meaning: {
      en: 'The connection\'s control block is being freed: a brief moment at the end of a connection (after an abort or the last state), not an RFC state.',
      zh: '连接的控制块（TCB）正在被释放：连接结束时的一个短暂时刻（被中止或走完最后一个状态之后），不是 RFC 定义的状态。',
    },
    largeCount: {
      en: 'Should vanish within seconds. Many that stay point at a driver, filter or security product holding connections; compare two snapshots.',
      zh: '正常几秒内就会消失。如果大量长时间不消失，多半是驱动、过滤驱动或安全软件占住了连接；对比两次采样确认。',
    },
  },
};

/** A UDP socket after `connect()`: ss prints ESTAB, net-tools netstat ESTABLISHED. */
const CONNECTED_UDP: Omit<PseudoStateDoc, 'printedBy'> = {
  meaning: {
    en: 'A "connected" UDP socket: the application called `connect()`, which only fixes the peer address. No handshake took place and nothing is known about the peer being alive; the socket now accepts datagrams from that peer only and receives its ICMP errors.',
    zh: '"已连接"的 UDP socket：应用调用了 `connect()`，这只是固定了对端地址。没有任何握手，也无法得知对端是否存活；此后该 socket 只接收来自这个对端的数据报，并能收到相关的 ICMP 错误。',
  },
  largeCount: {
    en: 'Typical of DNS resolvers, QUIC and metrics clients. A growing number from one process may be a socket leak: compare with its open files (`ls /proc/<pid>/fd | wc -l`).',
    zh: 'DNS 解析器、QUIC 和监控客户端常见。同一进程的数量持续增长可能是 socket 泄漏：与其打开的文件数对比（`ls /proc/<pid>/fd | wc -l`）。',
  },
};

/** What the state column says on a UDP row: UDP has no connection states at all. */
export const UDP_STATE_WORDS: Readonly<Record<string, PseudoStateDoc>> = {
  UNCONN: {
    printedBy: { en: '`ss`, UDP rows', zh: '`ss` 的 UDP 行' },
    meaning: {
      en: 'An unconnected UDP socket: bound to a local address and port, it receives datagrams from anyone. This is how UDP servers (DNS, NTP, syslog) look; it is the normal state, not a problem.',
      zh: '未连接的 UDP socket：绑定了本地地址和端口，接收来自任何地址的数据报。UDP 服务端（DNS、NTP、syslog）都是这个样子；这是正常状态，不是问题。',
    },
    largeCount: {
      en: 'Many UNCONN sockets of one client process usually means a socket per request (DNS lookups). Drops show in `netstat -su` / `nstat -az UdpRcvbufErrors` rather than here.',
      zh: '同一客户端进程有大量 UNCONN socket，通常是每个请求一个 socket（如 DNS 查询）。丢包情况要看 `netstat -su` / `nstat -az UdpRcvbufErrors`，而不是这里。',
    },
  },
  ESTAB: { printedBy: { en: '`ss`, UDP rows', zh: '`ss` 的 UDP 行' }, ...CONNECTED_UDP },
  ESTABLISHED: { printedBy: { en: 'Linux `netstat`, UDP rows', zh: 'Linux `netstat` 的 UDP 行' }, ...CONNECTED_UDP },
  CLOSED: {
    printedBy: { en: 'macOS/BSD `netstat`, UDP rows', zh: 'macOS/BSD `netstat` 的 UDP 行' },
    meaning: {
      en: 'UDP has no states; some BSD versions print CLOSED (or nothing) in the state column of a UDP socket. It does not mean the socket is closed.',
      zh: 'UDP 没有状态；部分 BSD 版本会在 UDP socket 的状态列显示 CLOSED（或留空）。这并不表示 socket 已关闭。',
    },
    largeCount: {
      en: 'Nothing to read from the state; look at the receive counters (`netstat -s -p udp`) for drops.',
      zh: '状态本身没有信息；要看接收计数（`netstat -s -p udp`）是否有丢包。',
    },
  },
};

/**
 * The state texts describe Linux; on a Windows or BSD row, where the TIME_WAIT length is set
 * differently, this note says where to look instead of the Linux 60 s.
 */
export const TIME_WAIT_ELSEWHERE: Readonly<Record<'netstat-windows' | 'netstat-bsd', Localized>> = {
  'netstat-windows': {
    en: 'This row comes from Windows, where the 60 s above does not apply: the TIME_WAIT length is the registry value `TcpTimedWaitDelay` under `HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters`, and the ephemeral range is shown by `netsh int ipv4 show dynamicport tcp`.',
    zh: '这一行来自 Windows，上面说的 60 秒并不适用：TIME_WAIT 的时长由注册表 `HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters` 下的 `TcpTimedWaitDelay` 决定，临时端口范围用 `netsh int ipv4 show dynamicport tcp` 查看。',
  },
  'netstat-bsd': {
    en: 'This row comes from macOS or BSD, where the 60 s above does not apply: TIME_WAIT lasts twice `net.inet.tcp.msl` (in milliseconds; `sysctl net.inet.tcp.msl`), and the ephemeral range is `net.inet.ip.portrange.first`–`last`.',
    zh: '这一行来自 macOS 或 BSD，上面说的 60 秒并不适用：TIME_WAIT 持续 `net.inet.tcp.msl` 的两倍（单位毫秒，用 `sysctl net.inet.tcp.msl` 查看），临时端口范围是 `net.inet.ip.portrange.first`–`last`。',
  },
};

/**
 * `ss -a` prints TCP's state words for every socket family (UNIX, netlink, raw, packet…): LISTEN,
 * ESTAB, UNCONN there say only whether the socket accepts, is connected, or neither.
 */
export const OTHER_FAMILY_STATE: PseudoStateDoc = {
  printedBy: { en: '`ss -a`, rows of UNIX, netlink, raw and packet sockets', zh: '`ss -a` 中 UNIX、netlink、raw 和 packet socket 的行' },
  meaning: {
    en: '`ss` borrows this word for a socket of another family. `UNCONN` means not connected (the normal state of netlink, raw and datagram sockets), `ESTAB` connected to a peer, `LISTEN` accepting connections (a UNIX stream socket). No handshake, retransmission or TIME_WAIT is involved.',
    zh: '`ss` 借用这个词来描述其他协议族的 socket。`UNCONN` 表示未连接（netlink、raw 和数据报 socket 的正常状态），`ESTAB` 表示已连接到对端，`LISTEN` 表示正在接受连接（UNIX 流式 socket）。这里没有握手、重传，也没有 TIME_WAIT。',
  },
  largeCount: {
    en: 'Count them per process (`ss -axp` for UNIX sockets) and compare with its open files (`ls /proc/<pid>/fd | wc -l`): a number that only grows is a descriptor leak.',
    zh: '按进程统计（UNIX socket 用 `ss -axp`），并与它打开的文件数对比（`ls /proc/<pid>/fd | wc -l`）：只增不减就是描述符泄漏。',
  },
};

/**
 * A compact lifecycle shown under every state hover. Time runs downwards; each line gives both sides'
 * states after the segment in the middle. The aligned part is ASCII so it lines up in any font.
 */
export const TCP_STATE_DIAGRAM: Localized = {
  en: [
    '```text',
    'client (active opener)                   server (passive opener)',
    'CLOSED                                   LISTEN        server called listen()',
    'SYN_SENT     ---- SYN --------------->   SYN_RECV      client called connect()',
    'ESTABLISHED  <--------------- SYN+ACK    SYN_RECV',
    'ESTABLISHED  ---- ACK --------------->   ESTABLISHED   accept() returns it',
    '      ...          data both ways              ...',
    'FIN_WAIT1    ---- FIN --------------->   CLOSE_WAIT    client calls close()',
    'FIN_WAIT2    <--------------- ACK        CLOSE_WAIT    until the server app calls close()',
    'TIME_WAIT    <--------------- FIN        LAST_ACK      server calls close()',
    'TIME_WAIT    ---- ACK --------------->   CLOSED',
    'CLOSED       after 2×MSL (60 s on Linux)',
    '',
    'Both close at once:  FIN_WAIT1 -> CLOSING -> TIME_WAIT',
    'RST or retries used up (tcp_syn_retries, tcp_synack_retries, tcp_retries2): any state -> CLOSED',
    '```',
  ].join('\n'),
  zh: [
    '```text',
    '客户端（主动打开）                       服务端（被动打开）',
    'CLOSED                                   LISTEN        服务端已调用 listen()',
    'SYN_SENT     ---- SYN --------------->   SYN_RECV      客户端调用 connect()',
    'ESTABLISHED  <--------------- SYN+ACK    SYN_RECV',
    'ESTABLISHED  ---- ACK --------------->   ESTABLISHED   accept() 取走连接',
    '      ...          双向传输数据                ...',
    'FIN_WAIT1    ---- FIN --------------->   CLOSE_WAIT    客户端调用 close()',
    'FIN_WAIT2    <--------------- ACK        CLOSE_WAIT    直到服务端应用调用 close()',
    'TIME_WAIT    <--------------- FIN        LAST_ACK      服务端调用 close()',
    'TIME_WAIT    ---- ACK --------------->   CLOSED',
    'CLOSED       2×MSL 之后（Linux 上固定为 60 秒）',
    '',
    '双方同时关闭：FIN_WAIT1 -> CLOSING -> TIME_WAIT',
    '收到 RST 或重试用尽（tcp_syn_retries、tcp_synack_retries、tcp_retries2）：任意状态 -> CLOSED',
    '```',
  ].join('\n'),
};
