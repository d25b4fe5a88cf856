import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';

/**
 * The words that differ between ARP (IPv4) and NDP (IPv6). Both protocols share one neighbour-cache
 * implementation and the same sysctl leaves, so each leaf is explained once and rendered for both.
 */
interface NeighbourProtocol {
  readonly family: 'ipv4' | 'ipv6';
  /** The table's name in dmesg, `/proc/net/stat/` and `ip ntable`. */
  readonly table: string;
  /** `ip -4` or `ip -6`, for the commands shown. */
  readonly ip: string;
  readonly name: Localized;
  readonly request: Localized;
  /** English plural of `request`; Chinese nouns have no plural form, so `request.zh` serves both. */
  readonly requestsEn: string;
  readonly multicastRequests: Localized;
  readonly reply: Localized;
  readonly announcement: Localized;
}

const ARP: NeighbourProtocol = {
  family: 'ipv4',
  table: 'arp_cache',
  ip: 'ip -4',
  name: { en: 'ARP', zh: 'ARP' },
  request: { en: 'ARP request', zh: 'ARP 请求' },
  requestsEn: 'ARP requests',
  multicastRequests: { en: 'broadcast ARP requests', zh: '广播 ARP 请求' },
  reply: { en: 'ARP reply', zh: 'ARP 应答' },
  announcement: { en: 'gratuitous ARP', zh: '免费 ARP' },
};

const NDP: NeighbourProtocol = {
  family: 'ipv6',
  table: 'ndisc_cache',
  ip: 'ip -6',
  name: { en: 'NDP (IPv6 Neighbour Discovery)', zh: 'IPv6 NDP' },
  request: { en: 'Neighbour Solicitation (NS)', zh: '邻居请求（NS）' },
  requestsEn: 'Neighbour Solicitations (NS)',
  multicastRequests: {
    en: 'multicast Neighbour Solicitations to the solicited-node address',
    zh: '组播邻居请求（NS，发往被请求节点组播地址）',
  },
  reply: { en: 'Neighbour Advertisement (NA)', zh: '邻居通告（NA）' },
  announcement: { en: 'unsolicited Neighbour Advertisements', zh: '主动邻居通告' },
};

/** One leaf as written once for both protocols; `key`, `perNamespace` and the scope note are filled in. */
interface NeighbourLeaf extends Omit<SysctlKeyDoc, 'key' | 'perNamespace' | 'related'> {
  /** gc_* leaves belong to the whole table and exist only under `default`. */
  readonly tableWide?: boolean;
  /** Other leaves of the same protocol. */
  readonly relatedLeaves: readonly string[];
  /** Keys outside the neighbour tree. */
  readonly relatedKeys?: readonly string[];
}

/** Chinese typesetting puts a space between Chinese and Latin text: "任何 ARP 请求", but "任何邻居请求（NS）". */
function afterChinese(text: string): string {
  return /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text;
}

function neighbourKey(protocol: NeighbourProtocol, leaf: string): string {
  return `net.${protocol.family}.neigh.<iface>.${leaf}`;
}

/**
 * Where the value lives. Table-wide leaves exist only under `default`, which is registered in the
 * initial network namespace alone, so they are global; the other leaves exist per interface, and every
 * namespace has its own interfaces (a new one starts with `lo`), so they are per namespace.
 */
function scopeNote(protocol: NeighbourProtocol, leaf: string, tableWide: boolean): Localized {
  const defaultKey = `net.${protocol.family}.neigh.default.${leaf}`;
  if (tableWide) {
    return {
      en: `- One value for the whole \`${protocol.table}\` table, shared by every network namespace on the host: it exists only as \`${defaultKey}\` in the initial namespace, so a container can neither see nor change it.`,
      zh: `- 整张 \`${protocol.table}\` 表只有一个值，由主机上所有网络命名空间共用：它只以 \`${defaultKey}\` 的形式存在于初始命名空间，容器内既看不到也改不了。`,
    };
  }
  return {
    en: `- Exists per interface (\`net.${protocol.family}.neigh.eth0.${leaf}\`) and as \`default\`, the template new interfaces start from. \`default\` exists only in the initial network namespace; writing it also updates that namespace's interfaces whose own value was never set. Inside a container only the per-interface values can be changed.`,
    zh: `- 每个接口各有一份（\`net.${protocol.family}.neigh.eth0.${leaf}\`），另有 \`default\` 作为新建接口的初始值。\`default\` 只存在于初始网络命名空间；写入它时，该命名空间内从未单独设置过的接口也会随之更新。容器内只能修改各接口自己的值。`,
  };
}

function toKeyDoc(protocol: NeighbourProtocol, leaf: string, spec: NeighbourLeaf): SysctlKeyDoc {
  const { tableWide = false, relatedLeaves, relatedKeys = [], ...doc } = spec;
  const note = scopeNote(protocol, leaf, tableWide);
  return {
    ...doc,
    key: neighbourKey(protocol, leaf),
    perNamespace: !tableWide,
    related: [...relatedLeaves.map((name) => neighbourKey(protocol, name)), ...relatedKeys],
    details: { en: `${doc.details.en}\n${note.en}`, zh: `${doc.details.zh}\n${note.zh}` },
  };
}

