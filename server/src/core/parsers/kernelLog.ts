import { KERNEL_MESSAGES, type KernelMessageKind } from '../knowledge/kernelLogMessages';

/**
 * Reads one line of a kernel log as dmesg, journalctl and syslog write it: the prefix (timestamp,
 * host, `kernel:` tag) and then the message. Each step is a sticky expression at one position, with
 * bounded repeats, or a bounded search, so a long line costs one pass at most.
 */

/** The kernel cuts a log record at about 1 KiB; a longer line is no kernel log line. */
const MAX_KERNEL_LINE = 2048;

/** `<4>`: the priority dmesg -r and raw syslog print first. */
const PRIORITY = /<\d{1,3}>/y;
/** `kern  :warn  : `: dmesg -x puts facility and level first. */
const FACILITY_LEVEL = /[a-z]{2,8} {0,6}:[a-z]{2,7} {0,6}: /y;
/** `Dec  7 10:00:00` or `Dec 07 10:00:00.123456` (syslog, journalctl short / short-precise). */
const SYSLOG_TIME = /[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,9})?(?= )/y;
/** `2026-12-07T10:00:00+0800` (journalctl short-iso), with fractions (short-iso-precise, rsyslog), or dmesg --time-format iso. */
const ISO_TIME = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d(?::?\d\d)?)?(?= )/y;
/** `host kernel: ` after a syslog or journalctl time; `kernel[0]:` is not printed by either, but the tag may carry a pid elsewhere. */
const HOST_AND_TAG = / {1,4}([^\s:]{1,255}) ([^\s:[]{1,64})(?:\[\d{1,10}\])?: /y;
/**
 * The inside of dmesg's brackets: seconds since boot (`  123.456789`, `+0.000123` of --reltime), or a date and time (-T, -H),
 * without the marks of a shell prompt that shows the time (`[10:00:01 root@web1 ~]#`).
 */
const BRACKET_TIME = /^ {0,12}\+?\d{1,10}[.,]\d{1,9} {0,3}$|^[^@~/$#]{0,40}\d\d?:\d\d[^@~/$#]{0,40}$/;
/** `[T1234]` / `[C2]`: the caller id CONFIG_PRINTK_CALLER adds after the time. */
const CALLER_ID = /\[[TC]\d{1,10}\]/y;

/** What the prefix of a line says: where the message starts, the time, and whether it is a kernel log line at all. */
interface KernelLinePrefix {
  readonly messageStart: number;
  readonly time?: string;
  /** True when the prefix alone shows a kernel log line (dmesg's brackets, a `kernel:` tag). */
  readonly kernelLine: boolean;
}

/** A kernel message the knowledge base explains, as read from its line. */
export interface KernelMessageRead {
  readonly kind: KernelMessageKind | 'suppressed';
  readonly wording: number;
  readonly subject?: string;
  readonly suppressed?: number;
  readonly dropped?: true;
}

/** One kernel log line: where its message is, its time, and the message when it is one of ours. */
export interface KernelLogLineRead {
  readonly messageStart: number;
  readonly messageEnd: number;
  readonly time?: string;
  readonly message?: KernelMessageRead;
}

/**
 * The kernel log line `text` is, or undefined when it is none: a line with a kernel log prefix
 * (whatever its message says), or a bare message the knowledge base knows.
 */
export function readKernelLogLine(text: string): KernelLogLineRead | undefined {
  if (text.length > MAX_KERNEL_LINE || text.length < 8) {
    return undefined;
  }
  const prefix = readPrefix(text);
  if (prefix === undefined) {
    return undefined;
  }
  let end = text.length;
  while (end > prefix.messageStart && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9 || text.charCodeAt(end - 1) === 13)) {
    end--;
  }
  const message = readMessage(text.slice(prefix.messageStart, end));
  if (!message && !prefix.kernelLine) {
    return undefined;
  }
  return { messageStart: prefix.messageStart, messageEnd: end, ...(prefix.time === undefined ? {} : { time: prefix.time }), ...(message ? { message } : {}) };
}

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) {
    at++;
  }
  return at;
}

