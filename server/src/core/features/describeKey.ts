import type { Localized } from '../i18n/localized';
import { keyStatus, REFERENCE_KEYS, templateKey } from '../knowledge/sysctlKeys';
import type { SysctlRange, SysctlUnit, SysctlValueType } from '../knowledge/types';
import { vendorKeyOf, type VendorSysctlKey } from '../knowledge/vendorSysctlKeys';
import { keySegments } from '../parsers/sysctlFile';
import { vendorDistributions } from './vendorKeyHover';

/**
 * What `netstatInsight/describeKey` answers: the facts of one key as plain data, for other tools and
 * extensions. Fields the knowledge base does not know are null rather than absent, so callers can
 * rely on the shape.
 */
export interface KeyDescription {
  /** The key in the dotted form `sysctl -a` prints (a dot inside an interface name written `/`). */
  readonly key: string;
  /** The form it is documented under: interface names become `<iface>`. */
  readonly template: string;
  /** False for a key the reference kernel has but the knowledge base does not describe yet. */
  readonly documented: boolean;
  readonly type: SysctlValueType | null;
  readonly unit: SysctlUnit | null;
  /** As the kernel prints it (tabs between list items); null when it depends on the machine or is unknown. */
  readonly default: string | null;
  readonly range: SysctlRange | null;
  readonly since: string | null;
  readonly removedIn: string | null;
  /** Null when not known. */
  readonly perNamespace: boolean | null;
  readonly related: readonly string[];
  /** Null when the key is not described yet. */
  readonly summary: Localized | null;
  /** For a key only patched distribution kernels have (mainline never had it); null for every other key. */
  readonly vendor: VendorKernels | null;
}

export interface VendorKernels {
  /** The kernels that have it, in words: "Red Hat Enterprise Linux 7 kernels". */
  readonly kernels: Localized;
  /** The `netstatInsight.kernelVersion` distribution names whose kernels have it (`rhel7`, `ubuntu-24.04`, …). */
  readonly distributions: readonly string[];
}

/**
 * Describes any sysctl key, dotted or `/`-separated, per-interface ones included; null when unknown.
 * `referenceKeys` lists the keys a kernel has (the reference kernel's by default).
 */
export function describeKey(rawKey: string, referenceKeys: ReadonlySet<string> = REFERENCE_KEYS): KeyDescription | null {
  const segments = keySegments(rawKey.trim());
  if (!segments) {
    return null;
  }
  const key = segments.map((segment) => segment.replace(/\./g, '/')).join('.');
  const template = templateKey(segments);
  const status = keyStatus(template, referenceKeys);
  if (status.kind === 'unknown') {
    const vendor = vendorKeyOf(template);
    return vendor ? vendorOnly(key, template, vendor) : null;
  }
  if (status.kind === 'known') {
    return undescribed(key, template);
  }
  if ('entry' in status) {
    return { ...undescribed(key, template), removedIn: status.entry.removedIn ?? null, summary: status.entry.note };
  }
  const doc = status.doc;
  return {
    key,
    template,
    documented: true,
    type: doc.type,
    unit: doc.unit ?? null,
    default: doc.default,
    range: doc.range ?? null,
    since: doc.since ?? null,
    removedIn: doc.removedIn ?? null,
    perNamespace: doc.perNamespace,
    related: doc.related,
    summary: doc.summary,
    vendor: null,
  };
}

/** What the vendor tree says of a key mainline lacks; every such key lives in the initial namespace only. */
function vendorOnly(key: string, template: string, vendor: VendorSysctlKey): KeyDescription {
  const facts = vendor.facts;
  return {
    ...undescribed(key, template),
    documented: true,
    type: facts?.type ?? null,
    default: facts ? facts.default : null,
    range: facts?.range ?? null,
    perNamespace: false,
    summary: vendor.note,
    vendor: { kernels: vendor.kernels, distributions: vendorDistributions(vendor.key).map((distribution) => distribution.name) },
  };
}

function undescribed(key: string, template: string): KeyDescription {
  return {
    key,
    template,
    documented: false,
    type: null,
    unit: null,
    default: null,
    range: null,
    since: null,
    removedIn: null,
    perNamespace: null,
    related: [],
    summary: null,
    vendor: null,
  };
}
