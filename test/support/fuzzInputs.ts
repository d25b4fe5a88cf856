// The fuzzer's input generator, shared by `npm run fuzz` (scripts/fuzz.mjs bundles this file) and the
// short deterministic run in test/unit/fuzz.test.ts. Inputs are real captures cut into windows and
// mutated; every input is a pure function of (seed, document language, index, scale), so a finding is
// reproduced from those four numbers alone, and `scale` grows the same mutation for the size-scaling check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type FuzzLanguage = 'netstat' | 'sysctl';

export interface SeedText {
  /** Path under the fixtures folder, or `builtin:<name>`. */
  readonly name: string;
  readonly language: FuzzLanguage;
  readonly lines: readonly string[];
}

export interface FuzzInput {
  readonly text: string;
  /** The mutations applied, in order, for the report (`window(ss-tan.txt)`, `huge-token`…). */
  readonly recipe: readonly string[];
}

export type Random = () => number;

/** mulberry32: tiny, fast, and good enough to pick mutations; a 32-bit state so inputs are cheap to replay. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator of one input: the run's seed, the document language and the index hashed together. */
export function randomFor(seed: number, language: FuzzLanguage, index: number): Random {
  let hash = 2166136261 ^ seed;
  for (const part of [language === 'netstat' ? 1 : 2, index, index / 4294967296]) {
    hash = Math.imul(hash ^ (part >>> 0), 16777619);
    hash ^= hash >>> 13;
  }
  return mulberry32(hash);
}

const int = (random: Random, below: number) => Math.floor(random() * Math.max(below, 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];
const chance = (random: Random, probability: number) => random() < probability;

/** Every capture under test/fixtures (real/**, samples/**), with the sysctl ones marked as such. */
export function loadSeeds(fixturesDir: string): SeedText[] {
  const seeds: SeedText[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'fuzz') {
          visit(path);
        }
      } else if (name.endsWith('.txt')) {
        const text = readFileSync(path, 'utf8');
        const language: FuzzLanguage = /(^|\/)sysctl/.test(relative(fixturesDir, path)) ? 'sysctl' : 'netstat';
        seeds.push({ name: relative(fixturesDir, path), language, lines: text.split('\n') });
      }
    }
  };
  visit(fixturesDir);
  for (const [name, text] of Object.entries(BUILTIN_SYSCTL)) {
    seeds.push({ name: `builtin:${name}`, language: 'sysctl', lines: text.split('\n') });
  }
  return seeds;
}

/**
 * Other people's outputs (`npm run fuzz -- --corpus DIR`, e.g. ../shared/corpus): every raw file under
 * `<source>/<tool>/`, the `sysctl` tool folders as sysctl documents. Never used by `npm test`.
 */
export function loadCorpusSeeds(corpusDir: string): SeedText[] {
  const seeds: SeedText[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        visit(path);
      } else if (!/\.(json|md)$|^(LICENSE|NOTICE)/.test(name)) {
        const where = relative(corpusDir, path);
        seeds.push({ name: `corpus:${where}`, language: /(^|\/)sysctl\//.test(where) ? 'sysctl' : 'netstat', lines: readFileSync(path, 'utf8').split('\n') });
      }
    }
  };
  visit(corpusDir);
  return seeds;
}

