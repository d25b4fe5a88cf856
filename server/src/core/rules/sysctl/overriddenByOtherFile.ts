import { comparableUri, describeFile, describeSource, precedenceWith, type SysctlAssignment, SYSCTL_TOOLS } from '../../analysis/sysctlContext';
import type { OrderedSysctlFile, SysctlTool } from '../../analysis/sysctlLoadOrder';
import { shortenedValue } from '../../analysis/sysctlValue';
import { format, type Localized } from '../../i18n/localized';
import type { Finding } from '../finding';
import { CappedFindings } from '../cappedFindings';
import type { SysctlRule } from './sysctlRule';

const TOOL_NAMES: Record<SysctlTool, Localized> = {
  // The Chinese names end where the next word starts: `按 {tool}的顺序`.
  procps: { en: '`sysctl --system`', zh: '`sysctl --system` ' },
  systemd: { en: 'systemd-sysctl (at boot)', zh: 'systemd-sysctl（开机时）' },
};

/**
 * A line another sysctl file of the workspace overrides: that file is read later (or holds the
 * explicit key this glob-free line loses to), so its value is the one in effect. The two tools
 * order files differently only around /etc/sysctl.conf (procps reads it last, systemd-sysctl as
 * 99-sysctl.conf); when they disagree, the message names the tool whose order overrides the line.
 */
export const overriddenByOtherFile: SysctlRule = {
  code: 'sysctl.overridden-by-other-file',
  check({ file, entries, workspace, uri }) {
    if (file.isSnapshot || !workspace?.sysctlFiles?.length || uri === undefined) {
      return [];
    }
    const precedence = precedenceWith(workspace, uri, file);
    const own = comparableUri(uri);
    const hiddenBy = SYSCTL_TOOLS.map((tool) => precedence.orders[tool].hidden.get(uri)).find((hider) => hider !== undefined);
    if (hiddenBy) {
      const first = entries[0]?.entry;
      return first ? [hiddenFileFinding(this.code, first.line, first.keySpan, hiddenBy)] : [];
    }
    const findings = new CappedFindings(this.code, 'information');
    for (const { entry } of entries) {
      if (entry.isGlob) {
        continue;
      }
      const winners = SYSCTL_TOOLS.map((tool) => ({ tool, winner: precedence.winner(entry.key, entry.segments, tool) }));
      const elsewhere = winners.filter(({ winner }) => winner !== undefined && comparableUri(winner.uri) !== own) as { tool: SysctlTool; winner: SysctlAssignment }[];
      if (elsewhere.length === 0) {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.keySpan);
        continue;
      }
      findings.add(overriddenFinding(this.code, entry.key, entry.value, entry.line, entry.keySpan, elsewhere));
    }
    return findings.result({
      en: '{hidden} more lines from here on are overridden by other sysctl files of the workspace and are not reported one by one.',
      zh: '从这里开始还有 {hidden} 行被工作区中其他 sysctl 文件覆盖，不再逐行提示。',
    });
  },
};

/** One finding for a whole file that no tool reads: a same-named file (or a link to /dev/null) in a directory read first hides it. */
function hiddenFileFinding(code: string, line: number, span: { start: number; end: number }, hiddenBy: OrderedSysctlFile): Finding {
  const values = { file: describeFile(hiddenBy.uri), path: hiddenBy.place.systemPath };
  const message: Localized = hiddenBy.linkToDevNull
    ? {
        en: 'This file is not read at all: {file} is a link to /dev/null at {path}, which switches it off. Remove that link to apply these settings.',
        zh: '这个文件根本不会被读取：{file} 是位于 {path} 的指向 /dev/null 的链接，把它停用了。要让这些设置生效，请删除那个链接。',
      }
    : {
        en: 'This file is not read at all: {file} has the same name in a directory read first ({path}), and hides it. Put these settings in that file, or give this file another name.',
        zh: '这个文件根本不会被读取：{file} 与它同名，且位于更先读取的目录（{path}），把它屏蔽了。请把这些设置写进那个文件，或给这个文件换个名字。',
      };
  return {
    code,
    severity: 'information',
    line,
    span,
    message: format(message, values),
    related: [{ uri: hiddenBy.uri, line: 0, message: { en: 'The file that hides this one', zh: '屏蔽本文件的那个文件' } }],
  };
}

