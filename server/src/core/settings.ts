import type { DisplayLanguage } from './i18n/localized';

/** How loudly a diagnostic speaks, as the `netstatInsight.diagnostics.severity` setting spells it. */
export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** Everything the core needs from the user's settings, already resolved (no `auto`). */
export interface InsightSettings {
  readonly language: DisplayLanguage;
  readonly thresholds: {
    /** CLOSE_WAIT sockets in one group (port + process) before warning. */
    readonly closeWait: number;
    /** TIME_WAIT sockets in one group (server port, or upstream) before warning. */
    readonly timeWait: number;
    /** SYN_RECV sockets on one listening port before warning. */
    readonly synRecv: number;
  };
  /** Per diagnostic code; codes not listed keep their default severity. */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  /** How many ports, hosts and processes the summary lists. */
  readonly topCount: number;
}

export const DEFAULT_SETTINGS: InsightSettings = {
  language: 'en',
  thresholds: { closeWait: 10, timeWait: 1000, synRecv: 100 },
  severity: {},
  topCount: 10,
};

const SEVERITY_SETTINGS: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Builds settings from whatever the client sent, falling back to defaults for missing or bad values. */
export function settingsFrom(raw: unknown, language: DisplayLanguage): InsightSettings {
  const section = isRecord(raw) ? raw : {};
  const thresholds = isRecord(section.thresholds) ? section.thresholds : {};
  const diagnostics = isRecord(section.diagnostics) ? section.diagnostics : {};
  const summary = isRecord(section.summary) ? section.summary : {};
  const severity: Record<string, SeveritySetting> = {};
  if (isRecord(diagnostics.severity)) {
    for (const [code, value] of Object.entries(diagnostics.severity)) {
      if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) {
        severity[code] = value as SeveritySetting;
      }
    }
  }
  return {
    language,
    thresholds: {
      closeWait: positiveInteger(thresholds.closeWait, DEFAULT_SETTINGS.thresholds.closeWait),
      timeWait: positiveInteger(thresholds.timeWait, DEFAULT_SETTINGS.thresholds.timeWait),
      synRecv: positiveInteger(thresholds.synRecv, DEFAULT_SETTINGS.thresholds.synRecv),
    },
    severity,
    topCount: Math.min(50, positiveInteger(summary.topCount, DEFAULT_SETTINGS.topCount)),
  };
}

function positiveInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
