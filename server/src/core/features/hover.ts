import type { Hover } from 'vscode-languageserver-types';
import { allowedValues, MAX_SHOWN_VALUE, shortenedValue, spacedValue } from '../analysis/sysctlValue';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import { FOREIGN_KEEPALIVE_SETTINGS, KEEPALIVE_ELSEWHERE } from '../knowledge/keepaliveElsewhere';
import { accessLabel, removedLabel, sinceLabel } from '../knowledge/kernels/index';
import { findKeyDoc, keyStatus, REFERENCE_KERNEL, REFERENCE_KEYS, templateKey } from '../knowledge/sysctlKeys';
import { type PseudoStateDoc, TCP_STATE_DIAGRAM, TCP_STATE_DOCS } from '../knowledge/tcpStates';
import type { SysctlKeyDoc } from '../knowledge/types';
import { TYPE_NAMES, UNIT_NAMES } from '../knowledge/units';
import { upstreamDocUrl } from '../knowledge/upstreamDocs';
import { vendorKeyOf } from '../knowledge/vendorSysctlKeys';
import type { ParsedSocketDump } from '../model/socketTable';
import { socketColumnsOf } from '../parsers/socketColumns';
import type { ParsedSysctlFile, SysctlEntry } from '../model/sysctlFile';
import { STATE_SPELLINGS, type StateSpellingSource, type TcpState } from '../model/tcpState';
import { columnHover } from './columnHover';
import { counterHover } from './counterHover';
import { type DumpToken, type DumpTokenKind, type StateToken, tokenAt } from './dumpTokens';
import {
  bilingual,
  colon,
  documentText,
  escapeMarkdown,
  explainLink,
  FULL_HOVER,
  type HoverOptions,
  joinList,
  keyList,
  type Lang,
  lead,
  markdownHover,
  parenthesized,
  phraseOccurrences,
  pick,
  relatedSettings,
  wantsExplainLink,
} from './hoverMarkdown';
import { kernelMessageHover } from './kernelMessageHover';
import { histogramHover } from './histogramHover';
import { lsofFieldHover } from './lsofFieldHover';
import { procAddressHover } from './procAddressHover';
import { procFieldHover } from './procFieldHover';
import { queueHover } from './queueHover';
import { ssInfoHover } from './ssInfoHover';
import { ssSummaryHover } from './ssSummaryHover';
import { sysctlHoverNotes } from './sysctlHoverNotes';
import { timerHover } from './timerHover';
import { stateWordNote } from './translatedStateNote';
import { vendorKeyMarkdown } from './vendorKeyHover';

