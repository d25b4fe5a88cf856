// Runs one document through every feature of the language service the way server.ts calls them, and
// checks the few invariants an LSP client relies on. Shared by `npm run fuzz` (with the bundled core)
// and the unit tests (with the TypeScript core); the service and the default settings are passed in so
// this file holds no product code of its own.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import type { DisplayLanguage } from '../../server/src/core/i18n/localized';
import type { InsightLanguageService } from '../../server/src/core/languageService';
import type { InsightSettings, SeveritySetting } from '../../server/src/core/settings';
import { mulberry32, type FuzzLanguage, type Random } from './fuzzInputs';

/** A feature threw, or returned something a client would reject. */
export class FuzzFailure extends Error {
  constructor(
    readonly feature: string,
    /** The call's arguments that matter for a reproduction (position, key…). */
    readonly call: string,
    readonly kind: 'exception' | 'invariant',
    readonly original: unknown,
  ) {
    super(`${feature}${call ? ` ${call}` : ''}: ${original instanceof Error ? `${original.name}: ${original.message}` : String(original)}`);
    this.name = 'FuzzFailure';
  }

  /**
   * Groups findings: the feature and the error with numbers blanked out; for a broken invariant, what
   * broke without the details after a `:`, `{`, `(` or quote (the offending text differs every time).
   */
  get signature(): string {
    if (this.kind === 'invariant') {
      const message = this.original instanceof Error ? this.original.message : String(this.original);
      return `invariant in ${this.feature}: ${message.split(/[:{("]/)[0].trim().replace(/\d+/g, '#').slice(0, 160)}`;
    }
    const message = this.original instanceof Error ? `${this.original.name}: ${this.original.message}` : String(this.original);
    return `${this.kind} in ${this.feature}: ${message.split('\n')[0].replace(/\d+/g, '#').slice(0, 160)}`;
  }
}

export interface ExerciseOptions {
  readonly displayLanguage: DisplayLanguage;
  readonly defaults: InsightSettings;
  /** Picks settings variants and hover/completion positions; a fixed default keeps runs repeatable. */
  readonly random?: Random;
  /** Hover and complete on every token of every line (up to a cap) instead of a random few: for minimising. */
  readonly thorough?: boolean;
  /** Milliseconds per feature are added here when given. */
  readonly timings?: Record<string, number>;
  /**
   * settings.ts's `settingsFrom(withLanguageOverrides(section, overrides), language)`, as the server
   * reads the configuration: when given, some inputs get their settings from a hostile settings file.
   */
  readonly resolveSettings?: (section: unknown, overrides: unknown, language: DisplayLanguage) => InsightSettings;
  /** parsers/detectLanguage.ts, which the client runs on every paste: when given, it reads each input too. */
  readonly detectLanguage?: (text: string) => string | undefined;
}


const KERNELS = ['6.18', '2.6', '3.10', '4.19', '5.15', '99.99', '0.0'];
const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];
const WORKSPACE_KEYS = ['net.core.somaxconn', 'net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_max_tw_buckets', 'net.ipv4.ip_local_port_range'];
const WORKSPACE_VALUES = ['0', '1', '128', '4096', '65535', '1024 65535', '65535 1024', '0 0', '32768 60999', '-1', '4294967296', '99999999999999999999', '', 'abc', '1 2 3', '1\t2'];
const WORKSPACE_URIS = ['file:///etc/sysctl.d/90-net.conf', 'file:///etc/sysctl.conf', 'untitled:Untitled-1', 'file:///c%3A/x/%E4%B8%AD.conf', 'vscode-remote://ssh-remote%2Bhost/etc/sysctl.d/99-x.conf'];
const DESCRIBE_KEYS = ['', ' ', '.', '..', 'net', 'net.', 'net.ipv4.tcp_fin_timeout', 'net/ipv4/tcp_fin_timeout', 'net.ipv4.tcp_tw_recycle', 'net.ipv4.conf.*.rp_filter', 'net.ipv4.conf.eth0.rp_filter', '__proto__', 'constructor', 'net.__proto__', 'toString.valueOf', 'hasOwnProperty', 'NET.IPV4.TCP_FIN_TIMEOUT', '中文'];

type Service = InsightLanguageService;

