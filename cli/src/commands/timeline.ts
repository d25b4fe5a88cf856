import type { TimelineResult } from '../../../server/src/core/features/timeline';
import { createLanguageService } from '../../../server/src/core/languageService';
import { CANONICAL_STATES } from '../../../server/src/core/model/tcpState';
import { settingsFrom } from '../../../server/src/core/settings';
import packageJson from '../../../package.json';
import type { Invocation } from '../args';
import { type CliLanguage, say } from '../language';
import { readInputDocument } from '../readInput';
import { SCHEMA_VERSION } from '../report';
import { warn } from '../run';
import { printable, type Style, styleFor } from '../terminal';
import { LABELS } from '../texts';

/** Diagnostics about the series as a whole: the trend rules and the counter rates between snapshots. */
const TREND_CODES = new Set(['trend.close-wait-rising', 'trend.count-rising', 'counters.retransmission-share', 'listen.queue-overflows']);

/**
 * `netstat-insight timeline FILE`: the `netstatInsight/timeline` result and the trends the editor
 * reports on it. Exit 0 (a file that is no series says so), or 2 when the input cannot be read.
 */
export async function runTimeline(invocation: Extract<Invocation, { kind: 'timeline' }>, language: CliLanguage): Promise<number> {
  const input = await readInputDocument(invocation.input);
  if ('error' in input) {
    warn(say(input.error.message, language, input.error.values));
    return 2;
  }
  const service = createLanguageService();
  const settings = settingsFrom({}, language);
  const document = { uri: input.uri, version: 1, languageId: input.languageId ?? '', getText: () => input.text };
  const parsed = service.parse(document);
  const timeline = service.getTimeline(parsed, settings) ?? { snapshots: [], series: [], zoneNotes: [] };
  const trends = timeline.snapshots.length === 0 ? [] : service.doValidation(document, parsed, settings).filter((diagnostic) => TREND_CODES.has(String(diagnostic.code)));
  if (invocation.format === 'json') {
    const trendList = trends.map((diagnostic) => ({ code: diagnostic.code, line: diagnostic.range.start.line, message: diagnostic.message }));
    const envelope = { schemaVersion: SCHEMA_VERSION, tool: { name: 'netstat-insight', version: packageJson.version }, command: 'timeline', language, path: invocation.input, timeline, trends: trendList };
    process.stdout.write(`${JSON.stringify(envelope, null, 2)}\n`);
  } else {
    process.stdout.write(timelineText(invocation.input, timeline, trends.map((diagnostic) => diagnostic.message), language, styleFor(process.stdout, process.env)));
  }
  return 0;
}

/** Each series as a table: one row per snapshot (its time as printed, or its line), one column per state seen. */
function timelineText(file: string, timeline: TimelineResult, trends: readonly string[], language: CliLanguage, style: Style): string {
  const heading = style.bold(printable(file));
  if (timeline.series.length === 0) {
    return `${heading} — ${say(LABELS.noSeries, language)}\n`;
  }
  const lines = [heading];
  for (const series of timeline.series) {
    lines.push(`  ${say(LABELS.seriesHeading, language, { count: series.snapshots.length, name: printable(series.name) })}`);
    const states = CANONICAL_STATES.filter((state) => series.snapshots.some((snapshot) => snapshot.states[state] !== undefined));
    const counters = changingCounters(series.snapshots);
    const header = [say(LABELS.time, language), 'TCP', ...states, ...counters];
    const rows = series.snapshots.map((snapshot) => [
      snapshot.label === '' ? say(LABELS.line, language, { line: snapshot.startLine + 1 }) : printable(snapshot.label),
      String(snapshot.total),
      ...states.map((state) => String(snapshot.states[state] ?? 0)),
      ...counters.map((counter) => String(snapshot.counters?.[counter] ?? '')),
    ]);
    const widths = header.map((cell, column) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column]))));
    const render = (cells: readonly string[]) => `    ${cells.map((cell, column) => (column === 0 ? padEnd(cell, widths[column]) : padStart(cell, widths[column]))).join('  ')}`.trimEnd();
    lines.push(style.dim(render(header)), ...rows.map(render));
  }
  for (const note of timeline.zoneNotes) {
    lines.push(`  ${style.dim(note)}`);
  }
  if (trends.length > 0) {
    lines.push(`  ${say(LABELS.trends, language)}`, ...trends.map((message) => `  - ${printable(message)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The counters (`netstat -s`, `ss -s`) whose value differs between snapshots: the ones worth a column. */
function changingCounters(snapshots: TimelineResult['snapshots']): string[] {
  const first = snapshots[0]?.counters ?? {};
  return Object.keys(first).filter((name) => snapshots.some((snapshot) => snapshot.counters?.[name] !== first[name]));
}

/** Columns on a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  }
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
