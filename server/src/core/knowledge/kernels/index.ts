import type { Localized } from '../../i18n/localized';
import { VENDOR_SYSCTL_KEYS } from '../vendorSysctlKeys';
import catalogs from './catalogs.json';

/**
 * The sysctl keys of the mainline kernels people run, read from their sources by
 * scripts/build-kernel-catalogs.mjs (catalogs.json says which tree and commit each came from).
 * A key is stored once, with the catalogs that have it as a bit mask, plus its mode, default and
 * namespace behaviour only where they differ from the usual or change between versions.
 *
 * Keys are in documented form: interface names are `<iface>` (net.ipv4.conf.<iface>.rp_filter).
 */

type VersionedValues = readonly (readonly [string, string | null])[];

interface CatalogFile {
  readonly versions: readonly string[];
  readonly devconfInheritSince: string | null;
  readonly devconfFromCreatorSince: string | null;
  readonly keys: Readonly<Record<string, number>>;
  readonly modes: Readonly<Record<string, VersionedValues>>;
  readonly defaults: Readonly<Record<string, VersionedValues>>;
  readonly copiesHost: Readonly<Record<string, readonly string[]>>;
  readonly vendorKeys: Readonly<Record<string, readonly string[]>>;
}

const CATALOGS = catalogs as unknown as CatalogFile;

/** The catalogued releases, oldest first. */
export const KERNEL_VERSIONS: readonly string[] = CATALOGS.versions;

/** The newest catalogued release: what `netstatInsight.kernelVersion` means when empty. */
export const NEWEST_KERNEL: string = KERNEL_VERSIONS[KERNEL_VERSIONS.length - 1];

const MASKS: ReadonlyMap<string, number> = new Map(Object.entries(CATALOGS.keys));

/** The top directories of /proc/sys some catalogued kernel has (`net`, `kernel`, … and `coda`, `xen`, …), sorted. */
export const CATALOG_ROOTS: readonly string[] = [...new Set([...MASKS.keys()].map((key) => key.slice(0, key.indexOf('.'))))].sort();
const MODES: ReadonlyMap<string, VersionedValues> = new Map(Object.entries(CATALOGS.modes));
const DEFAULTS: ReadonlyMap<string, VersionedValues> = new Map(Object.entries(CATALOGS.defaults));
const COPIES_HOST: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(CATALOGS.copiesHost));

/** A distribution name of `netstatInsight.kernelVersion`, with the mainline release its kernel is built on. */
export interface Distribution {
  readonly name: string;
  readonly label: Localized;
  readonly base: string;
  /** Keys its kernel has beyond mainline `base`: vendor patches and backports found in its source. */
  readonly vendorKeys: ReadonlySet<string>;
}

const DISTRIBUTION_BASES: readonly (readonly [string, string, Localized])[] = [
  ['rhel7', '3.10', { en: 'RHEL 7', zh: 'RHEL 7' }],
  ['rhel8', '4.18', { en: 'RHEL 8', zh: 'RHEL 8' }],
  ['rhel9', '5.14', { en: 'RHEL 9', zh: 'RHEL 9' }],
  ['ubuntu-20.04', '5.4', { en: 'Ubuntu 20.04', zh: 'Ubuntu 20.04' }],
  ['ubuntu-22.04', '5.15', { en: 'Ubuntu 22.04', zh: 'Ubuntu 22.04' }],
  ['ubuntu-24.04', '6.8', { en: 'Ubuntu 24.04', zh: 'Ubuntu 24.04' }],
  ['debian-11', '5.10', { en: 'Debian 11', zh: 'Debian 11' }],
  ['debian-12', '6.1', { en: 'Debian 12', zh: 'Debian 12' }],
  ['debian-13', '6.12', { en: 'Debian 13', zh: 'Debian 13' }],
];

