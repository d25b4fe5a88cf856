import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { type Hover, type MarkupContent, type Range, uinteger } from 'vscode-languageserver-types';

const WHOLE_LINE = uinteger.MAX_VALUE;
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { type ParsedSocketDump, reportedUnrecognized, type SocketRow } from '../../server/src/core/model/socketTable';
import type { ColumnSpan } from '../../server/src/core/model/span';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { FENCE_LINE, PasteMarkup } from '../../server/src/core/parsers/pasteMarkup';
import { parsePromptLine } from '../../server/src/core/parsers/shellCommand';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';
import { commandOf, linesOf, prefixed, WRAPPINGS } from './support/pasteWrappings';
import { documentOf, service, settingsWith } from './support/service';

/** Real captures of every kind the wrappings below are tried on: ss with details and timers, net-tools, lsof, netstat -s, UDP and raw sockets. */
const CAPTURES: readonly (readonly [string, string])[] = [
  ['mixed', 'ss-tanp.txt'],
  ['healthy', 'ss-tanpoie.txt'],
  ['mixed', 'ss-tuan.txt'],
  ['mixed', 'netstat-antp.txt'],
  ['mixed', 'lsof-nP-i.txt'],
  ['listen-overflow', 'netstat-s.txt'],
  ['udp-raw', 'ss-uan.txt'],
  ['udp-raw', 'ss-ulpn.txt'],
  ['udp-raw', 'lsof-nP-p.txt'],
];

/** Prompts people really have, and a command with none: what comes before the command. */
const PROMPTS: readonly (readonly [string, string])[] = [
  ['pfSense', '[2.7.2-RELEASE][admin@fw.home.arpa]/root: '],
  ['zsh', 'host% '],
  ['fish', 'user@host ~> '],
  ['sh', 'sh-4.2# '],
  ['BusyBox', '/ # '],
  ['no prompt at all', ''],
];

const moved = (span: ColumnSpan | undefined, column: number) => span && { start: span.start + column, end: span.end + column };

function endpointFacts(endpoint: SocketRow['local'], column: number) {
  return endpoint && { address: endpoint.address, scope: endpoint.scope, port: endpoint.port, span: moved(endpoint.span, column) };
}

/** A row's fields that hold no position (read one by one: a table row's fields are getters, which a spread skips). */
const PLAIN_FIELDS = ['format', 'protocol', 'family', 'state', 'stateText', 'recvQ', 'sendQ'] as const;

/** What counting and judging a row read: everything but its line; spans moved by the wrapping's column. */
function rowFacts(row: SocketRow, column: number) {
  return {
    ...Object.fromEntries(PLAIN_FIELDS.map((field) => [field, row[field]])),
    local: endpointFacts(row.local, column),
    remote: endpointFacts(row.remote, column),
    processes: row.processes,
    stateSpan: moved(row.stateSpan, column),
    processSpan: moved(row.processSpan, column),
  };
}

function counts(dump: ParsedSocketDump) {
  const { total, states, protocols, families, unparsedLines, topLocalPorts, topRemoteHosts, topProcesses } = summarizeDump(dump, 10);
  return { total, states, protocols, families, unparsedLines, topLocalPorts, topRemoteHosts, topProcesses, counters: dump.counters.map(({ group, name, value }) => [group, name, value]) };
}

function assertReadAsBare(text: string, capture: string, column: number, message: string): ParsedSocketDump {
  const bare = parseSocketDump(capture);
  const wrapped = parseSocketDump(text);
  ok(bare.rows.length > 0 || bare.counters.length > 0, `${message}: the capture has something to count`);
  deepStrictEqual(counts(wrapped), counts(bare), message);
  deepStrictEqual(
    wrapped.rows.map((row) => rowFacts(row, 0)),
    bare.rows.map((row) => rowFacts(row, column)),
    `${message}: rows and where their columns are`,
  );
  deepStrictEqual(
    wrapped.counters.map((counter) => counter.span),
    bare.counters.map((counter) => moved(counter.span, column)),
    `${message}: counters' spans`,
  );
  deepStrictEqual(reportedUnrecognized(wrapped), [], `${message}: every line understood or prose`);
  return wrapped;
}

