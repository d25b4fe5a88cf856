/**
 * Routing and interface tables that people paste next to their socket tables. They are recognised
 * and labelled as sections; their rows are not sockets, so they are neither rows nor unrecognised.
 *   Linux:  `Kernel IP routing table` / `Kernel IPv6 routing table` + `Destination Gateway Genmask …`
 *           (netstat -r, route -n), `Kernel Interface table` + `Iface MTU RX-OK …` (netstat -i),
 *           `IPv6/IPv4 Group Memberships` (netstat -g: multicast groups per interface)
 *   BSD:    `Routing tables`, `Internet:`, `Internet6:` + `Destination Gateway Flags …`,
 *           `Name Mtu Network Address Ipkts …` (netstat -i)
 */

export type RouteInterfaceTable = 'routes' | 'interfaces';

/** A title or header line that opens a routing or interface table. */
export function routeInterfaceHeading(text: string): RouteInterfaceTable | undefined {
  const trimmed = text.trimEnd();
  if (
    trimmed === 'Kernel IP routing table' ||
    trimmed === 'Kernel IPv6 routing table' ||
    trimmed === 'Routing tables' ||
    /^Destination\s+(?:Gateway|Next Hop)\s/.test(trimmed)
  ) {
    return 'routes';
  }
  if (
    trimmed === 'Kernel Interface table' ||
    trimmed === 'IPv6/IPv4 Group Memberships' ||
    /^Iface\s+MTU\s/.test(trimmed) ||
    /^Name\s+Mtu\s+Network\s+Address\s/.test(trimmed)
  ) {
    return 'interfaces';
  }
  return undefined;
}

/** BSD's address-family sub-headings inside `Routing tables`. */
export function isBsdRouteFamilyHeading(text: string): boolean {
  return /^(?:Internet6?|Netgraph|AppleTalk|Link):\s*$/.test(text);
}