export const DISTRIBUTIONS: ReadonlyMap<string, Distribution> = new Map(
  DISTRIBUTION_BASES.map(([name, base, label]) => [
    name,
    {
      name,
      label,
      base,
      vendorKeys: new Set([
        ...(Object.hasOwn(CATALOGS.vendorKeys, name) ? CATALOGS.vendorKeys[name] : []),
        ...VENDOR_SYSCTL_KEYS.filter((entry) => entry.distributions.includes(name)).map((entry) => entry.key),
      ]),
    },
  ]),
);

/** What `netstatInsight.kernelVersion` names: a release (`major.minor`), or a distribution on its base. */
export interface KernelChoice {
  readonly version: string;
  readonly distribution?: Distribution;
}

/**
 * Reads the setting: `5.15`, `5.15.0-91-generic` and `rhel8` are understood; anything else (empty,
 * `latest`, a typo) means the newest catalogued release.
 */
export function resolveKernelChoice(setting: unknown): KernelChoice {
  if (typeof setting !== 'string') {
    return { version: NEWEST_KERNEL };
  }
  const distribution = DISTRIBUTIONS.get(setting.trim().toLowerCase());
  if (distribution) {
    return { version: distribution.base, distribution };
  }
  const match = /^\s*(\d{1,3})\.(\d{1,3})/.exec(setting);
  return match ? { version: `${Number(match[1])}.${Number(match[2])}` } : { version: NEWEST_KERNEL };
}

/** Orders `major.minor[.patch]` versions numerically (4.9 < 4.12). */
export function compareKernelVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

function catalogIndex(version: string): number {
  return KERNEL_VERSIONS.indexOf(version);
}

function hasBit(mask: number, index: number): boolean {
  return index >= 0 && (mask & (1 << index)) !== 0;
}

/**
 * True when any catalogued mainline release has the key. Keys only a distribution's kernel has
 * (RHEL 7's fs.may_detach_mounts) are not: on any other kernel they are unknown.
 */
export function knownInAnyKernel(key: string): boolean {
  return MASKS.has(key);
}

/**
 * Whether the kernel has the key: exact on a catalogued release; between two catalogued releases
 * only when both agree; older than the oldest only when the key is missing there (keys present in
 * 3.10 may be older than it, or not). Undefined when it cannot be told, or the key is in no catalog.
 * A distribution answers for its base plus its known vendor keys.
 */
export function keyInKernel(key: string, kernel: string | KernelChoice): boolean | undefined {
  const choice = typeof kernel === 'string' ? resolveKernelChoice(kernel) : kernel;
  if (choice.distribution?.vendorKeys.has(key)) {
    return true;
  }
  const mask = MASKS.get(key);
  if (mask === undefined) {
    return undefined;
  }
  const exact = catalogIndex(choice.version);
  if (exact >= 0) {
    return hasBit(mask, exact);
  }
  const above = KERNEL_VERSIONS.findIndex((version) => compareKernelVersions(version, choice.version) > 0);
  if (above === 0) {
    return hasBit(mask, 0) ? undefined : false;
  }
  if (above < 0) {
    // Newer than every catalog: what the newest has is taken to be still there.
    return hasBit(mask, KERNEL_VERSIONS.length - 1) ? true : undefined;
  }
  const below = hasBit(mask, above - 1);
  return below === hasBit(mask, above) ? below : undefined;
}

/**
 * When a key appeared: `first` is the first catalogued release that has it and `after` the
 * catalogued release before it, so the key came in a release after `after`, no later than `first`.
 * `after` is absent when the oldest catalog (3.10) already has it: the key is at least that old.
 */
export interface KernelSince {
  readonly first: string;
  readonly after?: string;
}

export function sinceOf(key: string): KernelSince | undefined {
  const mask = MASKS.get(key);
  if (!mask) {
    return undefined;
  }
  const index = KERNEL_VERSIONS.findIndex((_, candidate) => hasBit(mask, candidate));
  return index === 0 ? { first: KERNEL_VERSIONS[0] } : { first: KERNEL_VERSIONS[index], after: KERNEL_VERSIONS[index - 1] };
}

/** When a key went: the first catalogued release without it after the last one with it (`lastSeen`). */
export interface KernelRemoval {
  readonly first: string;
  readonly lastSeen: string;
}

