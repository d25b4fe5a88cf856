import { format, type Localized } from '../../i18n/localized';
import { buildConditionOf } from '../../knowledge/sysctlBuildOptions';
import {
  INTERFACE_PLACEHOLDER,
  isFullyCatalogued,
  isKnownOnSomeKernel,
  keyStatus,
  segmentsOfDottedKey,
  suggestKeys,
  SYSCTL_ROOTS,
  templateKey,
} from '../../knowledge/sysctlKeys';
import { vendorKeyOf, type VendorSysctlKey } from '../../knowledge/vendorSysctlKeys';
import type { SysctlEntry } from '../../model/sysctlFile';
import { isSlashSeparated } from '../../parsers/sysctlFile';
import type { Finding, Severity, TextEditProposal } from '../finding';
import { CappedFindings } from '../cappedFindings';
import type { ResolvedEntry, SysctlRule } from './sysctlRule';

/**
 * A key the target kernel (`netstatInsight.kernelVersion`) does not have, under every /proc/sys root:
 * a documented key added in a later release; a key only vendor kernels have; a directory /proc/sys
 * does not have; or a key no kernel we know has, with the closest known keys as "did you mean". Where
 * the catalogs cover a directory completely (net.ipv4, net.core, …), or a known key is a likely typo,
 * that is a warning; elsewhere the set of keys depends on the build and on out-of-tree modules, so a
 * key without a look-alike is information only.
 */
export const unknownKey: SysctlRule = {
  code: 'sysctl.unknown-key',
  check({ file, entries, settings }) {
    if (file.isSnapshot) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'warning');
    for (const resolved of entries) {
      if (resolved.entry.isGlob) {
        continue;
      }
      const { entry, status } = resolved;
      if (status.kind !== 'too-new' && status.kind !== 'unknown') {
        continue;
      }
      // Known to another kernel's catalog: whether the configured kernel has it is keyAvailability's to
      // say. Vendor keys keep their own message even once a distribution's catalog lists them.
      const vendor = status.kind === 'unknown' ? vendorKeyOf(resolved.template) : undefined;
      if (status.kind === 'unknown' && !vendor && isKnownOnSomeKernel(resolved.template)) {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.keySpan);
        continue;
      }
      if (status.kind === 'too-new') {
        findings.add(tooNewFinding(this.code, entry, status.since, settings.kernelVersion));
        continue;
      }
      if (vendor) {
        findings.add(vendorFinding(this.code, entry, vendor));
        continue;
      }
      const vlanKey = vlanInterfaceSpelling(entry);
      if (vlanKey) {
        findings.add(vlanFinding(this.code, entry, vlanKey, settings.kernelVersion));
        continue;
      }
      if (!SYSCTL_ROOTS.includes(entry.segments[0])) {
        findings.add(unknownRootFinding(this.code, entry));
        continue;
      }
      // Each lookup scans the known keys of similar length; the cap above bounds them to 100 per validation.
      findings.add(toFinding(this.code, resolved, suggestKeys(resolved.template), settings.kernelVersion));
    }
    return findings.result({
      en: '{hidden} more keys from here on are unknown to the configured kernel and are not reported one by one. Fix the ones above first, and check that this file is meant for this kernel (setting netstatInsight.kernelVersion).',
      zh: '从这里开始还有 {hidden} 个参数在所配置的内核中不存在，不再逐个提示。请先修正上面列出的几处，并确认这个文件确实是给该版本内核用的（设置项 netstatInsight.kernelVersion）。',
    });
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
  const catalogued = isFullyCatalogued(resolved.template);
  const certain = suggestions.length > 0 || catalogued;
  const severity: Severity = certain ? 'warning' : 'information';
  // Named for module trees only: IPv6 may be a module too, but net.ipv6 is always there in practice.
  const module = catalogued ? undefined : buildConditionOf(resolved.template)?.module;
  const what: Localized = module
    ? format(
        {
          en: 'Unknown key {key}: the {module} module, which provides this directory, has no such parameter in Linux {kernel}.',
          zh: '未知参数 {key}：提供这个目录的 {module} 模块在 Linux {kernel} 中没有这个参数。',
        },
        { ...values, module },
      )
    : format({ en: 'Unknown key {key}: Linux {kernel} has no such parameter.', zh: '未知参数 {key}：Linux {kernel} 中没有这个参数。' }, values);
  // Without a look-alike outside the fully known trees, an out-of-tree driver may still own the key.
  const doubt: Localized = certain
    ? { en: '', zh: '' }
    : format(
        {
          en: ' No kernel version known to this extension has it either; if it belongs to an out-of-tree module or a vendor kernel, check that {path} exists on the target machine.',
          zh: '本扩展已知的各个内核版本也都没有它；如果它来自树外模块或厂商内核，请确认目标机器上存在 {path}。',
        },
        { path: procPath(entry) },
      );
  return {
    code,
    severity,
    line: entry.line,
    span: entry.keySpan,
    message: { en: `${what.en}${hint.en}${doubt.en}${consequence.en}`, zh: `${what.zh}${hint.zh}${doubt.zh}${consequence.zh}` },
    fixes,
  };
}

