import type { Localized } from '../i18n/localized';
import type { SysctlRange, SysctlValueType } from './types';

/**
 * Keys that only patched distribution kernels have: mainline Linux never had them, so on any other
 * kernel writing them fails with "cannot stat". Public hardening guides and container setups copy
 * them into files meant for every machine.
 *
 * Sources: Debian's kernel patch series
 * (debian/patches/debian/add-sysctl-to-disallow-unprivileged-CLONE_NEWUSER-by-default.patch, carried
 * by Ubuntu too: its 18.04 `sysctl -a` lists the key; kernel/user_namespace.c of the Debian 11 to 13
 * and Ubuntu 20.04 to 24.04 trees starts it at 1), Ubuntu's AppArmor patches of 23.10 and later
 * (security/apparmor/lsm.c, policy.c, task.c of the 24.04 tree; its sibling
 * apparmor_restrict_unprivileged_unconfined went upstream, mainline 6.8 has it, so it is no vendor
 * key; debian.master/config/annotations builds without CONFIG_SECURITY_APPARMOR_RESTRICT_USERNS),
 * Ubuntu's Fan networking patch (net/ipv4/ipip.c and the vxlan driver in the 20.04 and 22.04 trees,
 * registered in the initial namespace only; 24.04's 6.8.0 tree no longer has it), Red Hat's feature
 * tracking of RHEL 8 (kernel/rh_features.c of 4.18.0), RHEL 7's own additions to 3.10.0-1160
 * (kernel/sysctl.c debug_table, fs/namespace.c, fs/dcache.c), and Red Hat's Exec Shield patch of
 * RHEL 3 to 6 kernels, dropped with RHEL 7's 3.10 kernel.
 */
export interface VendorSysctlKey {
  readonly key: string;
  /** The kernels that have it, for the message: "Debian and Ubuntu kernels". */
  readonly kernels: Localized;
  /**
   * The distribution names of `netstatInsight.kernelVersion` whose kernels have the key (rhel7,
   * ubuntu-22.04, …), so a distribution catalog can add it. Empty when no supported release has it.
   */
  readonly distributions: readonly string[];
  /** What it does there, and what to use instead elsewhere. */
  readonly note: Localized;
  /** As the vendor tree declares it; absent for exec-shield, whose RHEL 3 to 6 trees were not read. */
  readonly facts?: VendorKeyFacts;
}

export interface VendorKeyFacts {
  readonly type: SysctlValueType;
  /** As `sysctl` prints it on a fresh boot of that kernel; null when it depends on the machine. */
  readonly default: string | null;
  readonly range?: SysctlRange;
  /** The mode of its /proc/sys file: `0644`, root-only `0600`, read-only `0444`. */
  readonly mode: string;
}

