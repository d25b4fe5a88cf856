/**
 * The wrappings a paste brings from markdown and mail, generated around a real capture: fences with and
 * without an info string, mail quotes (nested too), a quoted fence, blocks indented by spaces or a tab.
 */

/** `ss-tanp.txt` → `ss -tanp`, `lsof-nP-i.txt` → `lsof -nP -i`. */
export function commandOf(file: string): string {
  const [tool, ...flags] = file.replace(/\.txt$/, '').split('-');
  return [tool, ...flags.map((flag) => `-${flag}`)].join(' ');
}

export const linesOf = (capture: string) => capture.replace(/\n$/, '').split('\n');

/** A paste around a capture: its text, and the column where the capture's lines start in it. */
export interface Wrapping {
  readonly name: string;
  readonly column: number;
  wrap(capture: string, command: string): string;
}

export const prefixed = (prefix: string, capture: string) => linesOf(capture).map((line) => (line === '' ? prefix.trimEnd() : prefix + line)).join('\n');

const fenced = (open: string, close: string, withPrompt = false): Wrapping => ({
  name: `a ${open} fence${withPrompt ? ' with its prompt inside' : ''}`,
  column: 0,
  wrap: (capture, command) =>
    `# Runbook: the API's sockets\n\nRun this on the host and compare:\n\n${open}\n${withPrompt ? `$ ${command}\n` : ''}${capture.replace(/\n?$/, '\n')}${close}\n\nIf CLOSE_WAIT grows, restart the worker.\n`,
});

export const WRAPPINGS: readonly Wrapping[] = [
  fenced('```', '```'),
  fenced('```bash', '```'),
  fenced('```text', '```'),
  fenced('```console', '```', true),
  fenced('~~~', '~~~'),
  fenced('````', '````'),
  {
    name: 'a mail quote',
    column: 2,
    wrap: (capture, command) => `Hi team,\n\nOn Mon, 7 Dec 2026 Bob wrote:\n> here is ${command} from web1:\n>\n${prefixed('> ', capture)}\n\nThanks, Alice\n`,
  },
  { name: 'a nested mail quote', column: 4, wrap: (capture) => `> > Seen on db2 this morning:\n> >\n${prefixed('> > ', capture)}\n>\n> Looks like a leak to me.\n` },
  { name: 'a quoted fence', column: 2, wrap: (capture) => `> Output:\n>\n> \`\`\`\n${prefixed('> ', capture)}\n> \`\`\`\n` },
  { name: 'a block indented by four spaces', column: 4, wrap: (capture) => `Output on web1:\n\n${prefixed('    ', capture)}\n\nNothing else stood out.\n` },
  { name: 'a block indented by a tab', column: 1, wrap: (capture) => `Output on web1:\n\n${prefixed('\t', capture)}\n\nNothing else stood out.\n` },
];

