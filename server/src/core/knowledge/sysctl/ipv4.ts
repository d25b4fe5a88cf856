import type { SysctlKeyDoc } from '../types';

/** Host-wide IPv4 keys that change how addresses and routing behave for connections. */
export const IPV4_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.ip_forward',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'Act as a host: never forward packets between interfaces (default).', zh: '作为主机：从不在接口之间转发报文（默认）。' },
      },
      {
        value: '1',
        meaning: { en: 'Act as a router: forward packets between interfaces.', zh: '作为路由器：在接口之间转发报文。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.forwarding', 'net.ipv4.conf.<iface>.accept_redirects'],
    summary: {
      en: 'Whether the host routes IPv4 packets between its interfaces.',
      zh: '主机是否在自己的接口之间转发 IPv4 报文。',
    },
    details: {
      en:
        'Needed on routers, NAT gateways, VPN servers and container hosts (Docker and Kubernetes forward pod traffic). Writing it sets `forwarding` on every interface and in `conf.default` to the same value and sets `conf.all.accept_redirects` to the opposite (each interface keeps its own `accept_redirects`), so set it before per-interface forwarding exceptions.\n\n' +
        '- It is the same setting as `net.ipv4.conf.all.forwarding`.\n' +
        '- A new network namespace starts with the host\'s value.',
      zh:
        '路由器、NAT 网关、VPN 服务器和容器宿主机（Docker、Kubernetes 需要转发 Pod 流量）都需要开启。写入它会把所有接口以及 `conf.default` 的 `forwarding` 改成同一个值，并把 `conf.all.accept_redirects` 设为相反的值（各接口自己的 `accept_redirects` 不变），所以要先设置它，再为个别接口单独调整转发。\n\n' +
        '- 它与 `net.ipv4.conf.all.forwarding` 是同一个设置。\n' +
        '- 新建的网络命名空间沿用宿主机当前的值。',
    },
  },
  {
    key: 'net.ipv4.ip_nonlocal_bind',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'bind() to an address that is not configured on the host fails with EADDRNOTAVAIL (default).',
          zh: 'bind() 到本机未配置的地址会失败，返回 EADDRNOTAVAIL（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Allow bind() to any address, configured or not.', zh: '允许 bind() 到任意地址，无论是否已配置。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.ip_unprivileged_port_start'],
    summary: {
      en: 'Whether a process may bind to an IP address that is not (yet) configured on the host.',
      zh: '进程能否绑定本机尚未配置的 IP 地址。',
    },
    details: {
      en:
        'Listening side. Typical for high-availability setups (keepalived, HAProxy, nginx) where a virtual IP moves between nodes and the service must start before the address arrives.\n\n' +
        '- Safe to enable on such hosts: traffic still arrives only once the address is actually present.',
      zh:
        '作用于监听端。常见于高可用部署（keepalived、HAProxy、nginx）：虚拟 IP 在节点之间漂移，服务需要在地址到来之前就启动。\n\n' +
        '- 在这类主机上开启是安全的：只有地址真正配置上之后才会有流量进来。',
    },
  },
];
