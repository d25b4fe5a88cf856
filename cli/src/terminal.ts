/** How output may look: colours only on a terminal and never with NO_COLOR (https://no-color.org). */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
}

const PLAIN: Style = { bold: (text) => text, dim: (text) => text, red: (text) => text, yellow: (text) => text, blue: (text) => text };

const ansi =
  (open: number, close: number) =>
  (text: string): string =>
    `\x1b[${open}m${text}\x1b[${close}m`;

const COLOURED: Style = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39) };

export function styleFor(stream: { readonly isTTY?: boolean }, environment: NodeJS.ProcessEnv): Style {
  const noColor = environment.NO_COLOR !== undefined && environment.NO_COLOR !== '';
  return stream.isTTY === true && !noColor ? COLOURED : PLAIN;
}

/**
 * Text from a document shown on a terminal: control characters (an escape sequence in a process
 * name could move the cursor or retitle the window) are shown as `\xNN` instead.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** "[12/300] path" on one rewritten stderr line, only on a terminal and only for several files. */
export class Progress {
  private shown = false;
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
  ) {}

  get active(): boolean {
    return this.stream.isTTY === true && this.total > 1;
  }

  update(done: number, label: string): void {
    if (this.active) {
      const line = printable(`[${done}/${this.total}] ${label}`);
      // A terminal that reports no width (0 columns) is taken as 80 wide.
      this.stream.write(`\r\x1b[K${line.slice(0, Math.max(10, (this.stream.columns || 80) - 1))}`);
      this.shown = true;
    }
  }

  clear(): void {
    if (this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
    }
  }
}
