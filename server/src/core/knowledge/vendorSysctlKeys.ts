import type { Localized } from '../i18n/localized';

/**
 * Keys that only patched distribution kernels have: mainline Linux never had them, so on any other
 * kernel writing them fails with "cannot stat". Public hardening guides and container setups copy
 * them into files meant for every machine.
 *
 * Sources: Debian's kernel patch series
 * (debian/patches/debian/add-sysctl-to-disallow-unprivileged-CLONE_NEWUSER-by-default.patch, carried
 * by Ubuntu too: its 18.04 `sysctl -a` lists the key), Ubuntu's AppArmor patch of 23.10 and later
 * (security/apparmor/lsm.c in the Ubuntu trees; its sibling apparmor_restrict_unprivileged_unconfined
 * went upstream, mainline 6.8 has it, so it is no vendor key), Ubuntu's Fan networking patch (net/ipv4/ipip.c
 * and the vxlan driver in the 20.04 and 22.04 trees; 24.04's 6.8.0 tree no longer has it), and Red Hat's
 * Exec Shield patch of RHEL 3 to 6 kernels, dropped with RHEL 7's 3.10 kernel.
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
      en: 'A Debian patch: 0 stops users without CAP_SYS_ADMIN from creating user namespaces (rootless containers, browser sandboxes). On mainline kernels limit them with `user.max_user_namespaces` instead (0 forbids them for everyone).',
      zh: '这是 Debian 的补丁：设为 0 时，没有 CAP_SYS_ADMIN 的用户不能创建用户命名空间（无 root 容器、浏览器沙箱都依赖它）。主线内核上请改用 `user.max_user_namespaces` 限制（设为 0 则所有人都不能创建）。',
    },
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_userns',
    kernels: { en: 'Ubuntu kernels from 23.10 on', zh: 'Ubuntu 23.10 及之后的内核' },
    distributions: ['ubuntu-24.04'],
    note: {
      en: 'An Ubuntu AppArmor patch: 1 (the default on 24.04) lets an unprivileged process create a user namespace only under an AppArmor profile that allows it. Mainline kernels have no such switch; `user.max_user_namespaces` is the closest one.',
      zh: '这是 Ubuntu 的 AppArmor 补丁：设为 1（24.04 的默认值）时，非特权进程只有在允许此操作的 AppArmor 配置文件下才能创建用户命名空间。主线内核没有这个开关，最接近的是 `user.max_user_namespaces`。',
    },
  },
  {
    key: 'net.fan.version',
    kernels: { en: 'Ubuntu 20.04 and 22.04 kernels (24.04 dropped the Fan patch)', zh: 'Ubuntu 20.04 和 22.04 的内核（24.04 已去掉 Fan 补丁）' },
    distributions: ['ubuntu-20.04', 'ubuntu-22.04'],
    note: {
      en: "A read-only marker (mode 0444, value 3) that the ipip module adds, once loaded, for Ubuntu's Fan networking: the version of Fan addressing over IPIP tunnels the kernel speaks. Nobody can write it, on Ubuntu either, so drop the line.",
      zh: '这是 ipip 模块加载后为 Ubuntu 的 Fan 网络添加的只读标记（权限 0444，值为 3），表示内核支持的 IPIP 隧道 Fan 寻址版本。即使在 Ubuntu 上也没人能写它，删掉这一行即可。',
    },
  },
  {
    key: 'net.fan.vxlan',
    kernels: { en: 'Ubuntu 20.04 and 22.04 kernels (24.04 dropped the Fan patch)', zh: 'Ubuntu 20.04 和 22.04 的内核（24.04 已去掉 Fan 补丁）' },
    distributions: ['ubuntu-20.04', 'ubuntu-22.04'],
    note: {
      en: "A read-only marker (mode 0444, value 4) that the vxlan module adds, once loaded, for Ubuntu's Fan networking: the version of Fan addressing over VXLAN the kernel speaks. Nobody can write it, on Ubuntu either, so drop the line.",
      zh: '这是 vxlan 模块加载后为 Ubuntu 的 Fan 网络添加的只读标记（权限 0444，值为 4），表示内核支持的 VXLAN 上 Fan 寻址版本。即使在 Ubuntu 上也没人能写它，删掉这一行即可。',
    },
  },
];

const BY_KEY: ReadonlyMap<string, VendorSysctlKey> = new Map(VENDOR_SYSCTL_KEYS.map((entry) => [entry.key, entry]));

/** The vendor kernels a key belongs to, when it is one of the known vendor-only keys. */
export function vendorKeyOf(templatedKey: string): VendorSysctlKey | undefined {
  return BY_KEY.get(templatedKey);
}