/** Renders one leaf for ARP and for NDP. */
function forBothProtocols(leaf: string, describe: (protocol: NeighbourProtocol) => NeighbourLeaf): SysctlKeyDoc[] {
  return [ARP, NDP].map((protocol) => toKeyDoc(protocol, leaf, describe(protocol)));
}

/** The same leaf in the other protocol's table, e.g. IPv6 gc_thresh3 for IPv4 gc_thresh3. */
function otherFamily(protocol: NeighbourProtocol, leaf: string): string {
  return neighbourKey(protocol === ARP ? NDP : ARP, leaf);
}

const GARBAGE_COLLECTION: SysctlKeyDoc[] = [
  ...forBothProtocols('gc_thresh3', (p) => ({
    tableWide: true,
    type: 'int',
    unit: 'entries',
    default: '1024',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['gc_thresh2', 'gc_thresh1', 'gc_stale_time'],
    relatedKeys: [otherFamily(p, 'gc_thresh3')],
    summary: {
      en: `Hard limit on the number of ${p.name.en} neighbour entries; when it is reached and garbage collection frees nothing, new neighbours cannot be resolved.`,
      zh: `${p.name.zh} 邻居表条目数的硬上限；达到上限且垃圾回收腾不出空间时，新的邻居无法解析。`,
    },
    details: {
      en:
        `Sending side, on any host that talks to many directly connected addresses: large flat L2 segments, routers, and Kubernetes nodes where every pod or peer address reached over a bridge or veth is an entry. When a new entry is needed and the table already holds \`gc_thresh3\` entries, the kernel runs a forced garbage collection; if that frees nothing the entry is refused.\n\n` +
        `- Symptoms: \`neighbour: ${p.table}: neighbor table overflow!\` in \`dmesg\`, \`ping\` failing with "No buffer space available" (ENOBUFS), and timeouts to some peers while others still work.\n` +
        `- Check: \`ip -s ntable show name ${p.table}\` (\`entries\`, \`forced_gc_runs\`, \`table_fulls\`) or the hex columns of \`/proc/net/stat/${p.table}\`. \`${p.ip} neigh show nud all | wc -l\` counts one namespace only, while the limit counts the entries of all namespaces together.\n` +
        `- Permanent (static) entries and entries on loopback are not counted.\n` +
        (p === NDP ? '- IPv6 hosts often appear with several addresses (link-local and global), so the NDP table fills faster than ARP for the same peers.\n' : '') +
        `- Size it with headroom above the real number of neighbours and keep \`gc_thresh1\` < \`gc_thresh2\` < \`gc_thresh3\`; a busy Kubernetes node often uses 4096 / 8192 / 16384. An entry costs a few hundred bytes.`,
      zh:
        `作用于发送方，影响所有要与大量直连地址通信的主机：大二层网段、路由器，以及 Kubernetes 节点（经网桥或 veth 访问的每个 Pod 或对端地址都是一个条目）。需要新建条目而表中已有 \`gc_thresh3\` 个条目时，内核会强制做一次垃圾回收；若一条也回收不掉，新条目就会被拒绝。\n\n` +
        `- 现象：\`dmesg\` 中出现 \`neighbour: ${p.table}: neighbor table overflow!\`，\`ping\` 报 "No buffer space available"（ENOBUFS），部分对端超时而其他对端正常。\n` +
        `- 排查：\`ip -s ntable show name ${p.table}\`（看 \`entries\`、\`forced_gc_runs\`、\`table_fulls\`），或 \`/proc/net/stat/${p.table}\` 中的十六进制计数。\`${p.ip} neigh show nud all | wc -l\` 只统计当前命名空间，而上限是所有命名空间的条目合计。\n` +
        `- 永久（静态）条目和回环接口上的条目不计入。\n` +
        (p === NDP ? '- IPv6 主机往往同时以多个地址出现（链路本地地址和全局地址），同样的对端数量下，NDP 表比 ARP 表满得更快。\n' : '') +
        `- 按实际邻居数量留足余量来设置，并保持 \`gc_thresh1\` < \`gc_thresh2\` < \`gc_thresh3\`；繁忙的 Kubernetes 节点常用 4096 / 8192 / 16384。每个条目只占几百字节。`,
    },
  })),
  ...forBothProtocols('gc_thresh2', (p) => ({
    tableWide: true,
    type: 'int',
    unit: 'entries',
    default: '512',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['gc_thresh3', 'gc_thresh1'],
    relatedKeys: [otherFamily(p, 'gc_thresh2')],
    summary: {
      en: `Soft limit of the ${p.name.en} neighbour table: above it, adding an entry triggers a forced garbage collection, at most once every 5 seconds.`,
      zh: `${p.name.zh} 邻居表的软上限：超过后新增条目会触发强制垃圾回收，最多每 5 秒一次。`,
    },
    details: {
      en:
        'When the table holds more than `gc_thresh2` entries and the last forced collection is more than 5 seconds old, adding an entry first runs a forced collection. It removes entries that nothing references and that are FAILED or were not updated in the last 5 seconds, aiming to get back down to `gc_thresh2`, and gives up after about a millisecond.\n\n' +
        '- This is the size the table is pushed back to, not an error threshold: nothing fails until `gc_thresh3`.\n' +
        `- A steadily growing \`forced_gc_runs\` in \`ip -s ntable show name ${p.table}\` means the table lives above this mark and entries still in use keep being dropped and resolved again: raise it, with \`gc_thresh3\`, to the steady-state number of neighbours.`,
      zh:
        '表中条目超过 `gc_thresh2` 且距上次强制回收已超过 5 秒时，新增条目前会先做一次强制回收：删除没有被引用、且处于 FAILED 状态或 5 秒内未更新过的条目，目标是降回 `gc_thresh2`，耗时约 1 毫秒就停止。\n\n' +
        '- 它是强制回收要把表压回到的大小，而不是报错门限：到 `gc_thresh3` 之前不会有任何失败。\n' +
        `- 如果 \`ip -s ntable show name ${p.table}\` 中的 \`forced_gc_runs\` 持续增长，说明表长期处于这条线之上，仍在使用的条目不断被删掉又重新解析：应把它和 \`gc_thresh3\` 一起调到稳定状态下的邻居数量以上。`,
    },
  })),
  ...forBothProtocols('gc_thresh1', (p) => ({
    tableWide: true,
    type: 'int',
    unit: 'entries',
    default: '128',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['gc_thresh2', 'gc_thresh3', 'gc_stale_time', 'base_reachable_time_ms'],
    relatedKeys: [otherFamily(p, 'gc_thresh1')],
    summary: {
      en: `While the ${p.name.en} neighbour table holds fewer entries than this, the periodic garbage collector removes nothing.`,
      zh: `${p.name.zh} 邻居表条目少于这个数时，周期性垃圾回收不删除任何条目。`,
    },
    details: {
      en:
        'The periodic collector wakes up every `base_reachable_time_ms`/2 (15 s by default). If the table holds at least `gc_thresh1` entries it removes entries that nothing references and that are FAILED or unused for longer than `gc_stale_time`; below the mark it leaves the table alone.\n\n' +
        '- The default 128 suits a small subnet. When raising `gc_thresh2` and `gc_thresh3` for a large L2 network, raising this too keeps entries for peers contacted only now and then, so fewer packets wait for resolution.\n' +
        '- Setting it above the number of neighbours turns periodic clean-up off. That costs little memory; old entries simply stay STALE and are verified again before use.',
      zh:
        '周期性回收每隔 `base_reachable_time_ms`/2（默认 15 秒）运行一次。表中至少有 `gc_thresh1` 个条目时，它删除没有被引用、且处于 FAILED 状态或超过 `gc_stale_time` 未使用的条目；低于这个数时什么都不做。\n\n' +
        '- 默认的 128 适合小子网。在大二层网络中调大 `gc_thresh2`、`gc_thresh3` 时，同时调大它可以保留偶尔才通信的对端条目，减少等待地址解析的报文。\n' +
        '- 设得比邻居总数还大，相当于关闭周期性清理。这几乎不占内存：旧条目只是一直处于 STALE，使用前会重新确认。',
    },
  })),
  ...forBothProtocols('gc_interval', (p) => ({
    tableWide: true,
    type: 'int',
    unit: 'seconds',
    default: '30',
    relatedLeaves: ['gc_stale_time', 'gc_thresh1', 'base_reachable_time_ms'],
    summary: {
      en: `Nominal interval of the ${p.name.en} neighbour garbage collector, in seconds; current kernels no longer schedule the collector by it.`,
      zh: `${p.name.zh} 邻居表垃圾回收的名义间隔（秒）；当前内核已不再按它调度回收。`,
    },
    details: {
      en:
        `Kept for compatibility and still reported by \`ip ntable show name ${p.table}\`. The periodic collector actually runs every \`base_reachable_time_ms\`/2 of the \`default\` parameters (15 s by default), and forced collection is driven by \`gc_thresh2\` and \`gc_thresh3\`.\n\n` +
        '- Changing it has no visible effect: tune the thresholds and `gc_stale_time` instead.',
      zh:
        `为兼容而保留，\`ip ntable show name ${p.table}\` 仍会显示它。周期性回收实际按 \`default\` 参数中 \`base_reachable_time_ms\` 的一半（默认 15 秒）运行，强制回收则由 \`gc_thresh2\` 和 \`gc_thresh3\` 触发。\n\n` +
        '- 修改它看不到任何效果：应调整几个阈值和 `gc_stale_time`。',
    },
  })),
  ...forBothProtocols('gc_stale_time', (p) => ({
    type: 'int',
    unit: 'seconds',
    default: '60',
    relatedLeaves: ['gc_thresh1', 'base_reachable_time_ms', 'gc_interval'],
    summary: {
      en: `How long, in seconds, an unused ${p.name.en} neighbour entry is kept before the periodic garbage collector may delete it.`,
      zh: `未使用的 ${p.name.zh} 邻居条目至少保留多少秒，之后周期性垃圾回收才可以删除它。`,
    },
    details: {
      en:
        'Each periodic run (every `base_reachable_time_ms`/2) deletes entries that nothing references and that were not used for `gc_stale_time` seconds, or that are FAILED, but only while the table holds at least `gc_thresh1` entries.\n\n' +
        '- Lower it where addresses move between MAC addresses often and old entries get in the way; raise it to keep rarely contacted peers cached.\n' +
        '- It never removes an entry that is REACHABLE or being probed; how long an entry counts as reachable is `base_reachable_time_ms`.',
      zh:
        '每次周期性回收（每隔 `base_reachable_time_ms`/2）都会删除没有被引用、且超过 `gc_stale_time` 秒未使用或处于 FAILED 状态的条目，但前提是表中至少有 `gc_thresh1` 个条目。\n\n' +
        '- 地址经常在不同 MAC 之间漂移、旧条目造成干扰时可以调小；想让偶尔通信的对端一直留在缓存里则调大。\n' +
        '- 它不会删除处于 REACHABLE 或正在探测的条目；条目被视为可达的时长由 `base_reachable_time_ms` 决定。',
    },
  })),
];

