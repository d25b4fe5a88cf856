import { DUMP_FORMATS } from './formats/index';
import { FENCE_LINE, PasteMarkup } from './pasteMarkup';
import { parseKnownStatisticsPhrase, parseNstatLine, parseSockstatLine, statisticsGroupHeading } from './netstatStatistics';
import { parsePromptLine, runsSocketTool } from './shellCommand';
import { type Field, firstLines, isBlank, isBlankLine, splitFields } from './textLines';
import { isToolNote } from './toolNotes';

/** How many lines of a paste are enough to tell what it is. */
const SAMPLE_LINES = 40;

/**
 * Tool notes and comment lines do not use up the sample: ss -e prints one note per socket on hosts
 * without cgroup2, and sysctl files often open with a long licence or explanation.
 */
const MAX_SKIPPED_NOTES = 200;

/** The most lines detectLanguage reads: a caller may hand it only these. */
export const DETECTION_LINE_LIMIT = SAMPLE_LINES + MAX_SKIPPED_NOTES;

/** Lines longer than this are not looked at closely: no header or row of ours is that long. */
const MAX_SAMPLE_LINE = 4000;

/** The top-level directories of /proc/sys, so that "a.b = c" in some other config is not taken for sysctl. */
const SYSCTL_ROOTS = /^-?\s*(?:abi|crypto|debug|dev|fs|kernel|net|sunrpc|user|vm)[./][A-Za-z0-9_*?:@+./-]*\s*=/;

/**
 * Tells whether pasted text is netstat/ss output (any tool and OS we parse, and the statistics,
 * summaries and tables that come with it) or sysctl settings, from its first lines only so it stays
 * cheap on every keystroke. Undefined when it is neither (or too little to tell).
 */
export function detectLanguage(text: string): 'netstat' | 'sysctl' | undefined {
  let meaningful = 0;
  let socketLines = 0;
  let sysctlLines = 0;
  let comments = 0;
  let inStatistics = false;
  let sampled = 0;
  // A runbook's fence, a mail's quote markers or a block's indent say nothing: the output inside does.
  const markup = new PasteMarkup();
  for (const { text: pasted } of firstLines(text, DETECTION_LINE_LIMIT)) {
    const contentStart = markup.contentStart(pasted, 0, pasted.length);
    const line = contentStart > 0 ? pasted.slice(contentStart) : pasted;
    if (contentStart === FENCE_LINE || isBlankLine(line)) {
      continue;
    }
    if (++sampled > SAMPLE_LINES) {
      break;
    }
    if (line.length <= MAX_SAMPLE_LINE && isTableHeading(line)) {
      return 'netstat';
    }
    // A prompt running ss, netstat or cat /proc/net/… says what follows; tool notes (dozens of
    // "Failed to find cgroup2 mount" lines before an ss -e table) say nothing either way.
    const prompt = parsePromptLine(line);
    if (prompt && runsSocketTool(prompt.command)) {
      return 'netstat';
    }
    if (isToolNote(line)) {
      sampled--;
      continue;
    }
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) {
      comments++;
      sampled--;
      continue;
    }
    meaningful++;
    if (line.length > MAX_SAMPLE_LINE) {
      continue;
    }
    if (statisticsGroupHeading(line)) {
      inStatistics = true;
      socketLines++;
      continue;
    }
    const fields = splitFields(line, 10);
    if (
      isSocketRow(fields) ||
      parseNstatLine(line, 0) ||
      parseSockstatLine(line, 0) ||
      parseKnownStatisticsPhrase(line, 0) ||
      (inStatistics && isBlank(line.charCodeAt(0)) && /\d/.test(line))
    ) {
      socketLines++;
    } else if (SYSCTL_ROOTS.test(trimmed)) {
      sysctlLines++;
    }
  }
  if (socketLines >= 2 && socketLines * 2 >= meaningful) {
    return 'netstat';
  }
  if (sysctlLines >= 1 && sysctlLines * 10 >= meaningful * 6 && (sysctlLines >= 2 || comments > 0 || meaningful === 1)) {
    return 'sysctl';
  }
  return undefined;
}

/** A title or column header that only our tools print. */
function isTableHeading(line: string): boolean {
  return DUMP_FORMATS.some((format) => format.isOwnHeading?.(line));
}

function isSocketRow(fields: readonly Field[]): boolean {
  return DUMP_FORMATS.some((format) => format.isOwnRow?.(fields));
}
