import type { Protocol } from '../model/socketTable';
import type { TcpState } from '../model/tcpState';

/**
 * Recognises a shell prompt followed by a command, as people paste them between outputs:
 * `$ ss -tan`, `# netstat -antp`, `[root@web1 ~]# ss -s`, `admin@db:~$ sudo ss -tanp`,
 * `(venv) user@host:~$ ss`, `user@MacBook-Pro ~ % netstat -an` (zsh), `MacBook-Pro:~ user$ netstat`,
 * `/ # cat /proc/net/tcp` (busybox), `bash-4.2$ ss`, `user@host ~> ss` (fish), `➜  ~ ss` (oh-my-zsh),
 * `PS C:\> netstat -ano`, `PS> netstat`, `C:\Users\me>netstat -an`, `(base) C:\work>netstat -an` (conda),
 * `host% ss` (zsh), `[2.7.2-RELEASE][admin@fw.home.arpa]/root: netstat -an` (pfSense).
 * Returns the command (empty for a bare prompt) and the kind of shell. Every part is bounded, so the
 * expression cannot backtrack over a long line.
 */
const POSIX_PROMPT = new RegExp(
  '^(?:\\([\\w.-]{1,40}\\) )?' + // a virtualenv or conda environment
    '(?:(?:\\[[^\\]\\n]{1,120}\\]' + // [root@web1 ~]
    '|[\\w.-]{1,64}@[\\w.-]{1,64}(?::[^\\s$#%>]{0,200}| [^\\s$#%>]{1,200})?' + // user@host:~  user@host ~
    '|[\\w.-]{1,64}:[^\\s$#%>]{0,200} [\\w.-]{1,64}' + // MacBook-Pro:~ user
    '|(?:ba|z|k|da|a)?sh-\\d{1,2}(?:\\.\\d{1,2})?' + // bash-4.2
    '|/[^\\s$#%>]{0,200}' + // busybox: / #
    '|[\\w.-]{1,64}' + // zsh: host%
    ')?\\s?[#$%>]' +
    '|\\u279c {1,2}\\S{0,200}' + // oh-my-zsh ➜  ~ (no terminator)
    '|\\[[^\\]\\n]{1,40}\\]\\[[^\\]\\n]{1,120}\\][^\\s:]{0,200}:)' + // pfSense: [2.7.2-RELEASE][admin@fw]/root:
    '(?:\\s*(\\S.{0,2000}))?\\s*$',
);
/** cmd.exe puts no space after `>`; PowerShell does. */
const WINDOWS_PROMPT = /^(?:\([\w.-]{1,40}\) )?(?:PS ?)?(?:[A-Za-z]:(?:\\[^>\n]{0,200})?)?>\s*(\S.{0,2000})?$/;

export interface PromptLine {
  readonly command: string;
  /** A Windows prompt means Windows output follows, whatever the command looks like. */
  readonly shell: 'posix' | 'windows';
}

export function parsePromptLine(text: string): PromptLine | undefined {
  if (text.length > 2300) {
    return undefined;
  }
  const windows = WINDOWS_PROMPT.exec(text);
  if (windows && /^(?:\([\w.-]{1,40}\) )?(?:PS|[A-Za-z]:)/.test(text)) {
    return { command: (windows[1] ?? '').trimEnd(), shell: 'windows' };
  }
  const posix = POSIX_PROMPT.exec(text);
  if (posix && isPosixPrompt(text, posix[1])) {
    return { command: (posix[1] ?? '').trimEnd(), shell: 'posix' };
  }
  return commandWithoutPrompt(text);
}

/**
 * A command pasted alone on its line, with no prompt before it: `ss -tanp`, `sudo lsof -nP -iTCP`,
 * `netstat -s | grep -i listen`, `cat /proc/net/tcp`. A tool's name must be followed by an option, so
 * that no row of a table is taken for one (an lsof row of the `ss` process goes on with its PID).
 */
function commandWithoutPrompt(text: string): PromptLine | undefined {
  const command = text.trim();
  const words = command.split(/\s+/, 4);
  const first = words[0] === 'sudo' ? 1 : 0;
  const tool = baseName(words[first] ?? '');
  const argument = words[first + 1] ?? '';
  const runsTool = TOOLS.has(tool) && argument.length > 1 && argument.startsWith('-');
  const readsProcFile = tool === 'cat' && procFileOf(argument) !== undefined;
  return runsTool || readsProcFile ? { command, shell: 'posix' } : undefined;
}

