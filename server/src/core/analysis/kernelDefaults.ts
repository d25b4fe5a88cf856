import { defaultIn, keyInKernel, NEWEST_KERNEL } from '../knowledge/kernels/index';
import { findKeyDoc, segmentsOfDottedKey, templateKey } from '../knowledge/sysctlKeys';
import { compareKernelVersions } from '../rules/sysctl/keyAvailability';
import { parseKernelInteger, valueItems } from './sysctlValue';

/**
 * The kernel's own default of a key, as `sysctl` prints it, on the kernel `kernel` names
 * (`major.minor`, or a longer release such as `5.15.0-91-generic`); without one, the newest kernel
 * the knowledge base describes. An undocumented key takes the default its kernel source sets, from
 * the per-version catalogs (knowledge/kernels), when that is a plain number. Undefined when none is known, when its default depends
 * on the machine (RAM, CPUs, build options: documented as null), or when the kernel cannot be
 * placed before or after a documented change of default, or when that kernel lacks the key.
 *
 * Every rule and feature that compares with "the default" asks here, so per-version tables can
 * replace the knowledge base's `default` + `defaultChanges` in one place.
 */
export function kernelDefaultOf(key: string, kernel?: string): string | undefined {
  const template = templateKey(segmentsOfDottedKey(key));
  // A kernel without the key has no default for it (a distribution may have backported it, with its own).
  if (kernel !== undefined && keyInKernel(template, kernel) === false) {
    return undefined;
  }
  const doc = findKeyDoc(template);
  if (!doc) {
    // Undocumented: the per-version catalogs know the plain defaults their sources set.
    const version = kernel === undefined ? NEWEST_KERNEL : versionOf(kernel);
    return version === undefined ? undefined : defaultIn(template, version);
  }
  if (doc.default === null) {
    return undefined;
  }
  const changes = doc.defaultChanges ?? [];
  if (kernel === undefined) {
    return doc.default;
  }
  const version = versionOf(kernel);
  if (version === undefined) {
    return changes.length === 0 ? doc.default : undefined;
  }
  // The oldest change after the kernel says what the default was before it.
  const later = changes.filter((change) => compareKernelVersions(version, change.version) < 0).sort((a, b) => compareKernelVersions(a.version, b.version));
  const standard = later.length > 0 ? later[0].from : doc.default;
  // A default the kernel does not accept yet (tcp_tw_reuse = 2 before 4.18) means its real default is not recorded.
  const acceptedSince = doc.values?.find((value) => value.value === standard)?.since;
  return acceptedSince !== undefined && compareKernelVersions(version, acceptedSince) < 0 ? undefined : standard;
}

/** `5.15.0-91-generic` → `5.15`; undefined for anything that does not start with a version. */
export function versionOf(kernel: string): string | undefined {
  const match = /^\s*(\d{1,3})\.(\d{1,3})/.exec(kernel);
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

/**
 * True when two values read the same to the kernel: list items compare one by one, whatever blanks
 * separate them, and `0x10` equals `16`.
 */
export function sameSysctlValue(a: string, b: string): boolean {
  const left = valueItems(a);
  const right = valueItems(b);
  return left.length === right.length && left.every((item, index) => item === right[index] || sameInteger(item, right[index]));
}

function sameInteger(a: string, b: string): boolean {
  const left = parseKernelInteger(a);
  return left !== undefined && left === parseKernelInteger(b);
}

/** How a message names the chosen kernel: `Linux 6.18` for a version, a distribution name as it is. */
export function kernelLabel(kernel: string): string {
  const version = versionOf(kernel);
  return version === undefined ? kernel : `Linux ${version}`;
}
