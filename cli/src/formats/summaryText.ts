import type { SummaryResult } from '../../../server/src/protocol';
import { type CliLanguage, say } from '../language';
import type { FileReport } from '../report';
import { printable, type Style } from '../terminal';
import { LABELS } from '../texts';

/** One file's summary for a terminal: a heading line, then states, ports, hosts and processes. */
export function summaryText(report: FileReport, language: CliLanguage, style: Style): string {
  const heading = style.bold(printable(report.path));
  const summary = report.summary;
  if (report.error !== null) {
    return `${heading} — ${style.red(say(LABELS.error, language))}: ${printable(report.error)}\n`;
  }
  if (summary === undefined || summary === null) {
    return `${heading} — ${say(report.kind === 'sysctl' ? LABELS.notADump : LABELS.notRecognised, language)}\n`;
  }
  const lines = [`${heading} — ${printable(summary.sections.map((section) => section.formatName).filter(unique).join(', '))}`];
  lines.push(`  ${say(LABELS.tcpSockets, language, { total: summary.total })}${summary.total > 0 ? `: ${statesLine(summary.states)}` : ''}`);
  const listening = say(LABELS.listening, language);
  const ranked: [keyof typeof LABELS, string[]][] = [
    ['localPorts', summary.topLocalPorts.map((port) => `${port.port} ${port.total}${port.listening ? ` (${listening})` : ''}`)],
    ['remoteHosts', summary.topRemoteHosts.map((host) => `${host.host} ${host.total}`)],
    ['processes', summary.topProcesses.map((process) => `${process.name} ${process.total}`)],
  ];
  for (const [label, items] of ranked) {
    if (items.length > 0) {
      lines.push(`  ${say(LABELS[label], language)}: ${printable(items.join(' · '))}`);
    }
  }
  if (summary.unparsedLines > 0) {
    lines.push(`  ${style.dim(say(LABELS.unparsedLines, language, { count: summary.unparsedLines }))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Non-zero states, most frequent first (ties in the order a connection meets them). */
export function statesByCount(states: SummaryResult['states']): [string, number][] {
  return Object.entries(states)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
}

function statesLine(states: SummaryResult['states']): string {
  return statesByCount(states)
    .map(([state, count]) => `${state} ${count}`)
    .join(' · ');
}

function unique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}
