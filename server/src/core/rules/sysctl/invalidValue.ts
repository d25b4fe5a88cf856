import { checkSysctlValue, shortenedValue, type ValueProblem } from '../../analysis/sysctlValue';
import { format, type Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../../knowledge/types';
import type { Finding, TextEditProposal } from '../finding';
import type { SysctlRule } from './sysctlRule';

/** A value the kernel would reject (EINVAL) or read differently from what was meant. */
export const invalidValue: SysctlRule = {
  code: 'sysctl.invalid-value',
  check({ file, entries }) {
    // sysctl -a prints what its kernel accepted; ranges of older kernels or other builds differ.
    if (file.isSnapshot) {
      return [];
    }
    const findings: Finding[] = [];
    for (const { entry, status } of entries) {
      if (status.kind !== 'documented' || entry.isGlob) {
        continue;
      }
      const problem = checkSysctlValue(status.doc, entry.value);
      if (!problem) {
        continue;
      }
      const fixes: TextEditProposal[] =
        status.doc.default !== null
          ? [
              {
                title: format({ en: 'Set to the default ({value})', zh: '改为默认值（{value}）' }, { value: status.doc.default.replace(/\t/g, ' ') }),
                line: entry.line,
                span: entry.valueSpan,
                // Spaces, as people write lists in sysctl.conf; the kernel prints tabs but reads either.
                newText: status.doc.default.replace(/\t/g, ' '),
                isPreferred: true,
              },
            ]
          : [];
      const detail = describeProblem(problem, status.doc);
      findings.push({
        code: this.code,
        severity: 'error',
        line: entry.line,
        span: entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan,
        message: {
          en: `Invalid value for ${entry.key}: ${detail.en}`,
          zh: `${entry.key} 的取值无效：${detail.zh}`,
        },
        fixes,
      });
    }
    return findings;
  },
};

function describeProblem(problem: ValueProblem, doc: SysctlKeyDoc): Localized {
  switch (problem.kind) {
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
