import { format, type Localized } from '../../i18n/localized';
import { INTERFACE_PLACEHOLDER, isFullyCatalogued, segmentsOfDottedKey, suggestKeys } from '../../knowledge/sysctlKeys';
import type { SysctlEntry } from '../../model/sysctlFile';
import { isSlashSeparated } from '../../parsers/sysctlFile';
import type { Finding, TextEditProposal } from '../finding';
import type { ResolvedEntry, SysctlRule } from './sysctlRule';

/**
 * A key the target kernel (`netstatInsight.kernelVersion`) does not have: unknown to the
 * catalog, or documented as added in a later release. Outside the directories the catalog covers fully
 * (vm, kernel, module trees…) the set of keys depends on the kernel build, so there the rule only
 * speaks when a known key is a likely typo.
 */
export const unknownKey: SysctlRule = {
  code: 'sysctl.unknown-key',
  check({ file, entries, settings }) {
    if (file.isSnapshot) {
      return [];
    }
    const findings: Finding[] = [];
    for (const resolved of entries) {
      if (resolved.entry.isGlob) {
        continue;
      }
      if (resolved.status.kind === 'too-new') {
        findings.push(tooNewFinding(this.code, resolved.entry, resolved.status.since, settings.kernelVersion));
        continue;
      }
      if (resolved.status.kind !== 'unknown') {
        continue;
      }
      const suggestions = suggestKeys(resolved.template);
      if (suggestions.length === 0 && !isFullyCatalogued(resolved.template)) {
        continue;
      }
      findings.push(toFinding(this.code, resolved, suggestions, settings.kernelVersion));
    }
    return findings;
  },
};

function toFinding(code: string, resolved: ResolvedEntry, suggestions: readonly string[], kernel: string): Finding {
  const { entry } = resolved;
  const values = {
    key: entry.key,
    kernel,
    suggestion: suggestions.map((key) => concreteKey(key, entry)).join(', '),
  };
  const hint: Localized = suggestions.length
    ? format({ en: ' Did you mean {suggestion}?', zh: '是不是想写 {suggestion}？' }, values)
    : { en: '', zh: '' };
  const consequence = failureConsequence(entry);
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

/** A documented key that appeared after the target kernel: it fails there exactly like a typo. */
function tooNewFinding(code: string, entry: SysctlEntry, since: string, kernel: string): Finding {
  const values = { key: entry.key, since, kernel };
  const message = format(
    {
      en: '{key} was added in Linux {since}, so the configured kernel {kernel} (setting netstatInsight.kernelVersion) does not have it yet.',
      zh: '{key} 是 Linux {since} 才加入的参数，当前配置的内核版本 {kernel}（设置项 netstatInsight.kernelVersion）还没有它。',
    },
    values,
  );
  const consequence = failureConsequence(entry);
  return {
    code,
    severity: 'warning',
    line: entry.line,
    span: entry.keySpan,
    message: { en: `${message.en}${consequence.en}`, zh: `${message.zh}${consequence.zh}` },
  };
}

function failureConsequence(entry: SysctlEntry): Localized {
  return entry.ignoreFailure
    ? { en: ' The leading "-" hides the failure, so the setting silently does nothing.', zh: '行首的 “-” 会吞掉这个错误，于是这行配置悄无声息地不生效。' }
    : format(
        { en: ' Applying it fails with "cannot stat {path}: No such file or directory".', zh: '加载时会报错 “cannot stat {path}: No such file or directory”。' },
        { path: `/proc/sys/${entry.segments.join('/')}` },
      );
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
