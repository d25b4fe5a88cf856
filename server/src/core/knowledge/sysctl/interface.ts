import type { SysctlKeyDoc } from '../types';

/**
 * Keys that exist once per interface, documented once with the `<iface>` placeholder.
 * Besides real interface names, `all` and `default` take its place: `default` seeds new interfaces,
 * and how `all` combines with an interface's own value depends on the key.
 */
export const INTERFACE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.conf.<iface>.rp_filter',
    type: 'enum',
    default: '0',
    defaultNote: {
      en: 'Kernel default; many distributions set 1 or 2 at boot (systemd\'s sysctl.d sets 2).',
      zh: '这是内核默认值；很多发行版在开机时设为 1 或 2（systemd 的 sysctl.d 设为 2）。',
    },
    values: [
      { value: '0', meaning: { en: 'No source validation.', zh: '不做源地址校验。' } },
      {
        value: '1',
        meaning: {
          en: 'Strict: drop a packet when the route back to its source does not leave through the interface it arrived on.',
          zh: '严格模式：回到源地址的路由若不经过报文进入的那个接口，就丢弃该报文。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Loose: drop it only when its source is not reachable through any interface.',
          zh: '宽松模式：只有源地址从任何接口都不可达时才丢弃。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.accept_local', 'net.ipv4.conf.<iface>.src_valid_mark', 'net.ipv4.conf.<iface>.log_martians'],
    summary: {
      en: 'Reverse-path filtering: whether to drop incoming packets whose source address would not be routed back through the same interface.',
      zh: '反向路径过滤：是否丢弃那些源地址不会经由同一接口路由回去的入站报文。',
    },
    details: {
      en:
        'Receive side, per interface. The value in effect is the **maximum** of `conf.all.rp_filter` and `conf.<iface>.rp_filter`, so `all=1` overrides `eth0=0`; new interfaces start from `conf.default`.\n\n' +
        '- Strict mode (1) breaks asymmetric routing, multi-homed hosts and policy routing: packets arriving on the "other" NIC are dropped silently, so handshakes never complete and peers sit in SYN_SENT.\n' +
        '- Use 2 (loose) on such hosts; `log_martians` logs what gets dropped.\n' +
        '- A new network namespace copies the host\'s `all` and `default` values.',
      zh:
        '作用于接收方，按接口生效。实际生效的是 `conf.all.rp_filter` 与 `conf.<iface>.rp_filter` 中的**较大值**，所以 `all=1` 会压过 `eth0=0`；新接口从 `conf.default` 取初值。\n\n' +
        '- 严格模式（1）会破坏非对称路由、多接口主机和策略路由：从“另一个”接口进来的报文被悄悄丢弃，握手无法完成，对端一直停在 SYN_SENT。\n' +
        '- 这类主机应使用 2（宽松模式）；开启 `log_martians` 可以记录被丢弃的报文。\n' +
        '- 新建的网络命名空间会复制宿主机 `all` 和 `default` 的值。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.accept_redirects',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'Default for a host. Writing conf.all.forwarding (or ip_forward) sets conf.all.accept_redirects to the opposite, so turning routing on makes conf.all 0; interface and default values stay 1, and with forwarding on both must be 1.',
      zh: '这是主机的默认值。写 conf.all.forwarding（或 ip_forward）时，内核把 conf.all.accept_redirects 设为相反的值，所以开启转发后 conf.all 变为 0；各接口和 default 的值仍是 1，而开启转发时要求两者都为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'Ignore ICMP redirects.', zh: '忽略 ICMP 重定向。' } },
      {
        value: '1',
        meaning: {
          en: 'Accept ICMP redirects and use the suggested gateway for that destination.',
          zh: '接受 ICMP 重定向，对该目标改用其建议的网关。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.ip_forward', 'net.ipv4.conf.<iface>.secure_redirects', 'net.ipv4.conf.<iface>.shared_media'],
    summary: {
      en: 'Whether the interface accepts ICMP redirects telling the host to use another gateway for a destination.',
      zh: '接口是否接受 ICMP 重定向报文（让主机对某个目标改走另一个网关）。',
    },
    details: {
      en:
        'Receive side, per interface. With forwarding off a redirect is accepted if **either** `conf.all` or `conf.<iface>` is 1; with forwarding on, **both** must be 1.\n\n' +
        '- A redirect quietly changes the next hop for one destination, which confuses troubleshooting and can be abused on shared networks; security baselines set `all` and `default` to 0.\n' +
        '- A redirected route shows up in `ip route get <dst>`.',
      zh:
        '作用于接收方，按接口生效。未开启转发时，`conf.all` 与 `conf.<iface>` **任一**为 1 即接受重定向；开启转发时则要求**两者**都为 1。\n\n' +
        '- 重定向会悄悄改变某个目标的下一跳，给排障带来困惑，在共享网络中还可能被滥用；安全基线通常把 `all` 和 `default` 设为 0。\n' +
        '- 被重定向的路由可以用 `ip route get <dst>` 看到。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.disable_ipv6',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'IPv6 enabled on the interface (default).', zh: '该接口启用 IPv6（默认）。' } },
      {
        value: '1',
        meaning: {
          en: 'IPv6 disabled: its addresses are removed and no IPv6 traffic passes the interface.',
          zh: '禁用 IPv6：地址被移除，该接口不再收发 IPv6 流量。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_dad', 'net.ipv6.conf.<iface>.keep_addr_on_down'],
    summary: {
      en: 'Turns IPv6 off for one interface, or for all of them through conf.all.',
      zh: '为单个接口关闭 IPv6，或通过 conf.all 为所有接口关闭。',
    },
    details: {
      en:
        'Writing `conf.all.disable_ipv6` sets every existing interface and `conf.default`; reading `conf.all` says nothing reliable about individual interfaces.\n\n' +
        '- With IPv6 disabled on `lo`, software that binds `::1` or resolves `localhost` to `::1` fails, e.g. with "Cannot assign requested address".\n' +
        '- A new network namespace starts with IPv6 enabled on its interfaces whatever the host has set, even with `net.core.devconf_inherit_init_net`: the kernel always resets the namespace\'s `conf.default.disable_ipv6` to the `ipv6.disable_ipv6=` boot parameter (0 unless given).',
      zh:
        '写入 `conf.all.disable_ipv6` 会同时设置所有现有接口和 `conf.default`；而读取 `conf.all` 并不能可靠反映各个接口的状态。\n\n' +
        '- 如果在 `lo` 上禁用了 IPv6，绑定 `::1` 或把 `localhost` 解析为 `::1` 的程序会失败，例如报 "Cannot assign requested address"。\n' +
        '- 新建的网络命名空间里，接口默认启用 IPv6，与宿主机的设置无关，即便设置了 `net.core.devconf_inherit_init_net` 也一样：内核总是把该命名空间的 `conf.default.disable_ipv6` 重置为启动参数 `ipv6.disable_ipv6=` 的值（未指定时为 0）。',
    },
  },
];