/** Hand-written sysctl.conf shapes the `sysctl -a` captures lack: comments, `-`, globs, slashes, BSD style. */
const BUILTIN_SYSCTL: Record<string, string> = {
  'sysctl.conf': [
    '# /etc/sysctl.conf - tuned by ops',
    '; old-style comment',
    'net.ipv4.ip_forward = 1',
    'net.ipv4.ip_local_port_range = 1024 65535',
    'net.ipv4.tcp_tw_recycle = 1',
    'net.ipv4.tcp_tw_reuse=1',
    '-net.ipv4.tcp_fin_timeout = 15',
    'net/ipv4/tcp_syncookies = 1',
    'net.ipv4.conf.*.rp_filter = 2',
    'net.ipv4.conf.eth0.rp_filter = 0',
    'net.core.somaxconn = 65535',
    'net.core.somaxconn = 128',
    'net.ipv4.tcp_keepalive_time = 7200',
    'net.ipv4.tcp_keepalive_intvl = 75',
    'net.ipv4.tcp_rmem = 4096\t87380\t6291456',
    'net.ipv4.tcp_wmem = 4096 16384 4194304',
    'kernel.printk = 4 4 1 7',
    'vm.swappiness = 10',
    'fs.file-max = 2097152',
    'net.ipv4.tcp_max_tw_buckets = 5000',
    'net.ipv4.tcp_max_orphans = 262144',
    'net.ipv4.tcp_congestion_control = bbr',
    'net.netfilter.nf_conntrack_max = 1048576',
    'net.ipv6.conf.all.disable_ipv6 = 1',
    'kernel.core_pattern = |/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h',
    'net.ipv4.tcp_mem = 786432 1048576 1572864',
    'net.ipv4.tcp_rmem = 8192 87380',
    'net.ipv4.tcp_timestamps = yes',
    'sysctl: cannot stat /proc/sys/net/ipv4/tcp_tw_recycle: No such file or directory',
    'net.ipv4.tcp_fastopen',
    'net.inet.tcp.msl: 15000',
    ' = 1',
    'net..ipv4 = 1',
  ].join('\n'),
  'sysctl.d-99-net.conf': [
    '# Managed by config management',
    'net.ipv4.tcp_fin_timeout=30',
    'net.ipv4.tcp_keepalive_probes=9',
    'net.ipv4.tcp_syn_retries = 2',
    'net.ipv4.tcp_synack_retries = 2',
    'net.ipv4.tcp_max_syn_backlog = 8192',
    'net.core.netdev_max_backlog = 16384',
    'net.ipv4.neigh.default.gc_thresh3 = 8192',
    '',
    'kernel.pid_max = 4194304',
  ].join('\n'),
};

/** Headers, titles and prompts of every format the dump driver reads, to splice into other formats. */
const HEADER_SPELLINGS = [
  'Active Internet connections (servers and established)',
  'Active Internet connections (only servers)',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name     Timer',
  'Active UNIX domain sockets (servers and established)',
  'Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path',
  'State      Recv-Q Send-Q      Local Address:Port        Peer Address:Port  Process',
  'Netid State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process',
  'Recv-Q Send-Q Local Address:Port Peer Address:Port',
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
  'Kernel IP routing table',
  'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface',
  'Kernel Interface table',
  'Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg',
  'Routing tables',
  'Ip:',
  'Tcp:',
  'TcpExt:',
  '#kernel',
  'Total: 1234 (kernel 0)',
  'TCP:   17 (estab 5, closed 2, orphaned 0, timewait 2)',
  'COMMAND     PID   USER   FD   TYPE DEVICE SIZE/OFF NODE NAME',
  'Active Connections',
  '  Proto  Local Address          Foreign Address        State           PID',
  '活动连接',
  '  协议  本地地址          外部地址        状态           PID',
  'Active LOCAL (UNIX) domain sockets',
  'Tcpcb            Proto Recv-Q Send-Q  Local Address      Foreign Address    (state)',
  'Socket           Flowhash Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)',
  'Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)',
  '$ ss -tanp',
  'root@host:~# netstat -antp',
  'PS C:\\> netstat -ano',
  'C:\\Windows\\system32>netstat -anob',
  '[root@web01 ~]# ss -s',
  '$ cat /proc/net/tcp',
  '$ sysctl -a | grep net.ipv4',
];

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf', 'toLocaleString'];

