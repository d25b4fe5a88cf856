import type { ProtocolCounter } from '../model/socketTable';
import { type Field, isBlank, isUnsignedInteger, splitFields } from './textLines';

/**
 * Protocol counters, in the forms people paste:
 * - `netstat -s` (net-tools): `Tcp:` headings, then indented lines. Counters net-tools has a phrase
 *   for read `    123 times the listen queue of a socket overflowed`; others `    TCPTimeouts: 2`.
 *   The phrase is mapped back to the kernel's MIB name so every version reads the same.
 * - `nstat -az`: `#kernel`, then `TcpExtListenOverflows   123   0.0`.
 * - `cat /proc/net/netstat` or `/proc/net/snmp`: a `TcpExt: Name Name …` line, then `TcpExt: 1 2 …`.
 * - `cat /proc/net/sockstat`: `TCP: inuse 5 orphan 0 tw 2 alloc 7 mem 1`.
 * - BSD/macOS `netstat -s`: lower-case `tcp:` headings and tab-indented `123 packets sent`.
 * - Windows `netstat -s`: `TCP Statistics for IPv4` headings and `  Active Opens   = 12` lines.
 */

/** `Tcp:`, `TcpExt:`, `IcmpMsg:`, BSD `tcp:`: a heading alone on its line. */
export function statisticsGroupHeading(text: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9]{1,15}):\s*$/.exec(text);
  if (!match) {
    return undefined;
  }
  const group = match[1];
  return LINUX_GROUPS.includes(group) || BSD_GROUPS.has(group) ? group : undefined;
}

/** `TCP Statistics for IPv4`, `IPv4 Statistics` (Windows), or a Chinese console's `… 统计信息`. */
export function windowsStatisticsHeading(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 80) {
    return undefined;
  }
  const english = /^(IPv4|IPv6|ICMPv4|ICMPv6|TCP|UDP) Statistics(?: for (IPv4|IPv6))?$/.exec(trimmed);
  if (english) {
    const base = WINDOWS_GROUPS[english[1]];
    return english[2] === 'IPv6' ? `${base}6` : base;
  }
  return trimmed.endsWith('统计信息') ? trimmed : undefined;
}

const WINDOWS_GROUPS: Readonly<Record<string, string>> = { IPv4: 'Ip', IPv6: 'Ip6', ICMPv4: 'Icmp', ICMPv6: 'Icmp6', TCP: 'Tcp', UDP: 'Udp' };

/** Windows' TCP labels and the MIB counters they show. */
const WINDOWS_TCP_LABELS: ReadonlyMap<string, string> = new Map([
  ['active opens', 'ActiveOpens'],
  ['passive opens', 'PassiveOpens'],
  ['failed connection attempts', 'AttemptFails'],
  ['reset connections', 'EstabResets'],
  ['current connections', 'CurrEstab'],
  ['segments received', 'InSegs'],
  ['segments sent', 'OutSegs'],
  ['segments retransmitted', 'RetransSegs'],
]);

/** `  Active Opens                        = 1234` under a Windows heading. */
export function parseWindowsStatisticsLine(text: string, line: number, group: string): ProtocolCounter | undefined {
  const equals = text.indexOf('=');
  if (equals < 0 || !isBlank(text.charCodeAt(0))) {
    return undefined;
  }
  const label = text.slice(0, equals).trim();
  const value = text.slice(equals + 1).trim();
  if (label.length === 0 || !isUnsignedInteger(value)) {
    return undefined;
  }
  const start = text.length - text.trimStart().length;
  const tcp = group === 'Tcp' || group === 'Tcp6' ? WINDOWS_TCP_LABELS.get(label.toLowerCase()) : undefined;
  return { line, group, name: tcp ?? label, value: Number(value), span: { start, end: text.trimEnd().length } };
}

/** The first line nstat prints. */
export function isNstatHeader(text: string): boolean {
  return text.trimEnd() === '#kernel';
}

/** The sub-headings of the ICMP groups; the counters below them are In… or Out… counters. */
export function icmpHistogramHeading(text: string): 'In' | 'Out' | undefined {
  const trimmed = text.trim();
  if (trimmed === 'ICMP input histogram:' || trimmed === 'Input histogram:') {
    return 'In';
  }
  if (trimmed === 'ICMP output histogram:' || trimmed === 'Output histogram:') {
    return 'Out';
  }
  return undefined;
}

/**
 * One indented line of `netstat -s` under `group`. `histogram` is the ICMP sub-heading in force.
 * Undefined when the line holds no number (a sub-heading, or `Forwarding is enabled` style text).
 */