const REACHABILITY: SysctlKeyDoc[] = [
  ...forBothProtocols('base_reachable_time_ms', (p) => ({
    type: 'int',
    unit: 'milliseconds',
    default: '30000',
    relatedLeaves: ['delay_first_probe_time', 'ucast_solicit', 'retrans_time_ms', 'gc_stale_time'],
    summary: {
      en: `Base time, in milliseconds, that a confirmed ${p.name.en} neighbour stays REACHABLE; the actual time is random between half and one and a half times this.`,
      zh: `${p.name.zh} 邻居被确认后保持 REACHABLE 的基准时间（毫秒）；实际时长在它的 0.5 到 1.5 倍之间随机。`,
    },
    details: {
      en:
        `Once the neighbour answers (${p.reply.en}) or an upper-layer confirmation arrives (for TCP, acknowledgements from the peer count), the entry is REACHABLE for a random time between 0.5 and 1.5 times this value, 15–45 s by default, re-drawn every few minutes. Then it turns STALE and is checked again on next use (\`delay_first_probe_time\`, then unicast probes).\n\n` +
        `- Lower it to notice a changed MAC address sooner, e.g. a virtual IP that moves without sending ${p.announcement.en}; raise it to reduce ${p.request.en} traffic on very large segments.\n` +
        '- `base_reachable_time` is the same setting in seconds; `sysctl -a` hides it as deprecated.' +
        (p === NDP ? '\n- A Router Advertisement that carries a Reachable Time overrides the value on the interface it arrives on.' : ''),
      zh:
        `收到${afterChinese(p.reply.zh)}或上层确认（TCP 收到对端的 ACK 也算）后，条目在该值 0.5 到 1.5 倍之间的随机时长内保持 REACHABLE，默认即 15–45 秒，这个随机值每隔几分钟重新抽取。之后条目变为 STALE，下次使用时重新确认（先等 \`delay_first_probe_time\`，再发单播探测）。\n\n` +
        `- 想更快发现 MAC 地址变化（例如虚拟 IP 漂移时没有发送${p.announcement.zh}）就调小；在超大网段上想减少${afterChinese(p.request.zh)}流量就调大。\n` +
        '- `base_reachable_time` 是同一个参数，单位为秒；`sysctl -a` 把它当作已弃用项隐藏。' +
        (p === NDP ? '\n- 路由器通告（RA）中若带有 Reachable Time，会覆盖收到该通告的接口上的值。' : ''),
    },
  })),
  ...forBothProtocols('delay_first_probe_time', (p) => ({
    type: 'int',
    unit: 'seconds',
    default: '5',
    relatedLeaves: ['base_reachable_time_ms', 'ucast_solicit', 'retrans_time_ms'],
    summary: {
      en: `How long, in seconds, a STALE ${p.name.en} entry that is used again waits for upper-layer confirmation before the kernel starts probing it.`,
      zh: `STALE 状态的 ${p.name.zh} 条目重新被使用时，先等待上层确认多少秒，再开始探测。`,
    },
    details: {
      en:
        `When traffic is sent to a STALE neighbour it leaves at once with the cached address, and the entry enters DELAY. If a confirmation arrives within this time (for TCP, acknowledgements from the peer count) the entry returns to REACHABLE without any ${p.request.en}; otherwise it enters PROBE and sends up to \`ucast_solicit\` unicast probes.\n\n` +
        '- Lowering it detects a dead or moved neighbour sooner, at the cost of more probes.',
      zh:
        `向 STALE 状态的邻居发送流量时，报文会立即用缓存的地址发出，条目进入 DELAY。若在这段时间内收到确认（TCP 收到对端的 ACK 也算），条目回到 REACHABLE，不发任何${afterChinese(p.request.zh)}；否则进入 PROBE，最多发送 \`ucast_solicit\` 次单播探测。\n\n` +
        '- 调小可以更快发现邻居失效或已更换，代价是探测更多。',
    },
  })),
  ...forBothProtocols('retrans_time_ms', (p) => ({
    type: 'int',
    unit: 'milliseconds',
    default: '1000',
    relatedLeaves: ['mcast_solicit', 'ucast_solicit', 'mcast_resolicit', 'unres_qlen_bytes'],
    summary: {
      en: `Interval, in milliseconds, between successive ${p.requestsEn} for the same neighbour.`,
      zh: `对同一邻居连续发送${afterChinese(p.request.zh)}的间隔（毫秒）。`,
    },
    details: {
      en:
        'Each probe waits this long for an answer before the next one. Resolving a new neighbour therefore fails after about `mcast_solicit` × `retrans_time_ms` (3 s by default), and re-checking a known one after `ucast_solicit` (plus `mcast_resolicit`) probes.\n\n' +
        '- Lower it (e.g. 200–500 ms) for faster failure detection on a reliable LAN; the kernel never waits less than HZ/100 ticks, which is 10 ms with CONFIG_HZ 100, 300 or 1000 but 8 ms with CONFIG_HZ=250.\n' +
        (p === NDP
          ? '- `retrans_time` is the same setting in raw kernel ticks (jiffies, so the number depends on CONFIG_HZ); `sysctl -a` hides it as deprecated.'
          : '- `retrans_time` is the same setting in 1/100 s; `sysctl -a` hides it as deprecated.') +
        (p === NDP ? '\n- A Router Advertisement that carries a Retrans Timer overrides the value on the interface it arrives on.' : ''),
      zh:
        '每次探测后等待这么久，没有回应再发下一次。因此解析新邻居约在 `mcast_solicit` × `retrans_time_ms`（默认 3 秒）后失败，重新确认已知邻居则在 `ucast_solicit`（加上 `mcast_resolicit`）次探测后失败。\n\n' +
        '- 在可靠的局域网中可以调小（如 200–500 毫秒）以更快发现故障；内核最少等待 HZ/100 个节拍，CONFIG_HZ 为 100、300 或 1000 时是 10 毫秒，CONFIG_HZ=250 时只有 8 毫秒。\n' +
        (p === NDP
          ? '- `retrans_time` 是同一个参数，单位是内核节拍（jiffies，数值随 CONFIG_HZ 而变）；`sysctl -a` 把它当作已弃用项隐藏。'
          : '- `retrans_time` 是同一个参数，单位为 1/100 秒；`sysctl -a` 把它当作已弃用项隐藏。') +
        (p === NDP ? '\n- 路由器通告（RA）中若带有 Retrans Timer，会覆盖收到该通告的接口上的值。' : ''),
    },
  })),
  ...forBothProtocols('interval_probe_time_ms', (p) => ({
    type: 'int',
    unit: 'milliseconds',
    default: '5000',
    range: { min: 1 },
    relatedLeaves: ['retrans_time_ms', 'base_reachable_time_ms'],
    summary: {
      en: `Interval, in milliseconds, at which the kernel re-probes ${p.name.en} entries flagged as managed; one timer serves the whole table and reads only the \`default\` value, so per-interface values have no effect.`,
      zh: `内核对带 managed 标志的 ${p.name.zh} 条目重新探测的间隔（毫秒）；整张表只有一个定时器，只读取 \`default\` 的值，各接口自己的值不起作用。`,
    },
    details: {
      en:
        `Only affects entries created with the managed flag (\`${p.ip} neigh add ADDRESS dev DEV managed\`, NTF_MANAGED). The kernel keeps such entries resolved on its own, e.g. for next hops that a routing daemon or hardware offload needs ready before traffic arrives. Ordinary entries are not affected.\n\n` +
        `- One work item per table walks every managed entry and re-arms itself with \`net.${p.family}.neigh.default.interval_probe_time_ms\` of the initial namespace; values set on an interface, or inside a container, are stored but never read.\n` +
        '- The minimum is 1 ms.',
      zh:
        `只影响带 managed 标志创建的条目（\`${p.ip} neigh add ADDRESS dev DEV managed\`，即 NTF_MANAGED）。内核会主动让这类条目保持已解析状态，例如路由守护进程或硬件卸载要求在流量到来之前就准备好的下一跳。普通条目不受影响。\n\n` +
        `- 每张表只有一个工作项，它遍历所有 managed 条目，并按初始命名空间中 \`net.${p.family}.neigh.default.interval_probe_time_ms\` 的值重新排期；在接口上或容器内设置的值会被保存，但从不被读取。\n` +
        '- 最小值为 1 毫秒。',
    },
  })),
];

