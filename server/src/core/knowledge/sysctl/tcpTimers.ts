import type { SysctlKeyDoc } from '../types';

/** Keys that decide when an open connection is declared dead: keepalive and retransmission limits. */
export const TCP_TIMER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_keepalive_time',
    type: 'int',
    unit: 'seconds',
    default: '7200',
    perNamespace: true,
    related: [
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
      'net.netfilter.nf_conntrack_tcp_timeout_established',
    ],
    summary: {
      en: 'Idle time after which the kernel sends the first keepalive probe on a socket that enabled SO_KEEPALIVE.',
      zh: '开启了 SO_KEEPALIVE 的连接空闲多久之后，内核发出第一个保活探测。',
    },
    details: {
      en:
        'Either side, but only sockets that set `SO_KEEPALIVE` (many servers, database drivers and connection pools do, many do not); `TCP_KEEPIDLE` overrides it per socket.\n\n' +
        '- The 2 h default is far longer than the idle timeout of typical firewalls, NAT gateways and load balancers (minutes), so idle pooled connections are often dropped by a middlebox long before the first probe.\n' +
        '- Set it below the shortest idle timeout on the path (e.g. 300 s or less) to keep such connections alive and to detect dead peers sooner.\n' +
        '- Probes never close a healthy idle connection; they only check it.',
      zh:
        '两端都适用，但只对设置了 `SO_KEEPALIVE` 的 socket 生效（很多服务端、数据库驱动和连接池会设置，也有很多不设置）；单个 socket 可用 `TCP_KEEPIDLE` 覆盖。\n\n' +
        '- 默认 2 小时远长于常见防火墙、NAT 网关和负载均衡器的空闲超时（通常几分钟），所以连接池里的空闲连接往往早在第一个探测之前就被中间设备清掉了。\n' +
        '- 把它设到链路上最短的空闲超时以下（如 300 秒或更短），既能保住这类连接，也能更早发现对端失联。\n' +
        '- 探测不会关闭健康的空闲连接，只是检查它是否还活着。',
    },
  },
  {
    key: 'net.ipv4.tcp_keepalive_intvl',
    type: 'int',
    unit: 'seconds',
    default: '75',
    perNamespace: true,
    related: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_keepalive_probes'],
    summary: {
      en: 'Interval between keepalive probes once the first one has gone unanswered.',
      zh: '第一个保活探测没有应答后，后续探测之间的间隔。',
    },
    details: {
      en:
        'Either side, sockets with `SO_KEEPALIVE` only; `TCP_KEEPINTVL` overrides it per socket. With the defaults a dead peer is declared after 7200 + 75 × 9 = 7875 s, and the application gets ETIMEDOUT on its next call.\n\n' +
        '- A common tuned set is time 60–600 s, interval 10–30 s, probes 3–5: a dead peer is then noticed within minutes.',
      zh:
        '两端都适用，仅对设置了 `SO_KEEPALIVE` 的 socket 生效；单个 socket 可用 `TCP_KEEPINTVL` 覆盖。按默认值，对端失联要 7200 + 75 × 9 = 7875 秒才会被判定，之后应用的下一次调用得到 ETIMEDOUT。\n\n' +
        '- 常见的调优组合是：空闲时间 60–600 秒、间隔 10–30 秒、次数 3–5 次，这样几分钟内就能发现对端失联。',
    },
  },
  {
    key: 'net.ipv4.tcp_keepalive_probes',
    type: 'int',
    unit: 'probes',
    default: '9',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_keepalive_intvl'],
    summary: {
      en: 'How many unanswered keepalive probes the kernel sends before it declares the connection dead.',
      zh: '内核连续发送多少个无应答的保活探测后，判定连接已断。',
    },
    details: {
      en:
        'Either side; `TCP_KEEPCNT` overrides it per socket. After the last unanswered probe the connection is aborted locally and the application gets ETIMEDOUT.\n\n' +
        '- A probe answered with RST (peer rebooted, NAT mapping lost) ends the connection at once, without waiting for the remaining probes.\n' +
        '- Total detection time = `tcp_keepalive_time` + `tcp_keepalive_intvl` × `tcp_keepalive_probes`.',
      zh:
        '两端都适用；单个 socket 可用 `TCP_KEEPCNT` 覆盖。最后一个探测仍无应答时，本端中止连接，应用得到 ETIMEDOUT。\n\n' +
        '- 如果探测收到的是 RST（对端重启、NAT 映射已丢失），连接会立即结束，不必等剩下的探测。\n' +
        '- 总的发现时间 = `tcp_keepalive_time` + `tcp_keepalive_intvl` × `tcp_keepalive_probes`。',
    },
  },
  {
    key: 'net.ipv4.tcp_retries1',
    type: 'int',
    unit: 'retries',
    default: '3',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_mtu_probing'],
    summary: {
      en: 'Once unacknowledged data has been retransmitted for as long as this many retransmissions backing off from 200 ms would take, TCP asks the IP layer to re-validate the route and keeps trying.',
      zh: '未确认数据的重传持续时间达到“从 200 毫秒起指数退避重传这么多次”所需的时长后，TCP 会让 IP 层重新校验路由，然后继续重试。',
    },
    details: {
      en:
        'Either side, connections with unacknowledged data. Nothing is closed: the kernel drops its cached route and may pick another path, and with `tcp_mtu_probing=1` it starts black-hole MTU probing.\n\n' +
        '- Rarely worth changing; RFC 1122 asks for at least 3.',
      zh:
        '两端都适用，针对有未确认数据的连接。它不会关闭连接：内核会丢弃缓存的路由、可能换一条路径；若 `tcp_mtu_probing=1`，还会开始 MTU 黑洞探测。\n\n' +
        '- 一般无需修改；RFC 1122 要求至少为 3。',
    },
  },
  {
    key: 'net.ipv4.tcp_retries2',
    type: 'int',
    unit: 'retries',
    default: '15',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_retries1', 'net.ipv4.tcp_orphan_retries'],
    summary: {
      en: 'How long TCP keeps retransmitting unacknowledged data before it gives up on a connection, expressed as the number of retransmissions that would fill that time with a timeout starting at 200 ms and doubling (15 ≈ 924.6 s); a connection with a larger RTO gets fewer in that time.',
      zh: 'TCP 重传未确认数据坚持多久才放弃连接，以“从 200 毫秒起指数退避重传这么多次”所需的时长表示（15 约为 924.6 秒）；RTO 更大的连接在这段时间内重传次数更少。',
    },
    details: {
      en:
        'Either side, connections with data in flight. The kernel turns the value into a time budget: the time a connection whose timeout starts at 200 ms and doubles up to 120 s would need for that many retransmissions. The default 15 thus means about 924.6 s (≈ 15.5 min) from the first unacknowledged transmission before the application gets ETIMEDOUT, however many retransmissions fit into it.\n\n' +
        '- This, not keepalive, is what detects a dead peer while you are sending; keepalive only covers idle connections.\n' +
        '- Lowering it (e.g. 8, about 100 s) speeds up failover for clients of highly available services; per socket, `TCP_USER_TIMEOUT` is the finer tool.\n' +
        '- RFC 1122 asks for at least 100 s, i.e. a value of 8 or more.',
      zh:
        '两端都适用，针对有数据在途的连接。内核把这个值换算成时间预算：假设超时从 200 毫秒开始、每次翻倍、最多 120 秒，重传这么多次需要多长时间。因此默认 15 意味着从首次未获确认的发送起约 924.6 秒（约 15.5 分钟）后应用才收到 ETIMEDOUT，期间实际重传了几次并不重要。\n\n' +
        '- 正在发送数据时，发现对端失联靠的是它而不是保活；保活只覆盖空闲连接。\n' +
        '- 调低（如 8，约 100 秒）能加快高可用服务客户端的故障切换；针对单个 socket，`TCP_USER_TIMEOUT` 是更精细的手段。\n' +
        '- RFC 1122 要求至少 100 秒，即取值不低于 8。',
    },
  },
];