export function parseStatisticsLine(text: string, line: number, group: string, histogram: 'In' | 'Out' | undefined): ProtocolCounter | undefined {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const span = { start, end: start + trimmed.length };

  const named = /^([A-Za-z][A-Za-z0-9_]{0,63}): (\d{1,20})$/.exec(trimmed);
  if (named) {
    return { line, group, name: named[1], value: Number(named[2]), span };
  }
  const words = splitFields(trimmed, 64);
  const numberIndex = words.findIndex((word) => isUnsignedInteger(word.text) || isUnsignedInteger(word.text.replace(/:$/, '')));
  if (numberIndex < 0) {
    return undefined;
  }
  const value = Number(words[numberIndex].text.replace(/:$/, ''));
  const template = words
    .map((word, index) => (index === numberIndex ? '#' : word.text))
    .join(' ')
    .replace(/[.:]$/, '')
    .toLowerCase();
  const phrase = words
    .filter((_, index) => index !== numberIndex)
    .map((word) => word.text)
    .join(' ');

  if (histogram) {
    const base = ICMP_HISTOGRAM.get(phrase.replace(/:$/, '').toLowerCase());
    if (base) {
      const prefix = group === 'Icmp6' ? 'Icmp6' : '';
      return { line, group, name: `${prefix}${histogram}${base}`, value, span };
    }
  }
  const known = group === '' ? guessGroup(template) : mibName(group, template);
  return known ? { line, group: known.group, name: known.name, value, span } : { line, group, name: phrase, value, span };
}

/**
 * An indented `netstat -s` line whose phrase names a known counter, read without its group heading:
 * what `netstat -s | grep -i listen` leaves. Undefined for any other line, so prose is not swallowed.
 */
export function parseKnownStatisticsPhrase(text: string, line: number): ProtocolCounter | undefined {
  if (!isBlank(text.charCodeAt(0))) {
    return undefined;
  }
  const counter = parseStatisticsLine(text, line, '', undefined);
  return counter && counter.group !== '' ? counter : undefined;
}

/** `TcpExtListenOverflows   123   0.0` (nstat): group and counter split at the known group prefix. */
export function parseNstatLine(text: string, line: number): ProtocolCounter | undefined {
  const fields = splitFields(text, 4);
  if (fields.length < 2 || fields.length > 3 || !isUnsignedInteger(fields[1].text)) {
    return undefined;
  }
  if (fields.length === 3 && !/^\d{1,20}(?:\.\d{1,6})?$/.test(fields[2].text)) {
    return undefined;
  }
  const full = fields[0].text;
  const group = NSTAT_GROUP_PREFIXES.find((prefix) => full.length > prefix.length && full.startsWith(prefix));
  if (!group || !/^[A-Za-z0-9_]{1,80}$/.test(full)) {
    return undefined;
  }
  // net-tools names IPv6 counters with their group (Ip6InReceives); keep that so both tools agree.
  const name = group.endsWith('6') ? full : full.slice(group.length);
  return { line, group, name, value: Number(fields[1].text), span: { start: fields[0].start, end: fields[1].start + fields[1].text.length } };
}

/** `TcpExt: SyncookiesSent SyncookiesRecv …` of /proc/net/netstat or /proc/net/snmp: the names line. */
export function procSnmpNames(text: string): { group: string; names: Field[] } | undefined {
  const fields = splitFields(text);
  if (fields.length < 2 || !fields[0].text.endsWith(':')) {
    return undefined;
  }
  const group = fields[0].text.slice(0, -1);
  if (!LINUX_GROUPS.includes(group) || !/^[A-Za-z]/.test(fields[1].text)) {
    return undefined;
  }
  return { group, names: fields.slice(1) };
}

/** The values line that follows a names line; one counter per value, the span on the value. */
export function procSnmpValues(text: string, line: number, names: { group: string; names: readonly Field[] }): ProtocolCounter[] | undefined {
  const fields = splitFields(text);
  if (fields.length < 1 || fields[0].text !== `${names.group}:`) {
    return undefined;
  }
  const counters: ProtocolCounter[] = [];
  for (let index = 1; index < fields.length && index - 1 < names.names.length; index++) {
    const value = fields[index].text;
    if (!/^-?\d{1,20}$/.test(value)) {
      return undefined;
    }
    counters.push({
      line,
      group: names.group,
      name: names.names[index - 1].text,
      value: Number(value),
      span: { start: fields[index].start, end: fields[index].start + value.length },
    });
  }
  return counters;
}

