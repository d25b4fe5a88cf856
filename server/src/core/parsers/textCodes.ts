/**
 * A document's characters as one byte each, for the scan of big tables: reading a typed array is
 * about twice as fast as charCodeAt, and a 60,000-row paste is read character by character.
 * ASCII text is copied as it is; any other character becomes NON_ASCII, which no test of the row
 * readers accepts (they look for ASCII digits, letters, blanks and punctuation only), so offsets and
 * verdicts stay those of the text itself. Strings are still sliced from the text.
 */
export const NON_ASCII = 0xff;

const encoder = new TextEncoder();

export function codesOf(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  fillCodes(text, codes);
  return codes;
}

/** fieldBounds over codes[from, to): blank-separated fields (space, tab), at most `limit`. */
export function fieldBoundsIn(codes: Uint8Array, from: number, to: number, limit: number, bounds: Int32Array): number {
  const most = Math.min(limit, bounds.length >> 1);
  let count = 0;
  let index = from;
  while (count < most) {
    while (index < to && (codes[index] === 32 || codes[index] === 9)) {
      index++;
    }
    if (index >= to) {
      break;
    }
    bounds[2 * count] = index;
    while (index < to && codes[index] !== 32 && codes[index] !== 9) {
      index++;
    }
    bounds[2 * count + 1] = index;
    count++;
  }
  return count;
}

/** unsignedIntegerIn over codes: the number in codes[start, end), or -1 unless it is 1–15 digits. */
export function unsignedIntegerInCodes(codes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) {
    return -1;
  }
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = codes[index] - 48;
    if (digit < 0 || digit > 9) {
      return -1;
    }
    value = value * 10 + digit;
  }
  return value;
}

/** Whether `word` is written at codes[at…]. */
export function codesMatch(codes: Uint8Array, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if (codes[at + index] !== word.charCodeAt(index)) {
      return false;
    }
  }
  return true;
}

/** The one of `words` written exactly in codes[start, end), or undefined. */
export function wordAt<T extends string>(codes: Uint8Array, start: number, end: number, words: readonly T[]): T | undefined {
  const length = end - start;
  for (const word of words) {
    if (word.length === length && codesMatch(codes, start, word)) {
      return word;
    }
  }
  return undefined;
}

/** Where `needle` starts in codes[from, to), or -1. */
export function indexIn(codes: Uint8Array, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  const last = to - needle.length;
  for (let index = from; index <= last; index++) {
    if (codes[index] === first && codesMatch(codes, index, needle)) {
      return index;
    }
  }
  return -1;
}

export function digitsEndIn(codes: Uint8Array, from: number, to: number): number {
  let end = from;
  while (end < to && codes[end] >= 48 && codes[end] <= 57) {
    end++;
  }
  return end;
}

/** Characters a window holds at least: big enough that a table's rows mostly find their line in it. */
const WINDOW_LENGTH = 1 << 18;

/**
 * The codes of the part of a document being read: a window of it, moved forward as the scan goes, so
 * that a big document is not copied whole (and an edit's re-scan encodes only what it reads).
 * Offsets inside the window are the document's minus `base`; `text` is the window's own text.
 */
export class CodeWindow {
  base = 0;
  text = '';
  codes = new Uint8Array(0);
  private length = 0;

  constructor(private readonly document: string) {}

  /** Moves the window, when needed, so that it holds document[from, to); returns its base. */
  cover(from: number, to: number): number {
    if (from >= this.base && to <= this.base + this.length) {
      return this.base;
    }
    const length = Math.min(Math.max(WINDOW_LENGTH, to - from), this.document.length - from);
    this.base = from;
    this.length = length;
    this.text = this.document.slice(from, from + length);
    if (this.codes.length < length) {
      this.codes = new Uint8Array(Math.max(length, WINDOW_LENGTH));
    }
    fillCodes(this.text, this.codes);
    return from;
  }
}

/** Writes the codes of `text` (see codesOf) into the start of `codes`, which is at least as long. */
function fillCodes(text: string, codes: Uint8Array): void {
  // UTF-8 of ASCII is the ASCII itself: when every character fitted one byte, the copy is done.
  const { read, written } = encoder.encodeInto(text, codes);
  if (read === text.length && written === text.length) {
    return;
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    codes[index] = code < 0x80 ? code : NON_ASCII;
  }
}