export function removedInOf(key: string): KernelRemoval | undefined {
  const mask = MASKS.get(key);
  if (!mask || hasBit(mask, KERNEL_VERSIONS.length - 1)) {
    return undefined;
  }
  let last = KERNEL_VERSIONS.length - 1;
  while (last >= 0 && !hasBit(mask, last)) {
    last--;
  }
  return { first: KERNEL_VERSIONS[last + 1], lastSeen: KERNEL_VERSIONS[last] };
}

/**
 * A release range as people write it: `5.15` when the two catalogs are consecutive releases,
 * else `4.19–5.4` (the release after `after`, up to `first`).
 */
export function releaseRange(range: KernelSince | KernelRemoval): string {
  const after = 'after' in range ? range.after : 'lastSeen' in range ? range.lastSeen : undefined;
  if (!after) {
    return range.first;
  }
  const [major, minor] = after.split('.').map(Number);
  const next = `${major}.${minor + 1}`;
  return next === range.first ? range.first : `${next}–${range.first}`;
}

/** The value at a release of a per-version list: the last change at or before it, else `initial`. */
function valueAt(changes: VersionedValues, version: string, initial: string | null): string | null {
  let value = initial;
  for (const [changedIn, changedTo] of changes) {
    if (compareKernelVersions(changedIn, version) > 0) {
      break;
    }
    value = changedTo;
  }
  return value;
}

/** A release between catalogs is answered only when the catalogs on both sides agree (else null). */
function agreedValue(changes: VersionedValues, version: string, initial: string | null): string | null {
  const value = valueAt(changes, version, initial);
  const above = KERNEL_VERSIONS.find((candidate) => compareKernelVersions(candidate, version) > 0);
  if (catalogIndex(version) >= 0 || above === undefined) {
    return value;
  }
  return valueAt(changes, above, initial) === value ? value : null;
}

/**
 * The default the source sets (as `sysctl` prints it, items separated by tabs), when it is a plain
 * number there; undefined when the key is absent from that kernel or its default was not read.
 */
export function defaultIn(key: string, kernel: string | KernelChoice): string | undefined {
  const choice = typeof kernel === 'string' ? resolveKernelChoice(kernel) : kernel;
  const changes = DEFAULTS.get(key);
  if (!changes || keyInKernel(key, { version: choice.version }) !== true) {
    return undefined;
  }
  return agreedValue(changes, choice.version, null) ?? undefined;
}

/** The file mode of /proc/sys/… (`0644`, write-only `0200`, `0600`, …) on that kernel, when it has the key. */
export function modeIn(key: string, kernel: string | KernelChoice): string | undefined {
  const choice = typeof kernel === 'string' ? resolveKernelChoice(kernel) : kernel;
  if (keyInKernel(key, { version: choice.version }) !== true) {
    return undefined;
  }
  const changes = MODES.get(key);
  return changes ? (agreedValue(changes, choice.version, '0644') ?? undefined) : '0644';
}

/** True when nobody can write the key on the newest catalogued kernel (0444: tcp_ehash_entries). */
export function isReadOnlyKey(key: string): boolean {
  const mode = modeIn(key, NEWEST_KERNEL);
  return mode !== undefined && (Number.parseInt(mode, 8) & 0o222) === 0;
}

/** True for a mode without read permission: `sysctl -a` does not print such keys (vm.drop_caches, route.flush). */
export function isWriteOnlyMode(mode: string): boolean {
  return (Number.parseInt(mode, 8) & 0o444) === 0;
}

/**
 * Where a new network namespace (a container, a pod) takes the key's value from:
 * - `copies-initial`: a copy of the host's (initial namespace's) value at creation (tcp_rmem, tcp_wmem,
 *   tcp_congestion_control);
 * - `devconf`: IPv4/IPv6 conf.all / conf.default, decided by net.core.devconf_inherit_init_net where
 *   the kernel has it (`fromCreator`: value 3, copy from the creating namespace, is known too); before
 *   it, IPv4 copies the host's values and IPv6 starts from the defaults;
 * undefined for the other keys (a per-namespace key starts from the kernel default).
 */