function hoverText(hover: Hover | null | undefined): string | undefined {
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('pastes from markdown and mail, and commands with other prompts or none', () => {
  for (const [scenario, file] of CAPTURES) {
    const capture = readFixture('real', scenario, file);
    const command = commandOf(file);
    for (const wrapping of WRAPPINGS) {
      it(`reads ${scenario}/${file} in ${wrapping.name} as the capture pasted bare`, () => {
        assertReadAsBare(wrapping.wrap(capture, command), capture, wrapping.column, `${file} in ${wrapping.name}`);
      });
    }
    for (const [name, prompt] of PROMPTS) {
      for (const typed of [command, `sudo ${command}`]) {
        it(`reads ${scenario}/${file} after ${name} (${prompt}${typed}) as one section of that command`, () => {
          const dump = assertReadAsBare(`${prompt}${typed}\n${capture}`, capture, 0, `${file} after ${name}`);
          deepStrictEqual(dump.commands[0], { line: 0, text: typed });
          deepStrictEqual([dump.sections[0].startLine, dump.sections[0].command], [0, typed]);
        });
      }
    }
  }

  it('tells a markdown runbook or a mail with a capture in it for netstat output, as it tells the capture', () => {
    for (const [scenario, file] of CAPTURES) {
      const capture = readFixture('real', scenario, file);
      strictEqual(detectLanguage(capture), 'netstat', file);
      for (const wrapping of WRAPPINGS) {
        strictEqual(detectLanguage(wrapping.wrap(capture, commandOf(file))), 'netstat', `${file} in ${wrapping.name}`);
      }
    }
    strictEqual(detectLanguage('# Release notes\n\n```bash\nnpm run build\n```\n\n> Thanks for the review!\n'), undefined);
  });

  it('reads rows a narrow terminal wrapped, quoted or indented, as the same rows pasted bare', () => {
    for (const file of ['ss-tanpi-folded-80.txt', 'netstat-antpeo-folded-80.txt']) {
      const capture = readFixture('samples', file);
      for (const wrapping of WRAPPINGS) {
        assertReadAsBare(wrapping.wrap(capture, commandOf(file)), capture, wrapping.column, `${file} in ${wrapping.name}`);
      }
    }
  });

  it('reads Windows output after a conda or PowerShell prompt, and /proc/net/tcp after a bare cat, as the output pasted bare', () => {
    for (const [file, typed] of [
      ['windows-netstat-ano.txt', '(base) C:\\work>netstat -ano'],
      ['windows-netstat-ano.txt', 'PS C:\\> netstat -ano'],
      ['windows-netstat-anob-zh.txt', '(base) C:\\Users\\admin>netstat -anob'],
      ['proc-net-tcp.txt', 'cat /proc/net/tcp'],
      ['proc-net-tcp6.txt', '/ # cat /proc/net/tcp6'],
    ] as const) {
      const capture = readFixture('samples', file);
      const dump = assertReadAsBare(`${typed}\n${capture}`, capture, 0, `${file} after ${typed}`);
      strictEqual(dump.commands.length, 1, typed);
      strictEqual(dump.sections[0].startLine, 0, typed);
    }
  });

  it('judges a wrapped paste as the bare one: the same findings, none about its lines, ranges moved by the prefix', () => {
    for (const [scenario, file] of [['close-wait-leak', 'ss-tanp.txt'], ['syn-flood', 'netstat-antp.txt'], ['close-wait-leak', 'lsof-nP-i.txt']] as const) {
      const capture = readFixture('real', scenario, file);
      const settings = settingsWith();
      const bare = service.doValidation(documentOf('netstat', capture), service.parse(documentOf('netstat', capture)), settings);
      const text = `Seen on web1:\n\n${prefixed('> ', capture)}\n`;
      const document = documentOf('netstat', text);
      const wrapped = service.doValidation(document, service.parse(document), settings);
      ok(bare.length > 0, `${file} has findings`);
      // A finding on a column moves with the quote; one on a whole line (to its end) stays whole.
      const movedRange = ({ start, end }: Range): Range =>
        end.character === WHOLE_LINE
          ? { start: { line: start.line + 2, character: start.character }, end: { line: end.line + 2, character: end.character } }
          : { start: { line: start.line + 2, character: start.character + 2 }, end: { line: end.line + 2, character: end.character + 2 } };
      deepStrictEqual(
        wrapped.map((diagnostic) => [diagnostic.code, diagnostic.message, diagnostic.range, diagnostic.relatedInformation?.map((related) => related.location.range)]),
        bare.map((diagnostic) => [diagnostic.code, diagnostic.message, movedRange(diagnostic.range), diagnostic.relatedInformation?.map((related) => movedRange(related.location.range))]),
        file,
      );
    }
  });

  it('hovers the same word of a quoted or indented row as of the bare row, with the range on the editor line', () => {
    const capture = readFixture('real', 'mixed', 'lsof-nP-i.txt') + '\n' + readFixture('real', 'mixed', 'ss-tanp.txt');
    const bareDocument = documentOf('netstat', capture);
    const bareParse = service.parse(bareDocument);
    const settings = settingsWith({ hoverDetail: 'full' });
    const captureLines = capture.split('\n');
    for (const [prefix, before] of [['> ', 'Bob wrote:\n>\n'], ['    ', 'Output:\n\n'], ['> > ', '']] as const) {
      const text = before + prefixed(prefix, capture);
      const document = documentOf('netstat', text);
      const parsed = service.parse(document);
      const shift = before.split('\n').length - 1;
      let hovered = 0;
      for (let line = 0; line < captureLines.length; line++) {
        for (let character = 0; character < captureLines[line].length; character += 7) {
          const bare = service.doHover(bareDocument, { line, character }, bareParse, settings);
          const wrapped = service.doHover(document, { line: line + shift, character: character + prefix.length }, parsed, settings);
          strictEqual(hoverText(wrapped), hoverText(bare), `${JSON.stringify(prefix)} ${line}:${character}`);
          if (bare?.range) {
            hovered++;
            deepStrictEqual(wrapped?.range, {
              start: { line: bare.range.start.line + shift, character: bare.range.start.character + prefix.length },
              end: { line: bare.range.end.line + shift, character: bare.range.end.character + prefix.length },
            });
          }
        }
      }
      ok(hovered > 50, `${hovered} hovers with a range`);
    }
  });

  it('reports a broken row inside a fence, or right below a quoted row, but not the prose around them', () => {
    const capture = linesOf(readFixture('real', 'mixed', 'ss-tanp.txt'));
    const fenced = parseSocketDump(['Before:', '', '```', ...capture.slice(0, 3), 'ESTAB 0', ...capture.slice(3), '```', 'After.'].join('\n'));
    deepStrictEqual(reportedUnrecognized(fenced).map(({ line, reason }) => [line, reason]), [[6, 'too-few-columns']]);
    const quoted = parseSocketDump(['Bob wrote:', ...capture.map((line) => `> ${line}`), '> the rows above are from web1', '', '> and this is prose'].join('\n'));
    deepStrictEqual(reportedUnrecognized(quoted).map(({ line }) => line), [capture.length + 1]);
  });

  it('still reports every line it does not understand in a paste with no markdown or mail in it', () => {
    const dump = parseSocketDump(`Here is the output\n${readFixture('real', 'mixed', 'ss-tanp.txt')}\nthanks`);
    strictEqual(dump.markup, undefined);
    deepStrictEqual(reportedUnrecognized(dump).map(({ line }) => line), [0, linesOf(readFixture('real', 'mixed', 'ss-tanp.txt')).length + 2]);
  });

  /** What the kernel held when udp-raw was captured (/proc/net/udp{,6} and raw{,6} rows). */
  const kernel = JSON.parse(readFixture('real', 'udp-raw', 'kernel.json')) as { udp: number; raw: number };

  it('counts `ss -uan` and `ss -ulpn` pasted without their command as UDP: UNCONN and no TCP-only state', () => {
    // -a lists every UDP socket the kernel had; -l only the unconnected ones.
    const connected = linesOf(readFixture('real', 'udp-raw', 'ss-uan.txt')).filter((line) => line.startsWith('ESTAB')).length;
    for (const [file, expected] of [['ss-uan.txt', kernel.udp], ['ss-ulpn.txt', kernel.udp - connected]] as const) {
      const capture = readFixture('real', 'udp-raw', file);
      const rows = linesOf(capture).length - 1;
      strictEqual(rows, expected, `${file} lists what the kernel held`);
      const { protocols, total, states } = summarizeDump(parseSocketDump(capture), 10);
      deepStrictEqual([protocols.udp, protocols.tcp, total, states.CLOSED], [rows, 0, 0, 0], file);
      // The command settles it either way: `ss -tan` printed UNCONN for bound TCP sockets.
      const told = summarizeDump(parseSocketDump(`$ ss -tan\n${capture}`), 10);
      deepStrictEqual([told.protocols.udp, told.protocols.tcp, told.states.CLOSED], [0, rows, linesOf(capture).filter((line) => line.startsWith('UNCONN')).length], file);
      deepStrictEqual(summarizeDump(parseSocketDump(`$ ss -uan\n${capture}`), 10).protocols.udp, rows);
    }
  });

  it('keeps a table with UNCONN rows TCP when it shows a TCP-only state (`ss -ta` lists bound TCP sockets as UNCONN)', () => {
    const tcp = linesOf(readFixture('real', 'mixed', 'ss-tan.txt'));
    const unconnected = linesOf(readFixture('real', 'udp-raw', 'ss-uan.txt')).filter((line) => line.startsWith('UNCONN'));
    const { protocols, states } = summarizeDump(parseSocketDump([tcp[0], ...unconnected, ...tcp.slice(1)].join('\n')), 10);
    deepStrictEqual([protocols.udp, protocols.tcp, states.CLOSED], [0, tcp.length - 1 + unconnected.length, unconnected.length]);
  });

  it('counts lsof raw sockets as raw, and the other files of the process as nothing', () => {
    const dump = parseSocketDump(readFixture('real', 'udp-raw', 'lsof-nP-p.txt'));
    const { protocols, families } = summarizeDump(dump, 10);
    deepStrictEqual([protocols.raw, protocols.udp, protocols.tcp], [kernel.raw, kernel.udp, 0]);
    deepStrictEqual(dump.rows.filter((row) => row.protocol === 'raw').map((row) => [row.family, row.processes[0].name, row.processes[0].fd]), [
      [4, 'python3', 8],
      [6, 'python3', 9],
    ]);
    ok(families.ipv4 >= 0);
    deepStrictEqual(dump.unrecognized, []);
  });

  it('tells fences, quotes and indented blocks as markdown does', () => {
    const read = (lines: readonly string[]) => {
      const markup = new PasteMarkup();
      return lines.map((line) => markup.contentStart(line, 0, line.length));
    };
    // A backtick fence's info string holds no backtick; a closing fence is at least as long as the opening one.
    deepStrictEqual(read(['``` `x`', '````', 'LISTEN', '```', '````']), [0, FENCE_LINE, 0, 0, FENCE_LINE]);
    // Inside a fence nothing is taken off; a quote that ends closes the fence it held.
    deepStrictEqual(read(['> ```', '>     ESTAB', 'ESTAB', '    ESTAB']), [FENCE_LINE, 2, 0, 0]);
    // An indented block starts after a blank line only (not below a row, as ss's detail lines are), and blank lines keep it.
    deepStrictEqual(read(['ESTAB', '\t cubic', '', '\tESTAB', '', '    ESTAB', 'ESTAB', '    ESTAB']), [0, 0, 0, 1, 0, 4, 0, 0]);
    // Nested quotes, with and without a space; a quoted blank line.
    deepStrictEqual(read(['> > ESTAB', '>>ESTAB', '>', ' > ESTAB']), [4, 2, 1, 3]);
  });

  it('reads the prompts people have, and takes no table row for a command', () => {
    for (const [line, command, shell] of [
      ['[2.7.2-RELEASE][admin@fw.home.arpa]/root: netstat -an', 'netstat -an', 'posix'],
      ['(base) C:\\work>netstat -ano', 'netstat -ano', 'windows'],
      ['host% ss -tan', 'ss -tan', 'posix'],
      ['user@host ~> ss -tan', 'ss -tan', 'posix'],
      ['sh-4.2# ss -s', 'ss -s', 'posix'],
      ['/ # cat /proc/net/tcp', 'cat /proc/net/tcp', 'posix'],
      ['PS C:\\> netstat -ano', 'netstat -ano', 'windows'],
      ['ss -tanp', 'ss -tanp', 'posix'],
      ['cat /proc/net/tcp', 'cat /proc/net/tcp', 'posix'],
      ['lsof -nP -iTCP', 'lsof -nP -iTCP', 'posix'],
      ['netstat -s | grep -i listen', 'netstat -s | grep -i listen', 'posix'],
    ] as const) {
      deepStrictEqual(parsePromptLine(line), { command, shell }, line);
    }
    for (const line of ['ss', 'netstat', 'ss 1234 root 3u IPv4 2610540 0t0 UDP *:5353', 'lsof is not installed here', 'route 0.0.0.0 via 10.0.0.1', 'LISTEN%']) {
      strictEqual(parsePromptLine(line), undefined, line);
    }
  });
});
