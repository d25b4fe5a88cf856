import { readKernelLogLine } from '../kernelLog';
import { parsePromptLine } from '../shellCommand';
import type { DumpFormat, Scan, ScanLine } from './dumpFormat';

/** journalctl's own lines between the log's: `-- Logs begin at … --`, `-- Boot 1a2b… --`, `-- No entries --`. */
const JOURNAL_MARKER = /^-- [^\n]{1,200} --$/;

/**
 * Kernel log lines (dmesg with any of its time formats, journalctl -k in its short forms, syslog's
 * /var/log/messages): pasted next to socket tables while chasing the same problem. Every such line is
 * read (so none is reported as not understood); the network stack's messages the knowledge base
 * explains (knowledge/kernelLogMessages.ts) are kept for the hover, the rule and the summary.
 */
export const KERNEL_LOG_FORMAT: DumpFormat = {
  id: 'kernel-log',
  name: { en: 'kernel log (dmesg, journalctl)', zh: '内核日志（dmesg、journalctl）' },
  // One message of ours says what the paste is; other kernel lines say nothing about sockets.
  isOwnHeading: (text) => readKernelLogLine(text)?.message !== undefined,

  readHeading: (scan, line) => readKernelLine(scan, line),

  readInTable: (_scan, { text }) => JOURNAL_MARKER.test(text.trimEnd()),

  // A flood prints thousands of lines: one more of them is read without the checks any other line needs.
  readNextRow(scan, _table, _state, line, start, end) {
    const text = scan.textBetween(start, end);
    // A prompt ends the log even when it looks like a time in brackets (`[10:00:01 root@web1 ~]# ss`).
    return !(text.charCodeAt(0) === 91 && parsePromptLine(text)) && readKernelLine(scan, { text, line, offset: start });
  },

  announcedBy: ({ tool }) => tool === 'dmesg' || tool === 'journalctl',
  tableOfCommand: () => ({ kind: 'kernel-log' }),
};

function readKernelLine(scan: Scan, { text, line }: ScanLine): boolean {
  const read = readKernelLogLine(text);
  if (read === undefined) {
    return false;
  }
  // Also below a prompt that announced the log: the section is named by its first line.
  scan.openTable(scan.table?.kind === 'kernel-log' ? scan.table : { kind: 'kernel-log' }, line);
  const message = read.message;
  if (message) {
    scan.kernelMessages.push({
      line,
      kind: message.kind,
      span: { start: read.messageStart, end: read.messageEnd },
      wording: message.wording,
      ...(read.time === undefined ? {} : { time: read.time }),
      ...(message.subject === undefined ? {} : { subject: message.subject }),
      ...(message.suppressed === undefined ? {} : { suppressed: message.suppressed }),
      ...(message.dropped ? { dropped: true } : {}),
    });
  }
  return true;
}
