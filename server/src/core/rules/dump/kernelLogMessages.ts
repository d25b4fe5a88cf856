import { kernelDefaultOf, kernelLabel } from '../../analysis/kernelDefaults';
import { type KernelMessageTally, kernelMessageTallies, kernelMessageTally } from '../../analysis/kernelMessageTally';
import { describeSource, integersOf, type WorkspaceContext } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import { kernelMessageDoc, type KernelMessageKind } from '../../knowledge/kernelLogMessages';
import { firstAtOrAfterLine } from '../../model/lineOrder';
import type { KernelLogLine, ParsedSocketDump } from '../../model/socketTable';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { joinLocalized } from './grouping';

type Lang = 'en' | 'zh';

const TEXTS = {
  lead: {
    en: 'Kernel log: {count} × "{title}" ({where}{times}){subjects}.',
    zh: '内核日志：{count} 条“{title}”（{where}{times}）{subjects}。',
  },
  lines: { en: 'lines {first}–{last}', zh: '第 {first}–{last} 行' },
  line: { en: 'line {first}', zh: '第 {first} 行' },
  times: { en: ', {first} to {last}', zh: '，时间 {first} 至 {last}' },
  time: { en: ', {first}', zh: '，时间 {first}' },
  subjects: { en: ' on {list}', zh: '，涉及 {list}' },
  moreSubjects: { en: '{list} and {more} more', zh: '{list} 等另外 {more} 个' },
  suppressed: {
    en: 'net_ratelimit also held back {count} network messages in this log, some of which may be more of these.',
    zh: '此外 net_ratelimit 在这段日志中压下了 {count} 条网络消息，其中可能还有更多同类消息。',
  },
  dropped: {
    en: 'Lines saying "Dropping request": {count}. tcp_syncookies was off there, so those SYNs were lost.',
    zh: '其中写着 “Dropping request” 的有 {count} 条：当时 tcp_syncookies 处于关闭状态，这些 SYN 被丢弃了。',
  },
  settingsIntro: { en: 'Settings:', zh: '相关参数：' },
  workspaceValue: { en: '{key} = {value} ({source})', zh: '{key} = {value}（{source}）' },
  defaultValue: { en: '{key} = {value} (default on {kernel}, not set in the workspace)', zh: '{key} = {value}（{kernel} 的默认值，工作区未设置）' },
  machineValue: { en: '{key} (not set in the workspace; its default depends on the machine)', zh: '{key}（工作区未设置，默认值取决于机器）' },
  tcpMemPages: { en: 'tcp_mem\'s hard limit of {pages} pages is {mib} MiB with 4 KiB pages.', zh: 'tcp_mem 的硬上限 {pages} 页，按 4 KiB 每页约为 {mib} MiB。' },
  syncookiesOff: {
    en: 'The workspace sets net.ipv4.tcp_syncookies = 0 ({source}): set it to 1 so that a full SYN queue answers with cookies instead of dropping SYNs.',
    zh: '工作区把 net.ipv4.tcp_syncookies 设为 0（{source}）：建议改为 1，这样半连接队列满时会用 SYN cookie 应答而不是丢弃 SYN。',
  },
} satisfies Record<string, Localized>;

const NEIGHBOUR_V6_KEYS = ['net.ipv6.neigh.default.gc_thresh1', 'net.ipv6.neigh.default.gc_thresh2', 'net.ipv6.neigh.default.gc_thresh3'];

/**
 * The network stack's kernel log messages (dmesg, journalctl, syslog pasted with the dumps): one
 * diagnostic per kind however many lines a flood printed, with the count, the first and last line
 * and time, what to check and tune, and the workspace's values of the settings involved.
 */
export const kernelLogMessages: DumpRule = {
  code: 'kernel.log-message',
  wholeDocument: true,
  *check({ dump, settings, workspace }) {
    const suppressed = kernelMessageTally(dump, 'suppressed').suppressed;
    const findings: Finding[] = [];
    for (const tally of kernelMessageTallies(dump)) {
      if (tally.kind === 'suppressed') {
        continue;
      }
      const doc = kernelMessageDoc(tally.kind);
      const parts: Localized[] = [leadOf(tally, doc.title)];
      if (tally.dropped > 0) {
        parts.push(format(TEXTS.dropped, { count: tally.dropped }));
      }
      if (doc.rateLimited && suppressed > 0) {
        parts.push(format(TEXTS.suppressed, { count: suppressed }));
      }
      parts.push(doc.check);
      parts.push(settingsText(tally.kind, tally, workspace, settings.kernelVersion));
      const extra = kindNote(tally.kind, workspace);
      if (extra) {
        parts.push(extra);
      }
      const first = messageOnLine(dump, tally.firstLine);
      findings.push({
        code: this.code,
        severity: 'warning',
        line: tally.firstLine,
        ...(first ? { span: first.span } : {}),
        message: joined(parts, { en: ' ', zh: '' }),
        ...(tally.lastLine !== tally.firstLine ? { related: [lastLineOf(dump, tally)] } : {}),
      });
    }
    return findings;
  },
};