/** A key that only patched distribution kernels have. */
function vendorFinding(code: string, entry: SysctlEntry, vendor: VendorSysctlKey): Finding {
  const consequence: Localized = entry.ignoreFailure
    ? failureConsequence(entry)
    : format(
        {
          en: ' On any other kernel, applying it fails with "cannot stat {path}: No such file or directory".',
          zh: '在其他内核上加载时会报错 “cannot stat {path}: No such file or directory”。',
        },
        { path: procPath(entry) },
      );
  // A key no supported release has any more (exec-shield) fails everywhere; the others work on their distribution.
  const severity: Severity = vendor.distributions.length === 0 ? 'warning' : 'information';
  const intro = format(
    {
      en: '{key} exists only in {kernels}; mainline Linux has no such parameter. ',
      zh: '{key} 只存在于{kernelsZh}中，主线 Linux 没有这个参数。',
    },
    { key: entry.key, kernels: vendor.kernels.en, kernelsZh: vendor.kernels.zh },
  );
  return {
    code,
    severity,
    line: entry.line,
    span: entry.keySpan,
    message: {
      en: `${intro.en}${vendor.note.en}${consequence.en}`,
      zh: `${intro.zh}${vendor.note.zh}${consequence.zh}`,
    },
  };
}

/** A first segment that is no directory of /proc/sys: `foo.bar`, or a key pasted without its root. */
function unknownRootFinding(code: string, entry: SysctlEntry): Finding {
  const values = { key: entry.key, root: entry.segments[0], roots: SYSCTL_ROOTS.join(', '), rootsZh: SYSCTL_ROOTS.join('、') };
  const message = format(
    {
      en: 'Unknown key {key}: /proc/sys has no directory "{root}"; every key starts with one of {roots}.',
      zh: '未知参数 {key}：/proc/sys 下没有 “{root}” 这个目录，所有参数都以 {rootsZh} 之一开头。',
    },
    values,
  );
  return missingKeyWarning(code, entry, message);
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
  return {
    ...missingKeyWarning(code, entry, {
      en: `Unknown key ${entry.key}: Linux ${kernel} has no such parameter.${explanation.en}`,
      zh: `未知参数 ${entry.key}：Linux ${kernel} 中没有这个参数。${explanation.zh}`,
    }),
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
  return missingKeyWarning(code, entry, message);
}

/** A warning on the key of a line that setting it fails for: `message`, then what applying it does. */
function missingKeyWarning(code: string, entry: SysctlEntry, message: Localized): Finding {
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
        { path: procPath(entry) },
      );
}

function procPath(entry: SysctlEntry): string {
  return `/proc/sys/${entry.segments.join('/')}`;
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
