import { format, type Localized } from '../../i18n/localized';
import { INTERFACE_PLACEHOLDER, isFullyCatalogued, REFERENCE_KERNEL, segmentsOfDottedKey, suggestKeys } from '../../knowledge/sysctlKeys';
import type { SysctlEntry } from '../../model/sysctlFile';
import { isSlashSeparated } from '../../parsers/sysctlFile';
import type { Finding, TextEditProposal } from '../finding';
import type { ResolvedEntry, SysctlRule } from './sysctlRule';

/**
 * A key the reference kernel does not have. Outside the directories the catalog covers fully
 * (vm, kernel, module trees…) the set of keys depends on the kernel build, so there the rule only
 * speaks when a known key is a likely typo.
 */
export const unknownKey: SysctlRule = {
  code: 'sysctl.unknown-key',
  check({ file, entries }) {
    if (file.isSnapshot) {
      return [];
    }
    const findings: Finding[] = [];
    for (const resolved of entries) {
      if (resolved.status.kind !== 'unknown' || resolved.entry.isGlob) {
        continue;
      }
      const suggestions = suggestKeys(resolved.template);
      if (suggestions.length === 0 && !isFullyCatalogued(resolved.template)) {
        continue;
      }
      findings.push(toFinding(this.code, resolved, suggestions));
    }
    return findings;
  },
};

function toFinding(code: string, resolved: ResolvedEntry, suggestions: readonly string[]): Finding {
  const { entry } = resolved;
  const values = {
    key: entry.key,
    path: `/proc/sys/${entry.segments.join('/')}`,
    kernel: REFERENCE_KERNEL,
    suggestion: suggestions.map((key) => concreteKey(key, entry)).join(', '),
  };
  const hint: Localized = suggestions.length
    ? format({ en: ' Did you mean {suggestion}?', zh: ' 是不是想写 {suggestion}？' }, values)
    : { en: '', zh: '' };
  const consequence: Localized = entry.ignoreFailure
    ? { en: ' The leading "-" hides the failure, so the setting silently does nothing.', zh: ' 行首的 “-” 会吞掉这个错误，于是这行配置悄无声息地不生效。' }
    : format(
        { en: ' Applying it fails with "cannot stat {path}: No such file or directory".', zh: ' 加载时会报错 “cannot stat {path}: No such file or directory”。' },
        values,
      );
  const fixes: TextEditProposal[] = suggestions.map((suggestion, index) => {
    const replacement = concreteKey(suggestion, entry);
    return {
      title: format({ en: 'Change to {replacement}', zh: '改为 {replacement}' }, { replacement }),
      line: entry.line,
      span: entry.keySpan,
      newText: replacement,
      isPreferred: index === 0,
    };
  });
  return {
    code,
    severity: 'warning',
    line: entry.line,
    span: entry.keySpan,
    message: {
      en: `Unknown key ${values.key}: Linux ${values.kernel} has no such parameter.${hint.en}${consequence.en}`,
      zh: `未知参数 ${values.key}：Linux ${values.kernel} 中没有这个参数。${hint.zh}${consequence.zh}`,
    },
    fixes,
  };
}

/**
 * Writes a suggested key the way the user wrote theirs: the interface name put back into an
 * `<iface>` template, and slashes kept when the original used them.
 */
function concreteKey(template: string, written: SysctlEntry): string {
  const segments = segmentsOfDottedKey(template);
  const index = segments.indexOf(INTERFACE_PLACEHOLDER);
  if (index >= 0 && written.segments.length > index) {
    segments[index] = written.segments[index];
  }
  return isSlashSeparated(written.rawKey)
    ? segments.join('/')
    : segments.map((segment) => segment.replace(/\./g, '/')).join('.');
}