/** `parts` joined with `separator` (a space in English, nothing after a Chinese full stop). */
function joined(parts: readonly Localized[], separator: Localized): Localized {
  return joinLocalized(...parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part])));
}

/** The count, the title, the lines and times and the subjects: built per language, since each has its own words for all of them. */
function leadOf(tally: KernelMessageTally, title: Localized): Localized {
  const lines = { first: tally.firstLine + 1, last: tally.lastLine + 1 };
  const where = format(tally.firstLine === tally.lastLine ? TEXTS.line : TEXTS.lines, lines);
  const { firstTime, lastTime } = tally;
  const times = firstTime === undefined || lastTime === undefined ? undefined : format(firstTime === lastTime ? TEXTS.time : TEXTS.times, { first: firstTime, last: lastTime });
  const text = (lang: Lang) =>
    format(TEXTS.lead, { count: tally.count, title: title[lang], where: where[lang], times: times?.[lang] ?? '', subjects: subjectsText(tally, lang) })[lang];
  return { en: text('en'), zh: text('zh') };
}

function subjectsText(tally: KernelMessageTally, lang: Lang): string {
  if (tally.subjects.length === 0) {
    return '';
  }
  const named = tally.subjects.join(lang === 'en' ? ', ' : '、');
  const list = tally.moreSubjects > 0 ? format(TEXTS.moreSubjects, { list: named, more: tally.moreSubjects })[lang] : named;
  return format(TEXTS.subjects, { list })[lang];
}

/** The kernel message read on `line` (one per line at most; they are kept in line order). */
function messageOnLine(dump: ParsedSocketDump, line: number): KernelLogLine | undefined {
  const entry = dump.kernelMessages[firstAtOrAfterLine(dump.kernelMessages, line)];
  return entry?.line === line ? entry : undefined;
}

function lastLineOf(dump: ParsedSocketDump, tally: KernelMessageTally) {
  const last = messageOnLine(dump, tally.lastLine);
  return { line: tally.lastLine, ...(last ? { span: last.span } : {}), message: { en: 'Last line of this kind', zh: '同类消息的最后一行' } };
}

/** The keys the message is about, each with the workspace's value and where it is set, else the kernel's default. */
function settingsText(kind: KernelMessageKind, tally: KernelMessageTally, workspace: WorkspaceContext, kernel: string): Localized {
  const keys = kind === 'neighbour-overflow' && tally.subjects.includes('ndisc_cache') && !tally.subjects.includes('arp_cache') ? NEIGHBOUR_V6_KEYS : kernelMessageDoc(kind).relatedKeys;
  const items = keys.map((key) => {
    const set = workspace.sysctlValues.get(key);
    if (set) {
      return format(TEXTS.workspaceValue, { key, value: set.value.trim(), source: describeSource(set) });
    }
    const value = kernelDefaultOf(key, kernel);
    return value === undefined ? format(TEXTS.machineValue, { key }) : format(TEXTS.defaultValue, { key, value, kernel: kernelLabel(kernel) });
  });
  return joined([TEXTS.settingsIntro, joined(items, { en: '; ', zh: '；' })], { en: ' ', zh: '' });
}

/** What the workspace's values say about this kind in particular. */
function kindNote(kind: KernelMessageKind, workspace: WorkspaceContext): Localized | undefined {
  if (kind === 'syn-flood') {
    const syncookies = workspace.sysctlValues.get('net.ipv4.tcp_syncookies');
    return syncookies && integersOf(syncookies.value)?.[0] === 0 ? format(TEXTS.syncookiesOff, { source: describeSource(syncookies) }) : undefined;
  }
  if (kind === 'tcp-out-of-memory' || kind === 'out-of-socket-memory') {
    const tcpMem = workspace.sysctlValues.get('net.ipv4.tcp_mem');
    const pages = tcpMem ? integersOf(tcpMem.value) : undefined;
    return pages && pages.length === 3 ? format(TEXTS.tcpMemPages, { pages: pages[2], mib: Math.round((pages[2] * 4096) / 1048576) }) : undefined;
  }
  return undefined;
}
