/** The kernel documentation page that describes a key (the pages have no per-key anchors). */
export function upstreamDocUrl(key: string): string | undefined {
  // net.nf_conntrack_max is the old name of net.netfilter.nf_conntrack_max, documented on the same page.
  if (key.startsWith('net.netfilter.') || key === 'net.nf_conntrack_max') {
    return 'https://docs.kernel.org/networking/nf_conntrack-sysctl.html';
  }
  if (key.startsWith('net.ipv4.vs.')) {
    return 'https://docs.kernel.org/networking/ipvs-sysctl.html';
  }
  // ip-sysctl also documents the bridge-netfilter and SCTP directories.
  if (key.startsWith('net.ipv4.') || key.startsWith('net.ipv6.') || key.startsWith('net.bridge.') || key.startsWith('net.sctp.')) {
    return 'https://docs.kernel.org/networking/ip-sysctl.html';
  }
  if (key.startsWith('net.core.') || key.startsWith('net.unix.')) {
    return 'https://docs.kernel.org/admin-guide/sysctl/net.html';
  }
  if (key.startsWith('net.mptcp.')) {
    return 'https://docs.kernel.org/networking/mptcp-sysctl.html';
  }
  for (const area of ['vm', 'fs', 'kernel', 'user', 'abi', 'debug'] as const) {
    if (key.startsWith(`${area}.`)) {
      return `https://docs.kernel.org/admin-guide/sysctl/${area}.html`;
    }
  }
  return undefined;
}