function readPrefix(text: string): KernelLinePrefix | undefined {
  let at = 0;
  const priority = stickyAt(PRIORITY, text, at);
  if (priority) {
    at += priority[0].length;
  }
  const facility = stickyAt(FACILITY_LEVEL, text, at);
  if (facility) {
    at += facility[0].length;
  }
  const first = text.charCodeAt(at);
  if (first === 91 /* [ */) {
    const bracket = readBracketTime(text, at);
    if (bracket === undefined) {
      return undefined;
    }
    // journalctl -o short-monotonic: `[12345.678901] host kernel: message`; in dmesg's own lines a
    // `usb 1-1: ` after the time is the message.
    const tagged = readHostAndTag(text, bracket.end);
    return { messageStart: skipSpaces(text, typeof tagged === 'number' ? tagged : bracket.end), time: bracket.time, kernelLine: true };
  }
  const time = stickyAt(SYSLOG_TIME, text, at) ?? stickyAt(ISO_TIME, text, at);
  if (time) {
    const tagged = readHostAndTag(text, at + time[0].length);
    if (tagged === 'other') {
      return undefined;
    }
    if (tagged === undefined) {
      // dmesg --time-format iso: the message follows the time; only a message we know makes it a kernel line.
      return { messageStart: skipSpaces(text, at + time[0].length), time: time[0], kernelLine: false };
    }
    // rsyslog with older imklog keeps dmesg's own time after the tag.
    const inner = text.charCodeAt(tagged) === 91 ? readBracketTime(text, tagged) : undefined;
    return { messageStart: skipSpaces(text, inner?.end ?? tagged), time: time[0], kernelLine: true };
  }
  // dmesg -x's facility and level mark a kernel line; a bare `<6>` could start anything.
  return { messageStart: at, kernelLine: facility !== null };
}

/** `[  123.456789]` (and a caller id after it) at `at`: the time inside and where the prefix ends. */
function readBracketTime(text: string, at: number): { time: string; end: number } | undefined {
  const close = text.indexOf(']', at + 1);
  if (close < 0 || close - at > 64) {
    return undefined;
  }
  const inside = text.slice(at + 1, close);
  if (!BRACKET_TIME.test(inside)) {
    return undefined;
  }
  let end = close + 1;
  const caller = stickyAt(CALLER_ID, text, end);
  if (caller) {
    end += caller[0].length;
  }
  return { time: inside.trim(), end };
}

/** After a time: ` host kernel: ` → where the message starts; 'other' for another program's tag; undefined when there is no tag. */
function readHostAndTag(text: string, at: number): number | 'other' | undefined {
  const tag = stickyAt(HOST_AND_TAG, text, at);
  if (!tag) {
    return undefined;
  }
  return tag[2] === 'kernel' ? at + tag[0].length : 'other';
}

/**
 * The messages, one expression per wording shape, each anchored at the message's start with bounded
 * repeats. Groups: the SYN flood's port (and address), the neighbour table's id, the suppressed count.
 */
const SYN_FLOOD = /^(?:TCP: )?(?:[A-Za-z][\w.-]{0,40}: )?[Pp]ossible SYN flooding on port (\[[\dA-Fa-f:.%\w]{2,60}\]:\d{1,5}|\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}|\d{1,5})\. (Sending cookies|Dropping request)\.(  Check SNMP counters\.)?$/;
const CONNTRACK_FULL = /^(nf_conntrack: )?nf_conntrack: table full(?: in netns (\d{1,10}))?, dropping packet\.?$/;
const TCP_OUT_OF_MEMORY = /^TCP: out of memory -- consider tuning tcp_mem$/;
const TOO_MANY_ORPHANS = /^TCP: too many (of )?orphaned sockets$/;
const OUT_OF_SOCKET_MEMORY = /^Out of socket memory$/;
const NEIGHBOUR_OVERFLOW = /^(?:neighbour: )?([\w.-]{1,32}): neighbor table overflow!$/;
const OLD_NEIGHBOUR_OVERFLOW = /^Neighbour table overflow\.$/;
const TIME_WAIT_OVERFLOW = /^TCP: time wait bucket table overflow$/;
/** Only net_ratelimit's count is of network messages; other callers of ___ratelimit name themselves. */
const SUPPRESSED = /^net_ratelimit: (\d{1,10}) callbacks suppressed$/;

/** Index of a wording by its format string: the table, not the code, says which wordings exist. */
function wordingIndex(kind: KernelMessageKind, format: string): number {
  return KERNEL_MESSAGES.find((doc) => doc.kind === kind)!.wordings.findIndex((wording) => wording.format === format);
}

