import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/*
 * Per-interface net.ipv4.conf.<iface>.* and net.ipv6.conf.<iface>.* keys, documented once for any interface.
 *
 * How `all` combines with an interface differs per key. For IPv4 the kernel reads most keys through the
 * IN_DEV_* macros of include/linux/inetdevice.h: OR (either is enough), AND (both needed), MAX (the larger
 * wins) or the interface value alone. Writing most IPv4 `conf.default` keys also updates every existing
 * interface whose own value was never written; forwarding and the keys that flush the route cache
 * (disable_policy, disable_xfrm, promote_secondaries, route_localnet, drop_unicast_in_l2_multicast) do not.
 * For IPv6, `default` only seeds new interfaces and most keys read the interface value alone; the
 * exceptions are named in each entry.
 */

/** The two meanings of a 0/1 key, in the order the knowledge test expects. */
/** ARP behaviour of an IPv4 interface: which requests it answers, which source it announces, what it learns. */
const ARP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.conf.<iface>.arp_ignore',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Answer for any local address, whichever interface it is configured on (default).',
          zh: '只要目标是本机地址就应答，不管该地址配在哪个接口上（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Answer only if the target address is configured on the interface the request arrived on.',
          zh: '只有目标地址配置在收到请求的那个接口上时才应答。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'As 1, and the sender must also be in the subnet of that address.',
          zh: '同 1，并且发送方还必须与该地址处于同一子网。',
        },
      },
      {
        value: '3',
        meaning: {
          en: 'Do not answer for addresses of scope host; link and global addresses are answered.',
          zh: '不为 scope host 的地址应答，只应答 link 和 global 范围的地址。',
        },
      },
      {
        value: '8',
        meaning: {
          en: 'Never answer ARP requests for local addresses (4–7 are reserved and behave like 0).',
          zh: '对本机地址的 ARP 请求一律不应答（4–7 为保留值，效果同 0）。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv4.conf.<iface>.arp_announce',
      'net.ipv4.conf.<iface>.arp_filter',
    ],
    summary: {
      en: 'Which ARP requests for local addresses the interface answers; the LVS-DR and "ARP flux" knob.',
      zh: '接口应答哪些查询本机地址的 ARP 请求；LVS-DR 和“ARP flux”问题的关键参数。',
    },
    details: {
      en:
        'Receive side of ARP. Linux treats an IPv4 address as belonging to the host, not to one NIC, so by default any interface answers for any local address. The value in effect is the **maximum** of `conf.all` and `conf.<iface>`, so `all=1` is enough.\n\n' +
        '- LVS direct routing / load balancers with the VIP on `lo`: real servers must not answer ARP for the VIP, otherwise they steal traffic from the director. The usual recipe is `arp_ignore=1` together with `arp_announce=2`. kube-proxy in IPVS mode with `strictARP` (needed by MetalLB) sets the same pair.\n' +
        '- Several NICs in one subnet: with 0 each NIC may answer for the other\'s address, so peers learn the wrong MAC ("ARP flux"); 1 fixes it.\n' +
        '- Check with `arping -I <iface> <addr>` from a neighbour and `tcpdump -eni <iface> arp`; see who answers in `ip neigh` on the peer.',
      zh:
        '作用于 ARP 接收方。Linux 认为 IPv4 地址属于整台主机而不是某个接口，所以默认任何接口都会为任何本机地址应答。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较大值**，因此只设 `all=1` 就够了。\n\n' +
        '- LVS DR 模式或 VIP 配在 `lo` 上的负载均衡：真实服务器不能为 VIP 应答 ARP，否则会把流量从调度器那里“抢”走。通常的做法是 `arp_ignore=1` 配合 `arp_announce=2`。kube-proxy 的 IPVS 模式开启 `strictARP`（MetalLB 需要）时设置的也是这一组。\n' +
        '- 同一子网里有多个接口：取 0 时每个接口都可能替别的接口的地址应答，邻居学到错误的 MAC（即“ARP flux”）；设为 1 可以解决。\n' +
        '- 排查：在邻居上执行 `arping -I <iface> <addr>`，本机用 `tcpdump -eni <iface> arp` 抓包，在对端用 `ip neigh` 看是谁应答的。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.arp_announce',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Use the source address of the outgoing packet, whatever interface it lives on (default).',
          zh: '直接使用待发报文的源地址，不管它配在哪个接口上（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Prefer a source in the target\'s subnet on this interface; otherwise behave as 2.',
          zh: '优先用本接口上与目标同一子网的地址作为源地址；没有则按 2 处理。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Always pick the best address of the outgoing interface for this target, ignoring the packet\'s source.',
          zh: '始终为该目标选出口接口上最合适的地址，忽略报文本身的源地址。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.arp_ignore', 'net.ipv4.conf.<iface>.arp_filter'],
    summary: {
      en: 'Which local address the interface puts as sender IP in the ARP requests it sends.',
      zh: '接口发出 ARP 请求时，把哪个本机地址填作发送方 IP。',
    },
    details: {
      en:
        'Send side of ARP. With 0 the kernel copies the source of the packet that triggered resolution, which may be an address of another interface (for example a VIP on `lo`); neighbours then cache that address against this NIC\'s MAC. The value in effect is the **maximum** of `conf.all` and `conf.<iface>`.\n\n' +
        '- LVS-DR real servers and hosts with VIPs on `lo` set 2 (with `arp_ignore=1`) so the VIP never appears in their ARP requests.\n' +
        '- Strict peers (some routers and firewalls) drop requests whose sender is outside their subnet; 1 or 2 helps there.\n' +
        '- Check the "sender IP" field with `tcpdump -eni <iface> arp`.',
      zh:
        '作用于 ARP 发送方。取 0 时内核直接沿用触发解析的报文的源地址，而这个地址可能属于另一个接口（例如 `lo` 上的 VIP），邻居就会把这个地址和本接口的 MAC 关联起来缓存。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较大值**。\n\n' +
        '- LVS DR 的真实服务器以及在 `lo` 上配 VIP 的主机设为 2（配合 `arp_ignore=1`），保证 VIP 永远不会出现在它们的 ARP 请求里。\n' +
        '- 一些较严格的对端（部分路由器、防火墙）会丢弃发送方不在本子网的 ARP 请求，这时 1 或 2 能解决问题。\n' +
        '- 用 `tcpdump -eni <iface> arp` 查看 ARP 请求中的发送方 IP。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.arp_filter',
    type: 'bool',
    default: '0',
    values: offOn(
      {
        en: 'Any interface may answer for any local address (default).',
        zh: '任何接口都可以为任何本机地址应答（默认）。',
      },
      {
        en: 'Answer only if the reply to the requester would be routed out of this interface.',
        zh: '只有发往请求方的回包会从本接口路由出去时才应答。',
      },
    ),
    perNamespace: true,
    related: [
      'net.ipv4.conf.<iface>.arp_ignore',
      'net.ipv4.conf.<iface>.arp_announce',
      'net.ipv4.conf.<iface>.rp_filter',
    ],
    summary: {
      en: 'Whether an interface answers ARP only when the route back to the requester leaves through it.',
      zh: '接口是否只在去往请求方的路由从自己出去时才应答 ARP。',
    },
    details: {
      en:
        'Receive side of ARP. On because **either** `conf.all` or `conf.<iface>` is 1. It ties the ARP answer to the routing table, which is what hosts with two NICs in the same subnet usually want: each NIC answers only for the traffic it will carry.\n\n' +
        '- It only works as intended with source-based policy routing (`ip rule add from <addr> table <n>`); with one main table every request is answered by the NIC of the single best route.\n' +
        '- `arp_ignore=1` is the simpler alternative when each NIC should only answer for its own address.',
      zh:
        '作用于 ARP 接收方。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。它把 ARP 应答和路由表绑在一起，正适合同一子网内有两个接口的主机：每个接口只为自己将要承载的流量应答。\n\n' +
        '- 需要配合基于源地址的策略路由（`ip rule add from <addr> table <n>`）才能按预期工作；只有一张主路由表时，所有请求都会由唯一最优路由所在的接口应答。\n' +
        '- 如果只是希望每个接口只为自己的地址应答，`arp_ignore=1` 更简单。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.arp_accept',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Do not create neighbour entries from unsolicited (gratuitous) ARP (default).',
          zh: '不根据主动发来的（免费）ARP 创建邻居表项（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Create entries from gratuitous ARP for addresses not yet in the table.',
          zh: '对邻居表中尚不存在的地址，根据免费 ARP 新建表项。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Create them only if the sender is in a subnet configured on the receiving interface.',
          zh: '只有发送方位于接收接口所配置的子网内时才新建表项。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv4.conf.<iface>.drop_gratuitous_arp',
      'net.ipv4.conf.<iface>.arp_notify',
      'net.ipv4.neigh.<iface>.gc_thresh3',
    ],
    summary: {
      en: 'Whether gratuitous ARP from a host not yet in the neighbour table creates a new entry.',
      zh: '邻居表中还没有的主机发来免费 ARP 时，是否为它新建表项。',
    },
    details: {
      en:
        'Receive side. Entries that already exist are always updated by a gratuitous ARP, whatever this says; the key only decides whether **unknown** senders are added. The value in effect is the **maximum** of `conf.all` and `conf.<iface>` (value 2 exists only on recent kernels).\n\n' +
        '- Turning it on lets a host learn a failed-over VIP (keepalived/VRRP) or a migrated VM before it ever talks to it, saving the first ARP round trip.\n' +
        '- On large shared segments it lets any chatty host fill the table; watch `ip -s neigh` and the `gc_thresh*` limits.',
      zh:
        '作用于接收方。无论此值如何，免费 ARP 总会更新已有的表项；它只决定是否把**未知**的发送方加入邻居表。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较大值**（取值 2 只有较新的内核才支持）。\n\n' +
        '- 开启后，主机在与切换过来的 VIP（keepalived/VRRP）或迁移过来的虚拟机通信之前就能学到它们，省去第一次 ARP 往返。\n' +
        '- 在大型共享网段里，任何“话多”的主机都可能把邻居表塞满；注意观察 `ip -s neigh` 和 `gc_thresh*` 上限。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.arp_notify',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Stay silent when the interface comes up or changes MAC (default).', zh: '接口启用或 MAC 变化时不做通告（默认）。' },
      {
        en: 'Send gratuitous ARP when the interface comes up or its hardware address changes.',
        zh: '接口启用或硬件地址变化时发送免费 ARP。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.arp_accept', 'net.ipv6.conf.<iface>.ndisc_notify'],
    summary: {
      en: 'Whether the interface announces its addresses with gratuitous ARP when it comes up or its MAC changes.',
      zh: '接口启用或 MAC 变化时，是否用免费 ARP 通告自己的地址。',
    },
    details: {
      en:
        'Send side. The value in effect is the **maximum** of `conf.all` and `conf.<iface>`. Without it, neighbours keep the old MAC in their caches until the entry ages out, so traffic goes to the wrong place for seconds to minutes after a change.\n\n' +
        '- Useful after MAC changes and for IP takeover scripts that bring an interface up with a moved address. Announcements that drivers request themselves (virtio-net after a live migration, bonding failover) are sent whatever this key says.\n' +
        '- Tools like keepalived send their own gratuitous ARP and do not depend on it.\n' +
        '- Watch the announcements with `tcpdump -eni <iface> arp`.',
      zh:
        '作用于发送方。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较大值**。不开启时，邻居会一直缓存旧的 MAC，直到表项老化，所以变更之后的几秒到几分钟内流量会发错地方。\n\n' +
        '- 适用于 MAC 变更，以及把漂移过来的地址配到接口上再启用接口的接管脚本。驱动自己请求的通告（virtio-net 热迁移之后、bonding 故障切换）不管这个参数如何都会发出。\n' +
        '- keepalived 等工具会自己发送免费 ARP，不依赖此参数。\n' +
        '- 用 `tcpdump -eni <iface> arp` 观察通告报文。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.arp_evict_nocarrier',
    type: 'bool',
    default: '1',
    since: '5.16',
    values: offOn(
      { en: 'Keep ARP entries when the link loses carrier.', zh: '链路失去载波时保留 ARP 表项。' },
      { en: 'Flush the interface\'s ARP entries when carrier is lost (default).', zh: '链路失去载波时清空该接口的 ARP 表项（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.ndisc_evict_nocarrier'],
    summary: {
      en: 'Whether the interface\'s ARP cache is flushed when its link loses carrier.',
      zh: '接口链路失去载波时，是否清空它的 ARP 缓存。',
    },
    details: {
      en:
        'Eviction happens only if **both** `conf.all` and `conf.<iface>` are 1, so 0 in either place turns it off.\n\n' +
        '- Keep the default on wired links: after a cable or switch change the old entries may be wrong.\n' +
        '- Wi-Fi clients roaming between access points of the same network briefly lose carrier; setting 0 there avoids re-resolving every neighbour after each roam.\n' +
        '- The IPv6 counterpart is `ndisc_evict_nocarrier`.',
      zh:
        '只有 `conf.all` 与 `conf.<iface>` **都**为 1 时才会清空，任何一处设为 0 即关闭。\n\n' +
        '- 有线链路保持默认值：换线或换交换机之后，旧表项很可能已经不对。\n' +
        '- 无线客户端在同一网络的不同 AP 之间漫游时会短暂失去载波；在这种接口上设为 0，可以避免每次漫游后重新解析所有邻居。\n' +
        '- 对应的 IPv6 参数是 `ndisc_evict_nocarrier`。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.drop_gratuitous_arp',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Process gratuitous ARP normally (default).', zh: '正常处理免费 ARP（默认）。' },
      { en: 'Drop every gratuitous ARP frame received on the interface.', zh: '丢弃该接口收到的所有免费 ARP 帧。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.arp_accept', 'net.ipv6.conf.<iface>.drop_unsolicited_na'],
    summary: {
      en: 'Whether gratuitous ARP frames (sender IP equal to target IP) are dropped on the interface.',
      zh: '是否丢弃接口收到的免费 ARP 帧（发送方 IP 与目标 IP 相同）。',
    },
    details: {
      en:
        'Receive side. On if **either** `conf.all` or `conf.<iface>` is 1. It protects against cache poisoning on networks where a trusted ARP proxy answers for everyone, such as some Wi-Fi deployments.\n\n' +
        '- Pitfall: failover schemes (keepalived/VRRP, Pacemaker IP takeover, VM migration) announce the new owner with gratuitous ARP; with this on, the host keeps sending to the old MAC until its entry expires.',
      zh:
        '作用于接收方。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。在由可信 ARP 代理统一应答的网络（例如部分无线部署）中，它可以防止 ARP 缓存投毒。\n\n' +
        '- 注意：故障切换方案（keepalived/VRRP、Pacemaker 地址接管、虚拟机迁移）都靠免费 ARP 通告新的归属；开启后本机会一直发往旧 MAC，直到表项过期。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.proxy_arp',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Answer ARP only for the host\'s own addresses (default).', zh: '只为本机自己的地址应答 ARP（默认）。' },
      {
        en: 'Also answer for addresses the host routes through another interface.',
        zh: '对本机经由其他接口路由可达的地址也代为应答。',
      },
    ),
    perNamespace: true,
    related: [
      'net.ipv4.conf.<iface>.forwarding',
      'net.ipv4.conf.<iface>.proxy_arp_pvlan',
      'net.ipv4.conf.<iface>.medium_id',
      'net.ipv4.neigh.<iface>.proxy_delay',
    ],
    summary: {
      en: 'Whether the interface answers ARP with its own MAC for addresses that are routed elsewhere.',
      zh: '对于路由到别处的地址，接口是否用自己的 MAC 代为应答 ARP。',
    },
    details: {
      en:
        'Receive side, router feature. On if **either** `conf.all` or `conf.<iface>` is 1. The answer is given only when the interface also has `forwarding` on and the route to the target leaves through a **different** interface; the reply may be delayed by the neighbour `proxy_delay`.\n\n' +
        '- Used to join two segments without renumbering, and by container networking: Calico, for example, turns it on for the host side of each pod veth so the pod\'s single default gateway always resolves.\n' +
        '- Pitfall: enabled on a LAN-facing interface it makes the host answer for large address ranges and attract traffic it should not (duplicate-address warnings from other hosts are a clue).\n' +
        '- Check with `ip neigh show proxy` and `tcpdump -eni <iface> arp`.',
      zh:
        '作用于接收方，属于路由器功能。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。只有该接口同时开启了 `forwarding`，并且通往目标的路由从**另一个**接口出去时才会代答；应答可能会按邻居参数 `proxy_delay` 延迟发送。\n\n' +
        '- 常用于不改地址规划就把两个网段连起来，容器网络也会用到：例如 Calico 在每个 Pod veth 的宿主机一侧开启它，使 Pod 唯一的默认网关总能解析成功。\n' +
        '- 注意：在面向局域网的接口上开启后，主机会为大段地址代答，把本不该来的流量吸过来（其他主机报告地址冲突就是线索）。\n' +
        '- 用 `ip neigh show proxy` 和 `tcpdump -eni <iface> arp` 排查。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.proxy_arp_pvlan',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Never proxy an ARP answer back out of the interface it came in on (default).', zh: '不会把代答的 ARP 从请求进入的同一接口发回（默认）。' },
      {
        en: 'Proxy answers back out of the same interface, so isolated hosts talk via this router.',
        zh: '允许从同一接口发回代答，让彼此隔离的主机经由本路由器互通。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.proxy_arp', 'net.ipv4.conf.<iface>.forwarding'],
    summary: {
      en: 'Private-VLAN proxy ARP: answer ARP for hosts on the same segment so their traffic goes through this router.',
      zh: '私有 VLAN 代理 ARP：为同一网段内的主机代答 ARP，让它们之间的流量经过本路由器。',
    },
    details: {
      en:
        'Receive side, router feature for port-isolated networks (private VLAN, RFC 3069 VLAN aggregation): ports may not talk to each other directly, only through the upstream router. The router answers ARP for a neighbour on the same segment with its own MAC and then forwards between them. It does not need `proxy_arp`, but needs `forwarding`.\n\n' +
        '- Recent kernels use the OR of `conf.all` and `conf.<iface>`; older ones read only the interface value.\n' +
        '- Leave it off anywhere the switch does not isolate ports: the router would pull all local traffic through itself and send ICMP redirects.',
      zh:
        '作用于接收方，是端口隔离网络（私有 VLAN，RFC 3069 的 VLAN 聚合）的路由器功能：各端口之间不能直接通信，只能经由上游路由器。路由器用自己的 MAC 为同一网段内的邻居代答 ARP，再在它们之间转发。它不需要 `proxy_arp`，但需要 `forwarding`。\n\n' +
        '- 较新的内核取 `conf.all` 与 `conf.<iface>` 的“或”，较老的内核只看接口自己的值。\n' +
        '- 交换机没有做端口隔离的地方请保持关闭：否则路由器会把本地流量都拉到自己身上，还会发出 ICMP 重定向。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.medium_id',
    type: 'int',
    default: '0',
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.proxy_arp'],
    summary: {
      en: 'A label saying which physical medium the interface is attached to; it refines proxy ARP.',
      zh: '接口所接物理介质的编号，用于细化代理 ARP 的行为。',
    },
    details: {
      en:
        'Only proxy ARP reads it, and only the interface value counts. 0 (default) means the interface is alone on its medium, so proxy ARP answers normally. -1 means the medium is unknown and route-based proxy ARP does not answer on that interface. Any other number groups interfaces: proxy ARP answers only between interfaces with **different** ids.\n\n' +
        '- Relevant only when several interfaces share one broadcast domain (e.g. two NICs on the same switch) and `proxy_arp` is on; otherwise leave 0.',
      zh:
        '只有代理 ARP 会读取它，并且只看接口自己的值。0（默认）表示该接口独占所在介质，代理 ARP 正常应答；-1 表示介质未知，该接口不做基于路由的代理应答；其他数字用来给接口分组：只有 id **不同**的接口之间才会代答。\n\n' +
        '- 只有多个接口处于同一广播域（例如两个接口接在同一台交换机上）并且开启了 `proxy_arp` 时才需要关心；其他情况保持 0。',
    },
  },
];

/** IPv4 forwarding and the checks a routed packet goes through on an interface. */
const IPV4_ROUTING_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.conf.<iface>.forwarding',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Packets arriving on this interface are not routed onward (host behaviour, default).', zh: '从该接口进入的报文不会被转发出去（主机行为，默认）。' },
      { en: 'Packets arriving on this interface may be forwarded to other interfaces (router behaviour).', zh: '从该接口进入的报文可以被转发到其他接口（路由器行为）。' },
    ),
    perNamespace: true,
    related: [
      'net.ipv4.ip_forward',
      'net.ipv4.conf.<iface>.accept_redirects',
      'net.ipv4.conf.<iface>.send_redirects',
      'net.ipv6.conf.<iface>.forwarding',
      'net.core.devconf_inherit_init_net',
    ],
    summary: {
      en: 'Whether IPv4 packets that arrive on this interface may be forwarded; conf.all.forwarding is the same switch as ip_forward.',
      zh: '从该接口进入的 IPv4 报文能否被转发；conf.all.forwarding 与 ip_forward 是同一个开关。',
    },
    details: {
      en:
        'Decided on the **ingress** interface, from the interface\'s own value only. `conf.all.forwarding` is an alias of `net.ipv4.ip_forward`; writing it copies the value to every interface and to `conf.default`, and also flips `conf.all.accept_redirects` to the opposite (routers ignore redirects).\n\n' +
        '- Docker, Kubernetes CNIs, VPN gateways and NAT boxes need it on; a hardening script that writes `ip_forward=0` silently breaks container egress and published ports.\n' +
        '- Writing `all` (or `ip_forward`) overwrites per-interface choices, so set interface exceptions **after** it. Turning it on also disables LRO on the affected NICs.\n' +
        '- It also gates proxy ARP and changes redirect handling. Check `nstat -az IpForwDatagrams IpOutNoRoutes` and `ip route get <dst> from <src> iif <iface>`.\n' +
        '- A new network namespace starts with the host\'s `conf.all` and `conf.default` values (see `net.core.devconf_inherit_init_net`), so containers inherit the host\'s forwarding setting.',
      zh:
        '在报文的**入口**接口上判断，只看该接口自己的值。`conf.all.forwarding` 就是 `net.ipv4.ip_forward` 的别名；写它会把值复制到所有接口和 `conf.default`，同时把 `conf.all.accept_redirects` 设为相反的值（路由器不接受重定向）。\n\n' +
        '- Docker、Kubernetes CNI、VPN 网关和 NAT 设备都需要开启；加固脚本写入 `ip_forward=0` 后，容器无法出网、端口映射失效，而且没有任何报错。\n' +
        '- 写 `all`（或 `ip_forward`）会覆盖各接口单独的设置，所以接口级的例外要在它**之后**再设。开启时还会关闭相关接口的 LRO。\n' +
        '- 它同时是代理 ARP 的前提，并改变重定向的处理方式。排查可看 `nstat -az IpForwDatagrams IpOutNoRoutes`，以及 `ip route get <dst> from <src> iif <iface>`。\n' +
        '- 新建的网络命名空间以宿主机 `conf.all` 和 `conf.default` 的值为初值（见 `net.core.devconf_inherit_init_net`），所以容器会继承宿主机的转发设置。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.mc_forwarding',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'No multicast routing on this interface (default).', zh: '该接口不做组播路由（默认）。' },
      { en: 'A multicast routing daemon has taken the interface into use.', zh: '组播路由守护进程已接管该接口。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.forwarding', 'net.ipv6.conf.<iface>.mc_forwarding'],
    summary: {
      en: 'Read-only flag showing whether IPv4 multicast routing is active on the interface.',
      zh: '只读标志，表示该接口上 IPv4 组播路由是否已启用。',
    },
    details: {
      en:
        'Cannot be written (mode 0444), although every network namespace has its own value. The kernel raises `conf.all` when a multicast routing daemon (pimd, smcroute, FRR pimd) opens the multicast routing socket, and the interface value when the daemon adds the interface as a virtual interface; multicast is routed only if **both** are set.\n\n' +
        '- If multicast is not forwarded, check that the daemon runs and lists the interface (`ip mroute`, `cat /proc/net/ip_mr_vif`), and that the TTL of the stream is larger than 1.',
      zh:
        '不可写（权限 0444），但每个网络命名空间都有自己的值。组播路由守护进程（pimd、smcroute、FRR 的 pimd）打开内核组播路由 socket 时，内核会置位 `conf.all`；守护进程把接口加入为虚拟接口时，会置位该接口的值；只有**两者**都置位时才会路由组播。\n\n' +
        '- 组播没有被转发时，检查守护进程是否在运行并包含该接口（`ip mroute`、`cat /proc/net/ip_mr_vif`），以及组播流的 TTL 是否大于 1。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.bc_forwarding',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Directed broadcasts are not forwarded (default).', zh: '不转发定向广播（默认）。' },
      { en: 'Forward packets addressed to the broadcast address of another connected subnet.', zh: '转发目标为另一个直连子网广播地址的报文。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.forwarding'],
    summary: {
      en: 'Whether the router forwards directed broadcasts (packets to another subnet\'s broadcast address).',
      zh: '路由器是否转发定向广播（发往另一个子网广播地址的报文）。',
    },
    details: {
      en:
        'Router feature (RFC 1812 directed broadcast). Requires **both** `conf.all` and the ingress interface to be 1. The route lookup sends such a packet to the forwarding path before it checks `forwarding`, so this key works even where `forwarding` is 0.\n\n' +
        '- The classic use is Wake-on-LAN across subnets: a magic packet sent to `10.1.2.255` from another network reaches every host there.\n' +
        '- Leave it off otherwise: directed broadcasts were the amplifier of smurf attacks.',
      zh:
        '路由器功能（RFC 1812 定向广播）。要求 `conf.all` 与入口接口**都**为 1。路由查找在检查 `forwarding` 之前就把这类报文交给转发路径，所以即使 `forwarding` 为 0，这个参数也照样生效。\n\n' +
        '- 典型用途是跨子网的网络唤醒（Wake-on-LAN）：从其他网络发往 `10.1.2.255` 的魔术包能到达该子网的每台主机。\n' +
        '- 其他场景保持关闭：定向广播正是 smurf 攻击的放大器。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.accept_source_route',
    type: 'bool',
    default: null,
    defaultNote: {
      en: 'A fresh kernel prints 0 for conf.all but 1 for conf.default and each interface; since both must be 1, source routing stays off.',
      zh: '全新内核中 conf.all 为 0，而 conf.default 和各接口为 1；由于要求两者都为 1，源路由实际处于关闭状态。',
    },
    values: offOn(
      { en: 'Drop packets carrying a source-route (SRR/LSRR) option.', zh: '丢弃带源路由（SRR/LSRR）选项的报文。' },
      { en: 'Accept them, if conf.all is also 1.', zh: '接受这类报文，前提是 conf.all 也为 1。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.log_martians', 'net.ipv6.conf.<iface>.accept_source_route'],
    summary: {
      en: 'Whether IPv4 packets with a source-route option, which dictates their path, are accepted.',
      zh: '是否接受带源路由选项（由发送方指定路径）的 IPv4 报文。',
    },
    details: {
      en:
        'Receive side. Accepted only if **both** `conf.all` and `conf.<iface>` are 1, which is why the mixed kernel defaults (all 0, others 1) mean "off". Source routing lets a sender steer packets around firewalls, so security baselines (CIS and others) require 0 for `all` and `default`.\n\n' +
        '- Dropped packets are logged as "source route option" when `log_martians` is on; almost nothing legitimate uses this option today.',
      zh:
        '作用于接收方。只有 `conf.all` 与 `conf.<iface>` **都**为 1 才接受，所以内核这组混合默认值（all 为 0，其他为 1）的效果就是“关闭”。发送方可以借源路由指定报文路径、绕开防火墙，因此安全基线（CIS 等）要求 `all` 和 `default` 都为 0。\n\n' +
        '- 开启 `log_martians` 时，被丢弃的报文会以 "source route option" 记录到内核日志；如今几乎没有正当流量会使用这个选项。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.accept_local',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Drop packets from outside whose source is one of our own addresses (default).', zh: '丢弃从外部进来、但源地址是本机地址的报文（默认）。' },
      { en: 'Accept such packets.', zh: '接受这类报文。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.rp_filter', 'net.ipv4.conf.<iface>.route_localnet', 'net.ipv4.conf.<iface>.log_martians'],
    summary: {
      en: 'Whether the interface accepts incoming packets whose source address is one of the host\'s own addresses.',
      zh: '接口是否接受源地址为本机地址的入站报文。',
    },
    details: {
      en:
        'Receive side, part of source validation. On if **either** `conf.all` or `conf.<iface>` is 1. Normally such packets are spoofed or looped and are dropped as martians.\n\n' +
        '- Needed when traffic deliberately leaves one local NIC and comes back on another (cabled loopback tests between two NICs, some tunnel setups), together with suitable policy routing.\n' +
        '- If packets still disappear, `rp_filter` is usually the next check; `log_martians` shows the drops.',
      zh:
        '作用于接收方，属于源地址校验的一部分。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。通常这类报文是伪造的或形成了环路，会被当作火星报文丢弃。\n\n' +
        '- 当流量有意从本机一个接口发出、再从另一个接口收回时需要开启（两个接口之间的线缆回环测试、部分隧道场景），还要配合合适的策略路由。\n' +
        '- 如果报文仍然消失，下一步通常检查 `rp_filter`；开启 `log_martians` 可以看到丢弃记录。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.route_localnet',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: '127.0.0.0/8 seen on a real interface is martian and dropped (default).', zh: '在真实网卡上出现的 127.0.0.0/8 地址被视为火星地址并丢弃（默认）。' },
      { en: 'Route 127.0.0.0/8 like any other address on this interface.', zh: '在该接口上像普通地址一样路由 127.0.0.0/8。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.accept_local', 'net.ipv4.conf.<iface>.log_martians'],
    summary: {
      en: 'Whether loopback addresses (127.0.0.0/8) may be routed to or from this interface instead of being dropped as martians.',
      zh: '是否允许回环地址（127.0.0.0/8）经由该接口路由，而不是作为火星地址丢弃。',
    },
    details: {
      en:
        'Routing decision on input and output. On if **either** `conf.all` or `conf.<iface>` is 1.\n\n' +
        '- Set by kube-proxy so NodePort services also answer on `127.0.0.1`, and by setups that DNAT external traffic to a service listening on `127.0.0.1`.\n' +
        '- Pitfall: it lets neighbours on the same L2 segment reach services that listen only on localhost (the issue behind CVE-2020-8558); pair it with firewall rules that drop non-local traffic to 127.0.0.0/8.\n' +
        '- Changing it flushes the route cache.',
      zh:
        '影响入站和出站的路由判断。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。\n\n' +
        '- kube-proxy 会开启它，让 NodePort 服务也能在 `127.0.0.1` 上访问；把外部流量 DNAT 到只监听 `127.0.0.1` 的服务时也需要它。\n' +
        '- 注意：同一二层网段的邻居因此可以访问只监听 localhost 的服务（CVE-2020-8558 就源于此）；应配合防火墙规则丢弃来自外部、目标为 127.0.0.0/8 的流量。\n' +
        '- 修改它会刷新路由缓存。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.log_martians',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Drop impossible packets silently (default).', zh: '直接丢弃地址异常的报文，不记日志（默认）。' },
      { en: 'Log them to the kernel log (rate-limited).', zh: '将其记录到内核日志（有速率限制）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.rp_filter', 'net.ipv4.conf.<iface>.accept_source_route', 'net.ipv4.conf.<iface>.accept_local'],
    summary: {
      en: 'Whether packets with impossible addresses (martians), including rp_filter drops, are logged to the kernel log.',
      zh: '是否把地址明显不合法的报文（火星报文，包括 rp_filter 丢弃的报文）记录到内核日志。',
    },
    details: {
      en:
        'Receive side, diagnostics only: it never changes what is dropped. On if **either** `conf.all` or `conf.<iface>` is 1.\n\n' +
        '- The first tool when packets vanish on a multi-homed host: `dmesg | grep -i martian` shows lines like "martian source 10.0.0.5 from 192.168.1.9, on dev eth1" (the first address is the **destination**, the second the offending source), followed by the link-layer header.\n' +
        '- Rejected ICMP redirects and source-routed packets are logged too.\n' +
        '- Messages are rate-limited; counts survive in `/proc/net/stat/rt_cache` (`in_martian_src`, `in_martian_dst`). Switch it off again on busy hosts under spoofed traffic.',
      zh:
        '作用于接收方，只用于诊断：不改变任何丢弃行为。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。\n\n' +
        '- 多接口主机上报文莫名消失时的首选工具：`dmesg | grep -i martian` 会显示类似 "martian source 10.0.0.5 from 192.168.1.9, on dev eth1" 的记录（第一个地址是**目的地址**，第二个才是有问题的源地址），后面跟着链路层头部。\n' +
        '- 被拒绝的 ICMP 重定向和带源路由选项的报文也会被记录。\n' +
        '- 日志有速率限制；计数保存在 `/proc/net/stat/rt_cache`（`in_martian_src`、`in_martian_dst`）。在遭受伪造流量的繁忙主机上，排查完请再关掉。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.send_redirects',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Never send ICMP redirects from this interface.', zh: '不从该接口发送 ICMP 重定向。' },
      { en: 'Send redirects when forwarding a packet back out of the interface it came in on (default).', zh: '转发的报文从进入的同一接口发回时，发送重定向（默认）。' },
    ),
    perNamespace: true,
    related: [
      'net.ipv4.conf.<iface>.accept_redirects',
      'net.ipv4.conf.<iface>.forwarding',
      'net.ipv4.conf.<iface>.shared_media',
      'net.ipv4.route.redirect_number',
    ],
    summary: {
      en: 'Whether the host, when routing, tells senders on the same link to use a better next hop via ICMP redirect.',
      zh: '主机作为路由器时，是否用 ICMP 重定向告诉同一链路上的发送方改用更优的下一跳。',
    },
    details: {
      en:
        'Router side: only matters when forwarding is on. A redirect is sent when a packet leaves through the interface it arrived on. On if **either** `conf.all` or `conf.<iface>` is 1, so turning it off needs `all=0` **and** 0 on the interfaces; because writing `conf.default` also updates interfaces never set individually, the usual baseline is `all=0` plus `default=0` (CIS requires it for non-routers).\n\n' +
        '- Turn it off on VPN and Kubernetes nodes, gateways in hub-and-spoke or asymmetric designs, and hosts using `ip rule` tricks, where a redirect would teach clients a path that bypasses the gateway.\n' +
        '- Count sent redirects with `nstat -az IcmpOutRedirects`; rate limits are under `net.ipv4.route.redirect_*`.',
      zh:
        '作用于路由器一侧：只在开启转发时有意义。报文从进入的同一接口转发出去时，就会发送重定向。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效，所以要关闭必须 `all=0` **并且**各接口也为 0；由于写 `conf.default` 也会更新那些从未单独设置过的接口，通常的基线是 `all=0` 加 `default=0`（CIS 对非路由器主机有此要求）。\n\n' +
        '- 在 VPN 节点、Kubernetes 节点、星型或非对称拓扑中的网关，以及使用 `ip rule` 技巧的主机上应关闭，否则重定向会让客户端学到一条绕开网关的路径。\n' +
        '- 用 `nstat -az IcmpOutRedirects` 统计已发送的重定向；速率限制参数在 `net.ipv4.route.redirect_*` 下。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.secure_redirects',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Accept redirects to any on-link gateway (when redirects are accepted at all).', zh: '接受指向任意同链路网关的重定向（前提是本来就接受重定向）。' },
      { en: 'Accept redirects only to a gateway that some route through this interface already uses (default).', zh: '只接受指向本接口上某条路由已在使用的网关的重定向（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.accept_redirects', 'net.ipv4.conf.<iface>.shared_media'],
    summary: {
      en: 'Whether an accepted ICMP redirect may only name a gateway that a route through this interface already uses (checked only with shared_media off).',
      zh: '接受的 ICMP 重定向是否只能指向本接口上已有路由在用的网关（仅在 shared_media 关闭时检查）。',
    },
    details: {
      en:
        'Receive side, a refinement of `accept_redirects`. On if **either** `conf.all` or `conf.<iface>` is 1. It is consulted only when `shared_media` is **off**; with the default `shared_media=1` this check is skipped. The gateways it allows are those of any live route whose nexthop leaves through this interface, not only default routes.\n\n' +
        '- Security baselines set it to 0 along with `accept_redirects=0`, so that no redirect is accepted at all.',
      zh:
        '作用于接收方，是对 `accept_redirects` 的进一步限制。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。只有 `shared_media` **关闭**时才会检查它；在默认的 `shared_media=1` 下这项检查被跳过。允许的网关是经本接口出去、仍有效的任意路由的下一跳，并不限于默认路由。\n\n' +
        '- 安全基线通常把它和 `accept_redirects` 一起设为 0，彻底不接受重定向。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.shared_media',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Redirects must name a gateway on the same subnet as the old one.', zh: '重定向指向的网关必须与原网关处于同一子网。' },
      { en: 'Several IP subnets share the link: allow redirects across them (default).', zh: '多个 IP 子网共用同一链路：允许跨子网的重定向（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.secure_redirects', 'net.ipv4.conf.<iface>.send_redirects', 'net.ipv4.conf.<iface>.accept_redirects'],
    summary: {
      en: 'Whether the link is treated as shared by several IP subnets when sending or accepting ICMP redirects (RFC 1620).',
      zh: '发送或接受 ICMP 重定向时，是否把链路视为多个 IP 子网共享（RFC 1620）。',
    },
    details: {
      en:
        'Affects both sides of redirects. On if **either** `conf.all` or `conf.<iface>` is 1. When on, a router may redirect a sender to a gateway outside the sender\'s subnet, and a host accepts such redirects to any unicast gateway; `secure_redirects` is then ignored. When off, redirects must stay within the subnet and `secure_redirects` applies.\n\n' +
        '- Rarely changed; it matters only together with the redirect keys.',
      zh:
        '同时影响重定向的收发两端。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。开启时，路由器可以把发送方重定向到其子网之外的网关，主机也接受指向任意单播网关的重定向，此时 `secure_redirects` 被忽略；关闭时，重定向必须在子网内，`secure_redirects` 才起作用。\n\n' +
        '- 很少需要修改；只有和重定向相关参数一起考虑时才有意义。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.src_valid_mark',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Ignore the packet\'s fwmark in the reverse-path lookup (default).', zh: '反向路径查找时忽略报文的 fwmark（默认）。' },
      { en: 'Include the fwmark, so mark-based policy routing is honoured by rp_filter.', zh: '把 fwmark 纳入查找，使 rp_filter 遵循基于标记的策略路由。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.rp_filter'],
    summary: {
      en: 'Whether the packet\'s firewall mark is used in the reverse-path (rp_filter) route lookup.',
      zh: '反向路径（rp_filter）路由查找时是否使用报文的防火墙标记（fwmark）。',
    },
    details: {
      en:
        'Receive side, source validation. On if **either** `conf.all` or `conf.<iface>` is 1. It also makes ICMP replies choose their source address with the mark.\n\n' +
        '- With policy routing by fwmark (`ip rule add fwmark ...`) and `rp_filter=1`, replies that only route back correctly **with** the mark are dropped as spoofed; setting 1 fixes that. `wg-quick` sets `conf.all.src_valid_mark=1` for exactly this reason.\n' +
        '- Keep 0 when the mark routes traffic in one direction only (e.g. transparent proxying).',
      zh:
        '作用于接收方，属于源地址校验。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。ICMP 回复选择源地址时也会把标记考虑在内。\n\n' +
        '- 使用基于 fwmark 的策略路由（`ip rule add fwmark ...`）并开启 `rp_filter=1` 时，那些只有**带上**标记才能正确路由回去的回包会被当成伪造报文丢弃；设为 1 即可解决。`wg-quick` 正是为此设置 `conf.all.src_valid_mark=1`。\n' +
        '- 如果标记只用于单方向的流量（例如透明代理），保持 0。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.ignore_routes_with_linkdown',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Routes stay usable when their interface loses carrier (default).', zh: '接口失去载波时，其上的路由依然可用（默认）。' },
      { en: 'Skip routes whose nexthop interface has no carrier.', zh: '跳过下一跳接口没有载波的路由。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.ignore_routes_with_linkdown', 'net.ipv4.fib_multipath_use_neigh'],
    summary: {
      en: 'Whether IPv4 route lookups skip routes whose outgoing interface has lost its link (carrier).',
      zh: 'IPv4 路由查找时，是否跳过出口接口已断链（无载波）的路由。',
    },
    details: {
      en:
        'Routing decision, checked on the nexthop\'s interface (recent kernels OR it with `conf.all`). Linux keeps addresses and routes when a cable is pulled; `ip route` marks them `linkdown`, but by default they are still chosen and traffic is black-holed.\n\n' +
        '- Turn it on for hosts with several uplinks or ECMP routes so traffic moves to the surviving path at once instead of waiting for a routing daemon.\n' +
        '- Check `ip route show` for `linkdown` flags and `ip link` for `NO-CARRIER`.',
      zh:
        '影响路由决策，检查的是下一跳所在接口的值（较新内核会与 `conf.all` 取“或”）。Linux 在拔掉网线后仍保留地址和路由；`ip route` 会给它们标上 `linkdown`，但默认仍会选中它们，流量就这样进了黑洞。\n\n' +
        '- 有多条上行链路或 ECMP 路由的主机应开启，让流量立刻切到仍然存活的路径，而不必等路由守护进程处理。\n' +
        '- 用 `ip route show` 查看 `linkdown` 标记，用 `ip link` 查看 `NO-CARRIER`。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.promote_secondaries',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Deleting a primary address also deletes all secondaries of its subnet (default).', zh: '删除主地址时，同一子网的所有从地址一并删除（默认）。' },
      { en: 'Promote the next secondary to primary instead.', zh: '改为把下一个从地址提升为主地址。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.arp_notify', 'net.ipv6.conf.<iface>.keep_addr_on_down'],
    summary: {
      en: 'Whether removing a primary IPv4 address promotes a secondary of the same subnet instead of deleting them all.',
      zh: '删除主 IPv4 地址时，是否把同子网的一个从地址提升为主地址，而不是把从地址全部删除。',
    },
    details: {
      en:
        'Address management. On if **either** `conf.all` or `conf.<iface>` is 1. The first address added in a subnet is primary; later ones in the same subnet are secondary (`ip addr` shows `secondary`).\n\n' +
        '- Incident pattern: an operator or a failover script removes the primary address and every VIP in that subnet disappears with it. With 1 the other addresses survive.\n' +
        '- systemd\'s own sysctl.d file (`50-default.conf`) turns it on, so the value in effect differs between distributions.',
      zh:
        '影响地址管理。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。同一子网中第一个添加的地址是主地址，之后添加的是从地址（`ip addr` 中显示为 `secondary`）。\n\n' +
        '- 典型故障：运维人员或切换脚本删除了主地址，该子网的所有 VIP 随之消失。设为 1 后其余地址得以保留。\n' +
        '- systemd 自带的 sysctl.d 文件（`50-default.conf`）会开启它，因此各发行版上的实际值可能不同。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.drop_unicast_in_l2_multicast',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Accept unicast IP carried in link-layer multicast or broadcast frames (default).', zh: '接受封装在链路层组播或广播帧里的单播 IP 报文（默认）。' },
      { en: 'Drop such packets.', zh: '丢弃这类报文。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.drop_unicast_in_l2_multicast', 'net.ipv4.conf.<iface>.drop_gratuitous_arp'],
    summary: {
      en: 'Whether unicast IPv4 packets that arrive inside link-layer multicast or broadcast frames are dropped.',
      zh: '是否丢弃封装在链路层组播或广播帧中的单播 IPv4 报文。',
    },
    details: {
      en:
        'Receive side. On if **either** `conf.all` or `conf.<iface>` is 1. RFC 1122 recommends dropping these, but Linux accepts them for compatibility.\n\n' +
        '- Mainly for Wi-Fi, where group-addressed frames use a shared key any client knows: dropping them blocks a station from using that key to inject unicast traffic to other stations.',
      zh:
        '作用于接收方。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。RFC 1122 建议丢弃这类报文，但 Linux 出于兼容性默认接受。\n\n' +
        '- 主要用于无线网络：组播帧使用所有客户端都知道的共享密钥加密，丢弃它们可以防止某个终端利用该密钥向其他终端注入单播流量。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.disable_policy',
    type: 'bool',
    default: '0',
    defaultNote: {
      en: 'conf.all and conf.default are 0; the kernel sets 1 on lo itself.',
      zh: 'conf.all 和 conf.default 为 0；内核会自行把 lo 设为 1。',
    },
    values: offOn(
      { en: 'Check IPsec policies for traffic received on the interface (default).', zh: '对该接口收到的流量检查 IPsec 策略（默认）。' },
      { en: 'Skip the IPsec policy check for it.', zh: '跳过对它的 IPsec 策略检查。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.disable_xfrm', 'net.ipv6.conf.<iface>.disable_policy'],
    summary: {
      en: 'Whether IPsec policy (SPD) checks are skipped for packets received on this interface.',
      zh: '是否对该接口收到的报文跳过 IPsec 策略（SPD）检查。',
    },
    details: {
      en:
        'Receive and forward path. On if **either** `conf.all` or `conf.<iface>` is 1. With it, packets from this interface are delivered or forwarded even if an IPsec policy says they should have arrived encrypted.\n\n' +
        '- Used on interfaces that must bypass site-wide IPsec policies (tunnel endpoints, management links). Leaving it on by mistake silently defeats an "encrypted only" policy.\n' +
        '- Inspect policies with `ip xfrm policy`; policy drops appear in `/proc/net/xfrm_stat` (`XfrmInPolBlock`, `XfrmInNoPols`).',
      zh:
        '影响接收和转发路径。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。开启后，即便 IPsec 策略要求报文必须加密到达，来自该接口的报文也会被交付或转发。\n\n' +
        '- 用于需要绕开全局 IPsec 策略的接口（隧道端点、管理链路）。误开会让“只允许加密流量”的策略悄然失效。\n' +
        '- 用 `ip xfrm policy` 查看策略；因策略丢弃的报文计入 `/proc/net/xfrm_stat`（`XfrmInPolBlock`、`XfrmInNoPols`）。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.disable_xfrm',
    type: 'bool',
    default: '0',
    defaultNote: {
      en: 'conf.all and conf.default are 0; the kernel sets 1 on lo itself.',
      zh: 'conf.all 和 conf.default 为 0；内核会自行把 lo 设为 1。',
    },
    values: offOn(
      { en: 'Apply IPsec transforms to traffic through the interface (default).', zh: '对经过该接口的流量做 IPsec 变换（默认）。' },
      { en: 'Never encrypt traffic through it, whatever the policy says.', zh: '无论策略如何，都不对经过它的流量加密。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.disable_policy', 'net.ipv4.conf.<iface>.forwarding'],
    summary: {
      en: 'Whether IPsec encryption is skipped for traffic routed through this interface, regardless of policy.',
      zh: '是否无视策略，对经由该接口路由的流量跳过 IPsec 加密。',
    },
    details: {
      en:
        'Output and forward path. On if **either** `conf.all` or `conf.<iface>` is 1. The companion of `disable_policy`: one skips the inbound policy check, this one skips the outbound transform.\n\n' +
        '- If traffic that should be encrypted leaves in clear text, check this key and `ip xfrm state`/`ip xfrm policy` first.',
      zh:
        '影响发送和转发路径。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。它是 `disable_policy` 的搭档：一个跳过入向策略检查，一个跳过出向加密变换。\n\n' +
        '- 如果本应加密的流量以明文发出，先检查这个参数以及 `ip xfrm state`、`ip xfrm policy`。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.bootp_relay',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Off (default).', zh: '关闭（默认）。' },
      { en: 'Meant to accept packets from 0.b.c.d for a BOOTP relay; has no effect in current kernels.', zh: '原意是为 BOOTP 中继接受源为 0.b.c.d 的报文；当前内核中没有效果。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.forwarding'],
    summary: {
      en: 'Legacy switch for BOOTP relaying that the kernel accepts but does not act on.',
      zh: '为 BOOTP 中继保留的旧开关，可以写入，但内核并不使用。',
    },
    details: {
      en:
        'The kernel documentation marks it "not implemented": the value is stored (and would need both `conf.all` and the interface to be 1), but no packet path reads it.\n\n' +
        '- DHCP relaying is done in user space (`dhcrelay`, `dnsmasq`, the relay of a routing suite), which does not need this key.',
      zh:
        '内核文档将其标注为“未实现”：数值会被保存（并且需要 `conf.all` 与接口同时为 1），但没有任何报文处理路径读取它。\n\n' +
        '- DHCP 中继由用户态程序完成（`dhcrelay`、`dnsmasq` 或路由套件自带的中继），不需要这个参数。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.tag',
    type: 'int',
    default: '0',
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.medium_id'],
    summary: {
      en: 'A free number stored per interface for administrators and scripts; the kernel never uses it.',
      zh: '按接口保存、供管理员和脚本自由使用的数字；内核从不使用它。',
    },
    details: {
      en:
        'No effect on traffic: whatever is written is kept and printed back, so administrators and scripts can use it as a per-interface note.\n\n' +
        '- The kernel never sets it, so a non-zero value means a person or a script wrote it.',
      zh:
        '对流量没有任何影响：写入什么就保存并读回什么，管理员和脚本可以把它当作按接口保存的备注。\n\n' +
        '- 内核从不设置它，所以出现非零值说明是某个人或某个脚本写入的。',
    },
  },
];

/** IGMP: how an IPv4 interface reports its multicast group memberships. */
const IGMP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.conf.<iface>.force_igmp_version',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'IGMPv3, falling back to v1/v2 while an older querier is heard (default).',
          zh: '使用 IGMPv3，听到旧版本查询器时回退到 v1/v2（默认）。',
        },
      },
      { value: '1', meaning: { en: 'Always speak IGMPv1.', zh: '始终使用 IGMPv1。' } },
      {
        value: '2',
        meaning: {
          en: 'Speak IGMPv2 (still falls back to v1 if a v1 query arrives).',
          zh: '使用 IGMPv2（收到 v1 查询时仍会回退到 v1）。',
        },
      },
      { value: '3', meaning: { en: 'IGMPv3; behaves exactly like 0.', zh: 'IGMPv3；行为与 0 完全相同。' } },
    ],
    perNamespace: true,
    related: [
      'net.ipv4.conf.<iface>.igmpv2_unsolicited_report_interval',
      'net.ipv4.conf.<iface>.igmpv3_unsolicited_report_interval',
      'net.ipv6.conf.<iface>.force_mld_version',
    ],
    summary: {
      en: 'Forces the IGMP version the interface uses to report multicast group membership.',
      zh: '强制指定接口报告组播组成员关系时使用的 IGMP 版本。',
    },
    details: {
      en:
        'Receiver side of IPv4 multicast. A version is forced if `conf.all` **or** `conf.<iface>` names it.\n\n' +
        '- Incident pattern: a multicast stream (market data, IPTV, cluster heartbeats) stops a few minutes after joining because a switch doing IGMP snooping or the querier only understands v2 and drops v3 reports. Forcing 2 on the receiving interface is the usual workaround.\n' +
        '- Check joined groups with `ip maddr show dev <iface>` or `cat /proc/net/igmp`, and watch reports with `tcpdump -ni <iface> igmp`.',
      zh:
        '作用于 IPv4 组播的接收方。`conf.all` **或** `conf.<iface>` 任一指定了版本即强制使用。\n\n' +
        '- 典型故障：加入组播组几分钟后组播流（行情、IPTV、集群心跳）中断，原因是做 IGMP snooping 的交换机或查询器只认 v2，把 v3 报告丢了。常见的规避办法是在接收接口上强制为 2。\n' +
        '- 用 `ip maddr show dev <iface>` 或 `cat /proc/net/igmp` 查看已加入的组，用 `tcpdump -ni <iface> igmp` 观察报告报文。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.igmpv2_unsolicited_report_interval',
    type: 'int',
    unit: 'milliseconds',
    default: '10000',
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.igmpv3_unsolicited_report_interval', 'net.ipv4.conf.<iface>.force_igmp_version', 'net.ipv4.igmp_qrv'],
    summary: {
      en: 'Interval between repeated unsolicited IGMPv1/v2 membership reports after joining a group.',
      zh: '加入组播组后，重复发送主动 IGMPv1/v2 成员报告的间隔。',
    },
    details: {
      en:
        'Receiver side, interface value only. When an application joins a group the kernel reports it at once and repeats the report (the number of repeats follows `igmp_qrv`) at random times up to this interval, in case the first one was lost.\n\n' +
        '- Lowering it makes a join recover faster from a lost report on v1/v2 networks; the default 10 s comes from the IGMPv2 specification.',
      zh:
        '作用于接收方，只看接口自己的值。应用加入组播组时，内核会立即发送报告，并在不超过此间隔的随机时间后重复发送（次数由 `igmp_qrv` 决定），以防第一份报告丢失。\n\n' +
        '- 在 v1/v2 网络中调低它，报告丢失后加入组播组能更快恢复；默认的 10 秒来自 IGMPv2 规范。',
    },
  },
  {
    key: 'net.ipv4.conf.<iface>.igmpv3_unsolicited_report_interval',
    type: 'int',
    unit: 'milliseconds',
    default: '1000',
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.igmpv2_unsolicited_report_interval', 'net.ipv4.conf.<iface>.force_igmp_version', 'net.ipv4.igmp_qrv'],
    summary: {
      en: 'Interval between repeated unsolicited IGMPv3 membership reports after a group change.',
      zh: '组播组成员关系变化后，重复发送主动 IGMPv3 报告的间隔。',
    },
    details: {
      en:
        'Receiver side, interface value only. Same mechanism as the v2 interval, used while the interface speaks IGMPv3; the default 1 s follows RFC 3376.\n\n' +
        '- Rarely tuned; if joins are slow, first check which version is in use (`cat /proc/net/igmp`) and whether the reports reach the querier.',
      zh:
        '作用于接收方，只看接口自己的值。机制与 v2 的间隔相同，在接口使用 IGMPv3 时生效；默认的 1 秒遵循 RFC 3376。\n\n' +
        '- 很少需要调整；如果加入组播组很慢，先确认实际使用的版本（`cat /proc/net/igmp`），以及报告是否到达了查询器。',
    },
  },
];

/** IPv6 router versus host behaviour, and what the interface learns from Router Advertisements. */
const IPV6_ROUTER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.conf.<iface>.forwarding',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Host behaviour on the interface (default).', zh: '该接口表现为主机（默认）。' },
      { en: 'Router behaviour; in conf.all it also switches IPv6 forwarding on.', zh: '该接口表现为路由器；在 conf.all 上还表示开启 IPv6 转发。' },
    ),
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.accept_ra',
      'net.ipv6.conf.<iface>.force_forwarding',
      'net.ipv6.conf.<iface>.accept_redirects',
      'net.ipv4.conf.<iface>.forwarding',
      'net.core.devconf_inherit_init_net',
    ],
    summary: {
      en: 'conf.all turns IPv6 forwarding on for the whole namespace; per interface it selects host or router behaviour.',
      zh: 'conf.all 为整个命名空间开启 IPv6 转发；按接口设置时则选择主机或路由器行为。',
    },
    details: {
      en:
        'Unlike IPv4, the per-interface value does **not** decide whether packets are forwarded: `conf.all.forwarding` does, for every interface (since 6.17 `force_forwarding` can enable single interfaces). Writing `conf.all` copies the value to every interface and to `conf.default`. Per interface, 1 means router behaviour: Router Advertisements and redirects are ignored, no Router Solicitations are sent, and Neighbour Advertisements carry the router flag.\n\n' +
        '- Classic incident: turning on forwarding on a host (Docker/Kubernetes IPv6, a VPN) that learns its default route by SLAAC. RAs are now ignored, the default route expires after its lifetime and IPv6 dies minutes later. Set `accept_ra=2` on the uplink.\n' +
        '- Per-interface forwarding policy belongs in the firewall forward chain (`nft`, `ip6tables -A FORWARD`).\n' +
        '- Check `nstat -az Ip6OutForwDatagrams` and `ip -6 route show default`.\n' +
        '- Unlike IPv4, a new network namespace starts from the kernel defaults, not from the host\'s values, unless `net.core.devconf_inherit_init_net` is 1 or 3.',
      zh:
        '与 IPv4 不同，按接口设置的值**不**决定是否转发：由 `conf.all.forwarding` 对所有接口统一决定（从 6.17 起可以用 `force_forwarding` 为单个接口开启）。写 `conf.all` 会把值复制到所有接口和 `conf.default`。按接口设为 1 表示路由器行为：忽略路由通告（RA）和重定向，不发送路由请求（RS），邻居通告中带路由器标志。\n\n' +
        '- 典型故障：在通过 SLAAC 获取默认路由的主机（Docker/Kubernetes 的 IPv6、VPN）上开启转发后，RA 被忽略，默认路由在生存期到期后消失，几分钟后 IPv6 就断了。应在上行接口上设置 `accept_ra=2`。\n' +
        '- 按接口控制转发应放在防火墙的 forward 链里（`nft`、`ip6tables -A FORWARD`）。\n' +
        '- 排查可看 `nstat -az Ip6OutForwDatagrams` 和 `ip -6 route show default`。\n' +
        '- 与 IPv4 不同，新建的网络命名空间从内核默认值开始，而不是沿用宿主机的值，除非 `net.core.devconf_inherit_init_net` 为 1 或 3。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.force_forwarding',
    type: 'bool',
    default: '0',
    since: '6.17',
    values: offOn(
      { en: 'Forward packets from this interface only if conf.all.forwarding is 1 (default).', zh: '只有 conf.all.forwarding 为 1 时才转发来自该接口的报文（默认）。' },
      { en: 'Forward IPv6 packets arriving on this interface even with global forwarding off.', zh: '即使全局转发关闭，也转发从该接口进入的 IPv6 报文。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.forwarding', 'net.ipv4.conf.<iface>.forwarding'],
    summary: {
      en: 'Enables IPv6 forwarding for packets arriving on one interface, without turning it on globally.',
      zh: '只为从某个接口进入的报文开启 IPv6 转发，而不必全局开启。',
    },
    details: {
      en:
        'Ingress side, the IPv6 counterpart of IPv4\'s per-interface `forwarding`. Accepts only 0 and 1. Writing `conf.all.force_forwarding` copies the value to every existing interface; writing 0 to `conf.all.forwarding` resets it to 0 on every interface.\n\n' +
        '- Lets a host forward for one downstream link (a container bridge, a VPN) while its other interfaces keep host behaviour and keep accepting RAs.\n' +
        '- Older kernels lack the key: there the only switch is `conf.all.forwarding` plus firewall rules.',
      zh:
        '作用于入口接口，相当于 IPv4 按接口生效的 `forwarding`。只接受 0 和 1。写 `conf.all.force_forwarding` 会把值复制到现有的所有接口；向 `conf.all.forwarding` 写 0 会把所有接口上的它清零。\n\n' +
        '- 让主机只为某一个下游链路（容器网桥、VPN）转发，其他接口仍保持主机行为并继续接受 RA。\n' +
        '- 较老的内核没有这个参数：只能使用 `conf.all.forwarding` 再配合防火墙规则。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.mc_forwarding',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'No IPv6 multicast routing on this interface (default).', zh: '该接口不做 IPv6 组播路由（默认）。' },
      { en: 'A multicast routing daemon has taken the interface into use.', zh: '组播路由守护进程已接管该接口。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.mc_forwarding', 'net.ipv6.conf.<iface>.forwarding'],
    summary: {
      en: 'Read-only flag showing whether IPv6 multicast routing is active on the interface.',
      zh: '只读标志，表示该接口上 IPv6 组播路由是否已启用。',
    },
    details: {
      en:
        'Cannot be written (mode 0444), although every network namespace has its own value. `conf.all` becomes non-zero while a multicast routing daemon (pim6sd, FRR pim6d, smcroute) holds the IPv6 multicast routing socket, and an interface value becomes 1 when the daemon adds the interface.\n\n' +
        '- If IPv6 multicast is not routed, check `ip -6 mroute` and `/proc/net/ip6_mr_vif`.',
      zh:
        '不可写（权限 0444），但每个网络命名空间都有自己的值。组播路由守护进程（pim6sd、FRR 的 pim6d、smcroute）持有 IPv6 组播路由 socket 期间，`conf.all` 非零；守护进程加入某个接口后，该接口的值变为 1。\n\n' +
        '- IPv6 组播没有被路由时，检查 `ip -6 mroute` 和 `/proc/net/ip6_mr_vif`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra',
    type: 'enum',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Ignore Router Advertisements.', zh: '忽略路由通告（RA）。' } },
      {
        value: '1',
        meaning: {
          en: 'Accept them while the interface is not forwarding (default).',
          zh: '接口未开启转发时接受 RA（默认）。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Accept them even when forwarding is on.',
          zh: '即使开启了转发也接受 RA。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.forwarding',
      'net.ipv6.conf.<iface>.autoconf',
      'net.ipv6.conf.<iface>.accept_ra_defrtr',
      'net.ipv6.conf.<iface>.accept_ra_pinfo',
      'net.ipv6.conf.<iface>.router_solicitations',
    ],
    summary: {
      en: 'Whether the interface learns default routes, prefixes and link parameters from IPv6 Router Advertisements.',
      zh: '接口是否从 IPv6 路由通告（RA）中学习默认路由、前缀和链路参数。',
    },
    details: {
      en:
        'Host side of SLAAC, interface value only (`conf.all` is not consulted). It also decides whether Router Solicitations are sent. With the default 1, setting the interface\'s `forwarding` to 1 silently stops RA processing; 2 keeps it.\n\n' +
        '- Symptom of RAs being ignored: `ip -6 route show default` is empty or the `expires` counter runs out, and no global address appears in `ip -6 addr`.\n' +
        '- Servers with static IPv6 often set 0 so a rogue RA on the LAN cannot add routes or addresses. A user-space network manager that handles RAs itself (systemd-networkd does) turns kernel processing off by writing 0.\n' +
        '- Watch RAs with `rdisc6 <iface>` or `tcpdump -ni <iface> icmp6 and ip6[40]==134`.',
      zh:
        '作用于 SLAAC 的主机一侧，只看接口自己的值（不参考 `conf.all`）。它也决定是否发送路由请求（RS）。在默认值 1 下，把该接口的 `forwarding` 设为 1 会悄悄停止处理 RA；设为 2 则继续处理。\n\n' +
        '- RA 被忽略的症状：`ip -6 route show default` 为空或 `expires` 倒计时耗尽，`ip -6 addr` 中没有全局地址。\n' +
        '- 使用静态 IPv6 的服务器常设为 0，防止局域网中的恶意 RA 添加路由或地址。自行处理 RA 的用户态网络管理程序（例如 systemd-networkd）会写入 0，关闭内核的处理。\n' +
        '- 用 `rdisc6 <iface>` 或 `tcpdump -ni <iface> icmp6 and ip6[40]==134` 观察 RA。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_defrtr',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Do not install a default route from RAs.', zh: '不根据 RA 安装默认路由。' },
      { en: 'Install the advertising router as a default route (default).', zh: '把发出通告的路由器安装为默认路由（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra', 'net.ipv6.conf.<iface>.ra_defrtr_metric', 'net.ipv6.conf.<iface>.accept_ra_rtr_pref'],
    summary: {
      en: 'Whether a default route is learned from Router Advertisements (when RAs are accepted).',
      zh: '（接受 RA 时）是否从路由通告中学习默认路由。',
    },
    details: {
      en:
        'Host side, interface value only, effective only while `accept_ra` lets RAs in.\n\n' +
        '- Set 0 on secondary interfaces (storage, backup, a second uplink) that should get SLAAC addresses but must not become the default path; otherwise the host ends up with several default routes and picks one by metric.\n' +
        '- RA-learned routes show `proto ra` in `ip -6 route`.',
      zh:
        '作用于主机一侧，只看接口自己的值，并且只在 `accept_ra` 放行 RA 时才生效。\n\n' +
        '- 对于需要 SLAAC 地址、但不应成为默认出口的次要接口（存储网、备份网、第二条上行）设为 0；否则主机会有多条默认路由，并按 metric 选择其中一条。\n' +
        '- 从 RA 学到的路由在 `ip -6 route` 中显示为 `proto ra`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ra_defrtr_metric',
    type: 'int',
    default: '1024',
    range: { min: 1, max: 4294967295 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_defrtr', 'net.ipv6.conf.<iface>.accept_ra'],
    summary: {
      en: 'Route metric given to the default route learned from Router Advertisements on this interface.',
      zh: '从该接口的 RA 学到的默认路由所使用的 metric。',
    },
    details: {
      en:
        'Host side, interface value only. With RAs on several interfaces every one installs a default route with metric 1024, so the choice between them is arbitrary. Giving the preferred uplink a lower value (e.g. 100) and the backup a higher one makes the choice explicit.\n\n' +
        '- Check with `ip -6 route show default`; the value appears as `metric`.',
      zh:
        '作用于主机一侧，只看接口自己的值。多个接口都收到 RA 时，每块都会安装 metric 为 1024 的默认路由，选哪条就变得不确定。给首选上行设更小的值（如 100），备用上行设更大的值，就能明确优先级。\n\n' +
        '- 用 `ip -6 route show default` 查看，该值显示为 `metric`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_from_local',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'From an RA whose source is one of our own addresses, take no default route, hop limit or Route Information; prefixes, MTU and timers still apply (default).', zh: '源地址为本机地址的 RA 不用于默认路由、跳数限制和路由信息选项；前缀、MTU 和定时器参数照常生效（默认）。' },
      { en: 'Use all of such an RA like any other.', zh: '这类 RA 的全部内容都像其他 RA 一样采用。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra'],
    summary: {
      en: 'Whether a Router Advertisement sent from one of the host\'s own addresses may install a default route and Route Information; its prefixes and MTU are used either way.',
      zh: '从本机某个地址发出的路由通告能否用来添加默认路由和路由信息选项中的路由；其中的前缀和 MTU 无论如何都会被采用。',
    },
    details: {
      en:
        'Host side, interface value only. Such RAs usually mean the host hears its own router daemon through a loop, so by default the kernel takes neither the default router (with the hop limit that comes with it) nor the Route Information options from them. The rest of the RA is not filtered: prefixes still create addresses and on-link routes, and the MTU, reachable time and retransmit timer are still applied.\n\n' +
        '- Turn it on for test rigs where a router runs on the same machine (another namespace reached through a veth pair with shared addresses) and its RAs should be honoured.',
      zh:
        '作用于主机一侧，只看接口自己的值。这类 RA 通常说明主机通过环路听到了自己的路由守护进程，所以默认情况下内核既不采用其中的默认路由器（以及随之而来的跳数限制），也不采用路由信息选项。RA 的其余部分并不过滤：前缀照样生成地址和直连路由，MTU、可达时间和重传定时器也照样生效。\n\n' +
        '- 在测试环境中，如果路由器就运行在同一台机器上（经 veth 对连接、地址有重叠的另一个命名空间），并且需要采纳它的 RA，才需要开启。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_min_hop_limit',
    type: 'int',
    default: '1',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.hop_limit', 'net.ipv6.conf.<iface>.accept_ra'],
    summary: {
      en: 'Smallest Cur Hop Limit from a Router Advertisement that the interface will adopt as its hop_limit.',
      zh: '路由通告中的 Cur Hop Limit 不低于此值时，接口才会把它采纳为自己的 hop_limit。',
    },
    details: {
      en:
        'Host side, interface value only. An RA can carry a hop limit that replaces the interface\'s `hop_limit`; values below this key are ignored (and logged when ND debugging is on). 256 or more ignores the RA hop limit altogether.\n\n' +
        '- A forged RA with hop limit 1 or 2 makes every off-link packet expire on the way (CVE-2015-2922). Raising this to e.g. 32 or 64 on exposed hosts blocks that, as does `accept_ra=0`.',
      zh:
        '作用于主机一侧，只看接口自己的值。RA 可以携带一个跳数限制，用来替换接口的 `hop_limit`；小于该值的会被忽略（开启 ND 调试时会记录日志）。设为 256 或更大则完全不采纳 RA 中的跳数限制。\n\n' +
        '- 伪造一个跳数限制为 1 或 2 的 RA，就能让所有发往外部的报文在途中超时（CVE-2015-2922）。在暴露于不可信网络的主机上把它提高到 32 或 64，或者直接 `accept_ra=0`，都可以防范。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_min_lft',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra', 'net.ipv6.conf.<iface>.ra_honor_pio_life'],
    summary: {
      en: 'Router Advertisement entries with a non-zero lifetime shorter than this are ignored.',
      zh: '生存期非零但短于此值的路由通告条目会被忽略。',
    },
    details: {
      en:
        'Host side, interface value only. Applies to the router lifetime, prefix (PIO) valid lifetimes and route information options. A lifetime of 0 (withdrawal) is always honoured.\n\n' +
        '- Protects battery-powered and busy hosts from networks that advertise absurdly short lifetimes, which would make them churn routes and addresses constantly. 0 (default) accepts everything.',
      zh:
        '作用于主机一侧，只看接口自己的值。适用于路由器生存期、前缀（PIO）有效期和路由信息选项。生存期为 0（撤销）的条目始终会被采纳。\n\n' +
        '- 保护依靠电池的设备和繁忙主机，避免网络通告过短的生存期导致路由和地址不停变动。0（默认）表示全部接受。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_mtu',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Ignore the MTU option of RAs.', zh: '忽略 RA 中的 MTU 选项。' },
      { en: 'Apply the advertised MTU to the interface\'s IPv6 mtu (default).', zh: '把通告的 MTU 应用到接口的 IPv6 mtu（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.mtu', 'net.ipv6.conf.<iface>.accept_ra'],
    summary: {
      en: 'Whether the MTU option of Router Advertisements changes the interface\'s IPv6 MTU.',
      zh: '路由通告中的 MTU 选项是否会修改接口的 IPv6 MTU。',
    },
    details: {
      en:
        'Host side, interface value only. An advertised MTU between 1280 and the link MTU is written into `conf.<iface>.mtu`, so that sysctl can change on its own.\n\n' +
        '- Incident pattern: IPv6 traffic uses a smaller MTU than IPv4 (or large transfers stall) because the router advertises e.g. 1280 or 1492. Compare `sysctl net.ipv6.conf.<iface>.mtu` with `ip link`, and the RA\'s MTU with `rdisc6 <iface>`.\n' +
        '- Setting 0 is a workaround when a router advertises a wrong value you cannot fix.',
      zh:
        '作用于主机一侧，只看接口自己的值。通告的 MTU 若介于 1280 与链路 MTU 之间，就会写入 `conf.<iface>.mtu`，所以这个 sysctl 可能自己发生变化。\n\n' +
        '- 典型故障：IPv6 流量使用的 MTU 比 IPv4 小（或大流量传输卡住），原因是路由器通告了 1280 或 1492 之类的值。比较 `sysctl net.ipv6.conf.<iface>.mtu` 与 `ip link` 的结果，并用 `rdisc6 <iface>` 查看 RA 中的 MTU。\n' +
        '- 路由器通告了错误的值又无法修改时，可以设为 0 作为规避手段。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_pinfo',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Ignore prefix information in RAs.', zh: '忽略 RA 中的前缀信息。' },
      { en: 'Use advertised prefixes for on-link routes and address autoconfiguration (default).', zh: '使用通告的前缀生成直连路由并自动配置地址（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.autoconf', 'net.ipv6.conf.<iface>.accept_ra', 'net.ipv6.conf.<iface>.ra_honor_pio_pflag'],
    summary: {
      en: 'Whether Prefix Information options in Router Advertisements are processed.',
      zh: '是否处理路由通告中的前缀信息选项（PIO）。',
    },
    details: {
      en:
        'Host side, interface value only. Prefix options supply on-link prefixes (routes without a gateway) and the prefixes SLAAC builds addresses from; with 0 neither happens, though the default router is still learned.\n\n' +
        '- Use it when addresses come from DHCPv6 or static configuration and only the default route should come from RAs.',
      zh:
        '作用于主机一侧，只看接口自己的值。前缀选项提供直连前缀（无需网关的路由），也是 SLAAC 生成地址所依据的前缀；设为 0 时这两者都不会发生，但仍会学习默认路由。\n\n' +
        '- 适用于地址来自 DHCPv6 或静态配置、只希望从 RA 获取默认路由的场景。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_rtr_pref',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Ignore router preference and route information options.', zh: '忽略路由器优先级和路由信息选项。' },
      { en: 'Honour the router preference (high/medium/low) and route information options (default).', zh: '采纳路由器优先级（高/中/低）和路由信息选项（默认）。' },
    ),
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.accept_ra_rt_info_max_plen',
      'net.ipv6.conf.<iface>.router_probe_interval',
      'net.ipv6.conf.<iface>.accept_ra_defrtr',
    ],
    summary: {
      en: 'Whether the default-router preference and Route Information options of RAs (RFC 4191) are used.',
      zh: '是否使用 RA 中的默认路由器优先级和路由信息选项（RFC 4191）。',
    },
    details: {
      en:
        'Host side, interface value only. With several routers on a link, the preference lets the network say which one should be the default, and route information options announce more specific routes.\n\n' +
        '- With 0 all routers are equal and specific routes are ignored. More specific routes are also limited by `accept_ra_rt_info_max_plen`, which is 0 by default.',
      zh:
        '作用于主机一侧，只看接口自己的值。链路上有多台路由器时，网络可以通过优先级指定谁做默认路由器，并通过路由信息选项通告更具体的路由。\n\n' +
        '- 设为 0 时所有路由器一视同仁，具体路由也被忽略。具体路由能细到多长的前缀，还受 `accept_ra_rt_info_max_plen` 限制（默认为 0）。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_rt_info_max_plen',
    type: 'int',
    default: '0',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_rt_info_min_plen', 'net.ipv6.conf.<iface>.accept_ra_rtr_pref'],
    summary: {
      en: 'Longest prefix length of Route Information options accepted from RAs; 0 accepts only a default route.',
      zh: '从 RA 中接受的路由信息选项的最长前缀长度；0 表示只接受默认路由。',
    },
    details: {
      en:
        'Host side, interface value only; used only when `accept_ra_rtr_pref` is 1. Route Information options longer than this are ignored, so with the default 0 only `::/0` is taken.\n\n' +
        '- Symptom: a router advertises specific routes (for example a /48 reachable through a second router) but `ip -6 route` never shows them. Setting 64 (or 128) accepts them.',
      zh:
        '作用于主机一侧，只看接口自己的值；只在 `accept_ra_rtr_pref` 为 1 时使用。前缀比它长的路由信息选项会被忽略，所以默认的 0 只接受 `::/0`。\n\n' +
        '- 症状：路由器通告了具体路由（例如经第二台路由器可达的 /48），`ip -6 route` 中却始终看不到。设为 64（或 128）即可接受。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_ra_rt_info_min_plen',
    type: 'int',
    default: '0',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_rt_info_max_plen', 'net.ipv6.conf.<iface>.accept_ra_rtr_pref'],
    summary: {
      en: 'Shortest prefix length of Route Information options accepted from RAs.',
      zh: '从 RA 中接受的路由信息选项的最短前缀长度。',
    },
    details: {
      en:
        'Host side, interface value only; used only when `accept_ra_rtr_pref` is 1. Route Information options with a shorter prefix are ignored.\n\n' +
        '- Raising it (e.g. to 48) keeps routers from announcing very broad routes through route information, while the default route still comes from the RA header.',
      zh:
        '作用于主机一侧，只看接口自己的值；只在 `accept_ra_rtr_pref` 为 1 时使用。前缀比它短的路由信息选项会被忽略。\n\n' +
        '- 调高它（例如 48）可以阻止路由器通过路由信息选项通告过宽的路由，默认路由仍由 RA 报文头提供。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ra_honor_pio_life',
    type: 'bool',
    default: '0',
    values: offOn(
      {
        en: 'An RA may not cut an address\'s remaining valid lifetime below two hours (RFC 4862 5.5.3e, default).',
        zh: 'RA 不能把地址剩余的有效期缩短到两小时以下（RFC 4862 5.5.3e，默认）。',
      },
      { en: 'Always apply the valid lifetime the RA advertises.', zh: '始终采用 RA 通告的有效期。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_pinfo', 'net.ipv6.conf.<iface>.accept_ra_min_lft'],
    summary: {
      en: 'Whether the valid lifetime in a Router Advertisement prefix option is applied as is to existing addresses.',
      zh: '路由通告前缀选项中的有效期是否原样应用到已有地址上。',
    },
    details: {
      en:
        'Host side, interface value only. By default an unauthenticated RA cannot shorten an address\'s valid lifetime below two hours, which protects against forged RAs but leaves stale addresses around after renumbering.\n\n' +
        '- Set 1 on networks whose routers are trusted and renumber often (ISP prefix changes), so old addresses vanish when the router says so.',
      zh:
        '作用于主机一侧，只看接口自己的值。默认情况下，未经认证的 RA 无法把地址的有效期缩短到两小时以下，这能防范伪造的 RA，但在重新编址后会留下过时的地址。\n\n' +
        '- 在路由器可信且经常重新编址（运营商更换前缀）的网络中设为 1，让旧地址按路由器的要求及时消失。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ra_honor_pio_pflag',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Ignore the P flag of prefix options (default).', zh: '忽略前缀选项中的 P 标志（默认）。' },
      { en: 'A prefix with the P flag set is not used for SLAAC.', zh: '置有 P 标志的前缀不用于 SLAAC。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_pinfo', 'net.ipv6.conf.<iface>.autoconf'],
    summary: {
      en: 'Whether the P flag of a prefix option (prefix delegation preferred) suppresses SLAAC for that prefix.',
      zh: '前缀选项中的 P 标志（优先使用前缀委派）是否会禁止对该前缀做 SLAAC。',
    },
    details: {
      en:
        'Host side, interface value only. Networks that hand each client its own prefix through DHCPv6 prefix delegation set the P flag; with 1, the kernel then leaves address creation to the DHCPv6-PD client instead of also forming a SLAAC address.\n\n' +
        '- Enable it only when such a DHCPv6-PD client actually runs; otherwise the host ends up with no global address.',
      zh:
        '作用于主机一侧，只看接口自己的值。通过 DHCPv6 前缀委派给每个客户端分配独立前缀的网络会置位 P 标志；设为 1 时，内核把地址生成交给 DHCPv6-PD 客户端，不再额外生成 SLAAC 地址。\n\n' +
        '- 只有确实运行了这样的 DHCPv6-PD 客户端时才开启；否则主机将没有全局地址。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.router_solicitations',
    type: 'int',
    default: '-1',
    range: { min: -1 },
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.router_solicitation_interval',
      'net.ipv6.conf.<iface>.router_solicitation_max_interval',
      'net.ipv6.conf.<iface>.accept_ra',
    ],
    summary: {
      en: 'How many Router Solicitations the interface sends before giving up; -1 means keep trying with backoff.',
      zh: '接口在放弃之前发送路由请求（RS）的次数；-1 表示以退避方式一直发送。',
    },
    details: {
      en:
        'Host side, interface value only. After the link-local address passes DAD the host solicits routers so it need not wait for the next periodic RA. With -1 (default, RFC 7559) it keeps soliciting, doubling the interval up to `router_solicitation_max_interval`, until an RA arrives. 0 disables solicitations.\n\n' +
        '- If a host takes minutes to get IPv6 after boot, check that RS go out and RAs come back: `tcpdump -ni <iface> icmp6 and \'ip6[40]==133 or ip6[40]==134\'`.',
      zh:
        '作用于主机一侧，只看接口自己的值。链路本地地址通过 DAD 后，主机会主动请求路由器，而不必等待下一次周期性 RA。取 -1（默认，RFC 7559）时会一直请求，每次把间隔翻倍（最长到 `router_solicitation_max_interval`），直到收到 RA 为止；0 表示不发送请求。\n\n' +
        '- 如果主机开机后要几分钟才有 IPv6，检查 RS 是否发出、RA 是否返回：`tcpdump -ni <iface> icmp6 and \'ip6[40]==133 or ip6[40]==134\'`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.router_solicitation_interval',
    type: 'int',
    unit: 'seconds',
    default: '4',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.router_solicitations', 'net.ipv6.conf.<iface>.router_solicitation_max_interval'],
    summary: {
      en: 'Initial wait between Router Solicitations; the wait then grows up to the maximum interval.',
      zh: '路由请求之间的初始等待时间；之后等待时间逐渐增长到最大间隔。',
    },
    details: {
      en:
        'Host side, interface value only. The first retry comes after about this many seconds (with random jitter), later ones back off exponentially.\n\n' +
        '- Lowering it helps on links where the first solicitation is often lost (e.g. a switch port still in spanning-tree learning at boot).',
      zh:
        '作用于主机一侧，只看接口自己的值。第一次重试大约在这么多秒后进行（带随机抖动），之后按指数退避。\n\n' +
        '- 在第一次请求经常丢失的链路上（例如开机时交换机端口仍处于生成树学习状态），调低它会有帮助。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.router_solicitation_max_interval',
    type: 'int',
    unit: 'seconds',
    default: '3600',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.router_solicitations', 'net.ipv6.conf.<iface>.router_solicitation_interval'],
    summary: {
      en: 'Upper bound of the backed-off interval between Router Solicitations.',
      zh: '路由请求退避后的间隔上限。',
    },
    details: {
      en:
        'Host side, interface value only. With unlimited solicitations (`router_solicitations=-1`) a host on a link without routers ends up sending one solicitation per this interval, so it still notices a router that appears later.\n\n' +
        '- Lower it if hosts must pick up a newly installed router faster.',
      zh:
        '作用于主机一侧，只看接口自己的值。在不限次数请求（`router_solicitations=-1`）时，处于无路由器链路上的主机最终会每隔这么久发送一次请求，这样之后出现的路由器仍能被发现。\n\n' +
        '- 如果希望主机更快发现新装的路由器，可以调低它。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.router_solicitation_delay',
    type: 'int',
    unit: 'seconds',
    default: '1',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.router_solicitations', 'net.ipv6.conf.<iface>.dad_transmits'],
    summary: {
      en: 'Upper bound of the random delay before an interface starts address setup (DAD) and router solicitation.',
      zh: '接口开始地址配置（DAD）和路由请求之前随机延迟的上限。',
    },
    details: {
      en:
        'Host side, interface value only. Current kernels use it as the maximum random wait before the first DAD probe (the first Router Solicitation follows DAD without a second wait) and as the wait after the final solicitation. The randomness keeps many hosts that boot together from transmitting at the same instant.\n\n' +
        '- Rarely changed; a lower value shaves a fraction of a second off IPv6 bring-up.',
      zh:
        '作用于主机一侧，只看接口自己的值。当前内核把它用作第一次 DAD 探测前随机等待的上限（DAD 完成后第一次路由请求不再额外等待），以及最后一次请求之后的等待时间。随机化可以避免同时开机的大量主机在同一时刻发包。\n\n' +
        '- 很少需要修改；调低它能让 IPv6 启用快零点几秒。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.router_probe_interval',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_rtr_pref'],
    summary: {
      en: 'Minimum interval between reachability probes of a default router whose state is unknown (RFC 4191).',
      zh: '对状态未知的默认路由器进行可达性探测的最小间隔（RFC 4191）。',
    },
    details: {
      en:
        'Host side, interface value only; used with router preferences. When choosing among default routers the host probes a router whose neighbour entry is not known to be reachable, at most once per this interval, so that it can prefer routers that answer.\n\n' +
        '- Lower it to detect a dead preferred router sooner on links with several routers.',
      zh:
        '作用于主机一侧，只看接口自己的值；与路由器优先级配合使用。在多台默认路由器中做选择时，主机会探测邻居状态未确认可达的路由器，每个间隔内最多一次，以便优先选择有响应的路由器。\n\n' +
        '- 在有多台路由器的链路上，调低它可以更快发现首选路由器已失效。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_redirects',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Ignore ICMPv6 redirects.', zh: '忽略 ICMPv6 重定向。' },
      { en: 'Accept them while the interface is not forwarding (default).', zh: '接口未开启转发时接受重定向（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.accept_redirects', 'net.ipv6.conf.<iface>.forwarding', 'net.ipv6.conf.<iface>.accept_ra'],
    summary: {
      en: 'Whether the interface accepts ICMPv6 redirects that point to a better next hop.',
      zh: '接口是否接受指向更优下一跳的 ICMPv6 重定向。',
    },
    details: {
      en:
        'Host side, interface value only (`conf.all` is not consulted, unlike IPv4). Redirects are always ignored while the interface\'s `forwarding` is 1.\n\n' +
        '- Security baselines set 0 on `all` and `default`; remember that for IPv6 it is the **interface** value that counts, so set it before interfaces come up or on each of them.\n' +
        '- Received redirects are counted by `nstat -az Icmp6InRedirects`.',
      zh:
        '作用于主机一侧，只看接口自己的值（与 IPv4 不同，不参考 `conf.all`）。接口的 `forwarding` 为 1 时总是忽略重定向。\n\n' +
        '- 安全基线会把 `all` 和 `default` 设为 0；注意 IPv6 生效的是**接口自己**的值，所以要在接口启用前设置，或者逐个接口设置。\n' +
        '- 收到的重定向数量可用 `nstat -az Icmp6InRedirects` 查看。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_source_route',
    type: 'int',
    default: '0',
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.accept_source_route', 'net.ipv6.conf.<iface>.seg6_enabled', 'net.ipv6.conf.<iface>.rpl_seg_enabled'],
    summary: {
      en: 'Whether type 2 (Mobile IPv6) routing headers are honoured: 0 or more accepts them, a negative value refuses them; SRv6 and RPL headers have their own switches.',
      zh: '是否处理类型 2（移动 IPv6）路由扩展头：0 及以上接受，负数拒绝；SRv6 和 RPL 路由头由各自的开关控制。',
    },
    details: {
      en:
        'Receive side. The value in effect is the **minimum** of `conf.all` and `conf.<iface>`. The dangerous type 0 header (RH0, deprecated by RFC 5095) is never honoured; segment routing (type 4) and RPL (type 3) headers have their own switches.\n\n' +
        '- Security baselines ask for 0 on `all` and `default`; that is already the kernel default. Set -1 to refuse even type 2.',
      zh:
        '作用于接收方。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较小值**。危险的类型 0 路由头（RH0，已被 RFC 5095 废弃）一律不处理；段路由（类型 4）和 RPL（类型 3）路由头各有独立的开关。\n\n' +
        '- 安全基线要求 `all` 和 `default` 为 0，这本身就是内核默认值。设为 -1 则连类型 2 也拒绝。',
    },
  },
];

/** How an IPv6 interface forms, verifies, ages and keeps its addresses. */
const IPV6_ADDRESS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.conf.<iface>.autoconf',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Do not form addresses from advertised prefixes.', zh: '不根据通告的前缀生成地址。' },
      { en: 'Form SLAAC addresses from prefixes that allow it (default).', zh: '根据允许自动配置的前缀生成 SLAAC 地址（默认）。' },
    ),
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.accept_ra',
      'net.ipv6.conf.<iface>.accept_ra_pinfo',
      'net.ipv6.conf.<iface>.addr_gen_mode',
      'net.ipv6.conf.<iface>.use_tempaddr',
    ],
    summary: {
      en: 'Whether the interface builds its own global addresses (SLAAC) from prefixes in Router Advertisements.',
      zh: '接口是否根据路由通告中的前缀自行生成全局地址（SLAAC）。',
    },
    details: {
      en:
        'Host side, interface value only; needs `accept_ra` and `accept_ra_pinfo` to let the prefix through, and the prefix must carry the autonomous (A) flag.\n\n' +
        '- Set 0 on servers with static or DHCPv6 addresses that should not grow an extra, unplanned address (which may then be picked as source and hit firewall allow-lists).\n' +
        '- SLAAC addresses show `dynamic mngtmpaddr` or `dynamic` with lifetimes in `ip -6 addr show dev <iface>`.',
      zh:
        '作用于主机一侧，只看接口自己的值；需要 `accept_ra` 和 `accept_ra_pinfo` 放行前缀，并且前缀要带自治（A）标志。\n\n' +
        '- 使用静态地址或 DHCPv6 的服务器可以设为 0，避免多出一个计划外的地址（它可能被选作源地址，从而撞上防火墙白名单）。\n' +
        '- SLAAC 地址在 `ip -6 addr show dev <iface>` 中显示为 `dynamic mngtmpaddr` 或 `dynamic`，并带有生存期。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.addr_gen_mode',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Interface identifier from the MAC address (EUI-64, default).',
          zh: '接口标识由 MAC 地址生成（EUI-64，默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'No link-local address; SLAAC addresses still use EUI-64.',
          zh: '不生成链路本地地址；SLAAC 地址仍使用 EUI-64。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Stable privacy identifiers (RFC 7217) from the configured stable_secret.',
          zh: '使用已配置的 stable_secret 生成稳定隐私标识（RFC 7217）。',
        },
      },
      {
        value: '3',
        meaning: {
          en: 'Stable privacy identifiers with a random secret if none is set.',
          zh: '生成稳定隐私标识，未设置密钥时使用随机密钥。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.autoconf', 'net.ipv6.conf.<iface>.use_tempaddr', 'net.ipv6.conf.<iface>.accept_dad'],
    summary: {
      en: 'How the interface builds the host part of its link-local and SLAAC addresses.',
      zh: '接口如何生成链路本地地址和 SLAAC 地址的主机部分。',
    },
    details: {
      en:
        'Interface value; writing `conf.all` copies the value to `conf.default` and every interface. Only 0–3 are accepted, and 2 on an interface fails with EINVAL unless `stable_secret` is set. Changing it on a live interface regenerates its automatic addresses at once.\n\n' +
        '- EUI-64 embeds the MAC, so the address follows the hardware (and reveals it); stable privacy keeps one address per prefix that does not reveal the MAC and survives NIC replacement.\n' +
        '- Pitfall: switching modes changes the host\'s IPv6 addresses, breaking DNS records and allow-lists that pinned the old ones.',
      zh:
        '按接口生效；写 `conf.all` 会把值复制到 `conf.default` 和所有接口。只接受 0–3，并且在接口上设为 2 时，如果没有设置 `stable_secret` 会报 EINVAL。在运行中的接口上修改会立即重新生成自动地址。\n\n' +
        '- EUI-64 把 MAC 嵌入地址，地址随硬件变化（也暴露了 MAC）；稳定隐私地址对每个前缀保持一个固定地址，不暴露 MAC，换网卡后也不变。\n' +
        '- 注意：切换模式会改变主机的 IPv6 地址，使写死旧地址的 DNS 记录和白名单失效。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_dad',
    type: 'enum',
    default: null,
    defaultNote: {
      en: 'A fresh kernel prints 0 for conf.all and 1 for conf.default (and new interfaces); loopback and NOARP interfaces show -1.',
      zh: '全新内核中 conf.all 为 0，conf.default（以及新建接口）为 1；回环和 NOARP 接口显示 -1。',
    },
    values: [
      {
        value: '-1',
        meaning: {
          en: 'Set by the kernel on loopback and NOARP interfaces, where DAD does not apply.',
          zh: '由内核在回环和 NOARP 接口上设置，这些接口不适用 DAD。',
        },
      },
      { value: '0', meaning: { en: 'No Duplicate Address Detection.', zh: '不做重复地址检测（DAD）。' } },
      { value: '1', meaning: { en: 'Perform DAD (the value new interfaces get).', zh: '执行 DAD（新建接口取此值）。' } },
      {
        value: '2',
        meaning: {
          en: 'Perform DAD, and disable IPv6 on the interface if the MAC-based link-local address is a duplicate.',
          zh: '执行 DAD，并且基于 MAC 的链路本地地址重复时在该接口上禁用 IPv6。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.dad_transmits',
      'net.ipv6.conf.<iface>.enhanced_dad',
      'net.ipv6.conf.<iface>.optimistic_dad',
      'net.ipv6.conf.<iface>.disable_ipv6',
    ],
    summary: {
      en: 'Whether new IPv6 addresses are checked for duplicates on the link (DAD) before use.',
      zh: '新的 IPv6 地址在使用前是否要在链路上做重复地址检测（DAD）。',
    },
    details: {
      en:
        'Host side. The mode in effect is the **maximum** of `conf.all` and `conf.<iface>`, so the 0 in `all` does not switch DAD off for interfaces that have 1.\n\n' +
        '- While DAD runs (about one second with `dad_transmits=1`) the address is `tentative` and cannot be bound: services that bind a fresh address at boot fail with "Cannot assign requested address". Fix with ordering (wait for the address), `optimistic_dad`, or `IP_FREEBIND`/`ip_nonlocal_bind`.\n' +
        '- A duplicate shows as `dadfailed tentative` in `ip -6 addr`; the log says "IPv6 duplicate address ... used by ... detected!".\n' +
        '- Set 0 only where duplicates are impossible and startup time matters (some container and VM setups).',
      zh:
        '作用于主机一侧。实际生效的模式取 `conf.all` 与 `conf.<iface>` 中的**较大值**，所以 `all` 中的 0 并不能为值为 1 的接口关闭 DAD。\n\n' +
        '- DAD 进行期间（`dad_transmits=1` 时约一秒）地址处于 `tentative` 状态，无法被绑定：开机时绑定新地址的服务会报 "Cannot assign requested address"。可以通过调整启动顺序（等地址就绪）、`optimistic_dad`，或 `IP_FREEBIND`、`ip_nonlocal_bind` 来解决。\n' +
        '- 地址冲突时 `ip -6 addr` 中显示 `dadfailed tentative`，日志中有 "IPv6 duplicate address ... used by ... detected!"。\n' +
        '- 只有在不可能出现重复地址且很在意启动时间的场景（某些容器和虚拟机环境）才设为 0。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.dad_transmits',
    type: 'int',
    unit: 'probes',
    default: '1',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_dad', 'net.ipv6.conf.<iface>.enhanced_dad', 'net.ipv6.neigh.<iface>.retrans_time_ms'],
    summary: {
      en: 'How many Neighbour Solicitations Duplicate Address Detection sends before a new address becomes usable.',
      zh: '新地址可用之前，重复地址检测（DAD）要发送的邻居请求数量。',
    },
    details: {
      en:
        'Host side, interface value only. Each probe waits one neighbour retransmit time (`retrans_time_ms`, 1 s by default), so this is roughly how many seconds a new address stays `tentative`.\n\n' +
        '- 0 skips the probes entirely, like `accept_dad=0`. Raise it only on lossy links where a single probe may be missed.',
      zh:
        '作用于主机一侧，只看接口自己的值。每次探测等待一个邻居重传时间（`retrans_time_ms`，默认 1 秒），所以它大致等于新地址停留在 `tentative` 状态的秒数。\n\n' +
        '- 设为 0 则完全跳过探测，效果同 `accept_dad=0`。只有在单个探测可能丢失的有损链路上才需要调高。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.enhanced_dad',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Send DAD probes without a nonce (only if conf.all is 0 too).', zh: 'DAD 探测不带随机数（前提是 conf.all 也为 0）。' },
      { en: 'Add a nonce to DAD probes so our own looped-back probes are not mistaken for a duplicate (default).', zh: '在 DAD 探测中加入随机数，避免把回环的自身探测误判为地址冲突（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_dad', 'net.ipv6.conf.<iface>.dad_transmits'],
    summary: {
      en: 'Whether DAD probes carry a nonce (RFC 7527) so the host\'s own probes echoed back are not taken as duplicates.',
      zh: 'DAD 探测是否携带随机数（RFC 7527），使主机不会把回传的自身探测当成地址冲突。',
    },
    details: {
      en:
        'Host side. The nonce is sent unless **both** `conf.all` and `conf.<iface>` are 0. Without it, on links that reflect multicast back to the sender (some bonding modes, virtual switches, hairpin setups) the host hears its own probe and declares its new address a duplicate.\n\n' +
        '- Keep it on; if addresses still end up `dadfailed` on such links, check the bonding mode or switch configuration.',
      zh:
        '作用于主机一侧。只有 `conf.all` 与 `conf.<iface>` **都**为 0 时才不带随机数。没有它时，在会把组播回传给发送方的链路上（某些 bonding 模式、虚拟交换机、hairpin 配置），主机会收到自己的探测，进而把新地址判定为重复。\n\n' +
        '- 保持开启；如果在这类链路上地址仍然 `dadfailed`，检查 bonding 模式或交换机配置。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.optimistic_dad',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'New addresses are unusable until DAD finishes (default).', zh: '新地址在 DAD 完成前不可用（默认）。' },
      { en: 'Use new autoconfigured addresses immediately while DAD runs (RFC 4429).', zh: '在 DAD 进行期间就立即使用新的自动配置地址（RFC 4429）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.use_optimistic', 'net.ipv6.conf.<iface>.accept_dad', 'net.ipv6.conf.<iface>.dad_transmits'],
    summary: {
      en: 'Whether new IPv6 addresses may be used optimistically while Duplicate Address Detection is still running.',
      zh: '在重复地址检测仍在进行时，是否可以“乐观地”先使用新的 IPv6 地址。',
    },
    details: {
      en:
        'Host side. On if **either** `conf.all` or `conf.<iface>` is 1, and only on hosts (not when forwarding). The address is marked `optimistic` and can be bound and used at once, with care taken not to poison neighbours\' caches if it turns out to be a duplicate.\n\n' +
        '- Saves the DAD second on boot or hotplug, useful for fast-starting VMs and containers. Whether the optimistic address is preferred as a source is controlled by `use_optimistic`.',
      zh:
        '作用于主机一侧。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效，并且只适用于主机（开启转发时无效）。地址被标记为 `optimistic`，可以立即绑定和使用，同时内核会避免在地址最终被证明重复时污染邻居的缓存。\n\n' +
        '- 能省去开机或热插拔时 DAD 的那一秒，适合快速启动的虚拟机和容器。乐观地址是否被优先选作源地址由 `use_optimistic` 控制。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.use_optimistic',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Treat optimistic addresses like deprecated ones in source selection (default).', zh: '源地址选择时把乐观地址视同已弃用地址（默认）。' },
      { en: 'Do not count them as deprecated; preferred addresses still win.', zh: '不把它们视为已弃用；首选地址仍然优先。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.optimistic_dad', 'net.ipv6.conf.<iface>.use_oif_addrs_only'],
    summary: {
      en: 'Whether addresses still in optimistic DAD may be chosen as source address like normal ones.',
      zh: '仍处于乐观 DAD 中的地址能否像普通地址一样被选为源地址。',
    },
    details: {
      en:
        'Source address selection. On if **either** `conf.all` or `conf.<iface>` is 1. Without it an optimistic address is used only when nothing better exists; with it, it is no longer ranked as deprecated, though a preferred address still wins.\n\n' +
        '- Pair with `optimistic_dad` when a freshly booted host must talk from its new address at once.',
      zh:
        '影响源地址选择。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。不开启时，只有没有更好的地址可选时才使用乐观地址；开启后，它不再按已弃用地址对待，可以正常参与比较，但首选地址仍然优先。\n\n' +
        '- 当刚开机的主机必须立即用新地址通信时，与 `optimistic_dad` 一起开启。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.use_tempaddr',
    type: 'enum',
    default: '0',
    defaultNote: {
      en: 'Kernel default for conf.all, conf.default and Ethernet-like interfaces; lo, tunnels and sit show -1. Desktop distributions often set 2.',
      zh: '这是内核对 conf.all、conf.default 和以太网类接口的默认值；lo、隧道和 sit 显示 -1。桌面发行版常设为 2。',
    },
    values: [
      {
        value: '-1',
        meaning: {
          en: 'Disabled; set by the kernel on loopback and tunnel interfaces, or after temporary address generation failed repeatedly.',
          zh: '禁用；内核会在回环和隧道接口上设置此值，临时地址反复生成失败后也会改成此值。',
        },
      },
      { value: '0', meaning: { en: 'No temporary (privacy) addresses (default).', zh: '不生成临时（隐私）地址（默认）。' } },
      {
        value: '1',
        meaning: {
          en: 'Create temporary addresses but prefer the stable address as source.',
          zh: '生成临时地址，但源地址优先使用稳定地址。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Create temporary addresses and prefer them as source.',
          zh: '生成临时地址，并优先把它们用作源地址。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.temp_prefered_lft',
      'net.ipv6.conf.<iface>.temp_valid_lft',
      'net.ipv6.conf.<iface>.max_addresses',
      'net.ipv6.conf.<iface>.autoconf',
    ],
    summary: {
      en: 'IPv6 privacy extensions: whether SLAAC also creates short-lived random addresses, and whether they are preferred as source.',
      zh: 'IPv6 隐私扩展：SLAAC 是否同时生成短期的随机地址，以及是否优先用它们作为源地址。',
    },
    details: {
      en:
        'Host side, interface value only. Temporary addresses (RFC 8981) hide the stable address from the servers a client talks to; a new one is created about once a day and old ones linger until their valid lifetime ends.\n\n' +
        '- Server pitfall: with 2, outgoing connections come from an address that changes daily, so database grants, firewall allow-lists and peer configs that name the host\'s address break "at random". Use 0 on servers, or bind clients to the stable address.\n' +
        '- Temporary addresses show `temporary` in `ip -6 addr`; `ip -6 route get <dst>` shows the chosen `src`.\n' +
        '- If generation keeps failing (`regen_max_retry`), the kernel sets the interface to -1 and logs "regeneration time exceeded".',
      zh:
        '作用于主机一侧，只看接口自己的值。临时地址（RFC 8981）让客户端访问的服务器看不到其稳定地址；大约每天生成一个新的，旧的在有效期结束前会继续保留。\n\n' +
        '- 服务器上的坑：设为 2 时，出站连接的源地址每天都在变，数据库授权、防火墙白名单和写死本机地址的对端配置会“随机”失效。服务器上应使用 0，或者让客户端绑定稳定地址。\n' +
        '- 临时地址在 `ip -6 addr` 中显示为 `temporary`；`ip -6 route get <dst>` 会显示实际选用的 `src`。\n' +
        '- 如果生成一再失败（见 `regen_max_retry`），内核会把该接口设为 -1，并记录 "regeneration time exceeded"。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.temp_prefered_lft',
    type: 'int',
    unit: 'seconds',
    default: '86400',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.temp_valid_lft', 'net.ipv6.conf.<iface>.use_tempaddr', 'net.ipv6.conf.<iface>.max_desync_factor'],
    summary: {
      en: 'How long a temporary (privacy) address is preferred for new connections before a fresh one replaces it.',
      zh: '临时（隐私）地址用于新连接的首选期，到期后由新的临时地址接替。',
    },
    details: {
      en:
        'Host side, interface value only; matters only with `use_tempaddr` > 0. The actual preferred lifetime is this minus a random desync factor, and never longer than the prefix\'s own preferred lifetime. Once it ends the address turns `deprecated`: existing connections keep it, new ones use the successor.\n\n' +
        '- Shorter values rotate addresses more often (more privacy, more addresses in flight, closer to `max_addresses`).',
      zh:
        '作用于主机一侧，只看接口自己的值；仅在 `use_tempaddr` 大于 0 时有意义。实际首选期是此值减去一个随机的去同步因子，并且不会超过前缀自身的首选期。到期后地址变为 `deprecated`：已有连接继续使用，新连接改用接替的地址。\n\n' +
        '- 值越短，地址轮换越频繁（隐私性更好，但同时存在的地址更多，更接近 `max_addresses` 上限）。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.temp_valid_lft',
    type: 'int',
    unit: 'seconds',
    default: '604800',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.temp_prefered_lft', 'net.ipv6.conf.<iface>.use_tempaddr', 'net.ipv6.conf.<iface>.max_addresses'],
    summary: {
      en: 'How long a temporary (privacy) address exists in total, including the time it is deprecated.',
      zh: '临时（隐私）地址的总存活时间，包括已弃用的那段时间。',
    },
    details: {
      en:
        'Host side, interface value only. Counted from the address\'s creation, default 7 days: after its preferred time the address stays only for existing connections, and when this lifetime ends it is removed and long-lived connections still using it break.\n\n' +
        '- Too-small values (below a few seconds) prevent temporary addresses from being created at all.',
      zh:
        '作用于主机一侧，只看接口自己的值。从地址创建时开始计算，默认 7 天：首选期过后，地址只留给已有连接使用；此有效期结束时地址被删除，仍在使用它的长连接随之中断。\n\n' +
        '- 值过小（低于几秒）会导致根本无法生成临时地址。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.max_desync_factor',
    type: 'int',
    unit: 'seconds',
    default: '600',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.temp_prefered_lft', 'net.ipv6.conf.<iface>.regen_min_advance'],
    summary: {
      en: 'Upper bound of the random amount subtracted from a temporary address\'s preferred lifetime.',
      zh: '从临时地址首选期中随机扣减的时长上限。',
    },
    details: {
      en:
        'Host side, interface value only. The randomness keeps hosts that booted together from all rotating their temporary addresses at the same moment (which would also make them easy to correlate).\n\n' +
        '- Rarely tuned; it must stay well below `temp_prefered_lft`.',
      zh:
        '作用于主机一侧，只看接口自己的值。随机化可以避免同时开机的主机在同一时刻轮换临时地址（那样也容易被关联起来）。\n\n' +
        '- 很少需要调整；它必须明显小于 `temp_prefered_lft`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.regen_max_retry',
    type: 'int',
    unit: 'retries',
    default: '3',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.use_tempaddr', 'net.ipv6.conf.<iface>.regen_min_advance'],
    summary: {
      en: 'How many times creating a temporary address may fail before the kernel disables temporary addresses on the interface.',
      zh: '生成临时地址可以失败多少次，超过后内核会在该接口上禁用临时地址。',
    },
    details: {
      en:
        'Host side, interface value only. Failures are typically DAD conflicts of the random address. When the count is exceeded the kernel writes -1 into the interface\'s `use_tempaddr` and logs "regeneration time exceeded - disabled temporary address support".\n\n' +
        '- If privacy addresses silently stop appearing, look for that log line and re-enable with `sysctl -w net.ipv6.conf.<iface>.use_tempaddr=2`.',
      zh:
        '作用于主机一侧，只看接口自己的值。失败通常是随机地址的 DAD 冲突。超过次数后，内核会把该接口的 `use_tempaddr` 写成 -1，并记录 "regeneration time exceeded - disabled temporary address support"。\n\n' +
        '- 如果隐私地址不再生成、也没有任何提示，查找这条日志，并用 `sysctl -w net.ipv6.conf.<iface>.use_tempaddr=2` 重新开启。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.regen_min_advance',
    type: 'int',
    unit: 'seconds',
    default: '2',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.temp_prefered_lft', 'net.ipv6.conf.<iface>.max_desync_factor'],
    summary: {
      en: 'Minimum head start with which a new temporary address is created before the current one becomes deprecated.',
      zh: '在当前临时地址弃用之前，提前生成新临时地址的最短提前量。',
    },
    details: {
      en:
        'Host side, interface value only. The kernel adds the time DAD needs, so the successor is usable before its predecessor stops being preferred. Values below 2 are accepted but do not conform to RFC 8981.\n\n' +
        '- Only relevant with very short temporary lifetimes; otherwise leave it.',
      zh:
        '作用于主机一侧，只看接口自己的值。内核还会加上 DAD 所需的时间，保证接替的地址在前一个地址失去首选地位之前就已可用。小于 2 的值可以写入，但不符合 RFC 8981。\n\n' +
        '- 只有临时地址生存期设得很短时才需要关心；否则保持默认。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.max_addresses',
    type: 'int',
    unit: 'entries',
    default: '16',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.use_tempaddr', 'net.ipv6.conf.<iface>.autoconf'],
    summary: {
      en: 'How many addresses an interface may hold before SLAAC stops adding more; 0 means no limit.',
      zh: '接口上的地址达到多少个后 SLAAC 不再添加新地址；0 表示不限制。',
    },
    details: {
      en:
        'Host side, interface value only. It is checked when SLAAC would add an address, and every address on the interface counts: static, link-local and temporary ones included.\n\n' +
        '- Links with many advertised prefixes, plus privacy extensions that keep deprecated temporary addresses for a week, can hit the limit: new addresses are then silently not created. Count them with `ip -6 addr show dev <iface> | grep -c inet6`.\n' +
        '- Do not set 0 on untrusted links: a flood of forged prefixes would create addresses without bound.',
      zh:
        '作用于主机一侧，只看接口自己的值。在 SLAAC 要添加地址时检查，接口上的所有地址都计入，包括静态地址、链路本地地址和临时地址。\n\n' +
        '- 链路上通告了很多前缀，再加上隐私扩展会把已弃用的临时地址保留一周，就可能碰到上限：此后不会再生成新地址，也没有任何提示。可以用 `ip -6 addr show dev <iface> | grep -c inet6` 统计。\n' +
        '- 在不可信的链路上不要设为 0：大量伪造的前缀会让地址无限增长。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.keep_addr_on_down',
    type: 'int',
    default: '0',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.disable_ipv6'],
    summary: {
      en: 'Whether static IPv6 addresses survive the interface going down: a non-zero conf.all decides (>0 keep, <0 flush); only when it is 0 does the interface value count, and 0 there flushes.',
      zh: '接口 down 时静态 IPv6 地址是否保留：conf.all 非零时由它决定（大于 0 保留，小于 0 清除）；只有它为 0 时才看接口自己的值，接口值为 0 也是清除。',
    },
    details: {
      en:
        'Host side. `conf.all` decides when it is non-zero; otherwise the interface value does, and 0 there means "flush". Only permanent global addresses without an expiry are kept; link-local and autoconfigured ones are always removed.\n\n' +
        '- Surprise for IPv4 users: after `ip link set <iface> down` and `up`, addresses added by hand with `ip -6 addr add` are gone unless this is on (network managers usually re-add them). Set `net.ipv6.conf.all.keep_addr_on_down=1` to match IPv4 behaviour.',
      zh:
        '作用于主机一侧。`conf.all` 非零时以它为准；否则看接口自己的值，其中 0 表示“清除”。只有没有过期时间的永久全局地址会被保留，链路本地地址和自动配置的地址总会被删除。\n\n' +
        '- 习惯 IPv4 的人容易踩的坑：执行 `ip link set <iface> down` 再 `up` 之后，用 `ip -6 addr add` 手动添加的地址就没了，除非开启此项（网络管理程序通常会重新添加）。设置 `net.ipv6.conf.all.keep_addr_on_down=1` 可以与 IPv4 的行为保持一致。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.use_oif_addrs_only',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Any address of the host may be chosen as source (default).', zh: '可以从本机任意地址中选取源地址（默认）。' },
      { en: 'Only addresses configured on the outgoing interface are candidates.', zh: '只从出口接口上配置的地址中选取源地址。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.use_optimistic', 'net.ipv6.conf.<iface>.use_tempaddr'],
    summary: {
      en: 'Whether IPv6 source address selection only considers addresses of the outgoing interface.',
      zh: 'IPv6 源地址选择是否只考虑出口接口上的地址。',
    },
    details: {
      en:
        'Source address selection (RFC 6724), read on the outgoing interface. By default Linux may pick an address from another interface when it ranks better, which on multi-homed hosts sends packets out of one uplink with the other uplink\'s address, and the replies come back the wrong way or are dropped by upstream filters.\n\n' +
        '- Set 1 on the uplinks of multi-homed hosts; check the choice with `ip -6 route get <dst>`.',
      zh:
        '影响源地址选择（RFC 6724），读取的是出口接口的值。默认情况下，如果另一个接口上的地址排名更高，Linux 可能会选用它；在多出口主机上，这会导致报文从一条上行链路发出却带着另一条链路的地址，回包走错路或被上游过滤掉。\n\n' +
        '- 在多出口主机的上行接口上设为 1；用 `ip -6 route get <dst>` 核对选择结果。',
    },
  },
];

/** IPv6 link parameters and Neighbour Discovery on an interface. */
const IPV6_LINK_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.conf.<iface>.mtu',
    type: 'int',
    unit: 'bytes',
    default: '1280',
    defaultNote: {
      en: 'conf.all and conf.default print 1280; a real interface starts at its link MTU (lo 65536, Ethernet usually 1500).',
      zh: 'conf.all 和 conf.default 显示 1280；真实网卡的初值就是其链路 MTU（lo 为 65536，以太网通常为 1500）。',
    },
    range: { min: 1280 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_mtu', 'net.ipv4.tcp_mtu_probing', 'net.ipv6.route.mtu_expires'],
    summary: {
      en: 'The IPv6 MTU of the interface, which may be lower than the link MTU.',
      zh: '接口的 IPv6 MTU，可以低于链路 MTU。',
    },
    details: {
      en:
        'Send side, interface value only. It must lie between 1280 (the IPv6 minimum) and the interface\'s link MTU; other values fail with EINVAL. It follows `ip link set mtu` changes and can be lowered by the MTU option of Router Advertisements (`accept_ra_mtu`).\n\n' +
        '- Lower it (not the link MTU) when only IPv6 must fit a tunnel or PPPoE path, e.g. 1480 or 1452.\n' +
        '- Symptom of a bad value: small requests work, large responses stall. Check `ip -6 route get <dst>` (`mtu`), `tracepath -6 <dst>`, and `nstat -az Icmp6InPktTooBigs`.',
      zh:
        '作用于发送方，只看接口自己的值。取值必须介于 1280（IPv6 最小值）与接口的链路 MTU 之间，否则报 EINVAL。它会跟随 `ip link set mtu` 的修改，也可能被路由通告的 MTU 选项调低（见 `accept_ra_mtu`）。\n\n' +
        '- 当只有 IPv6 需要适配隧道或 PPPoE 路径时，调低它（而不是链路 MTU），例如 1480 或 1452。\n' +
        '- 取值不当的症状：小请求正常，大响应卡住。查看 `ip -6 route get <dst>`（`mtu`）、`tracepath -6 <dst>` 和 `nstat -az Icmp6InPktTooBigs`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.hop_limit',
    type: 'int',
    default: '64',
    range: { min: 1, max: 255 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra_min_hop_limit', 'net.ipv4.ip_default_ttl'],
    summary: {
      en: 'Default Hop Limit (the IPv6 TTL) of packets sent through the interface.',
      zh: '经该接口发出的报文的默认跳数限制（即 IPv6 的 TTL）。',
    },
    details: {
      en:
        'Send side. The egress interface\'s value is used unless the socket sets its own (`IPV6_UNICAST_HOPS`); `conf.all` is used when no interface applies. A Router Advertisement with a non-zero hop limit overwrites the interface value, subject to `accept_ra_min_hop_limit`.\n\n' +
        '- A sysctl value that "changes by itself" is usually the RA at work. A hop limit that is too low shows as `traceroute6` dying at the same hop and `Icmp6InTimeExcds` rising.',
      zh:
        '作用于发送方。使用出口接口的值，除非 socket 自己设置了（`IPV6_UNICAST_HOPS`）；没有适用的接口时使用 `conf.all`。携带非零跳数限制的路由通告会覆盖接口的值，但受 `accept_ra_min_hop_limit` 约束。\n\n' +
        '- 如果这个 sysctl 值“自己变了”，通常就是 RA 造成的。跳数限制过低表现为 `traceroute6` 总在同一跳中断，`Icmp6InTimeExcds` 不断增长。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ndisc_notify',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Stay silent when the interface comes up or changes MAC (default).', zh: '接口启用或 MAC 变化时不做通告（默认）。' },
      { en: 'Send unsolicited Neighbour Advertisements on those events.', zh: '在这些事件发生时发送主动邻居通告。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.arp_notify', 'net.ipv6.conf.<iface>.accept_untracked_na'],
    summary: {
      en: 'Whether the interface announces its IPv6 addresses with unsolicited Neighbour Advertisements when it comes up or its MAC changes.',
      zh: '接口启用或 MAC 变化时，是否用主动邻居通告宣告自己的 IPv6 地址。',
    },
    details: {
      en:
        'Send side, the IPv6 counterpart of `arp_notify`. On if **either** `conf.all` or `conf.<iface>` is 1.\n\n' +
        '- Helps neighbours update their caches after a MAC change or when a moved address comes up (announcements that drivers request themselves, as virtio-net after live migration or bonding on failover, go out whatever this key says), and lets routers with `accept_untracked_na` learn the host before the first packet arrives (RFC 9131).',
      zh:
        '作用于发送方，是 `arp_notify` 的 IPv6 对应参数。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。\n\n' +
        '- 有助于邻居在 MAC 变化或漂移来的地址启用后更新缓存（驱动自己请求的通告，如 virtio-net 热迁移后、bonding 故障切换时，不管这个参数如何都会发出），也能让开启了 `accept_untracked_na` 的路由器在第一个报文到达之前就学到本机（RFC 9131）。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ndisc_evict_nocarrier',
    type: 'bool',
    default: '1',
    since: '5.16',
    values: offOn(
      { en: 'Keep neighbour entries when the link loses carrier.', zh: '链路失去载波时保留邻居表项。' },
      { en: 'Flush the interface\'s neighbour entries when carrier is lost (default).', zh: '链路失去载波时清空该接口的邻居表项（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.arp_evict_nocarrier'],
    summary: {
      en: 'Whether the interface\'s IPv6 neighbour cache is flushed when its link loses carrier.',
      zh: '接口链路失去载波时，是否清空它的 IPv6 邻居缓存。',
    },
    details: {
      en:
        'Eviction happens only if **both** `conf.all` and `conf.<iface>` are 1, the IPv6 counterpart of `arp_evict_nocarrier`.\n\n' +
        '- Set 0 on Wi-Fi interfaces that roam between access points of the same network, so that neighbours need not be rediscovered after every roam.',
      zh:
        '只有 `conf.all` 与 `conf.<iface>` **都**为 1 时才会清空，是 `arp_evict_nocarrier` 的 IPv6 对应参数。\n\n' +
        '- 在同一网络的不同 AP 之间漫游的无线网卡上设为 0，免得每次漫游后都要重新发现邻居。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ndisc_tclass',
    type: 'int',
    default: '0',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.force_tllao', 'net.ipv6.conf.<iface>.ndisc_notify'],
    summary: {
      en: 'Traffic Class (DSCP and ECN bits) put on the Neighbour Discovery messages the interface sends.',
      zh: '接口发出的邻居发现报文所使用的流量类别（DSCP 和 ECN 位）。',
    },
    details: {
      en:
        'Send side, interface value only. The upper six bits are the DSCP, the lower two ECN (keep them 0). For example 192 marks ND as CS6, network control.\n\n' +
        '- Set it when a QoS policy drops or delays unmarked traffic under load and neighbour resolution starts failing as a result.',
      zh:
        '作用于发送方，只看接口自己的值。高 6 位是 DSCP，低 2 位是 ECN（应保持为 0）。例如 192 表示把 ND 报文标记为 CS6（网络控制）。\n\n' +
        '- 当 QoS 策略在高负载下丢弃或延迟未标记的流量、进而导致邻居解析失败时，可以设置它。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.force_tllao',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Omit the target link-layer address when answering a unicast solicitation (default).', zh: '应答单播邻居请求时省略目标链路层地址（默认）。' },
      { en: 'Always include it.', zh: '总是带上它。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.ndisc_tclass'],
    summary: {
      en: 'Whether Neighbour Advertisements always carry the target link-layer address option, even for unicast solicitations.',
      zh: '邻居通告是否总是携带目标链路层地址选项，即使是对单播请求的应答。',
    },
    details: {
      en:
        'Send side, interface value only. The option is mandatory for replies to multicast solicitations; adding it to unicast replies costs a few bytes and avoids a race where the asking peer has just dropped our entry.\n\n' +
        '- Occasionally needed for interoperability with devices that refuse advertisements without it.',
      zh:
        '作用于发送方，只看接口自己的值。对组播请求的应答必须带上该选项；在单播应答中也带上只多几个字节，却能避免一种竞争：发起请求的对端恰好刚删除了本机的表项。\n\n' +
        '- 有些设备不接受缺少该选项的通告，偶尔需要开启它来兼容。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.proxy_ndp',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Answer Neighbour Solicitations only for our own addresses (default).', zh: '只为本机自己的地址应答邻居请求（默认）。' },
      { en: 'Also answer for addresses listed with `ip -6 neigh add proxy`.', zh: '同时为通过 `ip -6 neigh add proxy` 登记的地址应答。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.proxy_arp', 'net.ipv6.conf.<iface>.forwarding', 'net.ipv6.neigh.<iface>.proxy_delay'],
    summary: {
      en: 'Whether the interface answers Neighbour Solicitations on behalf of addresses in its proxy table (IPv6 proxy ARP).',
      zh: '接口是否为代理表中的地址代答邻居请求（IPv6 版的代理 ARP）。',
    },
    details: {
      en:
        'Receive side. On if **either** `conf.all` or `conf.<iface>` is 1. Unlike IPv4 `proxy_arp` it does not follow routes: each address must be added by hand, e.g. `ip -6 neigh add proxy 2001:db8::10 dev eth0`, or by a daemon such as ndppd.\n\n' +
        '- Typical use: a VPS or cloud host that received a single on-link /64 and must hand addresses to containers or VMs behind it. The receiving interface must also have `forwarding=1` (normally through `conf.all.forwarding=1`).\n' +
        '- Check the table with `ip -6 neigh show proxy`.',
      zh:
        '作用于接收方。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。与 IPv4 的 `proxy_arp` 不同，它不根据路由判断：每个地址都要手动添加，例如 `ip -6 neigh add proxy 2001:db8::10 dev eth0`，或者由 ndppd 之类的守护进程添加。\n\n' +
        '- 典型用途：VPS 或云主机只拿到一个直连的 /64，需要把地址分给其后的容器或虚拟机。接收接口还必须开启 `forwarding=1`（通常通过 `conf.all.forwarding=1` 实现）。\n' +
        '- 用 `ip -6 neigh show proxy` 查看代理表。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.drop_unsolicited_na',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Process unsolicited Neighbour Advertisements (default).', zh: '处理主动发来的邻居通告（默认）。' },
      { en: 'Drop every unsolicited Neighbour Advertisement.', zh: '丢弃所有主动发来的邻居通告。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.drop_gratuitous_arp', 'net.ipv6.conf.<iface>.accept_untracked_na'],
    summary: {
      en: 'Whether unsolicited Neighbour Advertisements (the IPv6 gratuitous ARP) are dropped on the interface.',
      zh: '是否丢弃接口收到的主动邻居通告（IPv6 版的免费 ARP）。',
    },
    details: {
      en:
        'Receive side, interface value only; it takes precedence over `accept_untracked_na`. Meant for networks with a trusted ND proxy (some Wi-Fi deployments) where unsolicited advertisements can only be attacks.\n\n' +
        '- Same pitfall as `drop_gratuitous_arp`: failover and VM migration announcements are ignored, so traffic keeps going to the old MAC until the entry expires.',
      zh:
        '作用于接收方，只看接口自己的值；优先级高于 `accept_untracked_na`。适用于有可信 ND 代理的网络（部分无线部署），在那里主动通告只可能是攻击。\n\n' +
        '- 与 `drop_gratuitous_arp` 有同样的坑：故障切换和虚拟机迁移发出的通告会被忽略，流量会继续发往旧 MAC，直到表项过期。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.accept_untracked_na',
    type: 'enum',
    default: '0',
    range: { min: 0, max: 2 },
    values: [
      {
        value: '0',
        meaning: {
          en: 'Ignore advertisements for addresses not in the neighbour cache (default).',
          zh: '目标地址不在邻居缓存中的通告一律忽略（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'On a forwarding interface, create a STALE entry from any advertisement that carries a link-layer address (router side of RFC 9131).',
          zh: '在开启转发的接口上，根据任何带链路层地址的通告创建 STALE 表项（RFC 9131 的路由器侧行为）。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'As 1, but only for senders in a subnet configured on the interface.',
          zh: '同 1，但仅限发送方位于该接口所配置的子网内。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.drop_unsolicited_na', 'net.ipv6.conf.<iface>.ndisc_notify', 'net.ipv6.conf.<iface>.forwarding'],
    summary: {
      en: 'Whether a router interface (forwarding on) creates a neighbour entry from an advertisement of a host not yet in its cache; on a host interface it does nothing.',
      zh: '开启转发的（路由器）接口收到邻居缓存中还没有的主机发来的邻居通告时，是否为它新建表项；在主机接口上不起作用。',
    },
    details: {
      en:
        'Receive side, interface value only, range 0–2. Read only while the same interface\'s `forwarding` is 1, so it is a first-hop router feature; unlike `arp_accept`, it never adds entries on a host. When hosts announce themselves on bring-up (`ndisc_notify`), the router can deliver the first return packets at once instead of queueing them while it resolves the host.\n\n' +
        '- `drop_unsolicited_na=1` overrides it. On large shared segments it lets any host add entries; watch the neighbour table size.',
      zh:
        '作用于接收方，只看接口自己的值，取值范围 0–2。只有同一接口的 `forwarding` 为 1 时内核才会读取它，因此这是第一跳路由器的功能；与 `arp_accept` 不同，它在主机上从不新建表项。主机启用时主动宣告自己（`ndisc_notify`），路由器就能立即投递首批回程报文，而不必先排队等待解析该主机。\n\n' +
        '- `drop_unsolicited_na=1` 会覆盖它。在大型共享网段里，它允许任何主机添加表项；注意观察邻居表的规模。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.drop_unicast_in_l2_multicast',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Accept unicast IPv6 carried in link-layer multicast or broadcast frames (default).', zh: '接受封装在链路层组播或广播帧里的单播 IPv6 报文（默认）。' },
      { en: 'Drop such packets.', zh: '丢弃这类报文。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.drop_unicast_in_l2_multicast', 'net.ipv6.conf.<iface>.drop_unsolicited_na'],
    summary: {
      en: 'Whether unicast IPv6 packets that arrive inside link-layer multicast or broadcast frames are dropped.',
      zh: '是否丢弃封装在链路层组播或广播帧中的单播 IPv6 报文。',
    },
    details: {
      en:
        'Receive side, interface value only. The IPv6 counterpart of the IPv4 key: on Wi-Fi, group-addressed frames are protected by a key every client shares, so dropping them stops one station from injecting unicast traffic to others.\n\n' +
        '- Leave it off on wired networks unless a security policy asks for it.',
      zh:
        '作用于接收方，只看接口自己的值。它是同名 IPv4 参数的 IPv6 版本：在无线网络中，组播帧由所有客户端共享的密钥保护，丢弃它们可以防止某个终端借此向其他终端注入单播流量。\n\n' +
        '- 有线网络中除非安全策略要求，否则保持关闭。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.suppress_frag_ndisc',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Accept fragmented Neighbour Discovery packets.', zh: '接受分片的邻居发现报文。' },
      { en: 'Drop fragmented Neighbour Discovery packets, as RFC 6980 requires (default).', zh: '按 RFC 6980 的要求丢弃分片的邻居发现报文（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_ra', 'net.ipv6.conf.<iface>.mtu'],
    summary: {
      en: 'Whether fragmented Neighbour Discovery messages (RS, RA, NS, NA, redirects) are dropped.',
      zh: '是否丢弃分片的邻居发现消息（RS、RA、NS、NA、重定向）。',
    },
    details: {
      en:
        'Receive side, interface value only. Fragmentation is a known way to slip forged RAs past RA-Guard on switches, so legitimate ND never needs it.\n\n' +
        '- The log line "Received fragmented ndisc packet" means something sends oversized ND, typically a router advertising so many prefixes or routes that the RA exceeds the MTU; fix the router rather than this key.',
      zh:
        '作用于接收方，只看接口自己的值。分片是绕过交换机 RA-Guard、夹带伪造 RA 的已知手段，而正常的邻居发现从不需要分片。\n\n' +
        '- 日志中出现 "Received fragmented ndisc packet"，说明有设备发送了超长的 ND 报文，通常是路由器通告的前缀或路由太多，RA 超过了 MTU；应修正路由器，而不是改这个参数。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ignore_routes_with_linkdown',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Routes stay usable when their interface loses carrier (default).', zh: '接口失去载波时，其上的路由依然可用（默认）。' },
      { en: 'Skip routes whose nexthop interface has no carrier.', zh: '跳过下一跳接口没有载波的路由。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.ignore_routes_with_linkdown', 'net.ipv6.fib_multipath_hash_policy'],
    summary: {
      en: 'Whether IPv6 route lookups skip routes whose outgoing interface has lost its link (carrier).',
      zh: 'IPv6 路由查找时，是否跳过出口接口已断链（无载波）的路由。',
    },
    details: {
      en:
        'Routing decision, checked on the nexthop\'s interface. Writing `conf.all` copies the value to `conf.default` and every interface.\n\n' +
        '- Same use as the IPv4 key: with several uplinks or ECMP, traffic leaves a dead link at once instead of being black-holed. Routes show `linkdown` in `ip -6 route`.',
      zh:
        '影响路由决策，检查的是下一跳所在接口的值。写 `conf.all` 会把值复制到 `conf.default` 和所有接口。\n\n' +
        '- 用途与 IPv4 同名参数相同：有多条上行或 ECMP 时，流量会立即避开断掉的链路，而不是进入黑洞。这类路由在 `ip -6 route` 中显示 `linkdown`。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.disable_policy',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Check IPsec policies for packets forwarded from the interface or delivered to its addresses (default).', zh: '对从该接口转发出去的报文和发给该接口地址的报文检查 IPsec 策略（默认）。' },
      { en: 'Skip the IPsec policy check for it.', zh: '跳过对它的 IPsec 策略检查。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.disable_policy', 'net.ipv4.conf.<iface>.disable_xfrm'],
    summary: {
      en: 'Whether IPsec policy (SPD) checks are skipped for IPv6 packets forwarded after arriving on this interface or delivered to one of its addresses.',
      zh: '对从该接口进来后被转发的 IPv6 报文，以及发给该接口某个地址的报文，是否跳过 IPsec 策略（SPD）检查。',
    },
    details: {
      en:
        'Receive and forward path. On if **either** `conf.all` or `conf.<iface>` is 1. The IPv6 counterpart of the IPv4 key, with one difference: forwarding looks at the interface the packet came in on, but local delivery looks at the interface that owns the destination address (its local route carries the flag), which on a multi-homed host need not be the ingress interface. There is no IPv6 `disable_xfrm`.\n\n' +
        '- Check policies with `ip -6 xfrm policy` and drops in `/proc/net/xfrm_stat`.',
      zh:
        '影响接收和转发路径。`conf.all` 与 `conf.<iface>` **任一**为 1 即生效。它是同名 IPv4 参数的 IPv6 版本，但有一点不同：转发时看报文进入的接口，本地接收时看的却是目的地址所在的接口（标志记在该地址的本地路由上），在多接口主机上这不一定是入口接口。IPv6 没有 `disable_xfrm`。\n\n' +
        '- 用 `ip -6 xfrm policy` 查看策略，在 `/proc/net/xfrm_stat` 中查看丢弃计数。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.force_mld_version',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'MLDv2, falling back to MLDv1 while a v1 querier is heard (default).',
          zh: '使用 MLDv2，听到 v1 查询器时回退到 MLDv1（默认）。',
        },
      },
      { value: '1', meaning: { en: 'Always speak MLDv1.', zh: '始终使用 MLDv1。' } },
      { value: '2', meaning: { en: 'Always speak MLDv2 and ignore v1 queriers.', zh: '始终使用 MLDv2，忽略 v1 查询器。' } },
    ],
    perNamespace: true,
    related: [
      'net.ipv6.conf.<iface>.mldv1_unsolicited_report_interval',
      'net.ipv6.conf.<iface>.mldv2_unsolicited_report_interval',
      'net.ipv4.conf.<iface>.force_igmp_version',
    ],
    summary: {
      en: 'Forces the MLD version the interface uses to report IPv6 multicast group membership.',
      zh: '强制指定接口报告 IPv6 组播组成员关系时使用的 MLD 版本。',
    },
    details: {
      en:
        'Receiver side of IPv6 multicast. A non-zero `conf.all` wins; otherwise the interface value applies.\n\n' +
        '- MLD also carries the solicited-node groups that Neighbour Discovery relies on: with a switch doing MLD snooping that mishandles one version, IPv6 neighbours may stop resolving, not only multicast streams. Forcing the version the switch understands is the usual workaround.\n' +
        '- Inspect with `ip -6 maddr show dev <iface>` and `cat /proc/net/igmp6`.',
      zh:
        '作用于 IPv6 组播的接收方。`conf.all` 非零时以它为准；否则采用接口自己的值。\n\n' +
        '- 邻居发现所依赖的被请求节点组播组也靠 MLD 维护：如果做 MLD snooping 的交换机处理不好某个版本，受影响的可能不只是组播流，IPv6 邻居解析也会失败。常用的规避办法是强制使用交换机能处理的版本。\n' +
        '- 用 `ip -6 maddr show dev <iface>` 和 `cat /proc/net/igmp6` 查看。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.mldv1_unsolicited_report_interval',
    type: 'int',
    unit: 'milliseconds',
    default: '10000',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.mldv2_unsolicited_report_interval', 'net.ipv6.conf.<iface>.force_mld_version', 'net.ipv6.mld_qrv'],
    summary: {
      en: 'Interval between repeated unsolicited MLDv1 reports after joining an IPv6 multicast group.',
      zh: '加入 IPv6 组播组后，重复发送主动 MLDv1 报告的间隔。',
    },
    details: {
      en:
        'Receiver side, interface value only. After a join the report is repeated (the count follows `mld_qrv`) at random times up to this interval while the interface speaks MLDv1, in case the first report was lost.\n\n' +
        '- Only relevant on MLDv1 networks; lower it if joins recover too slowly from a lost report.',
      zh:
        '作用于接收方，只看接口自己的值。接口使用 MLDv1 时，加入组播组后会在不超过此间隔的随机时间重复发送报告（次数由 `mld_qrv` 决定），以防第一份报告丢失。\n\n' +
        '- 只与 MLDv1 网络有关；如果报告丢失后加入组播组恢复太慢，可以调低。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.mldv2_unsolicited_report_interval',
    type: 'int',
    unit: 'milliseconds',
    default: '1000',
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.mldv1_unsolicited_report_interval', 'net.ipv6.conf.<iface>.force_mld_version', 'net.ipv6.mld_qrv'],
    summary: {
      en: 'Interval between repeated unsolicited MLDv2 reports after a multicast membership change.',
      zh: '组播成员关系变化后，重复发送主动 MLDv2 报告的间隔。',
    },
    details: {
      en:
        'Receiver side, interface value only. Same mechanism as the v1 interval, used while the interface speaks MLDv2 (the default); 1 s follows RFC 3810.\n\n' +
        '- Rarely tuned; if a join is slow, check with `tcpdump -ni <iface> icmp6` that reports (type 143) leave the host.',
      zh:
        '作用于接收方，只看接口自己的值。机制与 v1 的间隔相同，在接口使用 MLDv2（默认）时生效；1 秒遵循 RFC 3810。\n\n' +
        '- 很少需要调整；如果加入组播组很慢，用 `tcpdump -ni <iface> icmp6` 确认报告（类型 143）是否发出。',
    },
  },
];

/** IPv6 extension-header features that are off unless an interface opts in. */
const IPV6_EXTENSION_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.conf.<iface>.seg6_enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Drop packets with a Segment Routing header arriving on the interface (default).', zh: '丢弃从该接口进入的带段路由头的报文（默认）。' },
      { en: 'Process SRv6 headers on packets received here (conf.all must be 1 too).', zh: '处理此处收到的报文中的 SRv6 头（conf.all 也必须为 1）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.seg6_require_hmac', 'net.ipv6.conf.<iface>.accept_source_route', 'net.ipv6.conf.<iface>.rpl_seg_enabled'],
    summary: {
      en: 'Whether IPv6 Segment Routing (SRv6) headers are processed on packets received on the interface.',
      zh: '是否处理从该接口收到的报文中的 IPv6 段路由（SRv6）头。',
    },
    details: {
      en:
        'Receive side. The value in effect is the **minimum** of `conf.all` and `conf.<iface>`, so **both** must be 1.\n\n' +
        '- Needed on every node that acts as a segment endpoint; a typical mistake is enabling only the interface and forgetting `conf.all`. Decapsulation and local behaviours also need `seg6local` routes (`ip -6 route add ... encap seg6local ...`).',
      zh:
        '作用于接收方。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较小值**，所以**两者**都必须为 1。\n\n' +
        '- 每个充当段端点的节点都需要开启；常见错误是只开了接口而忘了 `conf.all`。解封装和本地行为还需要 `seg6local` 路由（`ip -6 route add ... encap seg6local ...`）。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.seg6_require_hmac',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '-1',
        meaning: { en: 'Ignore HMAC fields entirely.', zh: '完全忽略 HMAC 字段。' },
      },
      {
        value: '0',
        meaning: {
          en: 'Accept SRv6 packets without HMAC, but verify it when present (default).',
          zh: '接受不带 HMAC 的 SRv6 报文，但带有 HMAC 时要校验（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Drop SRv6 packets that lack a valid HMAC.', zh: '丢弃没有有效 HMAC 的 SRv6 报文。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.seg6_enabled'],
    summary: {
      en: 'Whether SRv6 packets received on the interface must carry a valid HMAC.',
      zh: '从该接口收到的 SRv6 报文是否必须携带有效的 HMAC。',
    },
    details: {
      en:
        'Receive side, interface value only; keys are configured with `ip sr hmac set`. An HMAC proves the segment list was built by someone holding the shared key, which keeps outsiders from steering traffic through the SR domain.\n\n' +
        '- Use 1 on interfaces facing outside the SR domain.',
      zh:
        '作用于接收方，只看接口自己的值；密钥通过 `ip sr hmac set` 配置。HMAC 证明段列表是由持有共享密钥的一方构造的，可以防止外部人员引导流量穿越 SR 域。\n\n' +
        '- 在面向 SR 域外部的接口上设为 1。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.rpl_seg_enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Drop packets with an RPL source routing header (default).', zh: '丢弃带 RPL 源路由头的报文（默认）。' },
      { en: 'Process RPL source routing headers (conf.all must be 1 too).', zh: '处理 RPL 源路由头（conf.all 也必须为 1）。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.accept_source_route', 'net.ipv6.conf.<iface>.seg6_enabled'],
    summary: {
      en: 'Whether RPL source routing headers (type 3, used in low-power IoT meshes) are processed on the interface.',
      zh: '是否在该接口上处理 RPL 源路由头（类型 3，用于低功耗物联网网状网络）。',
    },
    details: {
      en:
        'Receive side. The value in effect is the **minimum** of `conf.all` and `conf.<iface>`, so **both** must be 1. Only accepts 0 and 1.\n\n' +
        '- Relevant only on 6LoWPAN/RPL border routers; leave it off elsewhere.',
      zh:
        '作用于接收方。实际生效值取 `conf.all` 与 `conf.<iface>` 中的**较小值**，所以**两者**都必须为 1。只接受 0 和 1。\n\n' +
        '- 只与 6LoWPAN/RPL 边界路由器有关；其他场景保持关闭。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ioam6_enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Ignore IOAM options in packets received on the interface (default).', zh: '忽略该接口收到的报文中的 IOAM 选项（默认）。' },
      { en: 'Process IOAM options: record this node\'s data into the trace.', zh: '处理 IOAM 选项：把本节点的数据记录进追踪信息。' },
    ),
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.ioam6_id', 'net.ipv6.conf.<iface>.ioam6_id_wide'],
    summary: {
      en: 'Whether In-situ OAM (IOAM) options in IPv6 packets received on the interface are processed.',
      zh: '是否处理该接口收到的 IPv6 报文中的带内 OAM（IOAM）选项。',
    },
    details: {
      en:
        'Receive side, interface value only, 0 or 1. IOAM (RFC 9197, RFC 9486) lets packets collect per-hop data such as node ids, timestamps and queue depths as they cross a domain; the namespace-wide node id is `net.ipv6.ioam6_id`.\n\n' +
        '- Enable it on the ingress interfaces of nodes that should appear in traces; namespaces are configured with `ip ioam namespace add`.',
      zh:
        '作用于接收方，只看接口自己的值，取 0 或 1。IOAM（RFC 9197、RFC 9486）让报文在穿越某个域时逐跳收集数据，例如节点 id、时间戳和队列深度；命名空间级别的节点 id 是 `net.ipv6.ioam6_id`。\n\n' +
        '- 哪些节点需要出现在追踪结果中，就在它们的入口接口上开启；IOAM 命名空间用 `ip ioam namespace add` 配置。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ioam6_id',
    type: 'int',
    default: '65535',
    range: { min: 0, max: 65535 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.ioam6_id_wide', 'net.ipv6.conf.<iface>.ioam6_enabled'],
    summary: {
      en: 'The 16-bit IOAM interface id this interface records in traces; 65535 means unset.',
      zh: '该接口在 IOAM 追踪中记录的 16 位接口 id；65535 表示未设置。',
    },
    details: {
      en:
        'Interface value only. Written into the ingress/egress interface fields of IOAM trace data when the trace asks for short ids. The default is the "unavailable" marker.\n\n' +
        '- Give each interface a distinct id if traces should show which link a packet used.',
      zh:
        '只看接口自己的值。当追踪要求短格式 id 时，写入 IOAM 追踪数据中的入口/出口接口字段。默认值是“不可用”标记。\n\n' +
        '- 如果希望追踪结果显示报文走了哪条链路，就给每个接口分配不同的 id。',
    },
  },
  {
    key: 'net.ipv6.conf.<iface>.ioam6_id_wide',
    type: 'int',
    default: '4294967295',
    range: { min: 0, max: 4294967295 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.ioam6_id', 'net.ipv6.conf.<iface>.ioam6_enabled'],
    summary: {
      en: 'The 32-bit (wide) IOAM interface id this interface records in traces; 4294967295 means unset.',
      zh: '该接口在 IOAM 追踪中记录的 32 位（宽格式）接口 id；4294967295 表示未设置。',
    },
    details: {
      en:
        'Interface value only. Same role as `ioam6_id`, for traces that request wide ids. It may differ from the short id.\n\n' +
        '- Leave the default unless an IOAM deployment assigns ids.',
      zh:
        '只看接口自己的值。作用与 `ioam6_id` 相同，用于要求宽格式 id 的追踪，可以与短格式 id 不同。\n\n' +
        '- 除非 IOAM 部署需要分配 id，否则保持默认值。',
    },
  },
];

/** Every per-interface conf key documented in this file. */
export const INTERFACE_CONF_KEYS: readonly SysctlKeyDoc[] = [
  ...ARP_KEYS,
  ...IPV4_ROUTING_KEYS,
  ...IGMP_KEYS,
  ...IPV6_ROUTER_KEYS,
  ...IPV6_ADDRESS_KEYS,
  ...IPV6_LINK_KEYS,
  ...IPV6_EXTENSION_KEYS,
];