/**
 * Guards the short prompt forms against output lines: `# comment` and a `>` or `%` after a bare
 * word are prompts only when what follows reads like a command.
 */
function isPosixPrompt(text: string, command: string | undefined): boolean {
  const first = text.charCodeAt(0);
  if (first === 36 /* $ */ || first === 91 /* [ */ || first === 40 /* ( */ || first === 0x279c || text.includes('@') || /^(?:\w+-)?sh-\d/.test(text)) {
    return true;
  }
  return command !== undefined && looksLikeCommand(command);
}

/** The command words people run before pasting output here. */
function looksLikeCommand(command: string): boolean {
  const word = baseName(command.split(/\s+/, 2)[command.startsWith('sudo ') ? 1 : 0] ?? '');
  return COMMAND_WORDS.has(word.toLowerCase());
}

const COMMAND_WORDS: ReadonlySet<string> = new Set([
  'ss', 'netstat', 'netstat.exe', 'nstat', 'route', 'cat', 'sysctl', 'ip', 'lsof', 'sudo', 'watch', 'grep', 'head', 'tail',
  'less', 'more', 'conntrack', 'uname', 'date', 'hostname', 'exit', 'clear', 'sort', 'uniq', 'wc', 'awk', 'ps', 'echo',
  'dmesg', 'journalctl',
]);

/**
 * What a prompt's command says about the output below it, for the formats to judge
 * (`DumpFormat.announcedBy`): the tool that prints the table and its flags. Only the first command of a
 * pipeline prints the table: `netstat -ant | sort -rn` is not `netstat -r`.
 */
export interface CommandView {
  /** The tool's name in lower case, without a path or `.exe`; undefined when none of ours runs. */
  readonly tool: string | undefined;
  /** `-tanp` → t, a, n, p; `--udp` kept whole; Windows `/a` switches count as letters too. */
  readonly flags: ReadonlySet<string>;
  /** The /proc/net file the command reads, when it reads one and runs no tool of ours. */
  readonly procFile: 'socket-table' | 'statistics' | undefined;
  readonly shell: PromptLine['shell'];
  /** The whole command line, pipeline and all: what a histogram's later stages count is read from it. */
  readonly command: string;
}

export function commandView(prompt: PromptLine): CommandView {
  const words = firstCommandOf(prompt.command).split(/\s+/, 32);
  const toolIndex = words.findIndex((word) => TOOLS.has(baseName(word)));
  if (toolIndex < 0) {
    return { tool: undefined, flags: new Set(), procFile: procFileOf(prompt.command), shell: prompt.shell, command: prompt.command };
  }
  const tool = baseName(words[toolIndex]).replace(/\.exe$/i, '').toLowerCase();
  return { tool, flags: flagsOf(words.slice(toolIndex + 1)), procFile: undefined, shell: prompt.shell, command: prompt.command };
}

/** True when the command prints something this product reads: ss, netstat, nstat, route or a /proc/net file. */
export function runsSocketTool(command: string): boolean {
  const first = firstCommandOf(command);
  return first.split(/\s+/, 8).some((word) => TOOLS.has(baseName(word))) || procFileOf(first) !== undefined;
}

const TOOLS: ReadonlySet<string> = new Set(['ss', 'netstat', 'nstat', 'route', 'lsof', 'NETSTAT', 'netstat.exe', 'NETSTAT.EXE', 'dmesg', 'journalctl']);

function firstCommandOf(command: string): string {
  const end = command.search(/[|;&>]/);
  return end < 0 ? command : command.slice(0, end);
}

function baseName(word: string): string {
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  return slash >= 0 ? word.slice(slash + 1) : word;
}

function procFileOf(command: string): CommandView['procFile'] {
  if (/\/proc\/(?:self\/|\d+\/)?net\/(?:tcp|udp|raw|udplite)6?\b/.test(command)) {
    return 'socket-table';
  }
  if (/\/proc\/(?:self\/|\d+\/)?net\/(?:snmp6?|netstat|sockstat6?)\b/.test(command)) {
    return 'statistics';
  }
  return undefined;
}