/** `TCP: inuse 5 orphan 0 tw 2 alloc 7 mem 1` of /proc/net/sockstat (and sockstat6). */
export function parseSockstatLine(text: string, line: number): ProtocolCounter[] | undefined {
  const fields = splitFields(text, 32);
  if (fields.length < 3 || fields.length % 2 === 0 || !SOCKSTAT_GROUPS.has(fields[0].text)) {
    return undefined;
  }
  const group = fields[0].text.slice(0, -1);
  const counters: ProtocolCounter[] = [];
  for (let index = 1; index + 1 < fields.length; index += 2) {
    const [name, value] = [fields[index], fields[index + 1]];
    if (!/^[a-z_]{1,16}$/.test(name.text) || !isUnsignedInteger(value.text)) {
      return undefined;
    }
    counters.push({ line, group, name: name.text, value: Number(value.text), span: { start: name.start, end: value.start + value.text.length } });
  }
  return counters;
}

const SOCKSTAT_GROUPS: ReadonlySet<string> = new Set(
  ['sockets', 'TCP', 'UDP', 'UDPLITE', 'RAW', 'FRAG', 'MPTCP', 'TCP6', 'UDP6', 'UDPLITE6', 'RAW6', 'FRAG6'].map((group) => `${group}:`),
);

/** The groups of /proc/net/snmp, snmp6 and netstat, as net-tools and nstat print them. */
const LINUX_GROUPS: readonly string[] = [
  'Ip', 'Ip6', 'IpExt', 'Icmp', 'Icmp6', 'IcmpMsg', 'Tcp', 'Tcp6', 'TcpExt', 'Udp', 'Udp6', 'UdpLite', 'UdpLite6',
  'MPTcpExt', 'Sctp', 'TlsExt', 'Raw', 'Raw6',
];

/** Longest first, so `TcpExt` wins over `Tcp` and `UdpLite6` over `Udp`. */
const NSTAT_GROUP_PREFIXES: readonly string[] = [...LINUX_GROUPS].sort((a, b) => b.length - a.length);

/** BSD/macOS `netstat -s` headings. */
const BSD_GROUPS: ReadonlySet<string> = new Set([
  'tcp', 'udp', 'ip', 'icmp', 'igmp', 'ipsec', 'ip6', 'icmp6', 'ipsec6', 'rip6', 'pfkey', 'arp', 'mptcp', 'sctp', 'pim', 'carp', 'kevt', 'kctl', 'divert',
]);

/** ICMP histogram words (both the input and output spellings) → the MIB name without In/Out. */
const ICMP_HISTOGRAM: ReadonlyMap<string, string> = new Map([
  ['destination unreachable', 'DestUnreachs'],
  ['echo replies', 'EchoReps'],
  ['echo requests', 'Echos'],
  ['echo request', 'Echos'],
  ['echo reply', 'EchoReps'],
  ['wrong parameters', 'ParmProbs'],
  ['redirects', 'Redirects'],
  ['redirect', 'Redirects'],
  ['source quenches', 'SrcQuenchs'],
  ['source quench', 'SrcQuenchs'],
  ['timeout in transit', 'TimeExcds'],
  ['time exceeded', 'TimeExcds'],
  ['received icmpv6 time exceeded', 'TimeExcds'],
  ['sent icmpv6 time exceeded', 'TimeExcds'],
  ['timestamp reply', 'TimestampReps'],
  ['timestamp replies', 'TimestampReps'],
  ['timestamp request', 'Timestamps'],
  ['timestamp requests', 'Timestamps'],
  ['address mask replies', 'AddrMaskReps'],
  ['address mask request', 'AddrMasks'],
  ['address mask requests', 'AddrMasks'],
  ['group member queries', 'GroupMembQueries'],
  ['group member reductions', 'GroupMembReductions'],
  ['group member responses', 'GroupMembResponses'],
  ['neighbour advertisement', 'NeighborAdvertisements'],
  ['neighbor advertisements', 'NeighborAdvertisements'],
  ['neighbour solicits', 'NeighborSolicits'],
  ['neighbor solicits', 'NeighborSolicits'],
  ['parameter problem', 'ParmProblems'],
  ['packets too big', 'PktTooBigs'],
  ['router advertisement', 'RouterAdvertisements'],
  ['router solicits', 'RouterSolicits'],
]);

/**
 * The sentences net-tools prints (with `#` for the number), per group, and the kernel counter each
 * one reports. Facts from net-tools' statistics tables; where versions differ (1.60 on RHEL 6/7
 * printed `segments send out`, `active connections openings`), every spelling is listed.
 */
