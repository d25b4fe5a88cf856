import type { ComparedSide, CountChange, DumpComparison, Mover } from '../../../server/src/core/analysis/compareDumps';
import type { SysctlComparison } from '../../../server/src/core/analysis/compareSysctl';
import { CANONICAL_STATES } from '../../../server/src/core/model/tcpState';
import { type CliLanguage, say } from '../language';
import { printable, type Style } from '../terminal';
import { COMPARE_LABELS } from '../texts';

/** The compare report for a terminal: a heading, then what grew (red) and what shrank, side by side. */
export function compareText(result: DumpComparison | SysctlComparison, basePath: string, otherPath: string, language: CliLanguage, style: Style): string {
  const heading = style.bold(printable(say(COMPARE_LABELS.heading, language, { base: basePath, other: otherPath })));
  return `${[heading, ...(result.kind === 'sysctl' ? sysctlLines(result, language) : dumpLines(result, language, style))].join('\n')}\n`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function describeSide(side: ComparedSide, language: CliLanguage): string {
  const parts = [side.command ?? '', say(COMPARE_LABELS.lines, language, { from: side.startLine + 1, to: side.endLine + 1 }), side.time ?? ''];
  return printable(parts.filter((part) => part !== '').join(' · '));
}

function dumpLines(result: DumpComparison, language: CliLanguage, style: Style): string[] {
  const colour = (change: CountChange, text: string) => (change.delta > 0 ? style.red(text) : change.delta < 0 ? style.blue(text) : text);
  const lines = [`  ${describeSide(result.base, language)}  →  ${describeSide(result.other, language)}`];
  if (result.seconds !== undefined) {
    lines.push(`  ${say(COMPARE_LABELS.seconds, language, { seconds: result.seconds })}`);
  }
  const total = result.total;
  lines.push(`  ${colour(total, say(COMPARE_LABELS.tcpSockets, language, { base: total.base, other: total.other, delta: signed(total.delta) }))}`);
  const states = CANONICAL_STATES.filter((state) => result.states[state].base > 0 || result.states[state].other > 0);
  const width = Math.max(0, ...states.map((state) => state.length));
  lines.push(`  ${say(COMPARE_LABELS.states, language)}:${states.length === 0 || states.every((state) => result.states[state].delta === 0) ? ` ${say(COMPARE_LABELS.unchanged, language)}` : ''}`);
  for (const state of states) {
    const change = result.states[state];
    lines.push(`    ${state.padEnd(width)}  ${String(change.base).padStart(7)} → ${String(change.other).padEnd(7)} ${colour(change, signed(change.delta))}`);
  }
  const listeners = result.listeners;
  for (const [label, list, count] of [
    [COMPARE_LABELS.listenersAdded, listeners.added, listeners.addedCount],
    [COMPARE_LABELS.listenersRemoved, listeners.removed, listeners.removedCount],
  ] as const) {
    if (count > 0) {
      const names = list.map((listener) => `${listener.address.includes(':') ? `[${listener.address}]` : listener.address}:${listener.port}${listener.process ? ` (${listener.process})` : ''}`);
      const more = count > list.length ? ` ${say(COMPARE_LABELS.more, language, { count: count - list.length })}` : '';
      lines.push(`  ${say(label, language)}: ${printable(names.join(' · '))}${more}`);
    }
  }
  for (const [label, movers] of [
    [COMPARE_LABELS.ports, result.ports],
    [COMPARE_LABELS.hosts, result.hosts],
    [COMPARE_LABELS.processes, result.processes],
  ] as const) {
    if (movers.length > 0) {
      lines.push(`  ${say(label, language)}: ${movers.map((mover: Mover) => `${printable(mover.key)} ${mover.base}→${mover.other} (${colour(mover, signed(mover.delta))})`).join(' · ')}`);
    }
  }
  if (result.counters.length > 0) {
    lines.push(`  ${say(COMPARE_LABELS.counters, language)}:`);
    for (const counter of result.counters) {
      const rate = counter.perSecond === undefined ? '' : `  ${say(COMPARE_LABELS.perSecond, language, { rate: Number(counter.perSecond.toFixed(2)) })}`;
      lines.push(`    ${printable(counter.name)}  ${counter.base} → ${counter.other} (${signed(counter.delta)})${rate}`);
    }
  }
  return lines;
}

function sysctlLines(result: SysctlComparison, language: CliLanguage): string[] {
  const { changed, added, removed, changedCount, addedCount, removedCount } = result.sysctl;
  const summary = (description: { summary: { en: string; zh: string } | null } | null) => (description?.summary ? `  — ${say(description.summary, language)}` : '');
  const lines: string[] = [];
  if (changedCount + addedCount + removedCount === 0) {
    return [`  ${say(COMPARE_LABELS.sameSysctl, language)}`];
  }
  const section = (label: (typeof COMPARE_LABELS)[keyof typeof COMPARE_LABELS], count: number, items: string[]) => {
    if (count > 0) {
      lines.push(`  ${say(label, language, { count })}:`, ...items.map((item) => `    ${printable(item)}`));
      if (count > items.length) {
        lines.push(`    ${say(COMPARE_LABELS.more, language, { count: count - items.length })}`);
      }
    }
  };
  section(COMPARE_LABELS.changed, changedCount, changed.map((entry) => `${entry.key}: ${entry.base} → ${entry.other}${summary(entry.description)}`));
  section(COMPARE_LABELS.added, addedCount, added.map((entry) => `${entry.key} = ${entry.value}${summary(entry.description)}`));
  section(COMPARE_LABELS.removed, removedCount, removed.map((entry) => `${entry.key} = ${entry.value}${summary(entry.description)}`));
  return lines;
}