/** Every feature on one document; throws a FuzzFailure on the first exception or broken invariant. */
export function exercise(service: Service, languageId: FuzzLanguage, text: string, options: ExerciseOptions): void {
  const random = options.random ?? mulberry32(1);
  const settings =
    options.resolveSettings && random() < 0.1
      ? settingsFromFile(options.resolveSettings, options.displayLanguage, random)
      : settingsVariant(options.defaults, options.displayLanguage, random);
  const document = TextDocument.create(`fuzz://input/doc.${languageId}`, languageId, 1, text);
  const lineCount = document.lineCount;
  const timings = options.timings;
  const run = <T>(feature: string, call: string, body: () => T): T => {
    const started = timings ? performance.now() : 0;
    try {
      return body();
    } catch (error) {
      throw error instanceof FuzzFailure ? error : new FuzzFailure(feature, call, 'exception', error);
    } finally {
      if (timings) {
        timings[feature] = (timings[feature] ?? 0) + performance.now() - started;
      }
    }
  };
  const check = (feature: string, call: string, ok: boolean, what: () => string) => {
    if (!ok) {
      throw new FuzzFailure(feature, call, 'invariant', new Error(what()));
    }
  };

  if (options.detectLanguage) {
    const detect = options.detectLanguage;
    const detected = run('detectLanguage', '', () => detect(text));
    check('detectLanguage', '', detected === undefined || detected === 'netstat' || detected === 'sysctl', () => `detected ${String(detected)}`);
  }
  const parsed = run('parse', '', () => service.parse(document));
  const workspace = languageId === 'netstat' && random() < 0.5 ? workspaceVariant(random) : undefined;
  const diagnostics = run('doValidation', '', () => service.doValidation(document, parsed, settings, workspace));
  check('doValidation', '', Array.isArray(diagnostics), () => 'not an array');
  for (const diagnostic of diagnostics) {
    check('doValidation', '', validRange(diagnostic.range, lineCount), () => `bad range ${JSON.stringify(diagnostic.range)} (${lineCount} lines)`);
    check('doValidation', '', typeof diagnostic.message === 'string' && diagnostic.message.length > 0, () => 'empty message');
    for (const related of diagnostic.relatedInformation ?? []) {
      check('doValidation', 'relatedInformation', validRange(related.location.range, Number.MAX_SAFE_INTEGER), () => `bad related range ${JSON.stringify(related.location.range)}`);
    }
  }

  const positions = positionsToVisit(document, diagnostics, random, options.thorough === true);
  // Completion costs more than a hover and reads only the line up to the cursor: a few places suffice.
  const completeEvery = options.thorough ? 1 : Math.max(1, Math.ceil(positions.length / (languageId === 'sysctl' ? 8 : 2)));
  for (const [at, position] of positions.entries()) {
    const call = `at ${position.line}:${position.character}`;
    // Past the last line only exceptions count: no client asks there for a range it would apply.
    const inside = position.line < lineCount;
    const hover = run('doHover', call, () => service.doHover(document, position, parsed, settings));
    if (hover) {
      const contents = hover.contents as { kind?: string; value?: unknown };
      check('doHover', call, typeof contents === 'object' && typeof contents.value === 'string', () => 'contents is not MarkupContent');
      check('doHover', call, !activeMarkdown(String(contents.value)), () => `document text rendered as markdown: ${JSON.stringify(String(contents.value).slice(0, 300))}`);
      check('doHover', call, !inside || hover.range === undefined || validRange(hover.range, lineCount), () => `bad range ${JSON.stringify(hover.range)}`);
    }
    if (at % completeEvery === 0) {
      const items = run('doComplete', call, () => service.doComplete(document, position, parsed, settings));
      check('doComplete', call, Array.isArray(items), () => 'not an array');
      for (const item of items) {
        check('doComplete', call, typeof item.label === 'string', () => 'item without a label');
        const edit = item.textEdit as { range?: Range } | undefined;
        check('doComplete', call, !inside || edit?.range === undefined || validRange(edit.range, lineCount), () => `bad edit range ${JSON.stringify(edit?.range)}`);
      }
    }
  }

  const keys = [pickOf(random, DESCRIBE_KEYS), ...(parsed.kind === 'sysctl' ? parsed.file.entries.slice(0, 200).filter(() => random() < 0.05).slice(0, 4).map((entry) => entry.rawKey) : [])];
  for (const key of keys) {
    run('describeKey', `key ${JSON.stringify(key.slice(0, 80))}`, () => service.describeKey(key));
  }

  const summary = run('getSummary', '', () => service.getSummary(document, parsed, settings));
  if (summary) {
    // The summary is posted to a webview as JSON, where NaN and Infinity turn into null.
    let badNumber = '';
    run('getSummary', 'JSON', () => JSON.stringify(summary, (key, value) => (typeof value === 'number' && !Number.isFinite(value) && !badNumber ? ((badNumber = `${key}: ${value}`), value) : value)));
    check('getSummary', 'JSON', badNumber === '', () => `non-finite number in the summary (${badNumber})`);
  }

  // Compare: the document against itself changes nothing; its first output against its last must not fail.
  const side = (startLine?: number) => ({ parsed, startLine });
  const itself = run('compare', 'itself', () => service.compare(side(), side(), settings));
  check('compare', 'itself', itself.kind !== 'socket-dump' || (itself.total.delta === 0 && Object.values(itself.states).every((change) => change.delta === 0) && itself.listeners.addedCount === 0), () => 'a document differs from itself');
  if (parsed.kind === 'socket-dump' && parsed.dump.sections.length > 1) {
    const outputs = [parsed.dump.sections[0].startLine, parsed.dump.sections[parsed.dump.sections.length - 1].startLine];
    run('compare', 'first and last output', () => JSON.stringify(service.compare(side(outputs[0]), side(outputs[1]), settings)));
  }
  const timeline = run('getTimeline', '', () => service.getTimeline(parsed, settings));
  if (timeline) {
    for (const series of timeline.series) {
      check('getTimeline', series.name, series.snapshots.every((snapshot) => snapshot.startLine <= snapshot.endLine && snapshot.endLine < lineCount && Number.isFinite(snapshot.total)), () => 'a snapshot outside the document or without a total');
      check('getTimeline', series.name, series.snapshots.every((snapshot) => snapshot.time === undefined || !Number.isNaN(Date.parse(snapshot.time.slice(0, 19)))), () => 'a time that is not ISO 8601');
    }
  }

  // The client sends back the diagnostics it got, through JSON.
  const returned = JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[];
  for (const [feature, list] of [['own diagnostics', diagnostics], ['own diagnostics after JSON', returned]] as const) {
    const actions = run('getCodeActions', feature, () => service.getCodeActions(document.uri, list, options.displayLanguage));
    for (const action of actions) {
      check('getCodeActions', feature, typeof action.title === 'string' && action.title !== '', () => 'action without a title');
      for (const edit of Object.values(action.edit?.changes ?? {}).flat()) {
        check('getCodeActions', feature, validRange(edit.range, lineCount) && typeof edit.newText === 'string', () => `bad edit ${JSON.stringify(edit).slice(0, 200)}`);
      }
    }
  }
  run('getCodeActions', 'empty context', () => service.getCodeActions(document.uri, [], options.displayLanguage));
  const strange = strangeDiagnostics(diagnostics[0]);
  run('getCodeActions', 'other diagnostics', () => service.getCodeActions(document.uri, strange));

  const symbols = run('findDocumentSymbols', '', () => service.findDocumentSymbols(parsed, settings));
  const visitSymbol = (symbol: (typeof symbols)[number]) => {
    check('findDocumentSymbols', symbol.name, typeof symbol.name === 'string' && symbol.name.trim() !== '', () => 'empty name (VS Code rejects it)');
    check('findDocumentSymbols', symbol.name, validRange(symbol.range, lineCount) && validRange(symbol.selectionRange, lineCount), () => 'bad range');
    check('findDocumentSymbols', symbol.name, contains(symbol.range, symbol.selectionRange), () => 'selectionRange outside range (VS Code rejects it)');
    symbol.children?.forEach(visitSymbol);
  };
  symbols.forEach(visitSymbol);

  const folds = run('getFoldingRanges', '', () => service.getFoldingRanges(document, parsed));
  for (const fold of folds) {
    check('getFoldingRanges', '', Number.isInteger(fold.startLine) && Number.isInteger(fold.endLine) && fold.startLine >= 0 && fold.startLine <= fold.endLine && fold.endLine < lineCount, () => `bad fold ${JSON.stringify(fold)} (${lineCount} lines)`);
  }
}

