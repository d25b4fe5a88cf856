/** One physical line of a document, without its line break. */
export interface TextLine {
  /** Zero-based line number, as LSP counts them. */
  readonly line: number;
  readonly text: string;
}

/**
 * Calls `visit` for every line of `text`, accepting LF, CRLF and lone CR breaks and skipping a leading
 * byte-order mark, so that line numbers match what the editor shows. Iterates instead of building an
 * array of lines so a multi-megabyte paste is not copied twice.
 */
export function forEachLine(text: string, visit: (lineText: string, line: number) => void): void {
  forEachLineFrom(text, 0, 0, (lineText, line) => {
    visit(lineText, line);
  });
}

/**
 * Like `forEachLine`, from the line that starts at `offset` (a line start, or 0) and is numbered `line`;
 * `visit` also gets where each line starts and stops the walk by returning true. Line numbers match
 * `forEachLine`'s, so an incremental re-scan can start in the middle of a document.
 */
export function forEachLineFrom(text: string, offset: number, line: number, visit: (lineText: string, line: number, offset: number) => boolean | void): void {
  let from = offset === 0 && text.charCodeAt(0) === 0xfeff ? 1 : offset;
  if (hasLoneCarriageReturn(text)) {
    for (let index = from; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10 || code === 13) {
        if (visit(text.slice(from, index), line, from) === true) {
          return;
        }
        if (code === 13 && text.charCodeAt(index + 1) === 10) {
          index++;
        }
        from = index + 1;
        line++;
      }
    }
    visit(text.slice(from), line, from);
    return;
  }
  for (let newline = text.indexOf('\n', from); newline >= 0; newline = text.indexOf('\n', from)) {
    const end = newline > from && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    if (visit(text.slice(from, end), line++, from) === true) {
      return;
    }
    from = newline + 1;
  }
  visit(text.slice(from), line, from);
}

/** A CR not followed by LF: old Mac line breaks, or a paste mangled on the way. */
export function hasLoneCarriageReturn(text: string, from = 0, to = text.length): boolean {
  if (to < text.length) {
    // A window (an edit's): read it alone, as indexOf would search on past its end.
    for (let index = from; index < to; index++) {
      if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) !== 10) {
        return true;
      }
    }
    return false;
  }
  for (let index = text.indexOf('\r', from); index >= 0; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) !== 10) {
      return true;
    }
  }
  return false;
}

/** The first `limit` lines, for cheap format detection on pasted text. */
export function firstLines(text: string, limit: number): TextLine[] {
  const lines: TextLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  for (let index = start; index < text.length && lines.length < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      lines.push({ line, text: text.slice(start, index) });
      if (code === 13 && text.charCodeAt(index + 1) === 10) {
        index++;
      }
      start = index + 1;
      line++;
    }
  }
  if (lines.length < limit) {
    lines.push({ line, text: text.slice(start) });
  }
  return lines;
}

/** A whitespace-separated word of a line and the column it starts at. */
export interface Field {
  readonly text: string;
  readonly start: number;
}

/** Splits on runs of spaces and tabs, remembering where each field starts, without a regex. */
export function splitFields(text: string, limit = Number.MAX_SAFE_INTEGER): Field[] {
  const fields: Field[] = [];
  const length = text.length;
  let index = 0;
  while (index < length && fields.length < limit) {
    while (index < length && isBlank(text.charCodeAt(index))) {
      index++;
    }
    if (index >= length) {
      break;
    }
    const start = index;
    while (index < length && !isBlank(text.charCodeAt(index))) {
      index++;
    }
    fields.push({ text: text.slice(start, index), start });
  }
  return fields;
}

export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

export function isBlankLine(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isBlank(text.charCodeAt(index))) {
      return false;
    }
  }
  return true;
}

/** Digits only, short enough to be a queue length, a pid or a port (no regex, so huge lines stay cheap). */
export function isUnsignedInteger(text: string): boolean {
  return unsignedIntegerIn(text, 0, text.length) >= 0;
}

/** 0–9, a–f or A–F. (Lower-casing with `| 0x20` first would also let control characters 0x10–0x19 pass as digits.) */
export function isHexDigit(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 102);
}

/** Control characters (other than tab) or U+FFFD from undecodable bytes: not text a tool printed. */
export function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9) || code === 0x7f || code === 0xfffd) {
      return true;
    }
  }
  return false;
}

/**
 * Like splitFields, but writes each field's start and end into `bounds` (start at 2i, end at 2i+1)
 * and returns how many it found: the hot row parsers read big pastes without allocating per field.
 * `from` and `to` limit the search to part of the line.
 */
export function fieldBounds(text: string, limit: number, bounds: Int32Array, from = 0, to = text.length): number {
  const length = to;
  const most = Math.min(limit, bounds.length >> 1);
  let count = 0;
  let index = from;
  // Without tabs a field ends at the next space, which indexOf finds faster than a loop over its characters.
  const tab = text.indexOf('\t', from);
  const spacesOnly = tab < 0 || tab >= length;
  while (count < most) {
    while (index < length && isBlank(text.charCodeAt(index))) {
      index++;
    }
    if (index >= length) {
      break;
    }
    bounds[2 * count] = index;
    if (spacesOnly) {
      const space = text.indexOf(' ', index);
      index = space < 0 || space > length ? length : space;
    } else {
      while (index < length && !isBlank(text.charCodeAt(index))) {
        index++;
      }
    }
    bounds[2 * count + 1] = index;
    count++;
  }
  return count;
}

/** The number written in text[start, end), or -1 unless it is 1–15 digits (as isUnsignedInteger). */
export function unsignedIntegerIn(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) {
    return -1;
  }
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) {
      return -1;
    }
    value = value * 10 + digit;
  }
  return value;
}

/** U+FFFD: bytes the editor could not decode, typically a GBK file (a Chinese Windows console) read as UTF-8. */
export function hasReplacementCharacter(text: string): boolean {
  return text.includes('\ufffd');
}

/**
 * How many characters `a` and `b` share from their start: blocks compared natively, each twice the
 * last while they match and halved once they do not, then characters.
 */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  let block = FIRST_COMPARE_BLOCK;
  while (length < limit) {
    const size = Math.min(block, limit - length);
    if (a.slice(length, length + size) === b.slice(length, length + size)) {
      length += size;
      block *= 2;
    } else if (size <= LAST_COMPARE_BLOCK) {
      break;
    } else {
      block = size >> 1;
    }
  }
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) {
    length++;
  }
  return length;
}

/** How many characters `a` and `b` share at their end, leaving their first `prefix` out; as commonPrefixLength. */
export function commonSuffixLength(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  let block = FIRST_COMPARE_BLOCK;
  while (length < limit) {
    const size = Math.min(block, limit - length);
    if (a.slice(a.length - length - size, a.length - length) === b.slice(b.length - length - size, b.length - length)) {
      length += size;
      block *= 2;
    } else if (size <= LAST_COMPARE_BLOCK) {
      break;
    } else {
      block = size >> 1;
    }
  }
  while (length < limit && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) {
    length++;
  }
  return length;
}

const FIRST_COMPARE_BLOCK = 4096;
const LAST_COMPARE_BLOCK = 64;

/**
 * Whether `text`, after its leading blanks, starts with the words of one of `phrases` (written with one
 * space between words), whatever blanks separate them in the text. Reads at most a few fields.
 */
export function startsWithWords(text: string, phrases: readonly string[]): boolean {
  let fields: Field[] | undefined;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    fields ??= splitFields(text, 8);
    if (words.length <= fields.length && words.every((word, index) => fields![index].text === word)) {
      return true;
    }
  }
  return false;
}
