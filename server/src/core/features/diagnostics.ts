import {
  type Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  type DiagnosticRelatedInformation,
  Range,
  uinteger,
} from 'vscode-languageserver-types';
import { connectionSides, ephemeralRangeOf } from '../analysis/connectionSide';
import { sectionRows } from '../analysis/sectionCounts';
import { countsRows, timelineOf } from '../analysis/timeline';
import { EMPTY_WORKSPACE_CONTEXT, type WorkspaceContext } from '../analysis/sysctlContext';
import { localize } from '../i18n/localized';
import { templateKey } from '../knowledge/sysctlKeys';
import type { ParsedSocketDump } from '../model/socketTable';
import { CANONICAL_STATES } from '../model/tcpState';
import { NO_STATE, type SocketColumns, socketColumnsOf, stateOrdinal, TCP_PROTOCOL } from '../parsers/socketColumns';
import type { ParsedSysctlFile } from '../model/sysctlFile';
import type { DumpRuleContext } from '../rules/dump/dumpRule';
import { ROWS_PER_STEP, rowRange, RowsByState, type Steps } from '../rules/dump/grouping';
import { DUMP_RULES } from '../rules/dump/index';
import type { Finding, Severity } from '../rules/finding';
import { SYSCTL_RULES } from '../rules/sysctl/index';
import { keyStatusOnKernel } from '../rules/sysctl/keyAvailability';
import type { ResolvedEntry } from '../rules/sysctl/sysctlRule';
import type { InsightSettings, SeveritySetting } from '../settings';
import { encodeRowLines } from './rowLines';

/** Every diagnostic this product publishes carries this source. */
export const DIAGNOSTIC_SOURCE = 'netstat-insight';

export function socketDumpFindings(dump: ParsedSocketDump, settings: InsightSettings, workspace: WorkspaceContext = EMPTY_WORKSPACE_CONTEXT): Finding[] {
  return [...socketDumpFindingSteps(dump, settings, workspace)].flat();
}

/**
 * The findings of `socketDumpFindings` in small steps, in the same order: indexing the rows from their
 * columns, and each rule over one context, are cut into steps of a few thousand rows (ROWS_PER_STEP); rules
 * read the columns and decode only the rows they may report. A caller that
 * stops iterating stops the work, and one that yields between steps (the server does) keeps answering
 * requests while a big paste is validated.
 */
export function* socketDumpFindingSteps(dump: ParsedSocketDump, settings: InsightSettings, workspace: WorkspaceContext = EMPTY_WORKSPACE_CONTEXT): Generator<Finding[], void> {
  const active = DUMP_RULES.filter((rule) => !isOff(rule.code, settings));
  const perSection = active.filter((rule) => !rule.wholeDocument);
  const columns = socketColumnsOf(dump);
  const whole = yield* findingSteps(ruleContext(dump, columns, 0, columns.length, settings, workspace));
  const runPerSection = function* (context: DumpRuleContext): Generator<Finding[], void> {
    for (const rule of perSection) {
      yield yield* findingSteps(rule.check(context));
    }
  };
  // A single section shares the whole document's context, so a big paste is indexed once.
  if (dump.sections.length <= 1) {
    if (columns.length > 0) {
      yield* runPerSection(whole);
    }
  } else {
    const earlier = earlierSnapshots(dump);
    for (const { section, start, end } of sectionRows(dump)) {
      if (end > start && !earlier.has(section.startLine)) {
        yield* runPerSection(yield* findingSteps(ruleContext(dump, columns, start, end, settings, workspace)));
      }
    }
  }
  for (const rule of active.filter((rule) => rule.wholeDocument)) {
    yield yield* findingSteps(rule.check(whole));
  }
}

/**
 * The first lines of the snapshots of a series of tables but its latest (analysis/timeline.ts): the rules
 * over rows judge the latest, which the summary counts, and the trend rules judge how the counts moved.
 * Ten snapshots of one CLOSE_WAIT pile would otherwise report it ten times.
 */
function earlierSnapshots(dump: ParsedSocketDump): Set<number> {
  const lines = new Set<number>();
  for (const series of timelineOf(dump).series) {
    if (countsRows(series.kind)) {
      series.snapshots.slice(0, -1).forEach((snapshot) => lines.add(snapshot.startLine));
    }
  }
  return lines;
}

/** Runs `steps`, yielding no findings at each of its pauses, and returns its result. */
function* findingSteps<T>(steps: Steps<T>): Generator<Finding[], T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return step.value;
    }
    yield [];
  }
}

/**
 * The context of the rule runs over rows [first, end) of `columns`: the TCP rows indexed by state from
 * the state column, a step at a time. Only listeners are decoded here, for the ports they hold.
 */
function* ruleContext(
  dump: ParsedSocketDump,
  columns: SocketColumns,
  first: number,
  end: number,
  settings: InsightSettings,
  workspace: WorkspaceContext,
): Steps<DumpRuleContext> {
  const index = yield* sectionIndex(columns, first, end);
  return {
    dump,
    columns,
    first,
    end,
    rows: rowRange(columns, first, end),
    settings,
    sides: connectionSides(index.listeningPorts, ephemeralRangeOf(workspace).low),
    rowsByState: index.rowsByState,
    tcpTotal: index.tcpTotal,
    workspace,
  };
}

/** What the rules of a section read from its columns before they run: the same for every validation of one parse. */
interface SectionIndex {
  readonly rowsByState: RowsByState;
  readonly listeningPorts: ReadonlySet<string>;
  readonly tcpTotal: number;
}

