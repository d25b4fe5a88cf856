import type { Protocol, RowResult, SocketProcess } from '../model/socketTable';
import { canonicalState } from '../model/tcpState';
import { addressFamily, parseEndpoint } from './endpoint';
import { stateFromRowShape } from './inferredState';
import { WINDOWS_TRANSLATED_HEADERS, WINDOWS_TRANSLATED_TITLES } from '../knowledge/translatedStateWords';
import { type Field, isUnsignedInteger, startsWithWords } from './textLines';

/**
 * Rows of Windows `netstat` (-an, -ano, -anob), in an English or a Chinese console:
 *   Active Connections                                         活动连接
 *     Proto  Local Address    Foreign Address  State   PID      协议  本地地址  外部地址  状态  PID
 *     TCP    0.0.0.0:135      0.0.0.0:0        LISTENING  1712
 *     UDP    [::]:123         *:*                          1234
 * With -b, the owner follows its row on indented lines: an optional service name (`RpcSs`), then
 * `[svchost.exe]`, or "Can not obtain ownership information" when Windows will not say.
 * The console's display language translates the title, the header and the state words (German
 * `ABHÖREN`, `HERGESTELLT`…): model/tcpState.ts reads the translations we know of, and a listener
 * with any other word is still read by its wildcard peer (parsers/inferredState.ts).
 */

const PROTOCOLS: ReadonlyMap<string, Protocol> = new Map([
  ['TCP', 'tcp'],
  ['UDP', 'udp'],
]);

const TITLES: ReadonlySet<string> = new Set(['Active Connections', '活动连接', ...WINDOWS_TRANSLATED_TITLES]);

export function isWindowsTitle(text: string): boolean {
  return TITLES.has(text.trim());
}

/** `Proto  Local Address  Foreign Address  State  [PID]`, or its Chinese form. */
export function isWindowsHeader(text: string): boolean {
  return /^\s*(?:Proto\s+Local Address\s+Foreign Address|协议\s+本地地址\s+外部地址)/.test(text) || (/^\s*Proto\s/.test(text) && startsWithWords(text, WINDOWS_TRANSLATED_HEADERS));
}

/** The first word is a protocol as Windows prints it (upper case); the row parser judges the rest. */
export function looksLikeWindowsRow(fields: readonly Field[]): boolean {
  return fields.length >= 2 && PROTOCOLS.has(fields[0].text);
}

/**
 * `fields` are the line's leading fields; the row is Proto, the two addresses, then State (TCP) and PID.
 * `lineText`, when given, lets an unknown state of several words (`IN ASCOLTO`) be kept whole.
 */
export function parseWindowsRow(fields: readonly Field[], line: number, lineText?: string): RowResult {
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
    if (!state && stateField) {
      // A word of a language we have no table for: a listener still shows by its wildcard peer.
      state = stateFromRowShape(stateField.text, fields[2].text);
      if (state) {
        stateField = unknownStateWords(fields, lineText);
      }
    }
    if (!state || !stateField) {
      return { problem: stateField ? 'unknown-state' : 'too-few-columns' };
    }
    next = 3 + stateWordCount(fields, stateField);
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

/** Words of an unknown state (`IN ASCOLTO` has two) run up to the PID or the line's end; at most this many. */
const MAX_STATE_WORDS = 3;

/** The unknown state word at fields[3] with the words after it that are no PID, as one field of `lineText`. */
function unknownStateWords(fields: readonly Field[], lineText: string | undefined): Field {
  let last = 3;
  while (lineText !== undefined && last + 1 < fields.length && last + 1 < 3 + MAX_STATE_WORDS && !isUnsignedInteger(fields[last + 1].text)) {
    last++;
  }
  const start = fields[3].start;
  return last === 3 || lineText === undefined ? fields[3] : { start, text: lineText.slice(start, fields[last].start + fields[last].text.length) };
}

/** How many fields from fields[3] the state takes (more than one for an unknown word of several). */
function stateWordCount(fields: readonly Field[], stateField: Field): number {
  let count = 1;
  while (3 + count < fields.length && fields[3 + count].start < stateField.start + stateField.text.length) {
    count++;
  }
  return count;
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
