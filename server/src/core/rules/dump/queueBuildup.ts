import { type ConnectionSides, processLabel } from '../../analysis/connectionSide';
import { format, type Localized } from '../../i18n/localized';
import type { SocketRow } from '../../model/socketTable';
import type { InsightSettings } from '../../settings';
import type { Finding, Severity } from '../finding';
import type { DumpRuleContext } from './dumpRule';
import { filterByColumns, groupPlace, groupRows, type IndexedRows, ROWS_PER_STEP, joinLocalized, moreNote, peerGroupKey, placeFirst, relatedRows, rowGroupOf, type RowsByState, type Steps } from './grouping';

export type QueueColumn = 'recvQ' | 'sendQ';

export interface QueueBuildup {
  /** The established sockets of the group whose queue passes the byte threshold. */
  readonly backedUp: IndexedRows;
  /** All established sockets of the group. */
  readonly groupSize: number;
  readonly totalBytes: number;
  readonly maxBytes: number;
  /** True for a group where fewer than the share threshold are backed up, kept because `minority` asked for it. */
  readonly minority: boolean;
}

/** Whether a group whose backed-up share is below the threshold is still worth a finding of its own. */
export type MinorityTest = (backedUp: number, groupSize: number, first: SocketRow) => boolean;

/**
 * Groups established sockets by service port (inbound) or upstream (outbound) and owning process,
 * and keeps the groups where enough sockets, and a large enough share of them, have a full queue.
 * One busy socket, or a few among thousands of a healthy proxy, is normal traffic.
 */
function* findQueueBuildups(rowsByState: RowsByState, column: QueueColumn, sides: ConnectionSides, settings: InsightSettings, minority?: MinorityTest): Steps<QueueBuildup[]> {
  const { queueBytes, queueSockets, queueShare } = settings.thresholds;
  // Most dumps have no queue past the threshold: then there is nothing to group (nor to decode).
  if (!(yield* anyQueueReaches(rowsByState.columns[column], rowsByState.indicesOf('ESTABLISHED'), queueBytes))) {
    return [];
  }
  const established = rowsByState.get('ESTABLISHED');
  // The queue column holds what the row's queue says (0 when it has none), without decoding the row.
  const queue = rowsByState.columns[column];
  const groups = yield* groupRows(
    established,
    (row) => row[column] !== undefined,
    (row) => `${peerGroupKey(row, sides)}|${processLabel(row)}`,
  );
  const buildups: QueueBuildup[] = [];
  for (const group of groups.values()) {
    const backedUp = yield* filterByColumns(group, (index) => queue[index] >= queueBytes);
    const isMinority = (backedUp.length / group.length) * 100 < queueShare;
    if (backedUp.length < queueSockets || (isMinority && !minority?.(backedUp.length, group.length, backedUp.row(0)))) {
      continue;
    }
    let totalBytes = 0;
    let maxBytes = -Infinity;
    for (const index of backedUp.indices) {
      totalBytes += queue[index];
      maxBytes = Math.max(maxBytes, queue[index]);
    }
    buildups.push({ backedUp, groupSize: group.length, totalBytes, maxBytes, minority: isMinority });
  }
  return buildups;
}

/** 1536 → "1.5 KiB", as people read queue sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** A finding for groups where only a minority is backed up: which groups, and what is said of them. */
export interface MinorityRule {
  readonly test: MinorityTest;
  finding(buildup: QueueBuildup, settings: InsightSettings): Finding;
}

/** What tells the Recv-Q rule and the Send-Q rule apart: their code, severity and words. */
export interface QueueRuleTexts {
  readonly code: string;
  readonly column: QueueColumn;
  readonly severity: Severity;
  /** Follows "{count} of {size} established connections (held by {process})"; may use {threshold}, {total}, {max}. */
  readonly explanation: Localized;
  readonly relatedLabel: Localized;
  readonly groupLabel: Localized;
}

/** Whether the queue column holds at least `bytes` on one of the rows at `indices`. */
function* anyQueueReaches(queue: Float64Array, indices: readonly number[], bytes: number): Steps<boolean> {
  for (let index = 0; index < indices.length; index++) {
    if (index > 0 && index % ROWS_PER_STEP === 0) {
      yield;
    }
    if (queue[indices[index]] >= bytes) {
      return true;
    }
  }
  return false;
}

/**
 * The findings of one queue rule: one per group of established sockets with full queues; with `minority`,
 * also one per group where fewer are backed up but `minority` finds them worth it (its own words).
 */
export function* queueBuildupFindings({ rowsByState, settings, sides }: DumpRuleContext, rule: QueueRuleTexts, minority?: MinorityRule): Steps<Finding[]> {
  return (yield* findQueueBuildups(rowsByState, rule.column, sides, settings, minority?.test)).map((buildup): Finding => {
    if (buildup.minority && minority) {
      return minority.finding(buildup, settings);
    }
    const first = buildup.backedUp.row(0);
    const process = processLabel(first);
    const values = {
      count: buildup.backedUp.length,
      size: buildup.groupSize,
      total: formatBytes(buildup.totalBytes),
      max: formatBytes(buildup.maxBytes),
      threshold: formatBytes(settings.thresholds.queueBytes),
      process,
    };
    return {
      code: rule.code,
      severity: rule.severity,
      line: first.line,
      span: first.stateSpan,
      message: joinLocalized(
        placeFirst(groupPlace(first, sides), format({ en: '{count} of {size} established connections ', zh: '{size} 个已建立连接中有 {count} 个' }, values)),
        process ? format({ en: ' (held by {process})', zh: '（属于 {process}）' }, values) : { en: '', zh: '' },
        format(rule.explanation, values),
        moreNote(buildup.backedUp.length),
      ),
      related: relatedRows(buildup.backedUp, rule.relatedLabel),
      rowGroup: rowGroupOf(buildup.backedUp, joinLocalized(rule.groupLabel, groupPlace(first, sides)), 'ESTABLISHED'),
    };
  });
}