const LABELS = {
  side: { en: 'Which side', zh: '哪一端' },
  transitions: { en: 'In and out', zh: '进入与离开' },
  timers: { en: 'Timers', zh: '定时器' },
  largeCount: { en: 'When there are many', zh: '数量很多时' },
  spelledAs: { en: 'printed as', zh: '写法' },
  type: { en: 'Type', zh: '类型' },
  unit: { en: 'Unit', zh: '单位' },
  default: { en: 'Default', zh: '默认值' },
  range: { en: 'Range', zh: '取值范围' },
  values: { en: 'Values', zh: '取值' },
  since: { en: 'Since', zh: '引入版本' },
  access: { en: 'Access', zh: '访问权限' },
  valueSince: { en: 'since Linux {version}', zh: 'Linux {version} 起支持' },
  removedIn: { en: 'Removed in', zh: '移除版本' },
  perNamespace: { en: 'Per network namespace', zh: '按网络命名空间独立' },
  related: { en: 'Related', zh: '相关参数' },
  upstream: { en: 'Kernel documentation', zh: '内核文档' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  dependsOnMachine: { en: 'depends on the machine', zh: '取决于机器配置' },
  items: { en: 'items', zh: '项' },
  diagram: { en: 'State diagram', zh: '状态图' },
  procCode: { en: '`{code}` in the `st` column of /proc/net/tcp', zh: '/proc/net/tcp 的 `st` 列中的 `{code}`' },
  printedBy: { en: 'Printed by', zh: '出现在' },
  notState: { en: 'not a TCP state', zh: '不是 TCP 状态' },
  elsewhere: { en: 'Not a Linux sysctl.', zh: '不是 Linux sysctl 参数。' },
  linux: { en: 'Compared with Linux', zh: '与 Linux 的关系' },
} satisfies Record<string, Localized>;

const SOURCE_NAMES: Record<StateSpellingSource, Localized> = {
  'net-tools': { en: 'Linux netstat', zh: 'Linux netstat' },
  ss: { en: 'ss', zh: 'ss' },
  windows: { en: 'Windows netstat', zh: 'Windows netstat' },
  bsd: { en: 'macOS/BSD netstat', zh: 'macOS/BSD netstat' },
  lsof: { en: 'lsof', zh: 'lsof' },
  kernel: { en: 'kernel source', zh: '内核源码' },
  rfc: { en: 'RFC 9293', zh: 'RFC 9293' },
};

type TokenHover<K extends DumpTokenKind> = (token: Extract<DumpToken, { kind: K }>, dump: ParsedSocketDump, language: DisplayLanguage, options: HoverOptions) => Hover | undefined;

/** One hover per kind of token: the token says what is under the cursor, so no entry reads the line again. */
const TOKEN_HOVERS: { readonly [K in DumpTokenKind]: TokenHover<K> } = {
  counter: (token, _dump, language) => counterHover(token, language),
  'ss-summary': (token, _dump, language) => ssSummaryHover(token, language),
  'column-header': (token, _dump, language) => columnHover(token, language),
  timer: (token, _dump, language, options) => timerHover(token, language, options),
  'ss-info': (token, _dump, language) => ssInfoHover(token, language),
  endpoint: (token, _dump, language) => procAddressHover(token, language),
  'proc-field': (token, _dump, language) => procFieldHover(token, language),
  owner: (token, _dump, language) => lsofFieldHover(token, language),
  'lsof-field': (token, _dump, language) => lsofFieldHover(token, language),
  'recv-q': (token, _dump, language) => queueHover(token, language),
  'send-q': (token, _dump, language) => queueHover(token, language),
  state: stateWordHover,
  command: stateWordHover,
  'kernel-message': (token, dump, language) => kernelMessageHover(token, dump, language),
  histogram: (token, _dump, language) => histogramHover(token, language),
};

/**
 * Hover anywhere in a netstat/ss document: the token under the cursor (a counter, an `ss -s` number,
 * a column header, a timer, an ss field, a row's column, a state word) answered by its kind's entry.
 * `options`: brief (with a link to the rest) or full.
 */
export function socketDumpHover(dump: ParsedSocketDump, line: number, character: number, language: DisplayLanguage, options: HoverOptions = FULL_HOVER): Hover | undefined {
  const token = tokenAt(dump, line, character);
  // TypeScript cannot pair a union's member with its entry; the table's type does that.
  return token && (TOKEN_HOVERS[token.kind] as TokenHover<DumpTokenKind>)(token, dump, language, options);
}

/** A state word: a TCP state (also as a /proc code), or a word of UDP, Windows or another socket family that is none. */
function stateWordHover(token: StateToken, dump: ParsedSocketDump, language: DisplayLanguage, options: HoverOptions): Hover | undefined {
  if (token.pseudo) {
    return pseudoStateHover(token.pseudo, token, language);
  }
  if (!token.state) {
    return undefined;
  }
  const printedAs = token.procCode === undefined ? stateWordNote(token) : format(LABELS.procCode, { code: token.procCode });
  return stateHover(token.state, token.line, token, dump, language, options, printedAs, token.platformNote);
}

/** Headed by the word as printed: `UNCONN` in ss, `07` in /proc/net/udp. */
function pseudoStateHover(doc: PseudoStateDoc, token: StateToken, language: DisplayLanguage): Hover {
  const value = bilingual(language, (lang) =>
    [
      `**${documentText(token.text)}**${parenthesized(pick(LABELS.notState, lang), lang)} — ${pick(doc.meaning, lang)}`,
      `*${pick(LABELS.printedBy, lang)}${colon(lang)}* ${pick(doc.printedBy, lang)}`,
      `${lead(LABELS.largeCount, lang)} ${pick(doc.largeCount, lang)}`,
    ].join('\n\n'),
  );
  return markdownHover(value, token.line, token.start, token.end);
}

/** A colon and the space English puts after it; the Chinese full-width colon needs none. */
function labelColon(lang: Lang): string {
  return lang === 'en' ? ': ' : '：';
}

/**
 * One TCP state. Brief: what it is, which side holds it and what to do about many, then a link to
 * the rest. Full: also its spellings, transitions, timers, settings, the count of that state in the
 * document and the state diagram.
 */
function stateHover(
  state: TcpState,
  line: number,
  word: { start: number; end: number },
  dump: ParsedSocketDump,
  language: DisplayLanguage,
  options: HoverOptions,
  printedAs?: Localized,
  platformNote?: Localized,
): Hover {
  const doc = TCP_STATE_DOCS[state];
  if (options.detail === 'brief') {
    const link = wantsExplainLink(options) ? explainLink(options.uri, state, line, word.start) : undefined;
    const value = bilingual(language, (lang) => {
      const parts = [`**${state}** — ${pick(doc.summary, lang)}`];
      if (printedAs) {
        parts.push(`*${pick(printedAs, lang)}*`);
      }
      parts.push(`${lead(LABELS.side, lang)} ${pick(doc.brief.side, lang)}`, `${lead(LABELS.largeCount, lang)} ${pick(doc.brief.largeCount, lang)}`);
      if (link) {
        parts.push(pick(link, lang));
      }
      return parts.join('\n\n');
    });
    return markdownHover(value, line, word.start, word.end);
  }
  const counts = documentCounts(dump, state);
  const value = bilingual(language, (lang) => {
    const spellings = STATE_SPELLINGS.filter((entry) => entry.state === state)
      .map((entry) => {
        const sources = entry.sources.map((source) => pick(SOURCE_NAMES[source], lang));
        return `\`${entry.spelling}\`${parenthesized(joinList(sources, lang), lang)}`;
      })
      .join(' · ');
    const parts = [`**${state}** — ${pick(doc.summary, lang)}`];
    if (printedAs) {
      parts.push(`*${pick(printedAs, lang)}*`);
    }
    parts.push(
      `*${pick(LABELS.spelledAs, lang)}${colon(lang)}* ${spellings}`,
      `${lead(LABELS.side, lang)} ${pick(doc.side, lang)}`,
      `${lead(LABELS.transitions, lang)} ${pick(doc.transitions, lang)}`,
      `${lead(LABELS.timers, lang)} ${pick(doc.timers, lang)}`,
    );
    if (platformNote) {
      parts.push(`*${pick(platformNote, lang)}*`);
    }
    parts.push(`${lead(LABELS.largeCount, lang)} ${pick(doc.largeCount, lang)}`);
    if (doc.relatedKeys.length > 0) {
      parts.push(relatedSettings(doc.relatedKeys, lang));
    }
    if (counts.total > 0) {
      parts.push(`*${pick(countSentence(state, counts), lang)}*`);
    }
    parts.push(`${lead(LABELS.diagram, lang)}\n\n${pick(TCP_STATE_DIAGRAM, lang)}`);
    return parts.join('\n\n');
  });
  return markdownHover(value, line, word.start, word.end);
}

function documentCounts(dump: ParsedSocketDump, state: TcpState): { count: number; total: number } {
  let count = 0;
  let total = 0;
  // From the state column: decoding every row for two numbers would cost a hover tens of milliseconds.
  const columns = socketColumnsOf(dump);
  for (let index = 0; index < columns.length; index++) {
    const rowState = columns.stateOf(index);
    if (rowState) {
      total++;
      if (rowState === state) {
        count++;
      }
    }
  }
  return { count, total };
}

function countSentence(state: TcpState, counts: { count: number; total: number }): Localized {
  const share = counts.total > 0 ? Math.round((counts.count / counts.total) * 100) : 0;
  return format(
    {
      en: 'In this document: {count} of {total} TCP sockets ({share}%) are in {state}.',
      zh: '本文档中：{total} 个 TCP 连接里有 {count} 个（{share}%）处于 {state}。',
    },
    { count: counts.count, total: counts.total, share, state },
  );
}

/**
 * Hover in a sysctl file: a key (its documentation, or where a key only vendor kernels have exists)
 * or its value (what that value means); on a line that is no known key, a keepalive setting of
 * another product pasted for comparison.
 * `referenceKeys` lists the keys a kernel has (the reference kernel's by default); `options`: brief
 * (with a link to the rest) or full.
 */
export function sysctlHover(
  file: ParsedSysctlFile,
  lineText: string,
  line: number,
  character: number,
  language: DisplayLanguage,
  referenceKeys: ReadonlySet<string> = REFERENCE_KEYS,
  options: HoverOptions = FULL_HOVER,
): Hover | undefined {
  const entry = file.entries.find((candidate) => candidate.line === line);
  return (entry ? sysctlEntryHover(entry, line, character, language, referenceKeys, options) : undefined) ?? foreignSettingHover(lineText, line, character, language);
}

function sysctlEntryHover(
  entry: SysctlEntry,
  line: number,
  character: number,
  language: DisplayLanguage,
  referenceKeys: ReadonlySet<string>,
  options: HoverOptions,
): Hover | undefined {
  const onKey = character >= entry.keySpan.start && character <= entry.keySpan.end;
  const onValue = character >= entry.valueSpan.start && character <= entry.valueSpan.end && entry.valueSpan.end > entry.valueSpan.start;
  if (!onKey && !onValue) {
    return undefined;
  }
  const template = templateKey(entry.segments);
  const status = keyStatus(template, referenceKeys);
  const doc = 'doc' in status ? status.doc : findKeyDoc(template);
  const vendor = vendorKeyOf(template);
  let value: string | undefined;
  if (doc) {
    value = onValue
      ? valueMarkdown(doc, entry, language)
      : keyMarkdown(doc, entry.key, language, options, wantsExplainLink(options) ? { uri: options.uri, line, character: entry.keySpan.start } : undefined);
  } else if (onKey && status.kind === 'unknown' && vendor) {
    value = bilingual(language, (lang) => vendorKeyMarkdown(vendor, entry.key, lang));
  } else if (onKey && status.kind === 'removed' && 'entry' in status) {
    const removed = status.entry;
    value = bilingual(language, (lang) =>
      [
        `**${documentText(entry.key)}**`,
        pick(removed.removedIn ? format({ en: 'Removed in Linux {v}.', zh: '已在 Linux {v} 中移除。' }, { v: removed.removedIn }) : { en: 'Not present in current kernels.', zh: '当前内核中已不存在。' }, lang),
        pick(removed.note, lang),
      ].join('\n\n'),
    );
  } else if (onKey && status.kind === 'known') {
    const url = upstreamDocUrl(entry.key);
    value = bilingual(language, (lang) =>
      [
        `**${documentText(entry.key)}**`,
        pick(
          format(
            {
              en: 'A parameter of Linux {kernel}. Netstat Insight has no description of it yet.',
              zh: 'Linux {kernel} 中存在的参数，Netstat Insight 暂未收录它的说明。',
            },
            { kernel: REFERENCE_KERNEL },
          ),
          lang,
        ),
        url ? `[${pick(LABELS.upstream, lang)}](${url})` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  }
  if (!value) {
    return undefined;
  }
  const span = onKey ? entry.keySpan : entry.valueSpan;
  return markdownHover(value, line, span.start, span.end);
}

/** Longer than any product setting name, so a name under the cursor always lies inside the window. */
const FOREIGN_NAME_WINDOW = 48;

/** Apache, Java and F5 keepalive settings people paste next to sysctl keys when comparing timeouts. */
function foreignSettingHover(lineText: string, line: number, character: number, language: DisplayLanguage): Hover | undefined {
  // Only the text around the cursor: the names are short, and a pasted line may be huge.
  const from = Math.max(0, character - FOREIGN_NAME_WINDOW);
  const around = lineText.slice(from, character + FOREIGN_NAME_WINDOW);
  // Whole words only, so `KeepAlive` is not found inside `KeepAliveTimeout` or `tcp_keepalive_time`.
  const match = FOREIGN_KEEPALIVE_SETTINGS.flatMap((setting) =>
    setting.names.flatMap((name) =>
      phraseOccurrences(around, name, { ignoreCase: true }).map((occurrence) => ({ setting, start: from + occurrence.start, end: from + occurrence.end })),
    ),
  ).find((candidate) => character >= candidate.start && character <= candidate.end);
  if (!match) {
    return undefined;
  }
  const written = lineText.slice(match.start, match.end);
  const value = bilingual(language, (lang) =>
    [
      `**${documentText(written)}**${parenthesized(match.setting.product, lang)} — ${pick(match.setting.meaning, lang)}`,
      `*${pick(LABELS.elsewhere, lang)}*`,
      `${lead(LABELS.linux, lang)} ${pick(match.setting.linux, lang)}`,
    ].join('\n\n'),
  );
  return markdownHover(value, line, match.start, match.end);
}

/**
 * The documentation of a key. Brief: its summary, facts (type, unit, default, range) and accepted
 * values, then a link (at `explain`) to the rest. Full: also the details, related keys and the
 * kernel's documentation.
 */
function keyMarkdown(
  doc: SysctlKeyDoc,
  writtenKey: string,
  language: DisplayLanguage,
  options: HoverOptions,
  explain?: { readonly uri: string; readonly line: number; readonly character: number },
): string {
  const isFull = options.detail === 'full';
  const link = !isFull && explain ? explainLink(explain.uri, writtenKey, explain.line, explain.character) : undefined;
  return bilingual(language, (lang) => {
    const parts = [`**${documentText(writtenKey)}** — ${pick(doc.summary, lang)}`];
    if (isFull) {
      parts.push(pick(doc.details, lang));
    }
    parts.push(factsTable(doc, lang), ...sysctlHoverNotes(doc, writtenKey, lang, options));
    if (doc.values && doc.values.length > 0) {
      parts.push(
        doc.values
          .map((entry) => `- \`${entry.value}\` — ${pick(entry.meaning, lang)}${entry.since ? parenthesized(pick(format(LABELS.valueSince, { version: entry.since }), lang), lang) : ''}`)
          .join('\n'),
      );
    }
    if (!isFull) {
      if (link) {
        parts.push(pick(link, lang));
      }
      return parts.join('\n\n');
    }
    if (doc.key.includes('tcp_keepalive_')) {
      parts.push(pick(KEEPALIVE_ELSEWHERE, lang));
    }
    if (doc.related.length > 0) {
      parts.push(`${lead(LABELS.related, lang)} ${keyList(doc.related, lang)}`);
    }
    const url = upstreamDocUrl(doc.key);
    if (url) {
      parts.push(`[${pick(LABELS.upstream, lang)}](${url})`);
    }
    return parts.join('\n\n');
  });
}

/** After the default: English in parentheses, Chinese in full-width ones with no space before. */
const DEFAULT_CHANGE: Localized = { en: ' (changed in {version}: {from} → {to})', zh: '（Linux {version} 中由 {from} 改为 {to}）' };

function factsTable(doc: SysctlKeyDoc, lang: Lang): string {
  const rows: [Localized, string][] = [[LABELS.type, pick(TYPE_NAMES[doc.type], lang)]];
  if (doc.unit) {
    rows.push([LABELS.unit, pick(UNIT_NAMES[doc.unit], lang)]);
  }
  let defaultText = doc.default === null ? pick(LABELS.dependsOnMachine, lang) : `\`${doc.default.replace(/\t/g, ' ')}\``;
  if (doc.defaultNote) {
    defaultText += ` — ${pick(doc.defaultNote, lang)}`;
  }
  for (const change of doc.defaultChanges ?? []) {
    defaultText += pick(format(DEFAULT_CHANGE, { version: change.version, from: change.from, to: change.to }), lang);
  }
  rows.push([LABELS.default, defaultText]);
  if (doc.range && (doc.range.min !== undefined || doc.range.max !== undefined)) {
    const items = doc.items ? ` × ${doc.items} ${pick(LABELS.items, lang)}` : '';
    rows.push([LABELS.range, `${doc.range.min ?? '…'} – ${doc.range.max ?? '…'}${items}`]);
  }
  // Without an exact release in the knowledge base, the per-version catalogs give a range.
  const catalogSince = sinceLabel(doc.key);
  const since = doc.since ? `Linux ${doc.since}` : catalogSince && pick(catalogSince, lang);
  if (since) {
    rows.push([LABELS.since, since]);
  }
  const access = accessLabel(doc.key);
  if (access) {
    rows.push([LABELS.access, pick(access, lang)]);
  }
  const catalogRemoval = removedLabel(doc.key);
  const removedIn = doc.removedIn ? `Linux ${doc.removedIn}` : catalogRemoval && pick(catalogRemoval, lang);
  if (removedIn) {
    rows.push([LABELS.removedIn, removedIn]);
  }
  rows.push([LABELS.perNamespace, pick(doc.perNamespace ? LABELS.yes : LABELS.no, lang)]);
  return ['| | |', '|---|---|', ...rows.map(([label, text]) => `| ${pick(label, lang)} | ${text.replace(/\|/g, '\\|')} |`)].join('\n');
}

function valueMarkdown(doc: SysctlKeyDoc, entry: SysctlEntry, language: DisplayLanguage): string {
  const allowed = allowedValues(doc);
  const normalized = spacedValue(entry.value);
  const isDefault = doc.default !== null && spacedValue(doc.default) === normalized;
  return bilingual(language, (lang) => {
    const parts = [`**${documentText(entry.key)} = ${escapeMarkdown(shortenedValue(normalized, MAX_SHOWN_VALUE))}**`];
    const meaning = doc.values?.find((candidate) => candidate.value === normalized);
    if (meaning) {
      parts.push(pick(meaning.meaning, lang));
    } else if (allowed) {
      parts.push(`${pick(LABELS.values, lang)}${labelColon(lang)}${joinList(allowed.map((value) => `\`${value}\``), lang)}`);
    }
    if (doc.unit) {
      parts.push(`${pick(LABELS.unit, lang)}${labelColon(lang)}${pick(UNIT_NAMES[doc.unit], lang)}`);
    }
    if (isDefault) {
      parts.push(pick({ en: 'This is the default.', zh: '这就是默认值。' }, lang));
    } else if (doc.default !== null) {
      parts.push(`${pick(LABELS.default, lang)}${labelColon(lang)}\`${doc.default.replace(/\t/g, ' ')}\``);
    }
    return parts.join('\n\n');
  });
}