export type NamespaceStart =
  | { readonly kind: 'copies-initial' }
  | { readonly kind: 'devconf'; readonly family: 'ipv4' | 'ipv6'; readonly inheritKnob: boolean; readonly fromCreator: boolean };

export function namespaceStartOf(key: string, kernel: string | KernelChoice): NamespaceStart | undefined {
  const choice = typeof kernel === 'string' ? resolveKernelChoice(kernel) : kernel;
  if (keyInKernel(key, { version: choice.version }) !== true) {
    return undefined;
  }
  const copiedIn = COPIES_HOST.get(key);
  if (copiedIn) {
    const exact = catalogIndex(choice.version) >= 0;
    return (exact ? copiedIn.includes(choice.version) : compareKernelVersions(choice.version, copiedIn[0]) >= 0) ? { kind: 'copies-initial' } : undefined;
  }
  const family = key.startsWith('net.ipv4.conf.') ? 'ipv4' : key.startsWith('net.ipv6.conf.') ? 'ipv6' : undefined;
  if (!family) {
    return undefined;
  }
  const since = (first: string | null) => first !== null && compareKernelVersions(choice.version, first) >= 0;
  return { kind: 'devconf', family, inheritKnob: since(CATALOGS.devconfInheritSince), fromCreator: since(CATALOGS.devconfFromCreatorSince) };
}

/**
 * "Since" for a key the knowledge base gives no exact release for: the catalogs' range
 * (`Linux 4.19–5.4`), or, for keys the oldest catalog already has, "3.10 or earlier".
 */
export function sinceLabel(key: string): Localized | undefined {
  const since = sinceOf(key);
  if (!since) {
    return undefined;
  }
  return since.after
    ? { en: `Linux ${releaseRange(since)}`, zh: `Linux ${releaseRange(since)}` }
    : { en: `Linux ${since.first} or earlier`, zh: `Linux ${since.first} 或更早` };
}

/** "Removed in" from the catalogs (`Linux 6.13–6.18`), for a key the newest catalog lacks. */
export function removedLabel(key: string): Localized | undefined {
  const removal = removedInOf(key);
  return removal ? { en: `Linux ${releaseRange(removal)}`, zh: `Linux ${releaseRange(removal)}` } : undefined;
}

/**
 * The access a key's /proc/sys file gives on the newest kernel, when it is not the usual read-write
 * (0644): write-only keys `sysctl -a` never lists, read-only ones that refuse writes, root-only ones;
 * with the older mode when the catalogs saw it change.
 */
export function accessLabel(key: string): Localized | undefined {
  const mode = modeIn(key, NEWEST_KERNEL);
  if (!mode || mode === '0644') {
    return undefined;
  }
  const bits = Number.parseInt(mode, 8);
  const what: Localized = isWriteOnlyMode(mode)
    ? { en: `write-only (mode ${mode}): \`sysctl -a\` does not list it`, zh: `只写（权限 ${mode}）：\`sysctl -a\` 不会列出它` }
    : (bits & 0o222) === 0
      ? { en: `read-only (mode ${mode}): writing it fails`, zh: `只读（权限 ${mode}）：写入会失败` }
      : (bits & 0o044) === 0
        ? { en: `root only (mode ${mode})`, zh: `仅 root 可读写（权限 ${mode}）` }
        : { en: `mode ${mode}`, zh: `权限 ${mode}` };
  const changes = MODES.get(key) ?? [];
  const last = changes[changes.length - 1];
  const firstSeen = sinceOf(key)?.first;
  if (!last || last[0] === firstSeen) {
    return what;
  }
  const before = changes.length > 1 ? changes[changes.length - 2][1] : '0644';
  const previous = KERNEL_VERSIONS[KERNEL_VERSIONS.indexOf(last[0]) - 1];
  return { en: `${what.en}; mode ${before} up to Linux ${previous}`, zh: `${what.zh}；Linux ${previous} 及更早为 ${before}` };
}