/** `-tanp` → t, a, n, p; `--udp` kept whole; Windows `/a` style switches count as letters too. */
function flagsOf(words: readonly string[]): Set<string> {
  const flags = new Set<string>();
  for (const word of words) {
    if (word.startsWith('--')) {
      flags.add(word);
    } else if (word.startsWith('-') || word.startsWith('/')) {
      for (const letter of word.slice(1)) {
        flags.add(letter);
      }
    }
  }
  return flags;
}

/**
 * Which socket type an `ss` table without a Netid column holds, judged from the command that
 * printed it: `ss -uan` lists UDP only; anything with -t (or no type flag at all) lists TCP;
 * packet, netlink, MPTCP, SCTP, vsock, TIPC and XDP sockets are none of ours to count.
 */
export function ssTableProtocol(command: string): Protocol | undefined {
  const words = firstCommandOf(command).split(/\s+/, 64);
  const ssIndex = words.findIndex((word) => word === 'ss' || word.endsWith('/ss'));
  if (ssIndex < 0) {
    return undefined;
  }
  const queried = queriedTableProtocol(words.slice(ssIndex + 1));
  if (queried) {
    return queried;
  }
  const flags = flagsOf(words.slice(ssIndex + 1));
  const has = (...names: string[]) => names.some((name) => flags.has(name));
  if (has('t', '--tcp')) {
    return 'tcp';
  }
  if (has('u', '--udp')) {
    return 'udp';
  }
  if (has('x', '--unix')) {
    return 'unix';
  }
  if (has('w', '--raw')) {
    return 'raw';
  }
  if (has('0', 'M', 'S', '--packet', '--mptcp', '--sctp', '--vsock', '--tipc', '--xdp', '--netlink')) {
    return 'other';
  }
  return 'tcp';
}

/**
 * The socket type of `ss -A udp` (also `-Audp`, `-nA udp`, `--query=udp`, `--socket udp`) when one
 * table is asked for: with several, ss prints the Netid column and the rows say it themselves.
 */
function queriedTableProtocol(words: readonly string[]): Protocol | undefined {
  let query: string | undefined;
  for (let index = 0; index < words.length && query === undefined; index++) {
    const word = words[index];
    const equals = word.indexOf('=');
    if (word.startsWith('--query') || word.startsWith('--socket')) {
      query = equals > 0 ? word.slice(equals + 1) : words[index + 1];
    } else if (word.startsWith('-') && word.indexOf('A') > 0) {
      const letterA = word.indexOf('A');
      query = letterA === word.length - 1 ? words[index + 1] : word.slice(letterA + 1);
    }
  }
  if (query === undefined || query.includes(',')) {
    return undefined;
  }
  if (query === 'tcp' || query === 'udp' || query === 'raw') {
    return query;
  }
  if (query.startsWith('unix')) {
    return 'unix';
  }
  return query === 'all' || query === 'inet' || query === '' ? undefined : 'other';
}

/** ss's names for the states a filter can select. */
const SS_FILTER_STATES: ReadonlyMap<string, TcpState> = new Map([
  ['established', 'ESTABLISHED'],
  ['syn-sent', 'SYN_SENT'],
  ['syn-recv', 'SYN_RECV'],
  ['fin-wait-1', 'FIN_WAIT1'],
  ['fin-wait-2', 'FIN_WAIT2'],
  ['time-wait', 'TIME_WAIT'],
  ['closed', 'CLOSED'],
  ['close-wait', 'CLOSE_WAIT'],
  ['last-ack', 'LAST_ACK'],
  ['listening', 'LISTEN'],
  ['closing', 'CLOSING'],
]);

/**
 * The state of `ss … state time-wait`: with exactly one state selected, ss prints no State column,
 * so the command is the only place the rows' state is written. Undefined for any other command.
 */
export function ssFilteredState(command: string): TcpState | undefined {
  const words = firstCommandOf(command).split(/\s+/, 64);
  if (!words.some((word) => word === 'ss' || word.endsWith('/ss'))) {
    return undefined;
  }
  const selected = words.flatMap((word, index) => (words[index - 1] === 'state' || words[index - 1] === 'exclude' ? [word] : []));
  return selected.length === 1 && words.includes('state') ? SS_FILTER_STATES.get(selected[0].toLowerCase()) : undefined;
}
