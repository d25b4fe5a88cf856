import { format, type Localized } from '../../i18n/localized';
import type { SocketRow } from '../../model/socketTable';
import type { TcpState } from '../../model/tcpState';
import { MAX_RELATED_LINES, type RelatedLine } from '../finding';

/** Rows in `state`, grouped by `keyOf` (insertion order = first appearance in the document). */
export function groupRowsInState(
  rows: readonly SocketRow[],
  state: TcpState,
  keyOf: (row: SocketRow) => string,
): Map<string, SocketRow[]> {
  const groups = new Map<string, SocketRow[]>();
  for (const row of rows) {
    if (row.state !== state) {
      continue;
    }
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) {
      group.push(row);
    } else {
      groups.set(key, [row]);
    }
  }
  return groups;
}

/** The member rows of a group as related information, capped so a storm of 30,000 stays readable. */
export function relatedRows(rows: readonly SocketRow[], label: Localized): RelatedLine[] {
  return rows.slice(0, MAX_RELATED_LINES).map((row) => ({ line: row.line, span: row.stateSpan, message: label }));
}

/** " (and 480 more)" when the related list was capped, or nothing. */
export function moreNote(total: number): Localized {
  const hidden = total - MAX_RELATED_LINES;
  return hidden > 0
    ? format({ en: ' Related lines list the first {shown}; {hidden} more are not listed.', zh: ' 相关行只列出前 {shown} 条，其余 {hidden} 条未列出。' }, { shown: MAX_RELATED_LINES, hidden })
    : { en: '', zh: '' };
}

/** Whole-number percentage, never 0% for a nonzero share. */
export function percent(part: number, whole: number): number {
  if (whole <= 0) {
    return 0;
  }
  const value = Math.round((part / whole) * 100);
  return value === 0 && part > 0 ? 1 : value;
}

export function joinLocalized(...parts: Localized[]): Localized {
  return { en: parts.map((part) => part.en).join(''), zh: parts.map((part) => part.zh).join('') };
}
