/**
 * The lines of a diagnostic's socket rows as `Diagnostic.data` carries them: each line as its difference
 * from the one before (the first from 0), in base 36, joined by commas. A finding about thousands of rows
 * is published with every validation and echoed back with every code action request; as a list of line
 * numbers its rows were most of the message (about 100 KB of 113 for a 60,000-socket paste), which the
 * editor parses before it reads the answers queued behind it (a hover's).
 */
export function encodeRowLines(lines: readonly number[]): string {
  const parts = new Array<string>(lines.length);
  let previous = 0;
  for (let index = 0; index < lines.length; index++) {
    parts[index] = (lines[index] - previous).toString(36);
    previous = lines[index];
  }
  return parts.join(',');
}

/**
 * The lines encodeRowLines wrote, or undefined when `encoded` is not such a list: it comes back from the
 * client, so it is read with a bound on its length and every part checked.
 */
export function decodeRowLines(encoded: string, maxLines: number): number[] | undefined {
  const lines: number[] = [];
  if (encoded === '') {
    return lines;
  }
  let line = 0;
  // Each part runs to the next comma; one past the end, the last part has been read.
  for (let start = 0; start <= encoded.length; ) {
    if (lines.length === maxLines) {
      return undefined;
    }
    const comma = encoded.indexOf(',', start);
    const end = comma < 0 ? encoded.length : comma;
    const part = encoded.slice(start, end);
    if (!DELTA.test(part)) {
      return undefined;
    }
    line += parseInt(part, 36);
    if (!Number.isSafeInteger(line) || line < 0) {
      return undefined;
    }
    lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** One difference: an optional minus and at most 10 base-36 digits (anchored, no repetition of groups). */
const DELTA = /^-?[0-9a-z]{1,10}$/;