/** Prototype names where a parser or a hover looks a word up in a table. */
const PROTOTYPE_PLACES = [
  (name: string) => `users:(("${name}",pid=1,fd=3))`,
  (name: string) => `timer:(${name},1.2sec,0)`,
  (name: string) => `${name}:1`,
  (name: string) => `${name}:(r0,rb1)`,
  (name: string) => `skmem:(${name}0,rb131072)`,
  (name: string) => `cubic ${name} wscale:7,7 rto:204`,
  (name: string) => `    5 ${name}`,
  (name: string) => `    ${name}: 5`,
  (name: string) => `${name}:`,
  (name: string) => `Tcp${name} 3 0.0`,
  (name: string) => `net.ipv4.${name} = 1`,
  (name: string) => `${name} = 1`,
  (name: string) => `${name}.${name} = ${name}`,
  (name: string) => `tcp 0 0 0.0.0.0:${name} 0.0.0.0:* LISTEN 1/${name}`,
  (name: string) => `ESTAB 0 0 10.0.0.1:22 10.0.0.2:${name}`,
  (name: string) => `${name} 0 0 10.0.0.1:22 10.0.0.2:3333`,
  (name: string) => `tcp 0 0 1.2.3.4:80 5.6.7.8:9 ${name}`,
  (name: string) => `  TCP    0.0.0.0:135  0.0.0.0:0  ${name}  1020`,
  (name: string) => `${name}  1 root 3u IPv4 9 0t0 TCP *:80 (${name})`,
];

const MARKDOWN_PAYLOADS = [
  '![](https://x.invalid/a.png)',
  '[x](command:foo)',
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '`',
  '```',
  '**bold**',
  '_x_',
  '| a | b |',
  '\\',
  '$(alert)',
  '&lt;',
  '# heading',
  '> quote',
  '<a href="command:foo">x</a>',
];

const HUGE_PIECES = ['(', ')', ':', '9', '0', 'a', ',', '.', '/', ' ', '\t', '-', '=', '[', '*', 'f', ':1', '1,', 'ab:', '((', 'users:((', 'timer:(', 'rtt:', 'skmem:(', '"', '\\', '::', '1.', '%', '\u00a0', '中'];

const NUMBER_EXTREMES = [
  '0', '-0', '-1', '1', '65535', '65536', '2147483647', '2147483648', '-2147483648', '4294967295', '4294967296',
  '9007199254740991', '9007199254740993', '18446744073709551615', '18446744073709551616', '-9223372036854775808',
  '99999999999999999999999999999', '1e308', '1e309', '-1e309', 'NaN', 'Infinity', '-Infinity', '0x7fffffff',
  '0xffffffffffffffff', '1.5', '.5', '5.', '1e3', '00000000', '０１２', '٣', '1_000', '+1', '0b101', '017',
];

const CJK = ['状态', '监听', '已建立', '本地地址', '外部地址', '协议', '等待', '中文', '：', '１２３', '（', '）', '、', '，', '汉字漢字', '😀', '𝟘', 'ｔｃｐ'];

/** Chars that confuse line splitting, decoding and tokenising. */
const ODD_CHARS = ['\0', '\x01', '\x07', '\b', '\x1b[31m', '\x7f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff', '\udc00\ud800', '\u200b', '\u202e', '\uffff', '\r', '\v', '\f'];

/**
 * Builds input `index` of a run. `scale` multiplies the size knobs (token and line lengths, repeats,
 * flips, binary runs) without changing any draw of the main random stream, so the same mutations land on
 * the same lines, only bigger.
 */
export function generateInput(seeds: readonly SeedText[], language: FuzzLanguage, seed: number, index: number, scale = 1): FuzzInput {
  const random = randomFor(seed, language, index);
  const recipe: string[] = [];
  const sameLanguage = seeds.filter((candidate) => candidate.language === language);
  const base = chance(random, 0.85) && sameLanguage.length > 0 ? pick(random, sameLanguage) : pick(random, seeds);
  let lines = windowOf(random, base, recipe);
  const steps = 1 + int(random, chance(random, 0.2) ? 8 : 3);
  for (let step = 0; step < steps; step++) {
    const mutation = pickWeighted(random, MUTATIONS);
    lines = mutation.apply({ random, lines, seeds, scale, recipe });
    lines = capped(lines, MAX_CHARS * scale, recipe);
  }
  return { text: lines.join('\n'), recipe };
}

