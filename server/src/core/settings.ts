import type { DisplayLanguage } from './i18n/localized';
import { NEWEST_KERNEL, resolveKernelChoice } from './knowledge/kernels/index';

/** How loudly a diagnostic speaks, as the `netstatInsight.diagnostics.severity` setting spells it. */
export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** How much a hover says (`netstatInsight.hover.detail`): the essentials with a link to the rest, or everything. */
export type HoverDetail = 'brief' | 'full';

/** A load balancer or firewall that forgets idle TCP flows after `seconds`. */
export interface IdleTimeout {
  readonly name: string;
  readonly seconds: number;
}

/** Limits of every rule; each one is a `netstatInsight.thresholds.<name>` setting. */
export interface Thresholds {
  /** CLOSE_WAIT sockets in one group (port + process) before warning. */
  readonly closeWait: number;
  /** TIME_WAIT sockets in one group (server port, or upstream) before warning. */
  readonly timeWait: number;
  /** SYN_RECV sockets on one listening port before warning. */
  readonly synRecv: number;
  /** SYN_SENT sockets towards one remote endpoint before warning… */
  readonly synSent: number;
  /** …and the share (%) of that remote's sockets they must make up, so a busy pool stays quiet. */
  readonly synSentShare: number;
  /** FIN_WAIT2 sockets in one group before warning. */
  readonly finWait2: number;
  /** FIN_WAIT1 + CLOSING + LAST_ACK sockets in one group before warning. */
  readonly closingStates: number;
  /** Share (%) of the ephemeral port range one (local address, remote endpoint) pair may use. */
  readonly ephemeralPortShare: number;
  /**
   * Recv-Q or Send-Q (bytes) from which an established socket counts as backed up… An application
   * that stops reading parks about half its receive buffer, ~64 KB with default buffers, so the
   * limit must sit below that.
   */
  readonly queueBytes: number;
  /** …how many such sockets one group needs… */
  readonly queueSockets: number;
  /** …and which share (%) of the group's established sockets they must be. */
  readonly queueShare: number;
  /** ListenOverflows/ListenDrops (netstat -s) from which the counter is reported. */
  readonly listenDrops: number;
  /** Orphaned sockets (ss -s) as a share (%) of net.ipv4.tcp_max_orphans. */
  readonly orphanShare: number;
  /** Net growth of a TCP state across a pasted series (never falling) from which it is reported; CLOSE_WAIT needs none. */
  readonly trendGrowth: number;
}

/** Everything the core needs from the user's settings, already resolved (no `auto`). */
export interface InsightSettings {
  readonly language: DisplayLanguage;
  readonly thresholds: Thresholds;
  /** Per diagnostic code; codes not listed keep their default severity. */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  /** How many ports, hosts and processes the summary lists. */
  readonly topCount: number;
  /** `major.minor` of the kernel the sysctl files are meant for (a distribution's mainline base): decides which keys exist. */
  readonly kernelVersion: string;
  /** The distribution named by `netstatInsight.kernelVersion` (`rhel8`, `debian-12`, …), when one was. */
  readonly kernelDistribution?: string;
  /** Idle timeouts that tcp_keepalive_time is compared with. */
  readonly idleTimeouts: readonly IdleTimeout[];
  readonly hoverDetail: HoverDetail;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  closeWait: 10,
  timeWait: 1000,
  synRecv: 100,
  synSent: 10,
  synSentShare: 50,
  finWait2: 100,
  closingStates: 50,
  ephemeralPortShare: 50,
  queueBytes: 32768,
  queueSockets: 5,
  queueShare: 50,
  listenDrops: 100,
  orphanShare: 50,
  trendGrowth: 100,
};

/** Shares are percentages; everything else counts sockets, bytes or events. */
const PERCENT_THRESHOLDS: ReadonlySet<keyof Thresholds> = new Set(['synSentShare', 'ephemeralPortShare', 'queueShare', 'orphanShare']);

export const DEFAULT_IDLE_TIMEOUTS: readonly IdleTimeout[] = [
  { name: 'F5 BIG-IP', seconds: 300 },
  { name: 'AWS Network Load Balancer', seconds: 350 },
];

