import type { Localized } from '../i18n/localized';

/**
 * Sysctl files that distributions install before the administrator writes anything, with the
 * assignments they make. A line of the workspace that writes the kernel default of a key one of
 * these sets is not idle: it undoes the vendor's choice.
 */
export interface VendorSysctlFile {
  /** Where the file is installed. */
  readonly systemPath: string;
  /** Who ships it, for messages. */
  readonly shippedBy: Localized;
  /** Where these lines were read: repository, path and commit. */
  readonly provenance: string;
  /** The file's assignments and `-key` exclusions, comments left out, in their order. */
  readonly lines: readonly string[];
}

export const VENDOR_SYSCTL_FILES: readonly VendorSysctlFile[] = [
  {
    systemPath: '/usr/lib/sysctl.d/50-default.conf',
    shippedBy: {
      en: 'shipped with systemd and installed by Fedora, RHEL, Arch, Ubuntu and most systemd distributions',
      zh: '该文件随 systemd 提供，Fedora、RHEL、Arch、Ubuntu 等大多数 systemd 发行版都会安装',
    },
    provenance: 'github.com/systemd/systemd sysctl.d/50-default.conf at fa98c99ea7f7c5bec3962fa52f4d3496a9777024',
    lines: [
      'kernel.sysrq = 16',
      'kernel.core_uses_pid = 1',
      'net.ipv4.conf.default.rp_filter = 2',
      'net.ipv4.conf.*.rp_filter = 2',
      '-net.ipv4.conf.all.rp_filter',
      'net.ipv4.conf.default.accept_source_route = 0',
      'net.ipv4.conf.*.accept_source_route = 0',
      '-net.ipv4.conf.all.accept_source_route',
      'net.ipv4.conf.default.promote_secondaries = 1',
      'net.ipv4.conf.*.promote_secondaries = 1',
      '-net.ipv4.conf.all.promote_secondaries',
      '-net.ipv4.ping_group_range = 0 2147483647',
      '-net.core.default_qdisc = fq_codel',
      'fs.protected_hardlinks = 1',
      'fs.protected_symlinks = 1',
      'fs.protected_regular = 1',
      'fs.protected_fifos = 1',
    ],
  },
  {
    // The reason Kubernetes guides for CentOS/RHEL 7 set the bridge keys to 1: here they are turned off.
    systemPath: '/usr/lib/sysctl.d/00-system.conf',
    shippedBy: {
      en: 'shipped by the systemd package of RHEL 7 and CentOS 7',
      zh: '该文件由 RHEL 7 / CentOS 7 的 systemd 软件包提供',
    },
    provenance: 'printed by `sysctl --system` on CentOS 7 hosts in public Kubernetes install notes (e.g. github search "Applying /usr/lib/sysctl.d/00-system.conf")',
    lines: ['net.bridge.bridge-nf-call-ip6tables = 0', 'net.bridge.bridge-nf-call-iptables = 0', 'net.bridge.bridge-nf-call-arptables = 0'],
  },
  {
    systemPath: '/usr/lib/sysctl.d/10-default-yama-scope.conf',
    shippedBy: {
      en: 'shipped by elfutils-default-yama-scope on Fedora, RHEL and CentOS',
      zh: '该文件由 Fedora、RHEL、CentOS 上的 elfutils-default-yama-scope 软件包提供',
    },
    provenance: 'printed by `sysctl --system` on CentOS 7 hosts in public Kubernetes install notes, next to 00-system.conf',
    lines: ['kernel.yama.ptrace_scope = 0'],
  },
];