const PROBES: SysctlKeyDoc[] = [
  ...forBothProtocols('mcast_solicit', (p) => ({
    type: 'int',
    unit: 'probes',
    default: '3',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['retrans_time_ms', 'ucast_solicit', 'app_solicit', 'unres_qlen_bytes'],
    summary: {
      en: `Number of ${p.multicastRequests.en} sent to resolve an unknown neighbour before giving up.`,
      zh: `解析未知邻居时，放弃前最多发送多少个${p.multicastRequests.zh}。`,
    },
    details: {
      en:
        'Used while an entry is INCOMPLETE, i.e. its link-layer address is not known yet. With the defaults the kernel tries 3 times, `retrans_time_ms` apart; then the entry becomes FAILED, packets queued for it are dropped and local senders get EHOSTUNREACH ("No route to host"; `ping` prints "Destination Host Unreachable").\n\n' +
        '- Raise it on lossy links; lower it to fail faster when many addresses in the subnet are unused (scans, monitoring of hosts that are down).\n' +
        '- With both this and `app_solicit` at 0 nothing is ever resolved: every new entry fails at once.',
      zh:
        '在条目处于 INCOMPLETE（还不知道对端链路层地址）时使用。默认情况下内核尝试 3 次，每次间隔 `retrans_time_ms`；之后条目变为 FAILED，为它排队的报文被丢弃，本机发送方收到 EHOSTUNREACH（"No route to host"，`ping` 显示 "Destination Host Unreachable"）。\n\n' +
        '- 链路丢包较多时调大；子网中大量地址没人使用（扫描、监控已宕机的主机）时调小可以更快失败。\n' +
        '- 它和 `app_solicit` 都为 0 时，任何地址都不会被解析：新条目立即失败。',
    },
  })),
  ...forBothProtocols('ucast_solicit', (p) => ({
    type: 'int',
    unit: 'probes',
    default: '3',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['mcast_resolicit', 'delay_first_probe_time', 'retrans_time_ms', 'mcast_solicit'],
    summary: {
      en: `Number of unicast ${p.requestsEn} sent to the cached link-layer address to re-verify a known neighbour in PROBE state.`,
      zh: `已知邻居处于 PROBE 状态时，向缓存的链路层地址发送多少次单播${afterChinese(p.request.zh)}来重新确认。`,
    },
    details: {
      en:
        'When a STALE entry is used and no confirmation arrives within `delay_first_probe_time`, the kernel sends up to this many unicast probes, `retrans_time_ms` apart, to the MAC address it already knows. If none is answered, and `mcast_resolicit` adds no multicast probes, the entry becomes FAILED.\n\n' +
        `- Unicast probes cannot reach a neighbour whose MAC address changed (VM migration, a virtual IP that moved without ${p.announcement.en}); \`mcast_resolicit\` covers that case.`,
      zh:
        'STALE 条目被使用后，若在 `delay_first_probe_time` 内没有收到确认，内核就向已知的 MAC 地址发送最多这么多次单播探测，间隔 `retrans_time_ms`。全部没有回应、且 `mcast_resolicit` 没有追加组播探测时，条目变为 FAILED。\n\n' +
        `- 邻居的 MAC 地址变了（虚拟机迁移、虚拟 IP 漂移时没有发${p.announcement.zh}），单播探测就到不了它；这种情况靠 \`mcast_resolicit\` 解决。`,
    },
  })),
  ...forBothProtocols('mcast_resolicit', (p) => ({
    type: 'int',
    unit: 'probes',
    default: '0',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['ucast_solicit', 'mcast_solicit', 'retrans_time_ms'],
    summary: {
      en: `Number of ${p.multicastRequests.en} sent after the unicast probes of a known neighbour go unanswered, before it is declared FAILED.`,
      zh: `已知邻居的单播探测都没有回应后，在判定 FAILED 之前再发送的${p.multicastRequests.zh}次数。`,
    },
    details: {
      en:
        '0 by default: a neighbour that stops answering unicast probes in PROBE state is declared FAILED, and only the next packet starts a fresh multicast resolution. With e.g. 3 the kernel finds a neighbour whose MAC address changed within the same check.\n\n' +
        `- Useful for virtual IPs and VMs that move between hosts without sending ${p.announcement.en}.`,
      zh:
        '默认为 0：处于 PROBE 状态的邻居不再回应单播探测时直接判定为 FAILED，要等下一个报文才会重新用组播解析。设为 3 之类的值后，内核在同一轮确认中就能找到已更换 MAC 地址的邻居。\n\n' +
        `- 适用于在主机之间漂移、却不发送${p.announcement.zh}的虚拟 IP 和虚拟机。`,
    },
  })),
  ...forBothProtocols('app_solicit', (p) => ({
    type: 'int',
    unit: 'probes',
    default: '0',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['mcast_solicit', 'ucast_solicit'],
    summary: {
      en: `Number of resolution requests handed to a user-space daemon over netlink before the kernel sends ${p.multicastRequests.en} itself.`,
      zh: `内核自己发送${p.multicastRequests.zh}之前，先通过 netlink 交给用户态守护进程解析的次数。`,
    },
    details: {
      en:
        `With a non-zero value the kernel first asks user space (a netlink listener for neighbour requests, such as an ARP daemon or an overlay agent) to resolve the address, and falls back to its own ${p.requestsEn} afterwards. 0, the default, means the kernel resolves everything itself.\n\n` +
        '- Change it only when such a daemon runs and its documentation asks for it.',
      zh:
        `设为非 0 时，内核先请用户态程序（监听 netlink 邻居请求的进程，如 ARP 守护进程或 overlay 网络代理）解析地址，之后才退回到自己发送${afterChinese(p.request.zh)}。默认值 0 表示全部由内核自己解析。\n\n` +
        '- 只有在运行了这类守护进程、且其文档要求时才修改。',
    },
  })),
];