export const DEFAULT_SETTINGS: InsightSettings = {
  language: 'en',
  thresholds: DEFAULT_THRESHOLDS,
  severity: {},
  topCount: 10,
  kernelVersion: NEWEST_KERNEL,
  idleTimeouts: DEFAULT_IDLE_TIMEOUTS,
  hoverDetail: 'brief',
};

const SEVERITY_SETTINGS: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Builds settings from whatever the client sent, falling back to defaults for missing or bad values. */
export function settingsFrom(raw: unknown, language: DisplayLanguage): InsightSettings {
  const section = isRecord(raw) ? raw : {};
  const thresholds = isRecord(section.thresholds) ? section.thresholds : {};
  const diagnostics = isRecord(section.diagnostics) ? section.diagnostics : {};
  const summary = isRecord(section.summary) ? section.summary : {};
  const hover = isRecord(section.hover) ? section.hover : {};
  const severity: Record<string, SeveritySetting> = {};
  if (isRecord(diagnostics.severity)) {
    for (const [code, value] of Object.entries(diagnostics.severity)) {
      if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) {
        severity[code] = value as SeveritySetting;
      }
    }
  }
  const resolvedThresholds = Object.fromEntries(
    (Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]).map((name) => {
      const value = positiveInteger(thresholds[name], DEFAULT_THRESHOLDS[name]);
      return [name, PERCENT_THRESHOLDS.has(name) ? Math.min(100, value) : value];
    }),
  ) as unknown as Thresholds;
  return {
    language,
    thresholds: resolvedThresholds,
    severity,
    topCount: Math.min(50, positiveInteger(summary.topCount, DEFAULT_SETTINGS.topCount)),
    ...kernelSettingsOf(section.kernelVersion),
    idleTimeouts: idleTimeoutsOf(diagnostics.idleTimeouts),
    hoverDetail: hover.detail === 'full' ? 'full' : 'brief',
  };
}

/**
 * Applies a language's overrides (`"[sysctl]": { "netstatInsight.thresholds.closeWait": 5 }`, read
 * as the configuration section `[sysctl]`) on top of the `netstatInsight` section.
 */
export function withLanguageOverrides(section: unknown, overrides: unknown): unknown {
  if (!isRecord(overrides)) {
    return section;
  }
  const merged: Record<string, unknown> = structuredClone(isRecord(section) ? section : {});
  for (const [dottedKey, value] of Object.entries(overrides)) {
    const path = dottedKey.split('.');
    // A workspace's settings file is input too: `netstatInsight.__proto__.x` must not reach Object.prototype.
    if (path[0] !== 'netstatInsight' || path.length < 2 || path.some((segment) => UNSAFE_KEYS.has(segment))) {
      continue;
    }
    let target = merged;
    for (const segment of path.slice(1, -1)) {
      if (!Object.hasOwn(target, segment) || !isRecord(target[segment])) {
        target[segment] = {};
      }
      target = target[segment] as Record<string, unknown>;
    }
    const leaf = path[path.length - 1];
    // An object setting (the severity map) overrides per entry, as VS Code merges it.
    target[leaf] = isRecord(value) && isRecord(target[leaf]) ? { ...(target[leaf] as Record<string, unknown>), ...value } : value;
  }
  return merged;
}

/** Names that reach an object's prototype when used as keys. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `6.1`, `5.15.0-91-generic` → `major.minor`; `rhel8` → its base `4.18` and the name; anything else: the newest kernel. */
function kernelSettingsOf(value: unknown): Pick<InsightSettings, 'kernelVersion' | 'kernelDistribution'> {
  const choice = resolveKernelChoice(value);
  return choice.distribution ? { kernelVersion: choice.version, kernelDistribution: choice.distribution.name } : { kernelVersion: choice.version };
}

function idleTimeoutsOf(value: unknown): readonly IdleTimeout[] {
  if (!Array.isArray(value)) {
    return DEFAULT_IDLE_TIMEOUTS;
  }
  return value
    .filter(isRecord)
    .filter((entry) => typeof entry.name === 'string' && entry.name.trim() !== '' && typeof entry.seconds === 'number' && entry.seconds > 0)
    .map((entry) => ({ name: (entry.name as string).trim(), seconds: entry.seconds as number }));
}

function positiveInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
