import type {
  ParsedSocketDump,
  Protocol,
  RowResult,
  SocketRow,
  SocketTableFormat,
  SocketTableHeader,
  UnrecognizedLine,
} from '../model/socketTable';
import { isSsHeader, looksLikeSsRow, parseSsRow } from './iproute2Ss';
import {
  columnsFromHeader,
  isNetToolsHeader,
  isNetToolsUnixHeader,
  looksLikeNetToolsRow,
  looksLikeNetToolsUnixRow,
  type NetToolsColumns,
  netToolsSectionTitle,
  parseNetToolsRow,
} from './netToolsNetstat';
import { commandAfterPrompt, ssTableProtocol } from './shellCommand';
import { forEachLine, hasControlCharacters, isBlank, isBlankLine, splitFields } from './textLines';

/**
 * Parses a document holding Linux netstat and/or ss output, possibly several tables and the shell
 * prompts between them. Every non-blank line ends up as a row, a header, a continuation, a command,
 * a known tool note, or an unrecognized line: nothing is dropped silently.
 * Each row is recognised by its own shape, so a paste that starts below its header still parses;
 * headers only add what a row cannot say by itself (the optional netstat columns).
 */
export function parseSocketDump(text: string): ParsedSocketDump {
  const rows: SocketRow[] = [];
  const headers: SocketTableHeader[] = [];
  const commands: { line: number; text: string }[] = [];
  const unrecognized: UnrecognizedLine[] = [];
  const formats: SocketTableFormat[] = [];

  let section: 'inet' | 'unix' | 'other' | undefined;
  let netToolsColumns: NetToolsColumns | undefined;
  let ssProtocol: Protocol = 'tcp';
  // What the last non-blank line was: ss rows and wrapped notes may continue on indented lines.
  let previous: 'ss-row' | 'note' | 'other' = 'other';
  let lineCount = 0;

  const noteFormat = (format: SocketTableFormat) => {
    if (!formats.includes(format)) {
      formats.push(format);
    }
  };
  const accept = (result: RowResult, line: number, length: number): void => {
    if ('row' in result) {
      rows.push(result.row);
      noteFormat(result.row.format);
      previous = result.row.format === 'ss' ? 'ss-row' : 'other';
    } else {
      unrecognized.push({ line, length, reason: result.problem });
      previous = 'other';
    }
  };

  forEachLine(text, (lineText, line) => {
    lineCount = line + 1;
    if (isBlankLine(lineText)) {
      return;
    }
    // ss -i/-e/-m print details on an indented line below their row; notes wrap the same way.
    if (isBlank(lineText.charCodeAt(0)) && (previous === 'ss-row' || previous === 'note')) {
      return;
    }
    if (isToolNote(lineText)) {
      previous = lineText.trimEnd().endsWith(')') || !lineText.startsWith('(') ? 'other' : 'note';
      return;
    }
    previous = 'other';

    const title = netToolsSectionTitle(lineText);
    if (title) {
      section = title;
      netToolsColumns = undefined;
      return;
    }
    if (isNetToolsHeader(lineText)) {
      section = 'inet';
      netToolsColumns = columnsFromHeader(lineText);
      headers.push({ line, format: 'netstat-linux', hasNetid: false });
      noteFormat('netstat-linux');
      return;
    }
    if (isNetToolsUnixHeader(lineText)) {
      section = 'unix';
      return;
    }
    const ssHeader = isSsHeader(lineText);
    if (ssHeader) {
      section = undefined;
      headers.push({ line, format: 'ss', hasNetid: ssHeader.hasNetid });
      noteFormat('ss');
      return;
    }
    // ss first: `tcp ESTAB 0 0 …` starts like a net-tools row but has a state where netstat has Recv-Q.
    const fields = splitFields(lineText, ROW_FIELDS);
    const ssShape = looksLikeSsRow(fields);
    if (ssShape) {
      accept(parseSsRow(lineText, fields, line, ssShape.hasNetid, ssProtocol), line, lineText.length);
      return;
    }
    if (looksLikeNetToolsRow(fields)) {
      accept(parseNetToolsRow(lineText, fields, line, section === 'inet' ? netToolsColumns : undefined), line, lineText.length);
      return;
    }
    const command = commandAfterPrompt(lineText);
    if (command !== undefined) {
      commands.push({ line, text: command });
      ssProtocol = ssTableProtocol(command) ?? ssProtocol;
      section = undefined;
      return;
    }
    if (looksLikeNetToolsUnixRow(lineText)) {
      rows.push({ line, format: 'netstat-linux', protocol: 'unix', processes: [] });
      return;
    }
    if (section === 'other') {
      // Rows of a table we recognise but do not model (Bluetooth, IPX…).
      return;
    }
    unrecognized.push({ line, length: lineText.length, reason: hasControlCharacters(lineText) ? 'binary' : 'unknown-format' });
  });

  // TODO(issue 3): sections, counters and ssSummaries are filled by the section-aware driver.
  return { rows, headers, commands, unrecognized, lineCount, formats, sections: [], counters: [], ssSummaries: [] };
}

/** Enough leading fields for either table: Netid, State, Recv-Q, Send-Q, Local, Peer, and one more. */
const ROW_FIELDS = 7;

/** Messages the tools print around their tables, e.g. netstat's note when not run as root. */
function isToolNote(text: string): boolean {
  return (
    text.startsWith('(Not all processes could be identified') ||
    text.startsWith('(No info could be read for') ||
    text.startsWith('netstat: ') ||
    text.startsWith('ss: ') ||
    text.startsWith('Cannot open netlink socket')
  );
}
