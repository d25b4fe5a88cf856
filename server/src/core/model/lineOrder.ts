/**
 * Rows, counters and summaries of a parsed document are kept in line order, so a feature finds
 * those of a line or a section by binary search instead of scanning them all for each question.
 */

/** The index of the first item at or after `line` (`items.length` when there is none). */
export function firstAtOrAfterLine(items: readonly { readonly line: number }[], line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle].line < line) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
