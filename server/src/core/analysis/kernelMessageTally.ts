import { KERNEL_MESSAGES, type KernelMessageKind } from '../knowledge/kernelLogMessages';
import type { KernelLogLine, ParsedSocketDump } from '../model/socketTable';

/** The most distinct subjects (ports, tables) a tally lists: a flood on every port must not grow the summary. */
export const MAX_TALLIED_SUBJECTS = 10;
/** Distinct subjects counted beyond those listed: enough to say "and 300 more", bounded for hostile input. */
const MAX_COUNTED_SUBJECTS = 1000;

/** The kernel log lines of one kind in a document, counted once: what the hover, the rule and the summary say about them. */
export interface KernelMessageTally {
  readonly kind: KernelMessageKind | 'suppressed';
  /** Lines of this kind. */
  readonly count: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The first and last timestamps as printed, when the lines have them. */
  readonly firstTime?: string;
  readonly lastTime?: string;
  /** Distinct subjects (a SYN flood's ports, a neighbour table's id), in order of appearance, at most MAX_TALLIED_SUBJECTS. */
  readonly subjects: readonly string[];
  /** How many more distinct subjects there are than those listed (counted up to MAX_COUNTED_SUBJECTS). */
  readonly moreSubjects: number;
  /** `suppressed` lines: the messages net_ratelimit held back, added up. */
  readonly suppressed: number;
  /** The wordings seen (indexes into the kind's `wordings`), in order of appearance. */
  readonly wordings: readonly number[];
  /** SYN flood lines that say the SYN was dropped (tcp_syncookies off). */
  readonly dropped: number;
}

const ORDER: readonly (KernelMessageKind | 'suppressed')[] = [...KERNEL_MESSAGES.map((doc) => doc.kind), 'suppressed'];

const talliesOfDumps = new WeakMap<ParsedSocketDump, readonly KernelMessageTally[]>();

/** One tally per kind present in the document, in the knowledge base's order, `suppressed` last. One pass, kept per parse. */
export function kernelMessageTallies(dump: ParsedSocketDump): readonly KernelMessageTally[] {
  let tallies = talliesOfDumps.get(dump);
  if (tallies === undefined) {
    tallies = countKinds(dump.kernelMessages);
    talliesOfDumps.set(dump, tallies);
  }
  return tallies;
}

/** The tally of one kind; a count of 0 when the document has none. */
export function kernelMessageTally(dump: ParsedSocketDump, kind: KernelMessageKind | 'suppressed'): KernelMessageTally {
  return kernelMessageTallies(dump).find((tally) => tally.kind === kind) ?? { kind, count: 0, firstLine: -1, lastLine: -1, subjects: [], moreSubjects: 0, suppressed: 0, wordings: [], dropped: 0 };
}

interface OpenTally {
  count: number;
  firstLine: number;
  lastLine: number;
  firstTime?: string;
  lastTime?: string;
  readonly subjects: Set<string>;
  readonly moreSubjects: Set<string>;
  suppressed: number;
  readonly wordings: number[];
  dropped: number;
}

function countKinds(lines: readonly KernelLogLine[]): readonly KernelMessageTally[] {
  const open = new Map<KernelMessageKind | 'suppressed', OpenTally>();
  for (const entry of lines) {
    let tally = open.get(entry.kind);
    if (tally === undefined) {
      tally = { count: 0, firstLine: entry.line, lastLine: entry.line, firstTime: entry.time, subjects: new Set(), moreSubjects: new Set(), suppressed: 0, wordings: [], dropped: 0 };
      open.set(entry.kind, tally);
    }
    tally.count++;
    tally.lastLine = entry.line;
    tally.firstTime ??= entry.time;
    tally.lastTime = entry.time ?? tally.lastTime;
    tally.suppressed += entry.suppressed ?? 0;
    tally.dropped += entry.dropped ? 1 : 0;
    if (!tally.wordings.includes(entry.wording)) {
      tally.wordings.push(entry.wording);
    }
    if (entry.subject !== undefined && !tally.subjects.has(entry.subject)) {
      if (tally.subjects.size < MAX_TALLIED_SUBJECTS) {
        tally.subjects.add(entry.subject);
      } else if (tally.moreSubjects.size < MAX_COUNTED_SUBJECTS) {
        tally.moreSubjects.add(entry.subject);
      }
    }
  }
  return ORDER.flatMap((kind) => {
    const tally = open.get(kind);
    if (tally === undefined) {
      return [];
    }
    const { count, firstLine, lastLine, firstTime, lastTime, suppressed, wordings, dropped } = tally;
    return [
      {
        kind,
        count,
        firstLine,
        lastLine,
        ...(firstTime === undefined ? {} : { firstTime }),
        ...(lastTime === undefined ? {} : { lastTime }),
        subjects: [...tally.subjects],
        moreSubjects: tally.moreSubjects.size,
        suppressed,
        wordings,
        dropped,
      },
    ];
  });
}
