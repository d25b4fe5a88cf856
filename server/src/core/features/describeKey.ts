import type { Localized } from '../i18n/localized';
import { keyStatus, REFERENCE_KEYS, templateKey } from '../knowledge/sysctlKeys';
import type { SysctlRange, SysctlUnit, SysctlValueType } from '../knowledge/types';
import { keySegments } from '../parsers/sysctlFile';

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
    return null;
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
  };
}
