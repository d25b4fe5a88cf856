import { settingsFrom } from '../../../server/src/core/settings';
import type { Invocation } from '../args';
import { summaryMarkdown } from '../formats/summaryMarkdown';
import { summaryText } from '../formats/summaryText';
import { jsonDocument, ndjsonLine } from '../formats/json';
import type { CliLanguage } from '../language';
import type { FileReport } from '../report';
import { analyzeInputs } from '../run';
import { styleFor } from '../terminal';

/** `netstat-insight summary`: the counts of the editor's State Summary panel, per file. Exit 0, or 2 when an input could not be read. */
export async function runSummary(invocation: Extract<Invocation, { kind: 'summary' }>, language: CliLanguage, inputs: readonly string[]): Promise<number> {
  const style = styleFor(process.stdout, process.env);
  const collected: FileReport[] = [];
  const write = (text: string): void => void process.stdout.write(text);
  const emit: (report: FileReport) => void = {
    text: (report: FileReport) => write(summaryText(report, language, style)),
    markdown: (report: FileReport) => write(summaryMarkdown(report, language)),
    ndjson: (report: FileReport) => write(ndjsonLine(report)),
    json: (report: FileReport) => void collected.push(report),
  }[invocation.format];
  const options = { command: 'summary' as const, language, settings: settingsFrom({}, language) };
  const { readFailed } = await analyzeInputs(inputs, options, invocation.jobs, (report) => report.kind === 'socket-dump', emit);
  if (invocation.format === 'json') {
    write(jsonDocument('summary', language, collected));
  }
  return readFailed ? 2 : 0;
}
