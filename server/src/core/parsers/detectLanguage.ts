import { isSsHeader, looksLikeSsRow } from './iproute2Ss';
import { isNetToolsHeader, looksLikeNetToolsRow, netToolsSectionTitle } from './netToolsNetstat';
import { firstLines, isBlankLine, splitFields } from './textLines';

/** How many lines of a paste are enough to tell what it is. */
const SAMPLE_LINES = 40;

/** The top-level directories of /proc/sys, so that "a.b = c" in some other config is not taken for sysctl. */
const SYSCTL_ROOTS = /^-?\s*(?:abi|crypto|debug|dev|fs|kernel|net|sunrpc|user|vm)[./][A-Za-z0-9_*?:@+./-]*\s*=/;

/**
 * Tells whether pasted text is netstat/ss output or sysctl settings, from its first lines only so it
 * stays cheap on every keystroke. Undefined when it is neither (or too little to tell).
 */
export function detectLanguage(text: string): 'netstat' | 'sysctl' | undefined {
  let meaningful = 0;
  let socketLines = 0;
  let sysctlLines = 0;
  let comments = 0;
  for (const { text: line } of firstLines(text, SAMPLE_LINES)) {
    if (isBlankLine(line)) {
      continue;
    }
    if (isNetToolsHeader(line) || isSsHeader(line) || netToolsSectionTitle(line) === 'inet') {
      return 'netstat';
    }
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) {
      comments++;
      continue;
    }
    meaningful++;
    const fields = splitFields(line, 6);
    if (looksLikeNetToolsRow(fields) || looksLikeSsRow(fields)) {
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
