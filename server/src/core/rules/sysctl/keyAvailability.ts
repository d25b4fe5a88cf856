import { format } from '../../i18n/localized';
import {
  compareKernelVersions,
  keyInKernel,
  releaseRange,
  removedInOf,
  resolveKernelChoice,
  sinceOf,
  type KernelChoice,
} from '../../knowledge/kernels/index';
import type { RemovedSysctlKey } from '../../knowledge/removedSysctlKeys';
import { keyStatus, type KeyStatus } from '../../knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../../knowledge/types';
import { CappedFindings } from '../cappedFindings';
import type { SysctlRule } from './sysctlRule';

export { compareKernelVersions };

/**
 * What a key is on the kernel the user targets (`netstatInsight.kernelVersion`), not only on the
 * reference kernel: the per-version catalogs (knowledge/kernels) say whether that release has it.
 * On a plain release a key added later is `too-new` and one dropped earlier is `removed`; on a
 * distribution the key is taken as present (vendors backport), and `notInDistributionBase` below
 * says so as information.
 */
export type KernelKeyStatus = KeyStatus | { readonly kind: 'too-new'; readonly doc?: SysctlKeyDoc; readonly since: string };

/** `kernelVersion` is the setting's release; `distribution` its distribution name, when one was chosen. */
export function keyStatusOnKernel(templatedKey: string, kernelVersion: string, distribution?: string): KernelKeyStatus {
  const status = keyStatus(templatedKey);
  const choice = kernelChoiceOf(kernelVersion, distribution);
  if (choice.distribution?.vendorKeys.has(templatedKey)) {
    return 'doc' in status && status.kind === 'documented' ? status : { kind: 'known' };
  }
  if (status.kind === 'removed') {
    return removedStatusOnKernel(status, templatedKey, choice);
  }
  const present = keyInKernel(templatedKey, { version: choice.version });
  const doc = status.kind === 'documented' ? status.doc : undefined;
  const known: KeyStatus = status.kind === 'unknown' && present !== undefined ? { kind: 'known' } : status;
  if (present === true || choice.distribution) {
    return known;
  }
  const since = sinceOf(templatedKey);
  if (doc?.since && compareKernelVersions(choice.version, doc.since) < 0) {
    return { kind: 'too-new', doc, since: doc.since };
  }
  if (present === undefined) {
    return known;
  }
  if (since && compareKernelVersions(choice.version, since.first) < 0) {
    return { kind: 'too-new', doc, since: releaseRange(since) };
  }
  const removal = removedInOf(templatedKey);
  if (removal && compareKernelVersions(choice.version, removal.first) >= 0) {
    return { kind: 'removed', entry: catalogRemoval(templatedKey, releaseRange(removal), removal.lastSeen) };
  }
  return known;
}

function kernelChoiceOf(kernelVersion: string, distribution: string | undefined): KernelChoice {
  const named = distribution ? resolveKernelChoice(distribution) : undefined;
  return named?.distribution ? named : resolveKernelChoice(kernelVersion);
}

/** A key the knowledge base lists as removed still exists on a kernel older than its removal. */
function removedStatusOnKernel(status: Extract<KeyStatus, { kind: 'removed' }>, templatedKey: string, choice: KernelChoice): KernelKeyStatus {
  const removedIn = 'doc' in status ? status.doc.removedIn : status.entry.removedIn;
  const stillThere = removedIn ? compareKernelVersions(choice.version, removedIn) < 0 : keyInKernel(templatedKey, { version: choice.version }) === true;
  if (!stillThere) {
    return status;
  }
  // Removed again soon after it came (numa_balancing_settle_count: 3.13 only): older kernels lack it too.
  // A distribution's kernel may carry it anyway, as for keys newer than its base.
  if ('doc' in status && status.doc.since && !choice.distribution && compareKernelVersions(choice.version, status.doc.since) < 0) {
    return { kind: 'too-new', doc: status.doc, since: status.doc.since };
  }
  return 'doc' in status ? { kind: 'documented', doc: status.doc } : { kind: 'known' };
}

function catalogRemoval(key: string, removedIn: string, lastSeen: string): RemovedSysctlKey {
  return {
    key,
    removedIn,
    note: format(
      {
        en: 'Linux {lastSeen} still has it; the kernel sources from {removedIn} on no longer define it.',
        zh: 'Linux {lastSeen} 里还有这个参数，从 {removedIn} 起的内核源码中已不再定义它。',
      },
      { lastSeen, removedIn },
    ),
  };
}

/**
 * With a distribution chosen (`rhel8`, `ubuntu-22.04`, …), a key that mainline Linux added after the
 * distribution's base release: its kernel may have it as a backport, so this is information, never
 * an error. Keys found in the distribution's own kernel source are said to be there.
 */
export const notInDistributionBase: SysctlRule = {
  code: 'sysctl.not-in-distribution-base',
  check({ file, entries, settings }) {
    const choice = kernelChoiceOf(settings.kernelVersion, settings.kernelDistribution);
    const distribution = choice.distribution;
    if (file.isSnapshot || !distribution) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'information');
    for (const { entry, template } of entries) {
      if (entry.isGlob || keyInKernel(template, { version: distribution.base }) !== false) {
        continue;
      }
      const since = sinceOf(template);
      if (!since || compareKernelVersions(distribution.base, since.first) >= 0) {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.keySpan);
        continue;
      }
      const values = { key: entry.key, base: distribution.base, since: releaseRange(since), en: distribution.label.en, zh: distribution.label.zh };
      const message = distribution.vendorKeys.has(template)
        ? format(
            {
              en: '{key} is not in mainline Linux {base} (it came in {since}), but the {en} kernel source has it as a backport.',
              zh: '{key} 不在主线 Linux {base} 中（{since} 才加入），但 {zh} 的内核源码里回移（backport）了它。',
            },
            values,
          )
        : format(
            {
              en: '{key} is not in mainline Linux {base} (it came in {since}); it may be backported in {en}. Check with `sysctl {key}` on the target machine before relying on it.',
              zh: '{key} 不在主线 Linux {base} 中（{since} 才加入），{zh} 的内核可能回移（backport）了它。依赖它之前，请在目标机器上用 `sysctl {key}` 确认。',
            },
            values,
          );
      findings.add({ code: this.code, severity: 'information', line: entry.line, span: entry.keySpan, message });
    }
    return findings.result({
      en: '{hidden} more keys from here on are newer than the distribution\'s mainline base and are not listed one by one.',
      zh: '从这里开始还有 {hidden} 个参数比该发行版所基于的主线内核更新，不再逐个列出。',
    });
  },
};
