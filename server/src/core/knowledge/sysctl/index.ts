import type { SysctlKeyDoc } from '../types';
import { CORE_EXTRA_KEYS } from './coreExtra';
import { FS_EXTRA_KEYS } from './fsExtra';
import { INTERFACE_CONF_KEYS } from './interfaceConf';
import { IPV4_EXTRA_KEYS } from './ipv4Extra';
import { IPV6_KEYS } from './ipv6';
import { KERNEL_KEYS } from './kernel';
import { NEIGHBOUR_KEYS } from './neighbour';
import { NETFILTER_KEYS } from './netfilter';
import { TCP_EXTRA_KEYS } from './tcpExtra';
import { VM_KEYS } from './vm';
import { BUFFER_KEYS } from './buffers';
import { CONGESTION_KEYS } from './congestion';
import { CONNTRACK_KEYS } from './conntrack';
import { CORE_KEYS } from './core';
import { FS_KEYS } from './fs';
import { INTERFACE_KEYS } from './interface';
import { IPV4_KEYS } from './ipv4';
import { PORT_KEYS } from './ports';
import { TCP_CLOSE_KEYS } from './tcpClose';
import { TCP_FEATURE_KEYS } from './tcpFeatures';
import { TCP_HANDSHAKE_KEYS } from './tcpHandshake';
import { TCP_TIMER_KEYS } from './tcpTimers';
import { HARDENING_KEYS } from './hardening';
import { MODULE_KEYS_DOCS } from './moduleKeys';
import { UNLISTED_KEYS } from './unlisted';
import { NETFILTER_MORE_KEYS } from './netfilterMore';
import { MODULES_MORE_KEYS } from './modulesMore';
import { KERNEL_MORE_KEYS } from './kernelMore';
import { DEV_MORE_KEYS } from './devMore';
import { VM_MORE_KEYS } from './vmMore';
import { FS_MORE_KEYS } from './fsMore';
import { IPV4_MORE_KEYS } from './ipv4More';
import { PROTOCOLS_MORE_KEYS } from './protocolsMore';
import { ARCH_MORE_KEYS } from './archMore';

/** Every documented sysctl key, grouped by the area of the connection's life they govern. */
export const SYSCTL_KEY_DOCS: readonly SysctlKeyDoc[] = [
  ...TCP_HANDSHAKE_KEYS,
  ...TCP_CLOSE_KEYS,
  ...TCP_TIMER_KEYS,
  ...PORT_KEYS,
  ...BUFFER_KEYS,
  ...TCP_FEATURE_KEYS,
  ...CONGESTION_KEYS,
  ...CORE_KEYS,
  ...IPV4_KEYS,
  ...INTERFACE_KEYS,
  ...CONNTRACK_KEYS,
  ...FS_KEYS,
  ...TCP_EXTRA_KEYS,
  ...IPV4_EXTRA_KEYS,
  ...INTERFACE_CONF_KEYS,
  ...IPV6_KEYS,
  ...NEIGHBOUR_KEYS,
  ...CORE_EXTRA_KEYS,
  ...NETFILTER_KEYS,
  ...VM_KEYS,
  ...FS_EXTRA_KEYS,
  ...KERNEL_KEYS,
  ...UNLISTED_KEYS,
  ...MODULE_KEYS_DOCS,
  ...HARDENING_KEYS,
  ...NETFILTER_MORE_KEYS,
  ...MODULES_MORE_KEYS,
  ...KERNEL_MORE_KEYS,
  ...VM_MORE_KEYS,
  ...FS_MORE_KEYS,
  ...DEV_MORE_KEYS,
  ...IPV4_MORE_KEYS,
  ...PROTOCOLS_MORE_KEYS,
  ...ARCH_MORE_KEYS,
];