const WORDING = {
  synFloodV4: wordingIndex('syn-flood', 'TCP: %s: Possible SYN flooding on port %pI4:%u. %s.'),
  synFloodV6: wordingIndex('syn-flood', 'TCP: %s: Possible SYN flooding on port [%pI6c]:%u. %s.'),
  synFloodPort: wordingIndex('syn-flood', 'TCP: %s: Possible SYN flooding on port %d. %s.  Check SNMP counters.'),
  synFloodPort3: KERNEL_MESSAGES[0].wordings.findIndex((wording) => wording.file === 'net/ipv4/tcp_ipv4.c' && wording.function === 'tcp_syn_flood_action'),
  synFloodOld: wordingIndex('syn-flood', 'possible SYN flooding on port %d. Sending cookies.'),
  conntrack: wordingIndex('conntrack-full', 'nf_conntrack: nf_conntrack: table full, dropping packet'),
  conntrackNetns: wordingIndex('conntrack-full', 'nf_conntrack: nf_conntrack: table full in netns %u, dropping packet'),
  conntrackOld: wordingIndex('conntrack-full', 'nf_conntrack: table full, dropping packet'),
  orphans: wordingIndex('tcp-too-many-orphans', 'TCP: too many orphaned sockets'),
  orphansOld: wordingIndex('tcp-too-many-orphans', 'TCP: too many of orphaned sockets'),
  neighbour: wordingIndex('neighbour-overflow', 'neighbour: %s: neighbor table overflow!'),
  neighbourOld: wordingIndex('neighbour-overflow', 'Neighbour table overflow.'),
};

/** The message the knowledge base knows, or undefined. */
export function readMessage(message: string): KernelMessageRead | undefined {
  if (message.length > 512) {
    return undefined;
  }
  const synFlood = SYN_FLOOD.exec(message);
  if (synFlood) {
    const read: KernelMessageRead = { kind: 'syn-flood', wording: synFloodWording(message, synFlood), subject: synFlood[1] };
    return synFlood[2] === 'Dropping request' ? { ...read, dropped: true } : read;
  }
  const conntrack = CONNTRACK_FULL.exec(message);
  if (conntrack) {
    const wording = conntrack[2] !== undefined ? WORDING.conntrackNetns : conntrack[1] !== undefined ? WORDING.conntrack : WORDING.conntrackOld;
    return conntrack[2] === undefined ? { kind: 'conntrack-full', wording } : { kind: 'conntrack-full', wording, subject: `netns ${conntrack[2]}` };
  }
  if (TCP_OUT_OF_MEMORY.test(message)) {
    return { kind: 'tcp-out-of-memory', wording: 0 };
  }
  const orphans = TOO_MANY_ORPHANS.exec(message);
  if (orphans) {
    return { kind: 'tcp-too-many-orphans', wording: orphans[1] ? WORDING.orphansOld : WORDING.orphans };
  }
  if (OUT_OF_SOCKET_MEMORY.test(message)) {
    return { kind: 'out-of-socket-memory', wording: 0 };
  }
  const neighbour = NEIGHBOUR_OVERFLOW.exec(message);
  if (neighbour) {
    return { kind: 'neighbour-overflow', wording: WORDING.neighbour, subject: neighbour[1] };
  }
  if (OLD_NEIGHBOUR_OVERFLOW.test(message)) {
    return { kind: 'neighbour-overflow', wording: WORDING.neighbourOld };
  }
  if (TIME_WAIT_OVERFLOW.test(message)) {
    return { kind: 'time-wait-overflow', wording: 0 };
  }
  const suppressed = SUPPRESSED.exec(message);
  if (suppressed) {
    return { kind: 'suppressed', wording: 0, suppressed: Number(suppressed[1]) };
  }
  return undefined;
}

function synFloodWording(message: string, match: RegExpExecArray): number {
  const port = match[1];
  if (port.startsWith('[')) {
    return WORDING.synFloodV6;
  }
  if (port.includes(':')) {
    return WORDING.synFloodV4;
  }
  if (match[3] !== undefined) {
    return message.startsWith('TCP: TCP') ? WORDING.synFloodPort3 : WORDING.synFloodPort;
  }
  return WORDING.synFloodOld;
}
