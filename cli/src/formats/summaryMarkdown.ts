import { documentCode, escapeMarkdown, inlineCode } from '../../../server/src/core/features/hoverMarkdown';
import { type CliLanguage, say } from '../language';
import type { FileReport } from '../report';
import { LABELS } from '../texts';
import { statesByCount } from './summaryText';

/** One file's summary as Markdown for a ticket; every text from the document is escaped or code-quoted. */
export function summaryMarkdown(report: FileReport, language: CliLanguage): string {
  const lines = [`### ${inlineCode(report.path)}`, ''];
  const summary = report.summary;
  if (report.error !== null) {
    lines.push(`**${say(LABELS.error, language)}:** ${escapeMarkdown(report.error)}`);
  } else if (summary === undefined || summary === null) {
    lines.push(`*${say(report.kind === 'sysctl' ? LABELS.notADump : LABELS.notRecognised, language)}*`);
  } else {
    const formats = summary.sections.map((section) => section.formatName).filter((name, index, all) => all.indexOf(name) === index);
    lines.push(`*${escapeMarkdown(formats.join(', '))}* · **${say(LABELS.tcpSockets, language, { total: summary.total })}**`, '');
    const states = statesByCount(summary.states);
    if (states.length > 0) {
      lines.push(`| ${say(LABELS.state, language)} | ${say(LABELS.count, language)} |`, '| --- | ---: |');
      lines.push(...states.map(([state, count]) => `| ${state} | ${count} |`), '');
    }
    const listening = say(LABELS.listening, language);
    const ranked: [keyof typeof LABELS, string[]][] = [
      ['localPorts', summary.topLocalPorts.map((port) => `${documentCode(port.port)} ${port.total}${port.listening ? ` (${listening})` : ''}`)],
      ['remoteHosts', summary.topRemoteHosts.map((host) => `${documentCode(host.host)} ${host.total}`)],
      ['processes', summary.topProcesses.map((process) => `${documentCode(process.name)} ${process.total}`)],
    ];
    for (const [label, items] of ranked) {
      if (items.length > 0) {
        lines.push(`- **${say(LABELS[label], language)}:** ${items.join(', ')}`);
      }
    }
    if (summary.unparsedLines > 0) {
      lines.push(`- *${say(LABELS.unparsedLines, language, { count: summary.unparsedLines })}*`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