/** Mutations stacked on a huge line could build strings past V8's limit; inputs stop growing here. */
const MAX_CHARS = 2 * 1024 * 1024;

function capped(lines: string[], maxChars: number, recipe: string[]): string[] {
  let total = 0;
  for (let at = 0; at < lines.length; at++) {
    total += lines[at].length + 1;
    if (total > maxChars) {
      recipe.push(`capped@${maxChars}`);
      const kept = lines.slice(0, at);
      kept.push(lines[at].slice(0, Math.max(0, lines[at].length - (total - maxChars))));
      return kept;
    }
  }
  return lines;
}

function windowOf(random: Random, seedText: SeedText, recipe: string[]): string[] {
  const total = seedText.lines.length;
  if (chance(random, 0.04)) {
    recipe.push(`whole(${seedText.name})`);
    return [...seedText.lines];
  }
  // Keeping the first lines most of the time keeps the title and header that decide the format.
  const start = chance(random, 0.5) ? 0 : int(random, total);
  const length = 1 + int(random, chance(random, 0.15) ? 200 : 25);
  recipe.push(`window(${seedText.name}:${start}+${length})`);
  return seedText.lines.slice(start, start + length);
}

interface MutationContext {
  readonly random: Random;
  readonly lines: string[];
  readonly seeds: readonly SeedText[];
  readonly scale: number;
  readonly recipe: string[];
}

interface Mutation {
  readonly name: string;
  readonly weight: number;
  apply(context: MutationContext): string[];
}

function pickWeighted(random: Random, mutations: readonly Mutation[]): Mutation {
  const total = mutations.reduce((sum, mutation) => sum + mutation.weight, 0);
  let left = random() * total;
  for (const mutation of mutations) {
    left -= mutation.weight;
    if (left < 0) {
      return mutation;
    }
  }
  return mutations[mutations.length - 1];
}

const lineIndex = (random: Random, lines: readonly string[]) => int(random, lines.length);

/** A generator of its own for loops whose length grows with `scale`, so the main stream draws the same. */
const subRandom = (random: Random) => mulberry32(int(random, 4294967296));

/** Replaces one whitespace-separated token of a line (or appends when the line has none). */
function replaceToken(random: Random, line: string, replacement: string): string {
  const tokens = [...line.matchAll(/\S+/g)];
  if (tokens.length === 0) {
    return line + replacement;
  }
  const token = pick(random, tokens);
  const at = token.index ?? 0;
  if (chance(random, 0.3)) {
    // Inside the token: after a `:` or `(` or `=` is where hovers and parsers split.
    const inner = token[0].search(/[:(=,/]/);
    if (inner >= 0) {
      return line.slice(0, at + inner + 1) + replacement + line.slice(at + inner + 1);
    }
  }
  return line.slice(0, at) + replacement + line.slice(at + token[0].length);
}

function insertAt(random: Random, line: string, piece: string): string {
  const at = int(random, line.length + 1);
  return line.slice(0, at) + piece + line.slice(at);
}

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.max(1, Math.ceil(length / piece.length))).slice(0, length);
}

const withLine = (context: MutationContext, name: string, change: (line: string) => string): string[] => {
  const { random, lines, recipe } = context;
  if (lines.length === 0) {
    lines.push('');
  }
  const at = lineIndex(random, lines);
  recipe.push(`${name}@${at}`);
  lines[at] = change(lines[at]);
  return lines;
};

