import { format, type Localized } from '../../i18n/localized';
import { INTERFACE_PLACEHOLDER, isFullyCatalogued, keyStatus, segmentsOfDottedKey, suggestKeys, templateKey } from '../../knowledge/sysctlKeys';
import type { SysctlEntry } from '../../model/sysctlFile';
import { isSlashSeparated } from '../../parsers/sysctlFile';
import type { Finding, TextEditProposal } from '../finding';
import { CappedFindings } from '../cappedFindings';
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
    const findings = new CappedFindings(this.code, 'warning');
    const suggestions = new SuggestionBudget();
    for (const resolved of entries) {
      if (resolved.entry.isGlob) {
        continue;
      }
      const { entry, status } = resolved;
      if (status.kind !== 'too-new' && status.kind !== 'unknown') {
        continue;
      }
      if (!findings.hasRoom) {
        // Past the cap only what is certainly reported is counted: outside the fully catalogued trees
        // a key is reported only with a suggestion, and suggestions are not computed any more.
        if (status.kind === 'too-new' || isFullyCatalogued(resolved.template) || vlanInterfaceSpelling(entry)) {
          findings.skip(entry.line, entry.keySpan);
        }
        continue;
      }
      if (status.kind === 'too-new') {
        findings.add(tooNewFinding(this.code, entry, status.since, settings.kernelVersion));
        continue;
      }
      const vlanKey = vlanInterfaceSpelling(entry);
      if (vlanKey) {
        findings.add(vlanFinding(this.code, entry, vlanKey, settings.kernelVersion));
        continue;
      }
      const suggested = suggestions.for(resolved.template);
      if (suggested.length === 0 && !isFullyCatalogued(resolved.template)) {
        continue;
      }
      findings.add(toFinding(this.code, resolved, suggested, settings.kernelVersion));
    }
    return findings.result({
      en: '{hidden} more keys from here on are unknown to the configured kernel and are not reported one by one. Fix the ones above first, and check that this file is meant for this kernel (setting netstatInsight.kernelVersion).',
      zh: '从这里开始还有 {hidden} 个参数在所配置的内核中不存在，不再逐个提示。请先修正上面列出的几处，并确认这个文件确实是给该版本内核用的（设置项 netstatInsight.kernelVersion）。',
    });
  },
};

/**
 * "Did you mean" lookups per validation. Each costs a pass over the known keys of similar length, so
 * a file of thousands of distinct misspelt keys must not buy thousands of them after every edit;
 * past the budget a key is still reported as unknown (in the fully catalogued trees), without a suggestion.
 */
export const MAX_SUGGESTION_LOOKUPS = 500;

class SuggestionBudget {
  private readonly byKey = new Map<string, readonly string[]>();

  for(template: string): readonly string[] {
    const known = this.byKey.get(template);
    if (known) {
      return known;
    }
    if (this.byKey.size >= MAX_SUGGESTION_LOOKUPS) {
      return [];
    }
    const suggestions = suggestKeys(template);
    this.byKey.set(template, suggestions);
    return suggestions;
  }
}

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

/**
 * `net.ipv4.conf.eth0.100.rp_filter`: the dot of a VLAN interface (eth0.100) written as a separator,
 * so sysctl looks for a directory `100` under `eth0`. Returns the key spelled correctly, when that
 * key exists: `eth0/100` in dotted form, `eth0.100` in slash form.
 */
function vlanInterfaceSpelling(entry: SysctlEntry): string | undefined {
  const segments = entry.segments;
  if (segments.length < 6) {
    return undefined;
  }
  const joined = [...segments.slice(0, 3), segments.slice(3, -1).join('.'), segments[segments.length - 1]];
  const template = templateKey(joined);
  if (!template.includes(INTERFACE_PLACEHOLDER) || keyStatus(template).kind === 'unknown') {
    return undefined;
  }
  return isSlashSeparated(entry.rawKey) ? joined.join('/') : joined.map((segment) => segment.replace(/\./g, '/')).join('.');
}

function vlanFinding(code: string, entry: SysctlEntry, replacement: string, kernel: string): Finding {
  const values = { key: entry.key, kernel, replacement, iface: entry.segments.slice(3, -1).join('.') };
  const explanation = isSlashSeparated(entry.rawKey)
    ? format(
        {
          en: ' In the "/" form, the dot of interface {iface} stays a dot: write {replacement}.',
          zh: '在 “/” 写法中，接口名 {iface} 里的点保持为点：应写作 {replacement}。',
        },
        values,
      )
    : format(
        {
          en: ' In a dotted key, a dot inside an interface name is written "/", so interface {iface} is spelled like this: {replacement}.',
          zh: '点分写法中，接口名里的点要写成 “/”，所以接口 {iface} 应写作 {replacement}。',
        },
        values,
      );
  const consequence = failureConsequence(entry);
  return {
    code,
    severity: 'warning',
    line: entry.line,
    span: entry.keySpan,
    message: {
      en: `Unknown key ${entry.key}: Linux ${kernel} has no such parameter.${explanation.en}${consequence.en}`,
      zh: `未知参数 ${entry.key}：Linux ${kernel} 中没有这个参数。${explanation.zh}${consequence.zh}`,
    },
    fixes: [
      {
        title: format({ en: 'Change to {replacement}', zh: '改为 {replacement}' }, values),
        line: entry.line,
        span: entry.keySpan,
        newText: replacement,
        isPreferred: true,
      },
    ],
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
