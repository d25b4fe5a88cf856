import { type DocumentSymbol, Range, SymbolKind, uinteger } from 'vscode-languageserver-types';
import type { AggregatedCounts } from '../analysis/histogramCounts';
import { countSections, type SectionSummary } from '../analysis/sectionCounts';
import { MAX_SHOWN_VALUE, shortenedValue } from '../analysis/sysctlValue';
import { type DisplayLanguage, format, localize, type Localized } from '../i18n/localized';
import { sectionFormatName } from '../parsers/formats/index';
import { firstAtOrAfterLine } from '../model/lineOrder';
import type { ParsedSocketDump } from '../model/socketTable';
import { CANONICAL_STATES } from '../model/tcpState';
import type { ParsedSysctlFile } from '../model/sysctlFile';

/** The outline lists at most this many entries: a paste or file can hold a million, no reader wants them. */
export const MAX_DOCUMENT_SYMBOLS = 5000;

/**
 * The outline of a pasted session: one entry per command output, named by its command (or by the
 * format when the prompt was not pasted), with its TCP counts as detail.
 */
export function socketDumpSymbols(dump: ParsedSocketDump, language: DisplayLanguage): DocumentSymbol[] {
  return countSections(dump).slice(0, MAX_DOCUMENT_SYMBOLS).map((section) => {
    const formatName = localize(sectionFormatName(section.format), language, ' / ');
    // The end of the line, whatever its length: the client clamps the column.
    const range = Range.create(section.startLine, 0, section.endLine, uinteger.MAX_VALUE);
    return {
      name: withPrintedTime(section.command ?? formatName, dump, section.startLine),
      detail: section.command === undefined ? sectionDetail(section, dump, language) : `${formatName} · ${sectionDetail(section, dump, language)}`,
      kind: SymbolKind.Module,
      range,
      selectionRange: Range.create(section.startLine, 0, section.startLine, uinteger.MAX_VALUE),
    };
  });
}

/**
 * A snapshot of a series starts at its time line (`date`, a `watch` header): its clock time tells the
 * outline's entries apart, which otherwise all read `ss -tan`.
 */
function withPrintedTime(name: string, dump: ParsedSocketDump, line: number): string {
  const time = dump.printedTimes[firstAtOrAfterLine(dump.printedTimes, line)];
  const clock = time?.line === line ? time.clock : undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return clock ? `${name} · ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}` : name;
}

/** What a section holds: TCP counts for a socket table, counters for statistics, the totals of ss -s. */
function sectionDetail(section: SectionSummary, dump: ParsedSocketDump, language: DisplayLanguage): string {
  if (section.format === 'netstat-statistics') {
    const counters = firstAtOrAfterLine(dump.counters, section.endLine + 1) - firstAtOrAfterLine(dump.counters, section.startLine);
    return localize(format({ en: '{counters} counters', zh: '{counters} 个计数器' }, { counters }), language, ' / ');
  }
  const candidate = section.format === 'ss-summary' ? dump.ssSummaries[firstAtOrAfterLine(dump.ssSummaries, section.startLine)] : undefined;
  const summary = candidate !== undefined && candidate.line <= section.endLine ? candidate : undefined;
  if (summary) {
    const parts = Object.entries(summary.tcp).map(([name, value]) => `${name} ${value}`).join(', ');
    return localize(format({ en: 'TCP: {parts}', zh: 'TCP：{parts}' }, { parts }), language, ' / ');
  }
  if (section.aggregated && section.total === 0) {
    return aggregatedDetail(section.aggregated, language);
  }
  return countsDetail(section, language);
}

/** A histogram of peers, ports or processes: how many sockets over how many values it counted. */
function aggregatedDetail(counts: AggregatedCounts, language: DisplayLanguage): string {
  const parts: Localized[] = [];
  if (counts.hosts) {
    parts.push(format({ en: '{total} connections with {distinct} peers', zh: '{distinct} 个对端、{total} 个连接' }, { total: counts.hosts.total, distinct: counts.hosts.distinct }));
  }
  if (counts.ports) {
    parts.push(format({ en: '{total} sockets on {distinct} ports', zh: '{distinct} 个端口、{total} 个 socket' }, { total: counts.ports.total, distinct: counts.ports.distinct }));
  }
  if (counts.processes) {
    parts.push(format({ en: '{total} sockets of {distinct} programs', zh: '{distinct} 个程序、{total} 个 socket' }, { total: counts.processes.total, distinct: counts.processes.distinct }));
  }
  const joined: Localized = { en: `${parts.map((part) => part.en).join(', ')} (aggregated)`, zh: `${parts.map((part) => part.zh).join('，')}（汇总计数）` };
  return localize(joined, language, ' / ');
}

function countsDetail(section: SectionSummary, language: DisplayLanguage): string {
  const withoutState = section.withoutState ?? 0;
  if (section.total === 0 && withoutState > 0) {
    // BSD `netstat -T` / `-x` and `lsof -T` print TCP sockets without their state.
    const text = { en: withoutState === 1 ? '1 TCP socket, no state printed' : '{count} TCP sockets, no state printed', zh: '{count} 个 TCP 连接，未显示状态' };
    return localize(format(text, { count: withoutState }), language, ' / ');
  }
  if (section.total === 0) {
    return localize({ en: 'no TCP sockets', zh: '无 TCP 连接' }, language, ' / ');
  }
  const present = CANONICAL_STATES.filter((state) => (section.states[state] ?? 0) > 0).sort(
    (a, b) => (section.states[b] ?? 0) - (section.states[a] ?? 0),
  );
  const busiest = present
    .slice(0, 3)
    .map((state) => `${state} ${section.states[state]}`)
    .concat(present.length > 3 ? ['…'] : [])
    .join(', ');
  const text: Localized = format(
    { en: section.total === 1 ? '1 TCP socket: {busiest}' : '{total} TCP sockets: {busiest}', zh: '{total} 个 TCP 连接：{busiest}' },
    { total: section.total, busiest },
  );
  return localize(text, language, ' / ');
}

/** The outline of a sysctl file: its keys, in file order, with their values. */
export function sysctlSymbols(file: ParsedSysctlFile): DocumentSymbol[] {
  return file.entries.slice(0, MAX_DOCUMENT_SYMBOLS).map((entry) => ({
    name: entry.rawKey,
    detail: shortenedValue(entry.value, MAX_SHOWN_VALUE),
    kind: SymbolKind.Property,
    range: Range.create(entry.line, entry.keySpan.start, entry.line, entry.valueSpan.end),
    selectionRange: Range.create(entry.line, entry.keySpan.start, entry.line, entry.keySpan.end),
  }));
}
