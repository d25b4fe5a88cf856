import type { Protocol, RowResult, SocketProcess } from '../model/socketTable';
import { canonicalState } from '../model/tcpState';
import { addressFamily, parseEndpoint } from './endpoint';
import { type Field, isUnsignedInteger } from './textLines';

/**
 * Rows of Windows `netstat` (-an, -ano, -anob), in an English or a Chinese console:
 *   Active Connections                                         活动连接
 *     Proto  Local Address    Foreign Address  State   PID      协议  本地地址  外部地址  状态  PID
 *     TCP    0.0.0.0:135      0.0.0.0:0        LISTENING  1712
 *     UDP    [::]:123         *:*                          1234
 * With -b, the owner follows its row on indented lines: an optional service name (`RpcSs`), then
 * `[svchost.exe]`, or "Can not obtain ownership information" when Windows will not say.
 * The state words stay English in every console language we know of.
 */

const PROTOCOLS: ReadonlyMap<string, Protocol> = new Map([
  ['TCP', 'tcp'],
  ['UDP', 'udp'],
]);

export function isWindowsTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === 'Active Connections' || trimmed === '活动连接';
}

/** `Proto  Local Address  Foreign Address  State  [PID]`, or its Chinese form. */
export function isWindowsHeader(text: string): boolean {
  return /^\s*(?:Proto\s+Local Address\s+Foreign Address|协议\s+本地地址\s+外部地址)/.test(text);
}

/** The first word is a protocol as Windows prints it (upper case); the row parser judges the rest. */
export function looksLikeWindowsRow(fields: readonly Field[]): boolean {
  return fields.length >= 2 && PROTOCOLS.has(fields[0].text);
}

/** `fields` are the line's leading fields; the row is Proto, the two addresses, then State (TCP) and PID. */
export function parseWindowsRow(fields: readonly Field[], line: number): RowResult {
  const protocol = fields.length >= 3 ? PROTOCOLS.get(fields[0].text) : undefined;
  if (!protocol) {
    return { problem: 'too-few-columns' };
  }
  const local = parseEndpoint(fields[1].text, fields[1].start);
  const remote = parseEndpoint(fields[2].text, fields[2].start);
  if (!local || !remote) {
    return { problem: 'bad-address' };
  }
  let next = 3;
  let state: ReturnType<typeof canonicalState>;
  let stateField: Field | undefined;
  if (protocol === 'tcp') {
    stateField = fields[3];
    state = stateField ? canonicalState(stateField.text) : undefined;
    if (!state) {
      return { problem: stateField ? 'unknown-state' : 'too-few-columns' };
    }
    next = 4;
  }
  const pidField = fields[next];
  if (pidField && !isUnsignedInteger(pidField.text)) {
    return { problem: protocol === 'udp' && fields.length === 4 ? 'unknown-state' : 'too-few-columns' };
  }
  // PID 0 is what Windows prints for sockets no process owns any more (TIME_WAIT): no owner.
  const owned = pidField !== undefined && Number(pidField.text) !== 0;
  const processes: SocketProcess[] = owned ? [{ name: pidField.text, pid: Number(pidField.text) }] : [];
  return {
    row: {
      line,
      format: 'netstat-windows',
      protocol,
      family: addressFamily(local.address) ?? addressFamily(remote.address),
      state,
      stateText: stateField?.text,
      stateSpan: stateField && { start: stateField.start, end: stateField.start + stateField.text.length },
      local,
      remote,
      processes,
      processSpan: owned ? { start: pidField.start, end: pidField.start + pidField.text.length } : undefined,
    },
  };
}

/** What an indented line below a -b row says about the socket's owner. */
export type WindowsOwnerLine =
  | { readonly kind: 'executable'; readonly name: string }
  | { readonly kind: 'service'; readonly name: string }
  | { readonly kind: 'unavailable' };

const OWNERSHIP_UNAVAILABLE = ['Can not obtain ownership information', '无法获取所有权信息'];

export function parseWindowsOwnerLine(text: string): WindowsOwnerLine {
  const trimmed = text.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    return { kind: 'executable', name: trimmed.slice(1, -1) };
  }
  if (OWNERSHIP_UNAVAILABLE.includes(trimmed)) {
    return { kind: 'unavailable' };
  }
  return { kind: 'service', name: trimmed };
}
