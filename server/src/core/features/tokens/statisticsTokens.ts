import { findCounterDoc, findNstatCounterDoc } from '../../knowledge/counters';
import { ownEntry } from '../../knowledge/ownEntry';
import { SS_SUMMARY_TCP_FIELDS, SS_SUMMARY_TOTALS, SS_SUMMARY_TRANSPORT_ROWS, type SsSummaryFieldDoc } from '../../knowledge/ssSummaryFields';
import { firstAtOrAfterLine } from '../../model/lineOrder';
import type { ParsedSocketDump, ProtocolCounter } from '../../model/socketTable';
import type { CounterToken, SsSummaryToken } from '../dumpTokens';
import { wordAt } from '../hoverMarkdown';

/**
 * A counter of `netstat -s`, `nstat` or /proc/net/netstat under the cursor. The scan mapped netstat's
 * phrases to MIB names (dump.counters); nstat names (`TcpExtListenOverflows`) and the name rows of
 * /proc/net/netstat (`TcpExt: SyncookiesSent …`) are read from the word itself.
 */
export function counterToken(dump: ParsedSocketDump, lineText: string, line: number, character: number): CounterToken | undefined {
  const onLine = countersOnLine(dump.counters, line);
  const parsed =
    onLine.find((counter) => character >= counter.span.start && character <= counter.span.end) ?? (onLine.length === 1 ? onLine[0] : undefined);
  if (parsed) {
    const doc = findCounterDoc(parsed.group, parsed.name);
    const { start, end } = parsed.span;
    return doc && { kind: 'counter', line, start, end, text: lineText.slice(start, end), doc, value: parsed.value };
  }
  const word = wordAt(lineText, character);
  if (!word) {
    return undefined;
  }
  const group = /^(\w+):/.exec(lineText)?.[1];
  const doc = findNstatCounterDoc(word.word) ?? (group ? findCounterDoc(group, word.word) : undefined);
  return doc && { kind: 'counter', line, start: word.start, end: word.end, text: word.word, doc };
}

function countersOnLine(counters: readonly ProtocolCounter[], line: number): ProtocolCounter[] {
  const found: ProtocolCounter[] = [];
  for (let index = firstAtOrAfterLine(counters, line); counters[index]?.line === line; index++) {
    found.push(counters[index]);
  }
  return found;
}

/** `TCP:   21 (estab 3, closed 17, orphaned 0, timewait 0)`; older ss add `synrecv` and `ports`. */
const TCP_LINE = /^TCP:\s+(\d+)\s+\(/;
const TCP_FIELD = /\b([a-z]+) (\d+(?:\/\d+)?)/g;
const TOTAL_LINE = /^Total:\s+\d+/;
const TRANSPORT_ROW = /^([A-Z]+)\s+\d+/;

/** A number of `ss -s` under the cursor, on a line of an `ss -s` output (a "TCP" or "Total:" elsewhere means something else). */
export function ssSummaryToken(lineText: string, line: number, character: number): SsSummaryToken | undefined {
  const token = (doc: SsSummaryFieldDoc, text: string, start: number): SsSummaryToken => ({ kind: 'ss-summary', line, start, end: start + text.length, text, doc });
  const tcpLine = TCP_LINE.exec(lineText);
  if (tcpLine) {
    for (const field of lineText.matchAll(TCP_FIELD)) {
      const start = field.index ?? 0;
      const doc = ownEntry(SS_SUMMARY_TCP_FIELDS, field[1]);
      if (doc && character >= start && character <= start + field[0].length) {
        return token(doc, field[0], start);
      }
    }
    // `TCP:   21`, without the blank before the parenthesis.
    const written = tcpLine[0].slice(0, -1).trimEnd();
    return character <= written.length ? token(SS_SUMMARY_TOTALS.tcp, written, 0) : undefined;
  }
  const total = TOTAL_LINE.exec(lineText);
  if (total && character <= total[0].length) {
    return token(SS_SUMMARY_TOTALS.total, total[0], 0);
  }
  const row = TRANSPORT_ROW.exec(lineText);
  const rowDoc = row ? ownEntry(SS_SUMMARY_TRANSPORT_ROWS, row[1]) : undefined;
  return row && rowDoc && character <= row[1].length ? token(rowDoc, row[1], 0) : undefined;
}
