/**
 * The wrapping a paste brings from markdown and mail around a tool's output: ``` or ~~~ fences (with
 * or without an info string), code blocks indented by four spaces or a tab, and `> ` quotes, nested
 * or not. The scan asks, line by line, where a line's own text starts once its quote markers and its
 * block's indent are taken off, and reads only that; the offset is carried with the line, so what
 * the scan keeps points at the editor's columns.
 *
 * Read in one pass over the line's first characters, with no regular expression: linear in any input.
 */

/** contentStart of a fence line: it opens or closes a fenced block and holds no output. */
export const FENCE_LINE = -1;

const SPACE = 32;
const TAB = 9;
const QUOTE = 62; // >
const BACKTICK = 96;
const TILDE = 126;

/** The state kept across lines, as plain data (saved at restart points). */
export interface PasteMarkupState {
  /** The open fence's character code (0: none), its length and the quote depth it was opened at. */
  readonly fenceChar: number;
  readonly fenceLength: number;
  readonly fenceDepth: number;
  /** The quote depth of the indented code block being read; -1 outside one. */
  readonly indentDepth: number;
  /** Whether the line before was blank (or a fence): an indented block may start after it. */
  readonly previousBlank: boolean;
  /** Whether a fence, a quote or an indented block was read so far: the paste is markdown or mail. */
  readonly seen: boolean;
}



export class PasteMarkup {
  private fenceChar = 0;
  private fenceLength = 0;
  private fenceDepth = 0;
  private indentDepth = -1;
  // The first line of a paste opens no block: tool output pasted alone keeps its own indent (`netstat -s` counters).
  private previousBlank = false;
  /** See PasteMarkupState.seen. */
  seen = false;
  /** Whether the last line read was quoted or a fence: the paste is markdown or mail. */
  markedLast = false;

  /** True outside quotes and indented blocks (inside a fence at the top level, too): a line's text starts at column 0. */
  get isPlain(): boolean {
    return this.indentDepth < 0 && this.fenceDepth === 0;
  }

  /** True when the last line read was inside a fence or an indented block: output, not prose. */
  get inCode(): boolean {
    return this.fenceChar !== 0 || this.indentDepth >= 0;
  }

  save(): PasteMarkupState {
    return { fenceChar: this.fenceChar, fenceLength: this.fenceLength, fenceDepth: this.fenceDepth, indentDepth: this.indentDepth, previousBlank: this.previousBlank, seen: this.seen };
  }

  restore(state: PasteMarkupState): void {
    ({ fenceChar: this.fenceChar, fenceLength: this.fenceLength, fenceDepth: this.fenceDepth, indentDepth: this.indentDepth, previousBlank: this.previousBlank, seen: this.seen } = state);
  }

  /**
   * Where the own text of the line text[start, end) starts (its quote markers and its block's indent
   * taken off), or FENCE_LINE. Blank text keeps an indented block open and ends nothing else.
   */
  contentStart(text: string, start: number, end: number): number {
    let at = start;
    let depth = 0;
    // Quote markers: up to three spaces, `>`, one optional space; nested quotes repeat them.
    for (;;) {
      let next = at;
      while (next < end && next - at < 3 && text.charCodeAt(next) === SPACE) {
        next++;
      }
      if (next >= end || text.charCodeAt(next) !== QUOTE) {
        break;
      }
      next++;
      if (next < end && text.charCodeAt(next) === SPACE) {
        next++;
      }
      at = next;
      depth++;
    }
    this.markedLast = depth > 0;
    this.seen ||= depth > 0;
    const blank = isBlankText(text, at, end);
    if (this.fenceChar !== 0 && depth < this.fenceDepth && !blank) {
      // The quote that held the fence ended without closing it.
      this.fenceChar = 0;
      this.fenceDepth = 0;
    }
    if (this.fenceChar !== 0) {
      if (this.closesFence(text, at, end)) {
        this.fenceChar = 0;
        this.fenceDepth = 0;
        return this.fenceLine();
      }
      this.previousBlank = blank;
      return at;
    }
    if (blank) {
      this.previousBlank = true;
      return at;
    }
    if (this.opensFence(text, at, end, depth)) {
      this.indentDepth = -1;
      return this.fenceLine();
    }
    const indent = indentWidth(text, at, end);
    const indented = indent > 0 && (this.indentDepth === depth || this.previousBlank);
    // A block indented after a blank line is markdown's (tool output indents its detail lines right below a row).
    this.markedLast ||= indented && this.indentDepth !== depth;
    this.seen ||= this.markedLast;
    this.indentDepth = indented ? depth : -1;
    this.previousBlank = false;
    return indented ? at + indent : at;
  }

  private fenceLine(): number {
    this.markedLast = true;
    this.seen = true;
    this.previousBlank = true;
    return FENCE_LINE;
  }

  /** ``` or ~~~ (three or more) after up to three spaces; a backtick fence's info string holds no backtick. */
  private opensFence(text: string, at: number, end: number, depth: number): boolean {
    const run = fenceRun(text, at, end);
    if (run === undefined) {
      return false;
    }
    if (run.char === BACKTICK && hasCode(text, BACKTICK, run.end, end)) {
      return false;
    }
    this.fenceChar = run.char;
    this.fenceLength = run.end - run.start;
    this.fenceDepth = depth;
    return true;
  }

  /** The open fence's character, at least as many, and nothing but blanks after. */
  private closesFence(text: string, at: number, end: number): boolean {
    const run = fenceRun(text, at, end);
    return run !== undefined && run.char === this.fenceChar && run.end - run.start >= this.fenceLength && isBlankText(text, run.end, end);
  }
}

/** A run of three or more backticks or tildes after up to three spaces. */
function fenceRun(text: string, at: number, end: number): { char: number; start: number; end: number } | undefined {
  let start = at;
  while (start < end && start - at < 3 && text.charCodeAt(start) === SPACE) {
    start++;
  }
  const char = text.charCodeAt(start);
  if (char !== BACKTICK && char !== TILDE) {
    return undefined;
  }
  let stop = start;
  while (stop < end && text.charCodeAt(stop) === char) {
    stop++;
  }
  return stop - start >= 3 ? { char, start, end: stop } : undefined;
}

/** The indent of a markdown code block at text[at]: a tab, or four spaces; 0 when less. */
function indentWidth(text: string, at: number, end: number): number {
  if (at < end && text.charCodeAt(at) === TAB) {
    return 1;
  }
  let spaces = 0;
  while (spaces < 4 && at + spaces < end && text.charCodeAt(at + spaces) === SPACE) {
    spaces++;
  }
  return spaces === 4 ? 4 : 0;
}

/** Whether text[from, end) holds `code`: searched within the line only (the text may be the whole document). */
function hasCode(text: string, code: number, from: number, end: number): boolean {
  for (let index = from; index < end; index++) {
    if (text.charCodeAt(index) === code) {
      return true;
    }
  }
  return false;
}

function isBlankText(text: string, from: number, end: number): boolean {
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== SPACE && code !== TAB && code !== 13) {
      return false;
    }
  }
  return true;
}