const PHRASES: Readonly<Record<'Ip' | 'Icmp' | 'Tcp' | 'Udp' | 'TcpExt', readonly (readonly [string, string])[]>> = {
  Ip: [
    ['ForwDatagrams', '# forwarded'],
    ['FragCreates', '# fragments created'],
    ['FragFails', '# outgoing packets failed fragmentation'],
    ['FragOKs', '# outgoing packets fragmented ok'],
    ['FragOKs', '# fragments received ok'],
    ['FragFails', '# fragments failed'],
    ['InAddrErrors', '# with invalid addresses'],
    ['InDelivers', '# incoming packets delivered'],
    ['InDiscards', '# incoming packets discarded'],
    ['InHdrErrors', '# with invalid headers'],
    ['InReceives', '# total packets received'],
    ['InUnknownProtos', '# with unknown protocol'],
    ['OutDiscards', '# outgoing packets dropped'],
    ['OutNoRoutes', '# dropped because of missing route'],
    ['OutRequests', '# requests sent out'],
    ['ReasmFails', '# packet reassemblies failed'],
    ['ReasmOKs', '# packets reassembled ok'],
    ['ReasmReqds', '# reassemblies required'],
    ['ReasmTimeout', '# fragments dropped after timeout'],
    ['InMcastPkts', '# incoming multicast packets'],
    ['InNoRoutes', '# incoming packets with no route'],
    ['InTooBigErrors', '# with packets too big'],
    ['InTruncatedPkts', '# with truncated packets'],
    ['OutMcastPkts', '# outgoing multicast packets'],
    ['DefaultTTL', 'default ttl is #'],
  ],
  Icmp: [
    ['InErrors', '# input icmp message failed'],
    ['InMsgs', '# icmp messages received'],
    ['OutErrors', '# icmp messages failed'],
    ['OutMsgs', '# icmp messages sent'],
  ],
  Tcp: [
    ['ActiveOpens', '# active connection openings'],
    ['ActiveOpens', '# active connections openings'],
    ['AttemptFails', '# failed connection attempts'],
    ['CurrEstab', '# connections established'],
    ['EstabResets', '# connection resets received'],
    ['InErrs', '# bad segments received'],
    ['InSegs', '# segments received'],
    ['OutRsts', '# resets sent'],
    ['OutSegs', '# segments sent out'],
    ['OutSegs', '# segments send out'],
    ['PassiveOpens', '# passive connection openings'],
    ['RetransSegs', '# segments retransmitted'],
    ['RetransSegs', '# segments retransmited'],
  ],
  Udp: [
    ['InDatagrams', '# packets received'],
    ['InErrors', '# packet receive errors'],
    ['NoPorts', '# packets to unknown port received'],
    ['OutDatagrams', '# packets sent'],
    ['RcvbufErrors', '# receive buffer errors'],
    ['SndbufErrors', '# send buffer errors'],
  ],
  TcpExt: [
    ['DelayedACKLocked', '# delayed acks further delayed because of locked socket'],
    ['DelayedACKLost', 'quick ack mode was activated # times'],
    ['DelayedACKs', '# delayed acks sent'],
    ['EmbryonicRsts', '# resets received for embryonic syn_recv sockets'],
    ['ListenDrops', '# syns to listen sockets dropped'],
    ['ListenOverflows', '# times the listen queue of a socket overflowed'],
    ['LockDroppedIcmps', '# icmp packets dropped because socket was locked'],
    ['OfoPruned', '# packets dropped from out-of-order queue because of socket buffer overrun'],
    ['OutOfWindowIcmps', '# icmp packets dropped because they were out-of-window'],
    ['PAWSActive', '# active connections rejected because of time stamp'],
    ['PAWSEstab', '# packetes rejected in established connections because of timestamp'],
    ['PAWSEstab', '# packets rejected in established connections because of timestamp'],
    ['PAWSPassive', '# passive connections rejected because of time stamp'],
    ['PruneCalled', '# packets pruned from receive queue because of socket buffer overrun'],
    ['RcvPruned', '# packets pruned from receive queue'],
    ['SockMallocOOM', 'ran # times out of system memory during packet sending'],
    ['SyncookiesFailed', '# invalid syn cookies received'],
    ['SyncookiesRecv', '# syn cookies received'],
    ['SyncookiesSent', '# syn cookies sent'],
    ['TCPAbortFailed', '# times unable to send rst due to no memory'],
    ['TCPAbortOnClose', '# connections reset due to early user close'],
    ['TCPAbortOnData', '# connections reset due to unexpected data'],
    ['TCPAbortOnLinger', '# connections aborted after user close in linger timeout'],
    ['TCPAbortOnMemory', '# connections aborted due to memory pressure'],
    ['TCPAbortOnSyn', '# connections reset due to unexpected syn'],
    ['TCPAbortOnTimeout', '# connections aborted due to timeout'],
    ['TCPDirectCopyFromBacklog', '# bytes directly in process context from backlog'],
    ['TCPDirectCopyFromPrequeue', '# bytes directly received in process context from prequeue'],
    ['TCPDSACKOfoRecv', '# dsacks for out of order packets received'],
    ['TCPDSACKOfoSent', '# dsacks sent for out of order packets'],
    ['TCPDSACKOldSent', '# dsacks sent for old packets'],
    ['TCPDSACKRecv', '# dsacks received'],
    ['TCPDSACKUndo', '# congestion windows recovered without slow start by dsack'],
    ['TCPDSACKUndo', '# congestion window recovered without slow start using dsack'],
    ['TCPFACKReorder', 'detected reordering # times using fack'],
    ['TCPFastRetrans', '# fast retransmits'],
    ['TCPForwardRetrans', '# forward retransmits'],
    ['TCPFullUndo', '# congestion windows fully recovered without slow start'],
    ['TCPHPAcks', '# predicted acknowledgments'],
    ['TCPHPHits', '# packet headers predicted'],
    ['TCPHPHitsToUser', '# packet headers predicted and directly queued to user'],
    ['TCPHPHitsToUser', '# packets header predicted and directly queued to user'],
    ['TCPLossFailures', '# timeouts in loss state'],
    ['TCPLoss', '# tcp data loss events'],
    ['TCPLossUndo', '# congestion windows recovered without slow start after partial ack'],
    ['TCPLostRetransmit', '# retransmits lost'],
    ['TCPMemoryPressures', 'tcp ran low on memory # times'],
    ['TCPPartialUndo', '# congestion windows partially recovered using hoe heuristic'],
    ['TCPPrequeued', '# packets directly queued to recvmsg prequeue'],
    ['TCPPrequeueDropped', '# packets dropped from prequeue'],
    ['TCPPureAcks', '# acknowledgments not containing data payload received'],
    ['TCPRcvCollapsed', '# packets collapsed in receive queue due to low socket buffer'],
    ['TCPRenoFailures', '# timeouts after reno fast retransmit'],
    ['TCPRenoRecoveryFail', '# classic reno fast retransmits failed'],
    ['TCPRenoRecoveryFail', '# reno fast retransmits failed'],
    ['TCPRenoRecovery', '# times recovered from packet loss due to fast retransmit'],
    ['TCPRenoReorder', 'detected reordering # times using reno fast retransmit'],
    ['TCPSackFailures', '# timeouts after sack recovery'],
    ['TCPSackRecoveryFail', '# sack retransmits failed'],
    ['TCPSackRecovery', '# times recovered from packet loss by selective acknowledgements'],
    ['TCPSACKReneging', '# bad sack blocks received'],
    ['TCPSACKReorder', 'detected reordering # times using sack'],
    ['TCPSchedulerFailed', '# times receiver scheduled too late for direct processing'],
    ['TCPSlowStartRetrans', '# retransmits in slow start'],
    ['TCPTimeouts', '# other tcp timeouts'],
    ['TCPTSReorder', 'detected reordering # times using time stamp'],
    ['TWKilled', '# tcp sockets finished time wait in slow timer'],
    ['TW', '# tcp sockets finished time wait in fast timer'],
    ['TWRecycled', '# time wait sockets recycled by time stamp'],
  ],
};

const PHRASE_INDEX: ReadonlyMap<string, string> = new Map(
  Object.entries(PHRASES).flatMap(([kind, entries]) => entries.map(([mib, template]) => [`${kind}|${template}`, mib] as const)),
);

/** Which phrase table a group uses; net-tools prints IPv6 counters with the group in the name. */
function mibName(group: string, template: string): { group: string; name: string } | undefined {
  const kind = group === 'Ip6' ? 'Ip' : group === 'Icmp6' ? 'Icmp' : group === 'Tcp6' ? 'Tcp' : group === 'Udp6' ? 'Udp' : group;
  const mib = PHRASE_INDEX.get(`${kind}|${template}`);
  if (!mib) {
    return undefined;
  }
  return { group, name: group === 'Ip6' || group === 'Icmp6' || group === 'Udp6' ? `${group}${mib}` : mib };
}

/** `netstat -s | grep listen` drops the headings: the phrase alone says which group it is from. */
function guessGroup(template: string): { group: string; name: string } | undefined {
  for (const group of Object.keys(PHRASES)) {
    const known = mibName(group, template);
    if (known) {
      return known;
    }
  }
  return undefined;
}