const MUTATIONS: readonly Mutation[] = [
  {
    name: 'char-flip',
    weight: 8,
    apply(context) {
      const { random, scale } = context;
      const count = Math.ceil((1 + int(random, 8)) * scale);
      const flips = subRandom(random);
      return withLine(context, `char-flip×${count}`, (line) => {
        const chars = [...line];
        for (let flip = 0; flip < count && chars.length > 0; flip++) {
          const at = int(flips, chars.length);
          chars[at] = chance(flips, 0.5) ? String.fromCharCode(32 + int(flips, 95)) : String.fromCharCode(int(flips, 0x10000));
        }
        return chars.join('');
      });
    },
  },
  {
    name: 'byte-flip',
    weight: 5,
    apply({ random, lines, scale, recipe }) {
      const bytes = Buffer.from(lines.join('\n'), 'utf8');
      const count = Math.ceil((1 + int(random, 16)) * scale);
      const flips = subRandom(random);
      for (let flip = 0; flip < count && bytes.length > 0; flip++) {
        bytes[int(flips, bytes.length)] ^= 1 << int(flips, 8);
      }
      recipe.push(`byte-flip×${count}`);
      return bytes.toString('utf8').split('\n');
    },
  },
  {
    name: 'duplicate-line',
    weight: 6,
    apply({ random, lines, scale, recipe }) {
      const at = lineIndex(random, lines);
      const times = Math.ceil((1 + int(random, chance(random, 0.1) ? 400 : 20)) * scale);
      const line = lines[at] ?? '';
      const kept = Math.min(times, Math.ceil((MAX_CHARS * scale) / (line.length + 1)));
      recipe.push(`duplicate-line@${at}×${kept}`);
      lines.splice(at, 0, ...new Array<string>(kept).fill(line));
      return lines;
    },
  },
  {
    name: 'delete-lines',
    weight: 5,
    apply({ random, lines, recipe }) {
      const at = lineIndex(random, lines);
      const count = 1 + int(random, 6);
      recipe.push(`delete-lines@${at}+${count}`);
      lines.splice(at, count);
      return lines;
    },
  },
  {
    name: 'splice-other-file',
    weight: 6,
    apply({ random, lines, seeds, scale, recipe }) {
      const other = pick(random, seeds);
      const from = int(random, other.lines.length);
      const count = Math.ceil((1 + int(random, 12)) * scale);
      const at = int(random, lines.length + 1);
      recipe.push(`splice(${other.name}:${from}+${count})@${at}`);
      lines.splice(at, 0, ...other.lines.slice(from, from + count));
      return lines;
    },
  },
  {
    name: 'swap-lines',
    weight: 2,
    apply({ random, lines, recipe }) {
      const a = lineIndex(random, lines);
      const b = lineIndex(random, lines);
      recipe.push(`swap-lines@${a},${b}`);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines;
    },
  },
  {
    name: 'truncate',
    weight: 4,
    apply({ random, lines, recipe }) {
      const text = lines.join('\n');
      const at = int(random, text.length + 1);
      recipe.push(`truncate@${at}`);
      return text.slice(0, at).split('\n');
    },
  },
  {
    name: 'prototype-name',
    weight: 6,
    apply(context) {
      const { random } = context;
      const name = pick(random, PROTOTYPE_NAMES);
      if (chance(random, 0.5)) {
        const place = pick(random, PROTOTYPE_PLACES);
        return withLine(context, `prototype-line(${name})`, (line) => (chance(random, 0.5) ? place(name) : `${line} ${place(name)}`));
      }
      return withLine(context, `prototype-token(${name})`, (line) => replaceToken(random, line, name));
    },
  },
  {
    name: 'markdown',
    weight: 4,
    apply(context) {
      const payload = pick(context.random, MARKDOWN_PAYLOADS);
      return withLine(context, 'markdown', (line) => replaceToken(context.random, line, chance(context.random, 0.5) ? payload : `users:(("${payload}",pid=1,fd=3))`));
    },
  },
  {
    name: 'huge-token',
    weight: 1.5,
    apply(context) {
      const { random, scale } = context;
      const piece = pick(random, HUGE_PIECES);
      const length = Math.ceil((10 + int(random, 190)) * 1024 * scale);
      return withLine(context, `huge-token(${JSON.stringify(piece)}×${length})`, (line) =>
        chance(random, 0.5) ? replaceToken(random, line, repeatTo(piece, length)) : insertAt(random, line, repeatTo(piece, length)),
      );
    },
  },
  {
    name: 'long-line',
    weight: 1.5,
    apply(context) {
      const { random, scale } = context;
      const times = Math.ceil((20 + int(random, 400)) * scale);
      return withLine(context, `long-line×${times}`, (line) => {
        const glue = pick(random, [' ', '\t', '', ',', ' users:(("a",pid=1,fd=2)),']);
        const piece = line || 'x';
        return new Array<string>(Math.min(times, Math.ceil((MAX_CHARS * scale) / (piece.length + glue.length)))).fill(piece).join(glue);
      });
    },
  },
  {
    name: 'line-endings',
    weight: 4,
    apply({ random, lines, recipe }) {
      const kind = pick(random, ['crlf', 'cr', 'mixed', 'bom', 'bom-mid', 'trailing-cr', 'no-final', 'blank-lines']);
      recipe.push(`line-endings(${kind})`);
      switch (kind) {
        case 'crlf':
          return [lines.join('\r\n')];
        case 'cr':
          return [lines.join('\r')];
        case 'mixed':
          return [lines.map((line) => line + pick(random, ['\n', '\r\n', '\r', '\n\r'])).join('')];
        case 'bom':
          return ['\ufeff' + lines.join('\n')];
        case 'bom-mid':
          lines.splice(lineIndex(random, lines), 0, '\ufeff');
          return lines;
        case 'trailing-cr':
          return lines.map((line) => `${line}\r`);
        case 'no-final':
          return lines.join('\n').replace(/\n+$/, '').split('\n');
        default:
          lines.splice(lineIndex(random, lines), 0, ...new Array<string>(1 + int(random, 50)).fill(''));
          return lines;
      }
    },
  },
  {
    name: 'odd-chars',
    weight: 5,
    apply(context) {
      const { random } = context;
      const count = 1 + int(random, 6);
      return withLine(context, `odd-chars×${count}`, (line) => {
        for (let insert = 0; insert < count; insert++) {
          line = insertAt(random, line, pick(random, ODD_CHARS));
        }
        return line;
      });
    },
  },
  {
    name: 'binary',
    weight: 2,
    apply({ random, lines, scale, recipe }) {
      const length = Math.ceil((1 + int(random, 2048)) * scale);
      const bytes = Buffer.alloc(length);
      const fill = subRandom(random);
      for (let at = 0; at < length; at++) {
        bytes[at] = int(fill, 256);
      }
      const at = int(random, lines.length + 1);
      recipe.push(`binary(${length})@${at}`);
      lines.splice(at, 0, ...bytes.toString(chance(random, 0.5) ? 'utf8' : 'latin1').split('\n'));
      return lines;
    },
  },
  {
    name: 'surrogates',
    weight: 2,
    apply(context) {
      const { random } = context;
      return withLine(context, 'surrogates', (line) => {
        const piece = pick(random, ['\ud800', '\udc00', '\udbff\udbff', '\udfff\ud800', '😀'.slice(0, 1), '😀'.slice(1), '😀😀']);
        return chance(random, 0.5) ? replaceToken(random, line, piece) : insertAt(random, line, piece);
      });
    },
  },
  {
    name: 'cjk',
    weight: 3,
    apply(context) {
      const { random } = context;
      const count = 1 + int(random, 5);
      return withLine(context, `cjk×${count}`, (line) => {
        for (let insert = 0; insert < count; insert++) {
          line = chance(random, 0.5) ? replaceToken(random, line, pick(random, CJK)) : insertAt(random, line, pick(random, CJK));
        }
        return line;
      });
    },
  },
  {
    name: 'number-extreme',
    weight: 6,
    apply(context) {
      const { random } = context;
      const value = pick(random, NUMBER_EXTREMES);
      return withLine(context, `number(${value})`, (line) => {
        const numbers = [...line.matchAll(/\d+/g)];
        if (numbers.length === 0) {
          return replaceToken(random, line, value);
        }
        const number = pick(random, numbers);
        const at = number.index ?? 0;
        return line.slice(0, at) + value + line.slice(at + number[0].length);
      });
    },
  },
  {
    name: 'tabs',
    weight: 2,
    apply(context) {
      const { random } = context;
      return withLine(context, 'tabs', (line) => (chance(random, 0.5) ? line.replace(/ +/g, '\t') : line.replace(/ /g, () => (chance(random, 0.3) ? '\t' : ' '))));
    },
  },
  {
    name: 'whitespace',
    weight: 2,
    apply(context) {
      const { random } = context;
      return withLine(context, 'whitespace', (line) => (chance(random, 0.5) ? line.replace(/\s+/g, ' ').trim() : line.replace(/ /g, '   ')));
    },
  },
  {
    name: 'header-spelling',
    weight: 5,
    apply({ random, lines, recipe }) {
      const header = pick(random, HEADER_SPELLINGS);
      const at = chance(random, 0.3) ? 0 : int(random, lines.length + 1);
      recipe.push(`header(${header.slice(0, 24)})@${at}`);
      lines.splice(at, chance(random, 0.3) ? 1 : 0, header);
      return lines;
    },
  },
  {
    name: 'token-shuffle',
    weight: 4,
    apply(context) {
      const { random } = context;
      return withLine(context, 'token-shuffle', (line) => {
        const tokens = line.split(/(\s+)/);
        const words = tokens.flatMap((_token, at) => (at % 2 === 0 ? [at] : []));
        if (words.length < 2) {
          return line;
        }
        const a = pick(random, words);
        const b = pick(random, words);
        switch (int(random, 3)) {
          case 0:
            [tokens[a], tokens[b]] = [tokens[b], tokens[a]];
            break;
          case 1:
            tokens[a] = '';
            break;
          default:
            tokens[a] = `${tokens[a]} ${tokens[a]}`;
        }
        return tokens.join('');
      });
    },
  },
  {
    name: 'case',
    weight: 1,
    apply(context) {
      return withLine(context, 'case', (line) => (chance(context.random, 0.5) ? line.toUpperCase() : line.toLowerCase()));
    },
  },
  {
    name: 'sysctl-syntax',
    weight: 5,
    apply(context) {
      const { random } = context;
      const kind = pick(random, ['colon', 'no-equals', 'double-equals', 'dash', 'slashes', 'glob', 'empty-value', 'many-items', 'trailing-comment', 'partial-key', 'spaces-in-key', 'dots']);
      return withLine(context, `sysctl-${kind}`, (line) => {
        switch (kind) {
          case 'colon':
            return line.replace('=', ':');
          case 'no-equals':
            return line.replace(/\s*=\s*/, ' ');
          case 'double-equals':
            return line.replace('=', '==');
          case 'dash':
            return `-${line}`;
          case 'slashes':
            return line.replace(/\./g, '/');
          case 'glob':
            return line.replace(/\.[^.=\s]+/, pick(random, ['.*', '.?', '.**', '.eth*']));
          case 'empty-value':
            return line.replace(/=.*/, '=');
          case 'many-items':
            return line.replace(/=.*/, `= ${new Array(1 + int(random, 200)).fill(0).map(() => int(random, 100000)).join(pick(random, [' ', '\t', ',']))}`);
          case 'trailing-comment':
            return `${line} # ${pick(random, MARKDOWN_PAYLOADS)}`;
          case 'partial-key':
            return line.slice(0, Math.max(0, line.indexOf('=') >= 0 ? int(random, line.indexOf('=')) : int(random, line.length)));
          case 'spaces-in-key':
            return line.replace('.', ' . ');
          default:
            return line.replace('.', pick(random, ['..', '.', '...', '._.']));
        }
      });
    },
  },
  {
    name: 'empty',
    weight: 0.3,
    apply({ random, recipe }) {
      const text = pick(random, ['', ' ', '\n', '\r\n', '\r', '\ufeff', '\0', '\n\n\n', '=', '#', '-', ':']);
      recipe.push(`empty(${JSON.stringify(text)})`);
      return text.split('\n');
    },
  },
];