/** Setting values a settings.json may hold: wrong types, prototype names, extremes. */
const SETTING_VALUES: readonly unknown[] = [1, 0, -1, 2.5, 1e309, Number.NaN, 'off', 'error', 'full', '6.1', '', null, true, [], {}, [{ name: 'x', seconds: 1 }], { name: '', seconds: -1 }];
const SETTING_KEYS = ['thresholds.closeWait', 'thresholds.queueShare', 'summary.topCount', 'diagnostics.severity', 'diagnostics.severity.sysctl.unknown-key', 'diagnostics.idleTimeouts', 'kernelVersion', 'hover.detail', '__proto__.polluted', 'constructor.prototype.polluted', 'thresholds.__proto__', 'diagnostics.severity.__proto__', 'toString', 'hasOwnProperty'];

function settingsFromFile(resolve: NonNullable<ExerciseOptions['resolveSettings']>, language: DisplayLanguage, random: Random): InsightSettings {
  // JSON.parse makes `__proto__` an own key, as reading a settings file does.
  const section: Record<string, unknown> = {};
  const overrides: Record<string, unknown> = {};
  for (let entry = 0; entry < 4; entry++) {
    const path = pickOf(random, SETTING_KEYS).split('.');
    const value = structuredClone(pickOf(random, SETTING_VALUES));
    overrides[`netstatInsight.${path.join('.')}`] = value;
    const own = (target: Record<string, unknown>, key: string, ownValue: unknown) =>
      Object.defineProperty(target, key, { value: ownValue, enumerable: true, writable: true, configurable: true });
    let target = section;
    for (const segment of path.slice(0, -1)) {
      const existing = Object.hasOwn(target, segment) ? target[segment] : undefined;
      if (typeof existing !== 'object' || existing === null) {
        own(target, segment, {});
      }
      target = target[segment] as Record<string, unknown>;
    }
    own(target, path[path.length - 1], value);
  }
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  let settings: InsightSettings;
  try {
    settings = resolve(JSON.parse(JSON.stringify(section)), JSON.parse(JSON.stringify(overrides)), language);
  } catch (error) {
    throw new FuzzFailure('settingsFrom', JSON.stringify(overrides).slice(0, 200), 'exception', error);
  }
  const polluted = Object.getOwnPropertyNames(Object.prototype).length !== before || ({} as Record<string, unknown>).polluted !== undefined;
  if (polluted || !Number.isInteger(settings.topCount) || settings.topCount < 1) {
    throw new FuzzFailure('settingsFrom', JSON.stringify(overrides).slice(0, 200), 'invariant', new Error(polluted ? 'Object.prototype changed' : `topCount ${settings.topCount}`));
  }
  return settings;
}

