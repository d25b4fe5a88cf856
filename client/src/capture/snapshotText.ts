import { type DisplayLanguage, type Localized } from '../../../server/src/core/i18n/localized';
import { CAPTURE_NOTE_PREFIXES } from '../../../server/src/core/parsers/toolNotes';
import { captureTexts } from './captureTexts';
import type { MachineFacts } from './machineFacts';

const [HOST_PREFIX, TOOL_PREFIX, NOTE_PREFIX] = CAPTURE_NOTE_PREFIXES;

/** One command of a snapshot and what it printed. */
export interface SnapshotStep {
  /** As the prompt line shows it: `ss -tanpoie`, `cat /proc/net/tcp`. */
  readonly command: string;
  /** Which program ran and its version, or which file was read. */
  readonly source: string;
  readonly output: string;
  readonly stderr: string;
  readonly notes: readonly Localized[];
}

export interface Snapshot {
  readonly time: Date;
  /** Minutes east of UTC of the capturing machine's clock, as `date -Iseconds` prints them. */
  readonly utcOffsetMinutes: number;
  readonly facts: MachineFacts;
  readonly notes: readonly Localized[];
  readonly steps: readonly SnapshotStep[];
}

/** Error output beyond this many lines is counted, not shown: a tool failing on every key must not bury its table. */
export const MAX_STDERR_LINES = 20;

/**
 * How a snapshot reads in the document. In a netstat document:
 *
 *     2026-12-08T07:10:05+08:00                       the time, as `date -Iseconds` prints it
 *     # host: vm  user: root (uid 0)  network namespace: net:[4026531840]
 *     # tool: /usr/bin/ss (ss utility, iproute2-6.1.0)
 *     # note: …                                       anything the reader should know about the output
 *     $ ss -tanpoie                                   a prompt, so each output is a section of its own
 *     …output…
 *
 * A sysctl document has no prompts: there every line but the output is a `#` comment.
 */
export function renderSnapshot(snapshot: Snapshot, language: DisplayLanguage, style: 'netstat' | 'sysctl'): string {
  const comment = style === 'sysctl' ? '# ' : '';
  const lines = [`${comment}${isoTime(snapshot.time, snapshot.utcOffsetMinutes)}`, HOST_PREFIX + describeFacts(snapshot.facts)];
  lines.push(...notesIn(snapshot.notes, language));
  for (const step of snapshot.steps) {
    lines.push(TOOL_PREFIX + oneLine(step.source), ...notesIn(step.notes, language), `${comment}$ ${step.command}`);
    const stderr = linesOf(step.stderr);
    lines.push(...stderr.slice(0, MAX_STDERR_LINES).map((line) => comment + line));
    if (stderr.length > MAX_STDERR_LINES) {
      lines.push(...notesIn([captureTexts.moreStderr(stderr.length - MAX_STDERR_LINES)], language));
    }
    lines.push(...linesOf(step.output));
  }
  return `${lines.join('\n')}\n\n`;
}

function notesIn(notes: readonly Localized[], language: DisplayLanguage): string[] {
  return notes.flatMap((note) => (language === 'both' ? [note.en, note.zh] : [language === 'zh-cn' ? note.zh : note.en]).map((text) => NOTE_PREFIX + oneLine(text)));
}

function describeFacts(facts: MachineFacts): string {
  const user = facts.user !== undefined ? `${facts.user}${facts.uid !== undefined ? ` (uid ${facts.uid})` : ''}` : facts.uid !== undefined ? `uid ${facts.uid}` : 'unknown';
  const parts = [`${oneLine(facts.hostname)}`, `user: ${oneLine(user)}`];
  if (facts.networkNamespace !== undefined) {
    parts.push(`network namespace: ${oneLine(facts.networkNamespace)}`);
  }
  return parts.join('  ');
}

/** Header values stay on their line whatever a hostname or a tool's version holds. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * The lines of a tool's output, CRLF or LF, without trailing blank lines and without the blanks at
 * the end of each line: ss pads every row to its widest Process column when it does not write to a
 * terminal (hundreds of spaces a row), which would fill the document three times over and mean nothing.
 */
function linesOf(text: string): string[] {
  const trimmed = text.trimEnd();
  return trimmed === '' ? [] : trimmed.split('\n').map((line) => line.trimEnd());
}

/** `2026-12-08T07:10:05+08:00`: the local time of the capturing machine with its offset, to the second. */
export function isoTime(time: Date, utcOffsetMinutes: number): string {
  const shifted = new Date(time.getTime() + utcOffsetMinutes * 60_000);
  const two = (value: number) => String(value).padStart(2, '0');
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  return (
    `${shifted.getUTCFullYear()}-${two(shifted.getUTCMonth() + 1)}-${two(shifted.getUTCDate())}` +
    `T${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}:${two(shifted.getUTCSeconds())}` +
    `${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`
  );
}
