import type { Protocol } from '../model/socketTable';

/**
 * Recognises a shell prompt followed by a command, as people paste them between outputs:
 * `$ ss -tan`, `# netstat -antp`, `[root@web1 ~]# ss -s`, `admin@db:~$ sudo ss -tanp`,
 * `PS C:\> netstat -ano`, `C:\Users\me> netstat -an`. Returns the command text, or undefined.
 * The prompt forms are bounded so the expression cannot backtrack over a long line.
 */
const PROMPT =
  /^(?:\[[^\]\n]{1,120}\]\s?[#$]|[\w.-]{1,64}@[\w.-]{1,64}(?::[^\s$#]{0,200})?\s?[#$]|PS [A-Za-z]:[^>\n]{0,200}>|[A-Za-z]:\\[^>\n]{0,200}>|[$#%])\s+(\S.{0,2000})$/;

export function commandAfterPrompt(text: string): string | undefined {
  if (text.length > 2300) {
    return undefined;
  }
  const match = PROMPT.exec(text);
  return match ? match[1].trimEnd() : undefined;
}

/**
 * Which socket type an `ss` table without a Netid column holds, judged from the command that
 * printed it: `ss -uan` lists UDP only; anything with -t (or no type flag at all) lists TCP.
 */
export function ssTableProtocol(command: string): Protocol | undefined {
  const words = command.split(/\s+/);
  const ssIndex = words.findIndex((word) => word === 'ss' || word.endsWith('/ss'));
  if (ssIndex < 0) {
    return undefined;
  }
  const flags = new Set<string>();
  for (const word of words.slice(ssIndex + 1)) {
    if (word.startsWith('--')) {
      flags.add(word);
    } else if (word.startsWith('-')) {
      for (const letter of word.slice(1)) {
        flags.add(letter);
      }
    }
  }
  const tcp = flags.has('t') || flags.has('--tcp');
  if (tcp) {
    return 'tcp';
  }
  if (flags.has('u') || flags.has('--udp')) {
    return 'udp';
  }
  if (flags.has('x') || flags.has('--unix')) {
    return 'unix';
  }
  if (flags.has('w') || flags.has('--raw')) {
    return 'raw';
  }
  return 'tcp';
}
