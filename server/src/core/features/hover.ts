import { type Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import { allowedValues } from '../analysis/sysctlValue';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import { KEEPALIVE_ELSEWHERE } from '../knowledge/keepaliveElsewhere';
import { findKeyDoc, keyStatus, REFERENCE_KERNEL, templateKey } from '../knowledge/sysctlKeys';
import { TCP_STATE_DOCS } from '../knowledge/tcpStates';
import type { SysctlKeyDoc } from '../knowledge/types';
import { TYPE_NAMES, UNIT_NAMES } from '../knowledge/units';
import { upstreamDocUrl } from '../knowledge/upstreamDocs';
import type { ParsedSocketDump } from '../model/socketTable';
import type { ParsedSysctlFile, SysctlEntry } from '../model/sysctlFile';
import { lookupStateSpelling, STATE_SPELLINGS, type StateSpellingSource, type TcpState } from '../model/tcpState';

type Lang = 'en' | 'zh';

/** Renders once per language and joins them as the `both` setting asks: English, a rule, Chinese. */
function bilingual(language: DisplayLanguage, render: (lang: Lang) => string): string {
  if (language === 'both') {
    return `${render('en')}\n\n---\n\n${render('zh')}`;
  }
  return render(language === 'zh-cn' ? 'zh' : 'en');
}

function pick(text: Localized, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The colon each language puts after a label. */
function colon(lang: Lang): string {
  return lang === 'en' ? ':' : '：';
}

/** A bold lead-in label. */
function lead(label: Localized, lang: Lang): string {
  return `**${pick(label, lang)}${colon(lang)}**`;
}

const LABELS = {
  side: { en: 'Which side', zh: '哪一端' },
  transitions: { en: 'In and out', zh: '进入与离开' },
  timers: { en: 'Timers', zh: '计时器' },
  largeCount: { en: 'When there are many', zh: '数量很多时' },
  settings: { en: 'Related settings', zh: '相关参数' },
  spelledAs: { en: 'printed as', zh: '写法' },
  type: { en: 'Type', zh: '类型' },
  unit: { en: 'Unit', zh: '单位' },
  default: { en: 'Default', zh: '默认值' },
  range: { en: 'Range', zh: '取值范围' },
  values: { en: 'Values', zh: '取值' },
  since: { en: 'Since', zh: '引入版本' },
  removedIn: { en: 'Removed in', zh: '移除版本' },
  perNamespace: { en: 'Per network namespace', zh: '按网络命名空间独立' },
  related: { en: 'Related', zh: '相关参数' },
  upstream: { en: 'Kernel documentation', zh: '内核文档' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  dependsOnMachine: { en: 'depends on the machine', zh: '取决于机器配置' },
  items: { en: 'items', zh: '项' },
  changed: { en: 'changed in', zh: '变更于' },
} satisfies Record<string, Localized>;

const SOURCE_NAMES: Record<StateSpellingSource, Localized> = {
  'net-tools': { en: 'Linux netstat', zh: 'Linux netstat' },
  ss: { en: 'ss', zh: 'ss' },
  windows: { en: 'Windows netstat', zh: 'Windows netstat' },
  bsd: { en: 'macOS/BSD netstat', zh: 'macOS/BSD netstat' },
  kernel: { en: 'kernel source', zh: '内核源码' },
  rfc: { en: 'RFC 9293', zh: 'RFC 9293' },
};

/** The word made of letters, digits, `_` and `-` around a character offset. */
export function wordAt(text: string, character: number): { word: string; start: number; end: number } | undefined {
  const isWordChar = (code: number) =>
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
  let start = Math.min(character, text.length);
  let end = start;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) {
    start--;
  }
  while (end < text.length && isWordChar(text.charCodeAt(end))) {
    end++;
  }
  return end > start ? { word: text.slice(start, end), start, end } : undefined;
}

/** Hover over a TCP state word, in any tool's spelling, with the count of that state in the document. */
export function stateHover(
  lineText: string,
  line: number,
  character: number,
  dump: ParsedSocketDump | undefined,
  language: DisplayLanguage,
): Hover | undefined {
  const word = wordAt(lineText, character);
  const spelling = word ? lookupStateSpelling(word.word) : undefined;
  if (!word || !spelling) {
    return undefined;
  }
  // A bare "CLOSE" is a state only in a net-tools row; elsewhere it is just a word.
  if (spelling.spelling === 'CLOSE' && !dump?.rows.some((row) => row.line === line && row.stateText === 'CLOSE')) {
    return undefined;
  }
  const state = spelling.state;
  const doc = TCP_STATE_DOCS[state];
  const counts = dump ? documentCounts(dump, state) : undefined;
  const value = bilingual(language, (lang) => {
    const printedAs = STATE_SPELLINGS.filter((entry) => entry.state === state)
      .map((entry) => {
        const sources = entry.sources.map((source) => pick(SOURCE_NAMES[source], lang));
        return lang === 'en' ? `\`${entry.spelling}\` (${sources.join(', ')})` : `\`${entry.spelling}\`（${sources.join('、')}）`;
      })
      .join(' · ');
    const parts = [
      `**${state}** — ${pick(doc.summary, lang)}`,
      `*${pick(LABELS.spelledAs, lang)}${colon(lang)}* ${printedAs}`,
      `${lead(LABELS.side, lang)} ${pick(doc.side, lang)}`,
      `${lead(LABELS.transitions, lang)} ${pick(doc.transitions, lang)}`,
      `${lead(LABELS.timers, lang)} ${pick(doc.timers, lang)}`,
      `${lead(LABELS.largeCount, lang)} ${pick(doc.largeCount, lang)}`,
    ];
    if (doc.relatedKeys.length > 0) {
      parts.push(`${lead(LABELS.settings, lang)} ${doc.relatedKeys.map((key) => `\`${key}\``).join(', ')}`);
    }
    if (counts && counts.total > 0) {
      parts.push(`*${pick(countSentence(state, counts), lang)}*`);
    }
    return parts.join('\n\n');
  });
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: Range.create(line, word.start, line, word.end),
  };
}

function documentCounts(dump: ParsedSocketDump, state: TcpState): { count: number; total: number } {
  let count = 0;
  let total = 0;
  for (const row of dump.rows) {
    if (row.state) {
      total++;
      if (row.state === state) {
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

/** Hover over a sysctl key (its documentation) or its value (what that value means). */
export function sysctlHover(file: ParsedSysctlFile, line: number, character: number, language: DisplayLanguage): Hover | undefined {
  const entry = file.entries.find((candidate) => candidate.line === line);
  if (!entry) {
    return undefined;
  }
  const onKey = character >= entry.keySpan.start && character <= entry.keySpan.end;
  const onValue = character >= entry.valueSpan.start && character <= entry.valueSpan.end && entry.valueSpan.end > entry.valueSpan.start;
  if (!onKey && !onValue) {
    return undefined;
  }
  const template = templateKey(entry.segments);
  const status = keyStatus(template);
  const doc = 'doc' in status ? status.doc : findKeyDoc(template);
  let value: string | undefined;
  if (doc) {
    value = onValue ? valueMarkdown(doc, entry, language) : keyMarkdown(doc, entry.key, language);
  } else if (onKey && status.kind === 'removed' && 'entry' in status) {
    const removed = status.entry;
    value = bilingual(language, (lang) =>
      [
        `**${entry.key}**`,
        pick(removed.removedIn ? format({ en: 'Removed in Linux {v}.', zh: '已在 Linux {v} 中移除。' }, { v: removed.removedIn }) : { en: 'Not present in current kernels.', zh: '当前内核中已不存在。' }, lang),
        pick(removed.note, lang),
      ].join('\n\n'),
    );
  } else if (onKey && status.kind === 'known') {
    const url = upstreamDocUrl(entry.key);
    value = bilingual(language, (lang) =>
      [
        `**${entry.key}**`,
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
  return { contents: { kind: MarkupKind.Markdown, value }, range: Range.create(line, span.start, line, span.end) };
}

/** The full documentation of a key; shared by hover and, later, completion. */
export function keyMarkdown(doc: SysctlKeyDoc, writtenKey: string, language: DisplayLanguage): string {
  return bilingual(language, (lang) => {
    const parts = [`**${writtenKey}** — ${pick(doc.summary, lang)}`, pick(doc.details, lang), factsTable(doc, lang)];
    if (doc.values && doc.values.length > 0) {
      parts.push(doc.values.map((entry) => `- \`${entry.value}\` — ${pick(entry.meaning, lang)}`).join('\n'));
    }
    if (doc.key.includes('tcp_keepalive_')) {
      parts.push(pick(KEEPALIVE_ELSEWHERE, lang));
    }
    if (doc.related.length > 0) {
      parts.push(`${lead(LABELS.related, lang)} ${doc.related.map((key) => `\`${key}\``).join(', ')}`);
    }
    const url = upstreamDocUrl(doc.key);
    if (url) {
      parts.push(`[${pick(LABELS.upstream, lang)}](${url})`);
    }
    return parts.join('\n\n');
  });
}

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
    defaultText += ` (${pick(LABELS.changed, lang)} ${change.version}: ${change.from} → ${change.to})`;
  }
  rows.push([LABELS.default, defaultText]);
  if (doc.range && (doc.range.min !== undefined || doc.range.max !== undefined)) {
    const items = doc.items ? ` × ${doc.items} ${pick(LABELS.items, lang)}` : '';
    rows.push([LABELS.range, `${doc.range.min ?? '…'} – ${doc.range.max ?? '…'}${items}`]);
  }
  if (doc.since) {
    rows.push([LABELS.since, `Linux ${doc.since}`]);
  }
  if (doc.removedIn) {
    rows.push([LABELS.removedIn, `Linux ${doc.removedIn}`]);
  }
  rows.push([LABELS.perNamespace, pick(doc.perNamespace ? LABELS.yes : LABELS.no, lang)]);
  return ['| | |', '|---|---|', ...rows.map(([label, text]) => `| ${pick(label, lang)} | ${text.replace(/\|/g, '\\|')} |`)].join('\n');
}

function valueMarkdown(doc: SysctlKeyDoc, entry: SysctlEntry, language: DisplayLanguage): string {
  const allowed = allowedValues(doc);
  const normalized = entry.value.split(/\s+/).join(' ');
  const isDefault = doc.default !== null && doc.default.split(/\s+/).join(' ') === normalized;
  return bilingual(language, (lang) => {
    const parts = [`**${entry.key} = ${normalized}**`];
    const meaning = doc.values?.find((candidate) => candidate.value === entry.value.trim());
    if (meaning) {
      parts.push(pick(meaning.meaning, lang));
    } else if (allowed) {
      parts.push(`${pick(LABELS.values, lang)}${colon(lang)} ${allowed.map((value) => `\`${value}\``).join(', ')}`);
    }
    if (doc.unit) {
      parts.push(`${pick(LABELS.unit, lang)}${colon(lang)} ${pick(UNIT_NAMES[doc.unit], lang)}`);
    }
    if (isDefault) {
      parts.push(pick({ en: 'This is the default.', zh: '这就是默认值。' }, lang));
    } else if (doc.default !== null) {
      parts.push(`${pick(LABELS.default, lang)}${colon(lang)} \`${doc.default.replace(/\t/g, ' ')}\``);
    }
    return parts.join('\n\n');
  });
}
