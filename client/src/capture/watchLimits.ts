export interface WatchLimits {
  /** Snapshots kept in the watched document; the oldest go first. */
  readonly maxSnapshots: number;
  /** Characters kept in the watched document. */
  readonly maxCharacters: number;
}

/**
 * The settings' bounds on watching: at least a second between captures (a capture itself takes tens
 * of milliseconds to seconds), and a document the editor stays responsive with.
 */
export const WATCH_INTERVAL_SECONDS = { minimum: 1, maximum: 3600, default: 5 } as const;
export const WATCH_MAX_SNAPSHOTS = { minimum: 2, maximum: 1000, default: 60 } as const;
export const WATCH_MAX_CHARACTERS = 64 * 1024 * 1024;

/** A setting's value within its bounds; the default when it is not a number. */
export function clampSetting(value: unknown, bounds: { readonly minimum: number; readonly maximum: number; readonly default: number }): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(bounds.maximum, Math.max(bounds.minimum, Math.round(value))) : bounds.default;
}

/**
 * How many of the oldest snapshots (whose lengths are `kept`, oldest first) to drop before appending
 * one of `incoming` characters, or 'too-big' when that one alone would pass the character cap.
 */
export function snapshotsToDrop(kept: readonly number[], incoming: number, limits: WatchLimits): number | 'too-big' {
  if (incoming > limits.maxCharacters) {
    return 'too-big';
  }
  let total = incoming + kept.reduce((sum, length) => sum + length, 0);
  let drop = 0;
  while (drop < kept.length && (kept.length - drop + 1 > limits.maxSnapshots || total > limits.maxCharacters)) {
    total -= kept[drop];
    drop++;
  }
  return drop;
}
