import { hasLoneCarriageReturn } from './textLines';

/**
 * Where each line of a text starts, found in one pass, so a line can be read without splitting the
 * whole text again: four bytes a line. Lines break at LF and CRLF, and also at a lone CR when the text
 * has one, as `forEachLine` reads them; a byte-order mark stays, as the editor counts columns after it.
 */
export class LineIndex {
  private readonly starts: Uint32Array;
  readonly lineCount: number;

  constructor(private readonly text: string) {
    let starts = new Uint32Array(1024);
    let count = 1;
    const add = (start: number) => {
      if (count === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = start;
    };
    if (hasLoneCarriageReturn(text)) {
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 10 || code === 13) {
          if (code === 13 && text.charCodeAt(index + 1) === 10) {
            index++;
          }
          add(index + 1);
        }
      }
    } else {
      for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
        add(newline + 1);
      }
    }
    this.starts = starts;
    this.lineCount = count;
  }

  /** The text of `line` without its line break, or undefined past the last line. */
  lineText(line: number): string | undefined {
    if (!(line >= 0 && line < this.lineCount)) {
      return undefined;
    }
    const start = this.starts[line];
    if (line === this.lineCount - 1) {
      return this.text.slice(start);
    }
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) {
      end--;
    }
    if (end > start && this.text.charCodeAt(end - 1) === 13) {
      end--;
    }
    return this.text.slice(start, end);
  }
}

/** One index per parse, made when a feature first asks for one of its lines. */
const indexesOfParses = new WeakMap<object, LineIndex>();

/**
 * Line `line` of the text `parse` was read from (`textOf` gives that text, or undefined when there is none),
 * without its line break; undefined past the last line.
 */
export function lineOfParse(parse: object, textOf: () => string | undefined, line: number): string | undefined {
  let index = indexesOfParses.get(parse);
  if (!index) {
    const text = textOf();
    if (text === undefined) {
      return undefined;
    }
    index = new LineIndex(text);
    indexesOfParses.set(parse, index);
  }
  return index.lineText(line);
}