/**
 * Each parse's section indexes, by the section's first row: a validation without an edit (new settings, a
 * changed sysctl file) reuses them rather than indexing and decoding again. A parse's columns never change.
 */
const sectionIndexes = new WeakMap<SocketColumns, Map<number, SectionIndex & { readonly end: number }>>();

function* sectionIndex(columns: SocketColumns, first: number, end: number): Steps<SectionIndex> {
  let indexes = sectionIndexes.get(columns);
  const known = indexes?.get(first);
  if (known && known.end === end) {
    return known;
  }
  const byState: number[][] = CANONICAL_STATES.map(() => []);
  const listen = stateOrdinal('LISTEN');
  const listeningPorts = new Set<string>();
  let tcpTotal = 0;
  for (let start = first; start < end; start += ROWS_PER_STEP) {
    yield;
    const stop = Math.min(end, start + ROWS_PER_STEP);
    for (let index = start; index < stop; index++) {
      const state = columns.state[index];
      if (columns.protocol[index] !== TCP_PROTOCOL || state === NO_STATE) {
        continue;
      }
      byState[state].push(index);
      tcpTotal++;
      if (state === listen) {
        const local = columns.transientRow(index).local;
        if (local) {
          listeningPorts.add(local.port);
        }
      }
    }
  }
  const index = { rowsByState: new RowsByState(columns, new Map(CANONICAL_STATES.map((state, ordinal) => [state, byState[ordinal]]))), listeningPorts, tcpTotal, end };
  if (!indexes) {
    indexes = new Map();
    sectionIndexes.set(columns, indexes);
  }
  indexes.set(first, index);
  return index;
}

/**
 * A sysctl file's findings in steps: resolving its keys, then each rule. Each rule caps its own findings
 * (rules/cappedFindings.ts: 100, then one summary), so a file of any length gives at most a few hundred.
 * `workspace` and `uri`: the workspace's sysctl files and this document's URI, for the rules that compare files.
 */
export function* sysctlFindingSteps(file: ParsedSysctlFile, settings: InsightSettings, workspace?: WorkspaceContext, uri?: string): Generator<Finding[], void> {
  // Keys are resolved once per distinct key (entry.key is one-to-one with the segments).
  const resolvedKeys = new Map<string, Omit<ResolvedEntry, 'entry'>>();
  const entries: ResolvedEntry[] = file.entries.map((entry) => {
    let resolved = resolvedKeys.get(entry.key);
    if (!resolved) {
      const template = templateKey(entry.segments);
      resolved = { template, status: keyStatusOnKernel(template, settings.kernelVersion, settings.kernelDistribution) };
      resolvedKeys.set(entry.key, resolved);
    }
    return { entry, ...resolved };
  });
  const context = { file, entries, settings, workspace, uri };
  yield [];
  for (const rule of SYSCTL_RULES) {
    if (!isOff(rule.code, settings)) {
      yield rule.check(context);
    }
  }
}

/** Turns findings into LSP diagnostics in the reader's language, with severities from settings. */
export function toDiagnostics(findings: readonly Finding[], uri: string, settings: InsightSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding, settings);
    if (severity === undefined) {
      continue;
    }
    const related: DiagnosticRelatedInformation[] | undefined = finding.related?.map((entry) => ({
      location: { uri: entry.uri ?? uri, range: lineRange(entry.line, entry.span) },
      message: localize(entry.message, settings.language, ' / '),
    }));
    diagnostics.push({
      range: lineRange(finding.line, finding.span),
      severity,
      source: DIAGNOSTIC_SOURCE,
      code: finding.code,
      message: localize(finding.message, settings.language, '\n'),
      relatedInformation: related && related.length > 0 ? related : undefined,
      tags: finding.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
      data: diagnosticData(finding, settings),
    });
  }
  return diagnostics;
}

/** Range of a span on a line; without a span, the whole line (clients clamp the largest offset to its end). */
function lineRange(line: number, span?: { start: number; end: number }): Range {
  return span ? Range.create(line, span.start, line, span.end) : Range.create(line, 0, line, uinteger.MAX_VALUE);
}

/** What code actions need, carried in `Diagnostic.data` so they need no second analysis. */
export interface DiagnosticData {
  readonly fixes?: readonly { readonly title: string; readonly line: number; readonly span?: { start: number; end: number }; readonly newText: string; readonly isPreferred?: boolean }[];
  /** The socket rows a dump diagnostic is about: "show these rows" and "explain this state". */
  readonly rows?: {
    /** The rows' lines, written by encodeRowLines (rowLines.ts). */
    readonly lines: string;
    readonly label: string;
    readonly state?: string;
    readonly stateAt?: { readonly line: number; readonly character: number };
  };
}

function diagnosticData(finding: Finding, settings: InsightSettings): DiagnosticData | undefined {
  const fixes = finding.fixes?.map((fix) => ({ ...fix, title: localize(fix.title, settings.language, ' / ') }));
  const group = finding.rowGroup;
  const rows = group ? { lines: encodeRowLines(group.lines), label: localize(group.label, settings.language, ' / '), state: group.state, stateAt: group.stateAt } : undefined;
  return fixes?.length || rows ? { fixes: fixes?.length ? fixes : undefined, rows } : undefined;
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function severityOf(finding: Finding, settings: InsightSettings): DiagnosticSeverity | undefined {
  const configured: SeveritySetting | undefined = settings.severity[finding.code];
  if (configured === 'off') {
    return undefined;
  }
  return LSP_SEVERITY[configured ?? finding.severity];
}

function isOff(code: string, settings: InsightSettings): boolean {
  return settings.severity[code] === 'off';
}
