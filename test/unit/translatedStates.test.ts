import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { cp850Misreadings } from '../../server/src/core/knowledge/consoleCodePages';
import { STATE_TRANSLATIONS, type StateTranslation, TRANSLATED_COLUMN_NAMES } from '../../server/src/core/knowledge/translatedStateWords';
import { CANONICAL_STATES, lookupStateSpelling, lookupTranslatedState, STATE_SPELLINGS, type TcpState } from '../../server/src/core/model/tcpState';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { columnsFromHeader } from '../../server/src/core/parsers/netToolsNetstat';
import { captureScenario, captureUnavailableReason, cleanupAll } from '../support/realSockets';
import { documentOf, service, settingsWith } from './support/service';

const REAL = join(__dirname, '..', 'fixtures', 'real');
/** A real net-tools capture holding LISTEN, SYN_SENT, ESTABLISHED, FIN_WAIT2, CLOSE_WAIT and TIME_WAIT rows, IPv4 and IPv6. */
const NET_TOOLS_CAPTURE = readFileSync(join(REAL, 'mixed', 'netstat-antp.txt'), 'utf8');

/** How each tool spells a state in English: the word a translation stands in for. */
function englishSpelling(state: TcpState, source: 'net-tools' | 'windows'): string {
  return STATE_SPELLINGS.find((spelling) => spelling.state === state && spelling.sources.includes(source))!.spelling;
}

/**
 * The real capture's IPv4 TCP rows as German Windows `netstat -ano` prints them: the same endpoints
 * and states, Windows' spellings, the PID from the program column, `0.0.0.0:0` for no peer.
 */
function windowsTableOf(capture: string): string {
  const rows = capture
    .split('\n')
    .filter((line) => line.startsWith('tcp '))
    .map((line) => {
      const [, , , local, foreign, state, program] = line.trim().split(/\s+/);
      const spelling = englishSpelling(lookupStateSpelling(state)!.state, 'windows');
      const peer = foreign === '0.0.0.0:*' ? '0.0.0.0:0' : foreign;
      // Windows prints PID 0 where net-tools prints `-` (a socket no process owns any more).
      return `  TCP    ${local.padEnd(23)}${peer.padEnd(23)}${spelling.padEnd(16)}${program === '-' ? '0' : program.split('/')[0]}`;
    });
  return ['', 'Aktive Verbindungen', '', '  Proto  Lokale Adresse         Remoteadresse          Status           PID', ...rows].join('\r\n');
}

const WINDOWS_CAPTURE = windowsTableOf(NET_TOOLS_CAPTURE);

/** The capture with the state word of every row in `from` replaced by `word` (a whole field, in the state column). */
function replaceState(capture: string, from: string, word: string): string {
  return capture
    .split(/(\r?\n)/)
    .map((line) => (/^\s*(?:tcp|TCP)/.test(line) ? line.replace(new RegExp(`(\\s)${from}(\\s|$)`), `$1${word}$2`) : line))
    .join('');
}

function summaryOf(text: string) {
  const document = documentOf('netstat', text);
  return service.getSummary(document, service.parse(document), settingsWith())!;
}