const QUEUES_AND_PROXY: SysctlKeyDoc[] = [
  ...forBothProtocols('unres_qlen_bytes', (p) => ({
    type: 'int',
    unit: 'bytes',
    default: '212992',
    defaultNote: {
      en: 'Equal to the default socket send buffer, derived from the size of the kernel\'s packet structure; 212992 on common 64-bit builds.',
      zh: '等于默认的 socket 发送缓冲区大小，由内核报文结构的大小推算而来；常见 64 位内核上为 212992。',
    },
    range: { min: 0, max: 2147483647 },
    since: '3.3',
    relatedLeaves: ['unres_qlen', 'mcast_solicit', 'retrans_time_ms'],
    relatedKeys: ['net.core.wmem_default'],
    summary: {
      en: 'Bytes of outgoing packets that may wait for one neighbour while its address is being resolved.',
      zh: '某个邻居的地址正在解析时，最多可以为它排队等待的出站报文字节数。',
    },
    details: {
      en:
        `While an entry is INCOMPLETE, packets for it are queued, counted by their in-kernel size rather than payload. When the queue is full the oldest packet is dropped and \`unresolved_discards\` in \`/proc/net/stat/${p.table}\` grows.\n\n` +
        '- It matters for bursts to a new or expired neighbour: UDP senders, or a router forwarding a burst to a host it has not talked to recently.\n' +
        '- Writing `unres_qlen` sets this value too (packets × the size of one full Ethernet frame).',
      zh:
        `条目处于 INCOMPLETE 时，发往它的报文会排队，按内核中占用的大小而不是载荷计算。队列满时最早的报文被丢弃，\`/proc/net/stat/${p.table}\` 中的 \`unresolved_discards\` 随之增长。\n\n` +
        '- 对发往新邻居或条目已过期邻居的突发流量有影响：UDP 发送方，或路由器向最近没有通信过的主机转发一批报文。\n' +
        '- 写入 `unres_qlen` 也会改变这个值（报文个数 × 一个满长以太网帧的大小）。',
    },
  })),
  ...forBothProtocols('unres_qlen', (p) => ({
    type: 'int',
    unit: 'packets',
    default: '101',
    defaultNote: {
      en: 'Computed from unres_qlen_bytes; 101 on common 64-bit builds.',
      zh: '由 unres_qlen_bytes 换算得出；常见 64 位内核上为 101。',
    },
    defaultChanges: [{ version: '3.3', from: '3', to: '101' }],
    relatedLeaves: ['unres_qlen_bytes', 'mcast_solicit'],
    summary: {
      en: `The limit of unres_qlen_bytes for the ${p.name.en} table, shown as a number of full-sized packets.`,
      zh: `${p.name.zh} 表的 unres_qlen_bytes 上限换算成满长报文个数后的值。`,
    },
    details: {
      en:
        'Reading it returns `unres_qlen_bytes` divided by the in-kernel size of a full Ethernet frame; writing it sets `unres_qlen_bytes` accordingly. Since 3.3 the byte limit is what the kernel enforces; before, the queue held only 3 packets, which often cost the start of a burst.\n\n' +
        '- Many more small packets fit than the number shown, because the limit is really in bytes.',
      zh:
        '读取时返回 `unres_qlen_bytes` 除以一个满长以太网帧在内核中的大小；写入时按同样的换算设置 `unres_qlen_bytes`。从 3.3 起内核真正执行的是字节上限；在此之前队列只能放 3 个报文，突发流量的开头常被丢掉。\n\n' +
        '- 小报文能放下的数量远多于显示的值，因为上限实际按字节计算。',
    },
  })),
  ...forBothProtocols('proxy_qlen', (p) => ({
    type: 'int',
    unit: 'packets',
    default: '64',
    range: { min: 0, max: 2147483647 },
    relatedLeaves: ['proxy_delay'],
    relatedKeys: [p === ARP ? 'net.ipv4.conf.<iface>.proxy_arp' : 'net.ipv6.conf.<iface>.proxy_ndp'],
    summary: {
      en: `Maximum number of ${p.requestsEn} waiting for a delayed proxy answer.`,
      zh: `等待延迟代理应答的${afterChinese(p.request.zh)}队列的最大长度。`,
    },
    details: {
      en:
        `With ${p === ARP ? 'proxy ARP (`conf.<iface>.proxy_arp`)' : 'proxy NDP (`conf.<iface>.proxy_ndp`)'} the kernel answers requests for other hosts after a random delay of up to \`proxy_delay\`. Requests wait in this queue meanwhile; beyond this length they are dropped unanswered.\n\n` +
        '- Raise it on a proxy that answers for many hosts if resolution through it fails under load, or set `proxy_delay` to 0 so nothing has to wait.',
      zh:
        `启用${p === ARP ? '代理 ARP（`conf.<iface>.proxy_arp`）' : '代理 NDP（`conf.<iface>.proxy_ndp`）'}后，内核会在不超过 \`proxy_delay\` 的随机延迟后替其他主机应答。这期间请求在这个队列中等待；超出长度的请求被丢弃，得不到应答。\n\n` +
        '- 代理为大量主机应答、高负载下经它的地址解析失败时，调大此值；或者把 `proxy_delay` 设为 0，请求就无需排队等待。',
    },
  })),
  ...forBothProtocols('proxy_delay', (p) => ({
    type: 'int',
    unit: 'centiseconds',
    default: '80',
    relatedLeaves: ['proxy_qlen', 'anycast_delay'],
    relatedKeys: [p === ARP ? 'net.ipv4.conf.<iface>.proxy_arp' : 'net.ipv6.conf.<iface>.proxy_ndp'],
    summary: {
      en: `Maximum random delay, in 1/100 s, before the kernel answers ${p.requestsEn} on behalf of other hosts.`,
      zh: `内核替其他主机应答${afterChinese(p.request.zh)}之前的最大随机延迟，单位为 1/100 秒。`,
    },
    details: {
      en:
        'Counted in USER_HZ ticks of 1/100 s whatever the kernel\'s HZ: 80 = 0.8 s. The kernel waits a random time up to this before answering for a proxied address, so that the real owner, if present, answers first.' +
        (p === NDP ? ' Answers for the host\'s own anycast addresses are delayed the same way.' : '') +
        ' Requests for the host\'s own addresses are answered at once.\n\n' +
        '- 0 answers immediately. Container networks that rely on proxy ARP (Calico, for example, on its `cali*` interfaces) set it to 0; otherwise the first packets to each new peer wait up to 0.8 s.',
      zh:
        '以 USER_HZ 节拍计数，每拍 1/100 秒，与内核的 HZ 配置无关：80 即 0.8 秒。替代理地址应答前，内核会随机等待不超过这个时长，好让真正的地址持有者（如果在线）先应答。' +
        (p === NDP ? '对本机任播（anycast）地址的应答也按同样方式延迟。' : '') +
        '对本机自己地址的请求则立即应答。\n\n' +
        '- 设为 0 表示立即应答。依赖代理 ARP 的容器网络（例如 Calico 在其 `cali*` 接口上）会把它设为 0，否则发往每个新对端的头几个报文最多要等 0.8 秒。',
    },
  })),
  ...forBothProtocols('anycast_delay', (p) => ({
    type: 'int',
    unit: 'centiseconds',
    default: '100',
    relatedLeaves: ['proxy_delay'],
    summary: {
      en: `Maximum random delay, in 1/100 s, for answering ${p.requestsEn} for anycast addresses; kept for compatibility, current kernels do not read it.`,
      zh: `应答针对任播地址的${afterChinese(p.request.zh)}时的最大随机延迟（1/100 秒）；为兼容而保留，当前内核并不读取它。`,
    },
    details: {
      en:
        'Counted in USER_HZ ticks of 1/100 s: 100 = 1 s. The neighbour code keeps and reports this value but no longer uses it. ' +
        (p === NDP
          ? 'Answers for anycast addresses are delayed by `proxy_delay` instead.'
          : 'IPv4 has no anycast addresses of its own, so for ARP it never mattered.') +
        '\n\n- There is no reason to change it.',
      zh:
        '以 USER_HZ 节拍计数，每拍 1/100 秒：100 即 1 秒。邻居子系统仍保存并显示这个值，但已不再使用。' +
        (p === NDP ? '对任播地址的应答改由 `proxy_delay` 控制延迟。' : 'IPv4 本身没有任播地址，所以对 ARP 从来没有作用。') +
        '\n\n- 没有修改它的理由。',
    },
  })),
  ...forBothProtocols('locktime', (p) => ({
    type: 'int',
    unit: 'centiseconds',
    default: p === ARP ? '100' : '0',
    relatedLeaves: ['base_reachable_time_ms', 'proxy_delay'],
    relatedKeys: p === ARP ? ['net.ipv4.conf.<iface>.arp_accept'] : ['net.ipv6.conf.<iface>.ndisc_notify'],
    summary:
      p === ARP
        ? {
            en: `Minimum age, in 1/100 s, of a neighbour entry before another ${p.reply.en} may replace its link-layer address.`,
            zh: `${p.name.zh} 条目至少存在多久（1/100 秒）之后，新的${afterChinese(p.reply.zh)}才能替换其中的链路层地址。`,
          }
        : {
            en: 'Kept for IPv6 but not read: only ARP holds a fresh entry against replies for this long; NDP decides by the Override flag of each Neighbour Advertisement.',
            zh: 'IPv6 下保留但不起作用：只有 ARP 会在这段时间内拒绝新的应答改写条目；NDP 按每个邻居通告（NA）的 Override 标志决定能否覆盖。',
          },
    details:
      p === ARP
        ? {
            en:
              'Counted in USER_HZ ticks of 1/100 s: 100 = 1 s. When several ARP replies with different MAC addresses arrive in quick succession (several proxies answering, or a duplicate IP address), the first one wins and later ones within this time are ignored, so the entry does not flap. Gratuitous ARP is not held back by it.\n\n' +
              '- Lower it, even to 0, when a virtual IP must move at once between hosts that only send ordinary replies.\n' +
              '- An entry whose MAC address keeps changing (`ip -4 neigh` shown repeatedly) points to an IP conflict; fix the conflict rather than this value.',
            zh:
              '以 USER_HZ 节拍计数，每拍 1/100 秒：100 即 1 秒。短时间内收到多个 MAC 地址不同的 ARP 应答时（多个代理同时应答，或 IP 地址冲突），以第一个为准，在这段时间内后到的应答被忽略，避免条目来回跳变。免费 ARP 不受它限制。\n\n' +
              '- 虚拟 IP 需要在只发送普通应答的主机之间立即切换时，可以调小，甚至设为 0。\n' +
              '- 如果反复执行 `ip -4 neigh` 看到某个条目的 MAC 地址不停变化，说明存在 IP 冲突；应解决冲突，而不是调这个值。',
          }
        : {
            en:
              'Counted in USER_HZ ticks of 1/100 s; the IPv6 default is 0. The kernel checks this age in its ARP receive path only (net/ipv4/arp.c); the IPv6 neighbour code never reads it, because a Neighbour Advertisement says itself, with its Override flag, whether it may replace a cached address.\n\n' +
              '- Changing it has no effect on IPv6.',
            zh:
              '以 USER_HZ 节拍计数，每拍 1/100 秒；IPv6 下默认为 0。内核只在 ARP 的接收路径（net/ipv4/arp.c）里检查这个时长，IPv6 邻居代码从不读取它：邻居通告（NA）自己用 Override 标志说明能否替换已缓存的地址。\n\n' +
              '- 修改它对 IPv6 没有任何效果。',
          },
  })),
];

/** Neighbour (ARP / NDP) table keys: net.ipv4.neigh.<iface>.* and net.ipv6.neigh.<iface>.*. */
export const NEIGHBOUR_KEYS: readonly SysctlKeyDoc[] = [...GARBAGE_COLLECTION, ...REACHABILITY, ...PROBES, ...QUEUES_AND_PROXY];
