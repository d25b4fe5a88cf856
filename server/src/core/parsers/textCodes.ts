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

/**
 * Whether `word` is written at codes[at…]. Constant words are compared as codes (codesOf), byte by
 * byte: cheaper than reading a string's characters on every row.
 */
export function codesMatch(codes: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let index = 0; index < word.length; index++) {
    if (codes[at + index] !== word[index]) {
      return false;
    }
  }
  return true;
}

/**
 * A fixed list of words (state words, protocol names) to recognise in codes, kept as codes beside the
 * strings: a row's word is found without slicing it, and every row hands out the list's own string.
 */
export class CodeWords<T extends string> {
  private readonly codes: readonly Uint8Array[];

  constructor(readonly words: readonly T[]) {
    this.codes = words.map(codesOf);
  }

  /** The index of the word written exactly in codes[start, end), or -1. */
  indexAt(codes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const first = codes[start];
    for (let index = 0; index < this.codes.length; index++) {
      const word = this.codes[index];
      if (word.length === length && word[0] === first && codesMatch(codes, start, word)) {
        return index;
      }
    }
    return -1;
  }

  /** The word written exactly in codes[start, end), or undefined. */
  at(codes: Uint8Array, start: number, end: number): T | undefined {
    const index = this.indexAt(codes, start, end);
    return index < 0 ? undefined : this.words[index];
  }
}

/** Where `needle` (as codesOf gives it) starts in codes[from, to), or -1. */
export function indexIn(codes: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const first = needle[0];
  const last = to - needle.length;
  for (let index = from; index <= last; index++) {
    if (codes[index] === first && codesMatch(codes, index, needle)) {
      return index;
    }
  }
  return -1;
}

/** Where the field (no space, no tab) from `from` ends, at most `to`. */
export function fieldEndIn(codes: Uint8Array, from: number, to: number): number {
  let index = from;
  while (index < to && codes[index] !== 32 && codes[index] !== 9) {
    index++;
  }
  return index;
}

/** Where the blanks (space, tab) from `from` end, at most `to`. */
export function blanksEndIn(codes: Uint8Array, from: number, to: number): number {
  let index = from;
  while (index < to && (codes[index] === 32 || codes[index] === 9)) {
    index++;
  }
  return index;
}

/** Whether `code` is a blank (space, tab). */
export function isBlankCode(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Where the blanks from `from` end, in codes whose line ends in a code that is no blank (CR, LF, or the
 * one a CodeWindow puts past its text): no bound to check on the way.
 */
export function blanksEndAt(codes: Uint8Array, from: number): number {
  let index = from;
  while (codes[index] === 32 || codes[index] === 9) {
    index++;
  }
  return index;
}

/** Characters a window holds at least: big enough that a table's rows mostly find their line in it. */
const WINDOW_LENGTH = 1 << 18;
const RELEASED_CODES = new Uint8Array(0);

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

  /** Reads `document`, a copy of the text from offset `documentBase` on; offsets stay the text's. */
  constructor(
    private document: string,
    private documentBase = 0,
  ) {}

  /** Reads another copy of the text, from offset `documentBase` on. */
  readFrom(document: string, documentBase: number): void {
    this.document = document;
    this.documentBase = documentBase;
    this.base = 0;
    this.length = 0;
  }

  /** Lets go of the document and of its codes, keeping the window itself (the emptied scanner keeps it: model/warmShapes.ts). */
  release(): void {
    this.readFrom('', 0);
    this.text = '';
    this.codes = RELEASED_CODES;
  }

  /** Moves the window, when needed, so that it holds document[from, to); returns its base. */
  cover(from: number, to: number): number {
    if (from >= this.base && to <= this.base + this.length) {
      return this.base;
    }
    const length = Math.min(Math.max(WINDOW_LENGTH, to - from), this.document.length - (from - this.documentBase));
    this.base = from;
    this.length = length;
    this.text = this.document.slice(from - this.documentBase, from - this.documentBase + length);
    if (this.codes.length <= length) {
      this.codes = new Uint8Array(Math.max(length, WINDOW_LENGTH) + 1);
    }
    fillCodes(this.text, this.codes);
    // Past the text, a code that is no blank, digit or mark: a reader's scan of the last line stops there.
    this.codes[length] = 0;
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