function settingsVariant(defaults: InsightSettings, language: DisplayLanguage, random: Random): InsightSettings {
  const roll = random();
  if (roll < 0.5) {
    return { ...defaults, language };
  }
  // Low thresholds make every rule speak; odd ones probe the arithmetic.
  const thresholdValue = pickOf(random, [1, 1, 2, 100, 2147483647]);
  const thresholds = Object.fromEntries(Object.keys(defaults.thresholds).map((name) => [name, random() < 0.5 ? thresholdValue : (defaults.thresholds as unknown as Record<string, number>)[name]]));
  const severity: Record<string, SeveritySetting> = random() < 0.3 ? { 'parse.unrecognized-line': pickOf(random, SEVERITIES), 'sysctl.unknown-key': pickOf(random, SEVERITIES) } : {};
  return {
    ...defaults,
    language,
    thresholds: thresholds as unknown as InsightSettings['thresholds'],
    severity,
    topCount: pickOf(random, [1, 10, 50]),
    kernelVersion: pickOf(random, KERNELS),
    idleTimeouts: pickOf(random, [defaults.idleTimeouts, [], [{ name: '[x](command:foo)', seconds: 1 }], [{ name: 'x', seconds: 1e-9 }]]),
    hoverDetail: pickOf(random, ['brief', 'full'] as const),
  };
}

