import { checkSysctlValue, shortenedValue, type ValueProblem } from '../../analysis/sysctlValue';
import { format, type Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../../knowledge/types';
import type { TextEditProposal } from '../finding';
import { CappedFindings } from '../cappedFindings';
import { compareKernelVersions } from './keyAvailability';
import type { SysctlRule } from './sysctlRule';

/** A value the kernel would reject (EINVAL) or read differently from what was meant. */
export const invalidValue: SysctlRule = {
  code: 'sysctl.invalid-value',
  check({ file, entries, settings }) {
    // sysctl -a prints what its kernel accepted; ranges of older kernels or other builds differ.
    if (file.isSnapshot) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'error');
    for (const { entry, status } of entries) {
      if (status.kind !== 'documented' || entry.isGlob) {
        continue;
      }
      const problem = checkSysctlValue(status.doc, entry.value, settings.kernelVersion) ?? valueTooNew(status.doc, entry.value, settings.kernelVersion);
      if (!problem) {
        continue;
      }
      const span = entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
      if (!findings.hasRoom) {
        findings.skip(entry.line, span);
        continue;
      }
      // On an older configured kernel, the default is the one that kernel had.
      const fallback = problem.kind === 'too-new' ? defaultOnKernel(status.doc, problem.kernel) : status.doc.default;
      const fixes: TextEditProposal[] =
        fallback !== null
          ? [
              {
                title: format({ en: 'Set to the default ({value})', zh: '改为默认值（{value}）' }, { value: fallback.replace(/\t/g, ' ') }),
                line: entry.line,
                span: entry.valueSpan,
                // Spaces, as people write lists in sysctl.conf; the kernel prints tabs but reads either.
                newText: fallback.replace(/\t/g, ' '),
                isPreferred: true,
              },
            ]
          : [];
      const detail = describeProblem(problem, status.doc);
      findings.add({
        code: this.code,
        severity: 'error',
        line: entry.line,
        span,
        message: {
          en: `Invalid value for ${entry.key}: ${detail.en}`,
          zh: `${entry.key} 的取值无效：${detail.zh}`,
        },
        fixes,
      });
    }
    return findings.result({
      en: '{hidden} more values from here on would be rejected or misread by the kernel and are not reported one by one. Fix the ones above first; the rest are probably the same mistake.',
      zh: '从这里开始还有 {hidden} 个取值会被内核拒绝或误读，不再逐个提示。请先修正上面列出的几处，其余的多半是同样的问题。',
    });
  },
};

/** A value a later kernel added, on a configured kernel that predates it. */
type TooNew = { readonly kind: 'too-new'; readonly since: string; readonly kernel: string; readonly allowed: readonly string[] };

function valueTooNew(doc: SysctlKeyDoc, value: string, kernel: string): TooNew | undefined {
  const entry = doc.values?.find((candidate) => candidate.value === value.trim());
  if (!entry?.since || compareKernelVersions(kernel, entry.since) >= 0) {
    return undefined;
  }
  const allowed = (doc.values ?? []).filter((candidate) => !candidate.since || compareKernelVersions(kernel, candidate.since) >= 0).map((candidate) => candidate.value);
  return { kind: 'too-new', since: entry.since, kernel, allowed };
}

/** The default a kernel release had, walking the key's default changes back from today's. */
function defaultOnKernel(doc: SysctlKeyDoc, kernel: string): string | null {
  let value = doc.default;
  const newestFirst = [...(doc.defaultChanges ?? [])].sort((a, b) => compareKernelVersions(b.version, a.version));
  for (const change of newestFirst) {
    if (compareKernelVersions(kernel, change.version) < 0) {
      value = change.from;
    }
  }
  return value;
}

function describeProblem(problem: ValueProblem | TooNew, doc: SysctlKeyDoc): Localized {
  switch (problem.kind) {
    case 'too-new':
      return format(
        {
          en: 'this value is accepted only since Linux {since}; the configured kernel {kernel} (setting netstatInsight.kernelVersion) accepts {allowed}.',
          zh: '这个取值从 Linux {since} 起才支持；当前配置的内核 {kernel}（设置项 netstatInsight.kernelVersion）只接受 {allowedZh}。',
        },
        { since: problem.since, kernel: problem.kernel, allowed: problem.allowed.join(', '), allowedZh: problem.allowed.join('、') },
      );
    case 'empty':
      return { en: 'the value is empty.', zh: '值为空。' };
    case 'inline-comment':
      return {
        en: 'sysctl files have no end-of-line comments; everything after "=" is the value. Move the comment to a line of its own.',
        zh: 'sysctl 配置文件不支持行尾注释，“=” 之后的全部内容都会被当作值。请把注释单独放一行。',
      };
    case 'not-integer':
      return format({ en: '"{item}" is not an integer.', zh: '“{item}” 不是整数。' }, { item: shortenedValue(problem.item) });
    case 'out-of-range':
      return format(
        { en: '{item} is outside the accepted range {range}.', zh: '{item} 超出了允许的范围 {range}。' },
        { item: shortenedValue(problem.item), range: rangeText(problem.min, problem.max) },
      );
    case 'not-allowed':
      return {
        en: `accepted values are ${problem.allowed.join(', ')}.`,
        zh: `允许的取值为 ${problem.allowed.join('、')}。`,
      };
    case 'item-count':
      return format(
        { en: 'expected {expected} numbers separated by spaces or tabs, found {actual}{example}.', zh: '应为 {expected} 个用空格或 Tab 分隔的数字，实际有 {actual} 个{exampleZh}。' },
        {
          expected: problem.expected,
          actual: problem.actual,
          example: doc.default ? ` (e.g. "${doc.default.replace(/\t/g, ' ')}")` : '',
          exampleZh: doc.default ? `（例如 “${doc.default.replace(/\t/g, ' ')}”）` : '',
        },
      );
  }
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) {
    return `${min}–${max}`;
  }
  return min !== undefined ? `≥ ${min}` : `≤ ${max}`;
}