function overriddenFinding(
  code: string,
  key: string,
  value: string,
  line: number,
  span: { start: number; end: number },
  elsewhere: readonly { tool: SysctlTool; winner: SysctlAssignment }[],
): Finding {
  const [first, second] = elsewhere;
  const sameWinner = second !== undefined && second.winner.uri === first.winner.uri && second.winner.line === first.winner.line;
  const values = { key, value: shortenedValue(value), winner: shortenedValue(first.winner.value), file: describeSource(first.winner) };
  let message: Localized;
  if (sameWinner) {
    message = format(
      {
        en: '{key} is set again in {file}, which both `sysctl --system` and systemd-sysctl read after this file: its value ({winner}) stays in effect, this one ({value}) does not. Keep the setting in one file.',
        zh: '{key} 在 {file} 中又设置了一次，`sysctl --system` 和 systemd-sysctl 都会在本文件之后读取它：最终生效的是它的值（{winner}），这里的值（{value}）不会生效。同一参数请只在一个文件里设置。',
      },
      values,
    );
  } else if (second !== undefined) {
    const otherValues = { ...values, file2: describeSource(second.winner), winner2: shortenedValue(second.winner.value) };
    message = format(
      {
        en: '{key} is set in other files too, and which value stays depends on the tool: with `sysctl --system`, {file} wins ({winner}); with systemd-sysctl (at boot), {file2} wins ({winner2}). This line ({value}) takes effect with neither. Keep the setting in one file.',
        zh: '{key} 在其他文件中也有设置，最终取值取决于工具：按 `sysctl --system` 的顺序，{file} 生效（{winner}）；按 systemd-sysctl（开机时）的顺序，{file2} 生效（{winner2}）。这一行（{value}）两种情况下都不会生效。同一参数请只在一个文件里设置。',
      },
      otherValues,
    );
  } else {
    const other: SysctlTool = first.tool === 'procps' ? 'systemd' : 'procps';
    message = withToolNames(
      {
        en: '{key} is set again in {file}: with {tool}, which reads that file after this one, its value ({winner}) replaces this one ({value}); with {other} this line wins. Keep the setting in one file so both agree.',
        zh: '{key} 在 {file} 中又设置了一次：按 {tool}的顺序，那个文件在本文件之后读取，它的值（{winner}）会覆盖这里的值（{value}）；按 {other}的顺序则是这一行生效。同一参数请只在一个文件里设置，两种工具才会一致。',
      },
      values,
      { tool: first.tool, other },
    );
  }
  const related = elsewhere
    .filter((_, index) => index === 0 || !sameWinner)
    .map(({ tool, winner }) => ({
      uri: winner.uri,
      line: winner.line,
      span: winner.keySpan,
      message: sameWinner
        ? { en: 'The setting that stays in effect', zh: '最终生效的设置' }
        : withToolNames({ en: 'The setting that stays in effect with {tool}', zh: '按 {tool}的顺序最终生效的设置' }, {}, { tool }),
    }));
  return { code, severity: 'information', line, span, message, related };
}

/** Fills `{name}` placeholders, tool names in each language's own wording. */
function withToolNames(text: Localized, values: Readonly<Record<string, string>>, tools: Readonly<Record<string, SysctlTool>>): Localized {
  const names = (language: 'en' | 'zh') => Object.fromEntries(Object.entries(tools).map(([name, tool]) => [name, TOOL_NAMES[tool][language]]));
  return { en: format(text, { ...values, ...names('en') }).en, zh: format(text, { ...values, ...names('zh') }).zh };
}