function workspaceVariant(random: Random): WorkspaceContext {
  const sysctlValues = new Map<string, { value: string; uri: string; line: number }>();
  for (const key of WORKSPACE_KEYS) {
    if (random() < 0.6) {
      sysctlValues.set(key, { value: pickOf(random, WORKSPACE_VALUES), uri: pickOf(random, WORKSPACE_URIS), line: pickOf(random, [0, 7, 99999]) });
    }
  }
  return { sysctlValues };
}

/** Tokens of a few lines (every line when thorough), the lines diagnostics point at, and odd places. */
function positionsToVisit(document: TextDocument, diagnostics: readonly Diagnostic[], random: Random, thorough: boolean): Position[] {
  const lineCount = document.lineCount;
  const lines = new Set<number>();
  if (thorough) {
    for (let line = 0; line < Math.min(lineCount, 200); line++) {
      lines.add(line);
    }
  } else {
    for (let pickCount = 0; pickCount < 2; pickCount++) {
      lines.add(Math.floor(random() * lineCount));
    }
    for (const diagnostic of diagnostics.slice(0, 1)) {
      lines.add(diagnostic.range.start.line);
    }
    // The longest line: where a hover's cost can run away, and the same line when an input is grown.
    lines.add(longestLine(document));
  }
  const positions: Position[] = [];
  const perLine = thorough ? 120 : 16;
  for (const line of lines) {
    if (line < 0 || line >= lineCount) {
      continue;
    }
    const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    const places = new Set<number>([0, text.length, Math.floor(text.length / 2)]);
    const tokens = /[^\s:(),=/]+/g;
    for (let match = tokens.exec(text); match && places.size < perLine; match = tokens.exec(text)) {
      places.add(match.index);
      places.add(match.index + match[0].length);
    }
    for (const character of places) {
      positions.push({ line, character });
    }
  }
  // Past the end of a line and of the document: a client may ask there while the text changes.
  positions.push({ line: 0, character: 100000 }, { line: lineCount, character: 0 }, { line: lineCount + 5, character: 3 });
  const random2 = Math.floor(random() * lineCount);
  positions.push({ line: random2, character: Math.floor(random() * 300) });
  return positions;
}

function longestLine(document: TextDocument): number {
  let longest = 0;
  let longestLength = -1;
  let start = 0;
  for (let line = 0; line < document.lineCount; line++) {
    const end = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : document.getText().length;
    if (end - start > longestLength) {
      longest = line;
      longestLength = end - start;
    }
    start = end;
  }
  return longest;
}

function strangeDiagnostics(own: Diagnostic | undefined): Diagnostic[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const base = { range, message: 'x', source: own?.source ?? 'netstat-insight' };
  return [
    { ...base, data: null },
    { ...base, data: 'text' },
    { ...base, data: { fixes: [] } },
    { ...base, data: { rows: { lines: [] } } },
    // Encoded row lines (rowLines.ts) as a client might garble them: bad parts, a negative line, a huge list.
    { ...base, data: { rows: { lines: '1,#,3', label: 'l' } } },
    { ...base, data: { rows: { lines: '5,-9', label: 'l' } } },
    { ...base, data: { rows: { lines: '1,'.repeat(50_000), label: 'l' } } },
    { ...base, data: { rows: { lines: 'z'.repeat(100_000), label: 'l' } } },
    { ...base, source: 'eslint', data: own?.data },
    { range, message: 'no source' },
  ];
}

/**
 * An image, a command link or raw HTML left active in a hover: text from the document that reached the
 * markdown unescaped (a hover never links to commands or shows images of its own).
 */
export function activeMarkdown(markdown: string): boolean {
  const prose = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(/\\[\s\S]/g, '');
  return /!\[[^\]\n]*\]\(|\]\(\s*command:|<(?:img|script|a|iframe)\b/i.test(prose);
}

function validRange(range: Range | undefined, lineCount: number): boolean {
  const validPosition = (position: Position | undefined) =>
    !!position && Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0 && position.character >= 0 && position.line <= lineCount;
  return !!range && validPosition(range.start) && validPosition(range.end) && !after(range.start, range.end);
}

function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return !after(outer.start, inner.start) && !after(inner.end, outer.end);
}

function pickOf<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
