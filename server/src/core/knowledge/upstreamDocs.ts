/** The kernel documentation page that describes a key (the pages have no per-key anchors). */
export function upstreamDocUrl(key: string): string | undefined {
  if (key.startsWith('net.netfilter.')) {
    return 'https://docs.kernel.org/networking/nf_conntrack-sysctl.html';
  }
  if (key.startsWith('net.ipv4.') || key.startsWith('net.ipv6.')) {
    return 'https://docs.kernel.org/networking/ip-sysctl.html';
  }
  if (key.startsWith('net.core.') || key.startsWith('net.unix.')) {
    return 'https://docs.kernel.org/admin-guide/sysctl/net.html';
  }
  for (const area of ['vm', 'fs', 'kernel'] as const) {
    if (key.startsWith(`${area}.`)) {
      return `https://docs.kernel.org/admin-guide/sysctl/${area}.html`;
    }
  }
  return undefined;
}
