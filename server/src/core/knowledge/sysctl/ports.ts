import type { SysctlKeyDoc } from '../types';

/** Keys that decide which local ports connections and listeners may use. */
export const PORT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.ip_local_port_range',
    type: 'int-list',
    unit: 'ports',
    default: '32768\t60999',
    items: 2,
    range: { min: 1, max: 65535 },
    perNamespace: true,
    related: [
      'net.ipv4.ip_local_reserved_ports',
      'net.ipv4.ip_unprivileged_port_start',
      'net.ipv4.tcp_tw_reuse',
      'net.ipv4.tcp_max_tw_buckets',
    ],
    summary: {
      en: 'First and last local (ephemeral) port the kernel picks from for outgoing connections and for bind() to port 0.',
      zh: '内核为主动发起的连接（以及 bind 到 0 端口）分配本地临时端口的起止范围。',
    },
    details: {
      en:
        'Connecting side. A connection is identified by its 4-tuple, so this range limits open plus TIME_WAIT connections **to one destination IP:port**: 28232 ports by default. When the client is the side that closes, each port then sits 60 s in TIME_WAIT, which allows only about 470 new connections per second to the same backend before `connect()` fails with EADDRNOTAVAIL ("Cannot assign requested address").\n\n' +
        '- Widen it (e.g. `10000 65000`), but keep it clear of ports your services listen on, or reserve those with `ip_local_reserved_ports`.\n' +
        '- The start may not be below `ip_unprivileged_port_start`; the kernel prefers the two numbers to differ in parity.\n' +
        '- Better still: reuse connections (keep-alive, pools) or spread load over more destination addresses.',
      zh:
        '作用于发起连接的一端。连接由四元组区分，所以这个范围限制的是**通往同一目标 IP:端口**的存活连接加 TIME_WAIT 的总数：默认 28232 个端口。如果由客户端主动关闭，每个端口还要在 TIME_WAIT 占用 60 秒，因此对同一个后端每秒只能新建约 470 个连接，超过后 `connect()` 报 EADDRNOTAVAIL（"Cannot assign requested address"，临时端口耗尽）。\n\n' +
        '- 可以扩大范围（如 `10000 65000`），但要避开本机服务监听的端口，或用 `ip_local_reserved_ports` 预留。\n' +
        '- 起始值不能小于 `ip_unprivileged_port_start`；内核建议两个数一奇一偶。\n' +
        '- 更好的办法是复用连接（keep-alive、连接池），或把流量分散到更多目标地址。',
    },
  },
  {
    key: 'net.ipv4.ip_local_reserved_ports',
    type: 'string',
    unit: 'ports',
    default: '',
    perNamespace: true,
    related: ['net.ipv4.ip_local_port_range'],
    summary: {
      en: 'Ports that automatic (ephemeral) port selection must skip.',
      zh: '自动分配临时端口时必须跳过的端口。',
    },
    details: {
      en:
        'A comma-separated list of ports and ranges, e.g. `8080,9000-9100`, empty by default. Use it when `ip_local_port_range` overlaps ports a service binds later: otherwise an outgoing connection may already hold the port and the service fails to start with "Address already in use".\n\n' +
        '- An explicit `bind()` to a reserved port still works; only automatic selection skips it.\n' +
        '- Writing the key replaces the whole list.',
      zh:
        '以逗号分隔的端口和端口段，如 `8080,9000-9100`，默认为空。当 `ip_local_port_range` 与某个服务稍后要绑定的端口重叠时使用：否则该端口可能已被某个外发连接占用，服务启动时报 "Address already in use"。\n\n' +
        '- 显式 `bind()` 到预留端口仍然可以，只有自动分配会跳过它。\n' +
        '- 写入时会整体替换原有列表。',
    },
  },
  {
    key: 'net.ipv4.ip_unprivileged_port_start',
    type: 'int',
    unit: 'ports',
    default: '1024',
    range: { min: 0, max: 65535 },
    since: '4.11',
    perNamespace: true,
    related: ['net.ipv4.ip_local_port_range'],
    summary: {
      en: 'First port an unprivileged process may bind; lower ports need root or CAP_NET_BIND_SERVICE.',
      zh: '非特权进程可以绑定的最小端口号；更小的端口需要 root 或 CAP_NET_BIND_SERVICE。',
    },
    details: {
      en:
        'Listening side, per network namespace. Container runtimes commonly set it to 0 inside containers so that a non-root process can listen on 80 or 443.\n\n' +
        '- It may not be above the start of `ip_local_port_range`.\n' +
        '- It only changes the permission check in `bind()`, not how connections behave.',
      zh:
        '作用于监听端，按网络命名空间生效。容器运行时通常在容器内把它设为 0，这样非 root 进程也能监听 80、443。\n\n' +
        '- 它不能大于 `ip_local_port_range` 的起始值。\n' +
        '- 它只影响 `bind()` 的权限检查，不改变连接行为。',
    },
  },
];