function hoverAt(text: string, word: string, language: 'en' | 'zh-cn' = 'en'): string {
  const document = documentOf('netstat', text);
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((candidate) => /^\s*(?:tcp|TCP)/.test(candidate) && candidate.includes(` ${word}`));
  const hover = service.doHover(document, { line, character: lines[line].indexOf(` ${word}`) + 2 }, service.parse(document), settingsWith({ language, hoverDetail: 'full' }));
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

/** The state counts expected once the rows in `from` are read as `to`. */
function moved(states: Record<TcpState, number>, from: TcpState, to: TcpState): Record<TcpState, number> {
  return from === to ? states : { ...states, [to]: states[to] + states[from], [from]: 0 };
}

/** The capture of a translation's tool: net-tools' own, or its rows as Windows prints them. */
function captureOf(translation: StateTranslation): string {
  return translation.tool === 'windows' ? WINDOWS_CAPTURE : NET_TOOLS_CAPTURE;
}

describe('state words in other languages', () => {
  const baseline = { 'net-tools': summaryOf(NET_TOOLS_CAPTURE), windows: summaryOf(WINDOWS_CAPTURE) };

  it('reads the untranslated captures whole, as the ground truth of the rest', () => {
    const truth = JSON.parse(readFileSync(join(REAL, 'mixed', 'truth.json'), 'utf8')) as { tcp: Record<TcpState, number>; tcpTotal: number };
    deepStrictEqual(baseline['net-tools'].states, truth.tcp);
    strictEqual(baseline['net-tools'].unparsedLines, 0);
    strictEqual(baseline.windows.unparsedLines, 0);
    ok(baseline.windows.states.ESTABLISHED > 0);
  });

  for (const translation of STATE_TRANSLATIONS) {
    it(`reads ${translation.tool} ${translation.language} ${translation.spelling} as ${translation.state}`, () => {
      const english = englishSpelling('ESTABLISHED', translation.tool);
      const text = replaceState(captureOf(translation), english, translation.spelling);
      const before = baseline[translation.tool];
      const summary = summaryOf(text);
      deepStrictEqual(summary.states, moved(before.states, 'ESTABLISHED', translation.state));
      strictEqual(summary.total, before.total);
      strictEqual(summary.unparsedLines, 0);
      const hover = hoverAt(text, translation.spelling);
      ok(hover.startsWith(`**${translation.state}**`), hover.slice(0, 80));
      ok(hover.includes(`\`${translation.spelling}\` is ${translation.state} as`), hover.slice(0, 400));
    });
  }

  it('names the language in both languages of the hover', () => {
    const text = replaceState(NET_TOOLS_CAPTURE, 'ESTABLISHED', 'VERBUNDEN');
    const english = hoverAt(text, 'VERBUNDEN');
    ok(english.includes('in German (source: the net-tools 2.10 translation catalog'), english.slice(0, 300));
    ok(hoverAt(text, 'VERBUNDEN', 'zh-cn').includes('`VERBUNDEN` 是 Linux 的 net-tools netstat 在德语环境下对 ESTABLISHED 的写法'));
  });

  it('colours every translated word and its garbled forms in the grammar, as the state it stands for', () => {
    const grammar = JSON.parse(readFileSync(join(__dirname, '..', '..', 'syntaxes', 'netstat.tmLanguage.json'), 'utf8')) as { repository: { states: { patterns: { match: string; name: string }[] } } };
    const patterns = grammar.repository.states.patterns;
    // Oniguruma writes a control or replacement character as \x{…}.
    const written = (word: string) => [...word].map((character) => (/[\x00-\x1f\x7f-\x9f\ufffd]/.test(character) ? `\\x{${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}` : character)).join('');
    const englishPattern = (state: TcpState) => patterns.find((pattern) => new RegExp(pattern.match).test(englishSpelling(state, 'net-tools')))!;
    for (const translation of STATE_TRANSLATIONS) {
      const words = [translation.spelling, ...(translation.tool === 'windows' ? cp850Misreadings(translation.spelling) : [])];
      for (const word of words) {
        const pattern = patterns.find((candidate) => candidate.match.includes(`|${written(word)}|`) || candidate.match.includes(`(?:${written(word)}|`) || candidate.match.includes(`|${written(word)})`));
        strictEqual(pattern?.name, englishPattern(translation.state).name, word);
      }
    }
  });

  it('keeps every translated word apart from the English spellings and from the other translations', () => {
    for (const translation of STATE_TRANSLATIONS) {
      const english = lookupStateSpelling(translation.spelling);
      ok(english === undefined || english.state === translation.state, `${translation.spelling} is English for ${english?.state}`);
      const same = STATE_TRANSLATIONS.filter((other) => other.spelling === translation.spelling);
      deepStrictEqual(new Set(same.map((other) => other.state)).size, 1, translation.spelling);
      ok(CANONICAL_STATES.includes(translation.state));
    }
  });

  describe('Windows words garbled by the console code page', () => {
    /** What an editor shows for `word` written in CP850 and read as `encoding`, by iconv-lite's tables. */
    function misread(word: string, encoding: 'cp1252' | 'latin1' | 'utf8'): string {
      const bytes = iconv.encode(word, 'cp850');
      return encoding === 'utf8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(bytes, encoding);
    }

    it('holds the CP850 and Windows-1252 tables iconv-lite holds, for every letter CP850 writes', () => {
      for (let byte = 0x80; byte <= 0xff; byte++) {
        const character = iconv.decode(Buffer.from([byte]), 'cp850');
        const forms = cp850Misreadings(`A${character}`);
        const windows1252 = iconv.decode(Buffer.from([byte]), 'cp1252');
        // iconv-lite leaves Windows-1252's five unassigned bytes undefined; Windows and browsers show their Latin-1 control character.
        deepStrictEqual(forms, [`A${windows1252 === '\uFFFD' ? String.fromCharCode(byte) : windows1252}`, `A${String.fromCharCode(byte)}`, 'A\uFFFD'], `byte ${byte.toString(16)}`);
      }
    });

    const garbledWords = STATE_TRANSLATIONS.filter((translation) => translation.tool === 'windows' && /[^\x00-\x7f]/.test(translation.spelling));

    it('has Windows words with letters a code page garbles', () => {
      deepStrictEqual(
        garbledWords.map((translation) => translation.spelling),
        ['ABHÖREN'],
      );
    });

    for (const translation of garbledWords) {
      for (const encoding of ['cp1252', 'latin1', 'utf8'] as const) {
        it(`reads ${translation.spelling} written in CP850 and opened as ${encoding}`, () => {
          const garbled = misread(translation.spelling, encoding);
          ok(garbled !== translation.spelling);
          strictEqual(lookupTranslatedState(garbled)?.translation, translation);
          const text = replaceState(WINDOWS_CAPTURE, 'ESTABLISHED', garbled);
          const summary = summaryOf(text);
          deepStrictEqual(summary.states, moved(baseline.windows.states, 'ESTABLISHED', translation.state));
          strictEqual(summary.unparsedLines, 0);
          const hover = hoverAt(text, garbled);
          ok(hover.includes('The word arrived garbled'), hover.slice(0, 400));
          ok(hover.includes(`written in the console's code page (CP850)`));
        });
      }
    }

    it('opens a German Windows paste with garbled words as netstat', () => {
      strictEqual(detectLanguage(replaceState(WINDOWS_CAPTURE, 'LISTENING', misread('ABHÖREN', 'cp1252'))), 'netstat');
    });

    it('shows ABHÖREN as ABH™REN and ABH\uFFFDREN, the forms seen in pasted files', () => {
      strictEqual(misread('ABHÖREN', 'cp1252'), 'ABH™REN');
      strictEqual(misread('ABHÖREN', 'utf8'), 'ABH\uFFFDREN');
    });
  });

  describe('an unknown state word', () => {
    it('is read as LISTEN on a row whose peer is a wildcard, and the hover says why', () => {
      for (const [capture, listen, peer] of [
        [NET_TOOLS_CAPTURE, 'LISTEN', '0.0.0.0:*'],
        [WINDOWS_CAPTURE, 'LISTENING', '0.0.0.0:0'],
      ] as const) {
        const before = summaryOf(capture);
        const text = replaceState(capture, listen, 'XYZZY');
        const summary = summaryOf(text);
        deepStrictEqual(summary.states, before.states);
        strictEqual(summary.unparsedLines, 0);
        const hover = hoverAt(text, 'XYZZY');
        ok(hover.startsWith('**LISTEN**'));
        ok(hover.includes(`\`XYZZY\` is not a state word we know`), hover.slice(0, 300));
        ok(hover.includes(`the wildcard \`${peer}\``) || hover.includes('the wildcard `:::*`'), hover.slice(0, 300));
      }
    });

    it('such as the 侦听 public test fixtures show for Chinese Windows, is read as LISTEN by its wildcard peer', () => {
      const text = replaceState(WINDOWS_CAPTURE, 'LISTENING', '侦听');
      deepStrictEqual(summaryOf(text).states, baseline.windows.states);
      ok(hoverAt(text, '侦听', 'zh-cn').includes('`侦听` 不是已知的状态词'));
    });

    it('of several words (Italian IN ASCOLTO) is kept whole on a Windows row, with the PID after it', () => {
      const text = replaceState(WINDOWS_CAPTURE, 'LISTENING', 'IN ASCOLTO');
      const summary = summaryOf(text);
      deepStrictEqual(summary.states, baseline.windows.states);
      strictEqual(summary.unparsedLines, 0);
      deepStrictEqual(summary.topProcesses, baseline.windows.topProcesses);
    });

    it('leaves a connected row unrecognized: its shape fits ten states', () => {
      const text = replaceState(NET_TOOLS_CAPTURE, 'ESTABLISHED', 'XYZZY');
      const summary = summaryOf(text);
      strictEqual(summary.unparsedLines, baseline['net-tools'].states.ESTABLISHED);
      strictEqual(summary.states.ESTABLISHED, 0);
      strictEqual(summary.states.LISTEN, baseline['net-tools'].states.LISTEN);
    });

    it('takes no PID for a state when the state is missing', () => {
      const row = '  TCP    0.0.0.0:135            0.0.0.0:0              1060';
      strictEqual(summaryOf(['  Proto  Local Address          Foreign Address        State           PID', row].join('\n')).states.LISTEN, 0);
    });
  });

  describe('translated net-tools headers', () => {
    it('explains each translated column name as the English column it stands for', () => {
      const hoverOn = (line: string, name: string) => {
        const document = documentOf('netstat', line);
        const hover = service.doHover(document, { line: 0, character: line.indexOf(name) + 1 }, service.parse(document), settingsWith({ language: 'en' }));
        return (hover?.contents as { value: string } | undefined)?.value ?? '';
      };
      for (const [name, english] of TRANSLATED_COLUMN_NAMES) {
        // A line of three known column names reads as a header; Proto and Timer are never translated into each other.
        const translated = hoverOn(`Proto   ${name}   PID/Program name`, name);
        const original = hoverOn(`Proto   ${english}   PID/Program name`, english);
        ok(original.startsWith(`**${english}** — `), `${english}: ${original.slice(0, 60)}`);
        strictEqual(translated, original.replace(`**${english}**`, `**${name}**`), name);
      }
    });

    it('reads the User and Inode columns of netstat -e under a translated heading', () => {
      deepStrictEqual(columnsFromHeader('Proto Recv-Q Send-Q Local Address           Foreign Address         State       Benutzer   Inode      PID/Program name'), { user: true, pidProgram: true });
      deepStrictEqual(columnsFromHeader('Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name'), { user: false, pidProgram: true });
    });

    it('reads as a table what this host\'s netstat prints in every language it has a catalog for', function () {
      const catalogs = ['cs', 'de', 'et', 'fr', 'ja', 'pt_BR', 'ca', 'sv'].filter((language) => existsSync(`/usr/share/locale/${language}/LC_MESSAGES/net-tools.mo`));
      const probe = spawnSync('netstat', ['-ant'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      if (probe.error || catalogs.length === 0) {
        this.skip();
      }
      for (const language of catalogs) {
        const run = spawnSync('netstat', ['-antp'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8', LANGUAGE: language } });
        const lines = run.stdout.split('\n');
        const summary = summaryOf(run.stdout);
        strictEqual(summary.unparsedLines, 0, `${language}:\n${lines.slice(0, 3).join('\n')}`);
        strictEqual(summary.total, lines.filter((line) => /^tcp6?\s/.test(line)).length, language);
        const document = documentOf('netstat', run.stdout);
        const parsed = service.parse(document);
        strictEqual(parsed.kind, 'socket-dump');
        strictEqual(parsed.kind === 'socket-dump' ? parsed.dump.headers.length : 0, 1, `${language}: ${lines[1]}`);
      }
    });
  });
});

describe('translated net-tools output of real sockets, captured live', function () {
  this.timeout(180_000);
  /** The languages whose catalogs translate state words, where this host has them. */
  const languages = ['cs', 'de', 'pt_BR'].filter((language) => existsSync(`/usr/share/locale/${language}/LC_MESSAGES/net-tools.mo`));
  let capture: Awaited<ReturnType<typeof captureScenario>> | undefined;

  before(async function () {
    const reason = captureUnavailableReason() ?? (languages.length === 0 ? 'no net-tools translation catalog (cs, de, pt_BR) installed' : undefined);
    if (reason) {
      console.log(`      (skipped: ${reason})`);
      this.skip();
    }
    // gettext translates only outside the C locale: C.UTF-8 with LANGUAGE picks the catalog.
    capture = await captureScenario('mixed', {
      extraCaptures: languages.map((language) => ({ file: `netstat-antp.${language}.txt`, command: ['env', 'LC_ALL=C.UTF-8', `LANGUAGE=${language}`, 'netstat', '-antp'] })),
    });
  });

  after(async () => {
    await cleanupAll();
  });

  it('counts every state of the mixed scenario exactly, in each language, as /proc held them', () => {
    for (const language of languages) {
      const output = capture!.extras[`netstat-antp.${language}.txt`];
      const english = capture!.outputs['netstat -antp'];
      const words = STATE_TRANSLATIONS.filter((translation) => translation.tool === 'net-tools' && translation.language === language.replace('_', '-')).map((translation) => translation.spelling);
      ok(words.some((word) => output.includes(` ${word} `)), `${language}: no translated state word in\n${output.slice(0, 400)}`);
      ok(output !== english);
      strictEqual(detectLanguage(output), 'netstat', language);
      const summary = summaryOf(output);
      deepStrictEqual(summary.states, capture!.truth.tcp, language);
      strictEqual(summary.unparsedLines, 0, language);
      deepStrictEqual(summary.topProcesses, summaryOf(english).topProcesses, language);
    }
  });
});