export const VENDOR_SYSCTL_KEYS: readonly VendorSysctlKey[] = [
  {
    key: 'kernel.exec-shield',
    kernels: { en: 'Red Hat Enterprise Linux 3 to 6 (and Fedora kernels of that time)', zh: 'Red Hat Enterprise Linux 3 到 6（以及同时期的 Fedora 内核）' },
    distributions: [],
    note: {
      en: 'Exec Shield was a Red Hat patch for non-executable memory and address randomisation. RHEL 7 and every later kernel dropped it: the NX bit and `kernel.randomize_va_space` (default 2) do the job, so remove the line.',
      zh: 'Exec Shield 是 Red Hat 提供的不可执行内存和地址随机化补丁。RHEL 7 及之后的内核都已去掉它：硬件 NX 位和 `kernel.randomize_va_space`（默认 2）已经承担了这项工作，直接删掉这一行即可。',
    },
  },
  {
    key: 'kernel.unprivileged_userns_clone',
    kernels: { en: 'Debian and Ubuntu kernels', zh: 'Debian 和 Ubuntu 的内核' },
    distributions: ['debian-11', 'debian-12', 'debian-13', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04'],
    note: {
      en: 'A Debian patch: 0 stops users without CAP_SYS_ADMIN from creating user namespaces (rootless containers, browser sandboxes); these kernels start at 1, which allows them. On mainline kernels limit them with `user.max_user_namespaces` instead (0 forbids them for everyone).',
      zh: '这是 Debian 的补丁：设为 0 时，没有 CAP_SYS_ADMIN 的用户不能创建用户命名空间（无 root 容器、浏览器沙箱都依赖它）；这些内核开机时为 1，即允许创建。主线内核上请改用 `user.max_user_namespaces` 限制（设为 0 则所有人都不能创建）。',
    },
    facts: { type: 'int', default: '1', mode: '0644' },
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_userns',
    kernels: { en: 'Ubuntu kernels from 23.10 on', zh: 'Ubuntu 23.10 及之后的内核' },
    distributions: ['ubuntu-24.04'],
    note: {
      en: 'An Ubuntu AppArmor patch: when not 0, an unprivileged process may create a user namespace only under an AppArmor profile that allows it. Ubuntu builds its kernel with 0 and 24.04 switches it to 1 while booting, so a stock system reads 1. Mainline kernels have no such switch; `user.max_user_namespaces` is the closest one.',
      zh: '这是 Ubuntu 的 AppArmor 补丁：不为 0 时，非特权进程只有在允许此操作的 AppArmor 配置文件下才能创建用户命名空间。Ubuntu 内核编译时的初始值是 0，24.04 在开机过程中把它改成 1，所以默认安装的系统上读到的是 1。主线内核没有这个开关，最接近的是 `user.max_user_namespaces`。',
    },
    facts: { type: 'int', default: '0', mode: '0644' },
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_userns_force',
    kernels: { en: 'Ubuntu 24.04 kernels', zh: 'Ubuntu 24.04 的内核' },
    distributions: ['ubuntu-24.04'],
    note: {
      en: 'An Ubuntu AppArmor patch, 0 by default. `kernel.apparmor_restrict_unprivileged_userns` alone still lets a confined program whose profile says nothing about user namespaces create them; 1 restricts those programs too, so only profiles that allow it keep the right. Root only (mode 0600), and only while AppArmor is enabled. Mainline kernels have no such switch.',
      zh: '这是 Ubuntu 的 AppArmor 补丁，默认为 0。只开 `kernel.apparmor_restrict_unprivileged_userns` 时，配置文件里没写用户命名空间规则的受限程序仍然可以创建用户命名空间；设为 1 后这类程序也会被限制，只有配置文件明确允许的才行。权限 0600，仅 root 可读写，而且只在启用 AppArmor 时可用。主线内核没有这个开关。',
    },
    facts: { type: 'int', default: '0', mode: '0600' },
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_userns_complain',
    kernels: { en: 'Ubuntu 24.04 kernels', zh: 'Ubuntu 24.04 的内核' },
    distributions: ['ubuntu-24.04'],
    note: {
      en: 'An Ubuntu AppArmor patch, 0 by default: 1 puts the user namespace restriction in complain mode, so a creation it would refuse is written to the audit log and allowed. Useful to find the programs that need a profile before enforcing. Root only (mode 0600), and only while AppArmor is enabled. Mainline kernels have no such switch.',
      zh: '这是 Ubuntu 的 AppArmor 补丁，默认为 0：设为 1 时，用户命名空间限制进入 complain（只告警）模式，本该拒绝的创建只记到审计日志里，并不拦截。正式启用限制之前，可以先用它找出哪些程序需要配置文件。权限 0600，仅 root 可读写，而且只在启用 AppArmor 时可用。主线内核没有这个开关。',
    },
    facts: { type: 'int', default: '0', mode: '0600' },
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_io_uring',
    kernels: { en: 'Ubuntu 24.04 kernels', zh: 'Ubuntu 24.04 的内核' },
    distributions: ['ubuntu-24.04'],
    note: {
      en: "An Ubuntu AppArmor patch, 0 by default: when not 0, an unconfined process without CAP_SYS_ADMIN may not start an io_uring SQPOLL kernel thread or have io_uring act under other credentials; confined processes follow their profile's io_uring rules whatever the value. Root only (mode 0600), and only while AppArmor is enabled. On mainline kernels limit io_uring with `kernel.io_uring_disabled` (Linux 6.6 on).",
      zh: '这是 Ubuntu 的 AppArmor 补丁，默认为 0：不为 0 时，未受限（unconfined）且没有 CAP_SYS_ADMIN 的进程不能创建 io_uring 的 SQPOLL 内核轮询线程，也不能让 io_uring 以其他凭据执行操作；受限进程不论取值如何，都按其配置文件里的 io_uring 规则处理。权限 0600，仅 root 可读写，而且只在启用 AppArmor 时可用。主线内核上请用 `kernel.io_uring_disabled`（Linux 6.6 起）限制 io_uring。',
    },
    facts: { type: 'int', default: '0', mode: '0600' },
  },
  {
    key: 'net.fan.version',
    kernels: { en: 'Ubuntu 20.04 and 22.04 kernels (24.04 dropped the Fan patch)', zh: 'Ubuntu 20.04 和 22.04 的内核（24.04 已去掉 Fan 补丁）' },
    distributions: ['ubuntu-20.04', 'ubuntu-22.04'],
    note: {
      en: "A read-only marker (mode 0444, value 3) that the ipip module adds, once loaded, for Ubuntu's Fan networking: the version of Fan addressing over IPIP tunnels the kernel speaks. Nobody can write it, on Ubuntu either, so drop the line.",
      zh: '这是 ipip 模块加载后为 Ubuntu 的 Fan 网络添加的只读标记（权限 0444，值为 3），表示内核支持的 IPIP 隧道 Fan 寻址版本。即使在 Ubuntu 上也没人能写它，删掉这一行即可。',
    },
    facts: { type: 'int', default: '3', mode: '0444' },
  },
  {
    key: 'net.fan.vxlan',
    kernels: { en: 'Ubuntu 20.04 and 22.04 kernels (24.04 dropped the Fan patch)', zh: 'Ubuntu 20.04 和 22.04 的内核（24.04 已去掉 Fan 补丁）' },
    distributions: ['ubuntu-20.04', 'ubuntu-22.04'],
    note: {
      en: "A read-only marker (mode 0444, value 4) that the vxlan module adds, once loaded, for Ubuntu's Fan networking: the version of Fan addressing over VXLAN the kernel speaks. Nobody can write it, on Ubuntu either, so drop the line.",
      zh: '这是 vxlan 模块加载后为 Ubuntu 的 Fan 网络添加的只读标记（权限 0444，值为 4），表示内核支持的 VXLAN 上 Fan 寻址版本。即使在 Ubuntu 上也没人能写它，删掉这一行即可。',
    },
    facts: { type: 'int', default: '4', mode: '0444' },
  },
  {
    key: 'kernel.rh_features',
    kernels: { en: 'Red Hat Enterprise Linux 8 kernels', zh: 'Red Hat Enterprise Linux 8 的内核' },
    distributions: ['rhel8'],
    note: {
      en: 'Red Hat\'s feature tracking, read-only (mode 0444): the features Red Hat support wants to know about that the kernel has been asked to use since boot, as names separated by spaces (`eBPF/xdp`, `eBPF/cgroup`, `xt_u32`, …); an oops report prints the same list. It tunes nothing and writing it fails, on RHEL 8 too, so drop the line.',
      zh: '这是 Red Hat 的功能使用追踪，只读（权限 0444）：列出开机以来内核被用到的、Red Hat 技术支持关心的功能，名称之间用空格分隔（`eBPF/xdp`、`eBPF/cgroup`、`xt_u32` 等）；内核 oops 报告里也会打印同一份列表。它不调节任何行为，在 RHEL 8 上写入同样会失败，删掉这一行即可。',
    },
    facts: { type: 'string', default: null, mode: '0444' },
  },
  {
    key: 'debug.panic_on_rcu_stall',
    kernels: { en: 'Red Hat Enterprise Linux 7 kernels', zh: 'Red Hat Enterprise Linux 7 的内核' },
    distributions: ['rhel7'],
    note: {
      en: 'Where RHEL 7 keeps the RCU stall switch: 1 makes the kernel panic right after it reports an RCU CPU stall, so kdump can save a vmcore to find the cause; 0 only logs the stall. Mainline kernels, RHEL 8 and later call it `kernel.panic_on_rcu_stall` (Linux 4.8 on).',
      zh: 'RHEL 7 把 RCU 停滞（stall）的开关放在了 debug 目录下：设为 1 时，内核报出 RCU CPU 停滞后立即 panic，便于 kdump 保存 vmcore 分析原因；为 0 时只打印日志。主线内核以及 RHEL 8 及之后的版本里，它叫 `kernel.panic_on_rcu_stall`（Linux 4.8 起）。',
    },
    facts: { type: 'bool', default: '0', range: { min: 0, max: 1 }, mode: '0644' },
  },
  {
    key: 'fs.may_detach_mounts',
    kernels: { en: 'Red Hat Enterprise Linux 7 kernels', zh: 'Red Hat Enterprise Linux 7 的内核' },
    distributions: ['rhel7'],
    note: {
      en: 'A RHEL 7 switch for what mainline kernels do without one: with 1, removing or renaming a directory that is a mount point in another mount namespace (a container\'s) detaches those mounts instead of failing with "Device or resource busy". Container engines want it at 1. Once 1 it stays 1 until reboot (writing 0 fails with "Invalid argument"), and the first mount namespace created inside a user namespace sets it by itself. Mainline kernels need no such line.',
      zh: 'RHEL 7 特有的开关，它控制的行为在主线内核里是固定的，没有开关：设为 1 时，删除或重命名一个在别的挂载命名空间（比如容器）里充当挂载点的目录，会把那些挂载卸离（detach），而不是报 “Device or resource busy”。容器引擎要求它为 1。一旦为 1，重启前都改不回 0（写 0 会报 “Invalid argument”）；在用户命名空间里第一次创建挂载命名空间时，内核也会自动把它置为 1。主线内核上不需要这一行。',
    },
    facts: { type: 'bool', default: '0', range: { min: 0, max: 1 }, mode: '0644' },
  },
  {
    key: 'fs.negative-dentry-limit',
    kernels: { en: 'Red Hat Enterprise Linux 7 kernels', zh: 'Red Hat Enterprise Linux 7 的内核' },
    distributions: ['rhel7'],
    note: {
      en: 'A RHEL 7 cap on negative dentries (cached lookups of names that do not exist), in thousandths of RAM: the limit is as many dentries as fit in that share of memory. 0, the default, means no cap; 100 (10%) is the most. While it is set, a kernel worker trims the excess every 15 seconds. Mainline kernels have no cap: memory pressure reclaims these entries (`vm.vfs_cache_pressure`), and newer kernels can drop them when a file is deleted (`fs.dentry-negative`).',
      zh: '这是 RHEL 7 对负目录项（缓存下来的“该文件名不存在”的查找结果）设的上限，单位是内存的千分之一：上限为这部分内存能容纳的目录项数量。默认 0 表示不限制，最大 100（即 10%）。设置后，内核工作线程每 15 秒清理一次超出的部分。主线内核没有这种上限：负目录项靠内存压力回收（`vm.vfs_cache_pressure`），较新的内核还能在删除文件时直接丢弃它们（`fs.dentry-negative`）。',
    },
    facts: { type: 'int', default: '0', range: { min: 0, max: 100 }, mode: '0644' },
  },
];

const BY_KEY: ReadonlyMap<string, VendorSysctlKey> = new Map(VENDOR_SYSCTL_KEYS.map((entry) => [entry.key, entry]));

/** The vendor kernels a key belongs to, when it is one of the known vendor-only keys. */
export function vendorKeyOf(templatedKey: string): VendorSysctlKey | undefined {
  return BY_KEY.get(templatedKey);
}
