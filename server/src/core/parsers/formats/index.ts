import type { Localized } from '../../i18n/localized';
import type { SectionFormat } from '../../model/socketTable';
import { commandView, type PromptLine } from '../shellCommand';
import { BSD_FORMAT } from './bsdFormat';
import type { DumpFormat } from './dumpFormat';
import { HISTOGRAM_FORMAT } from './histogramFormat';
import { LSOF_FORMAT } from './lsofFormat';
import { NET_TOOLS_FORMAT } from './netToolsFormat';
import { PROC_NET_FORMAT } from './procNetFormat';
import { KERNEL_LOG_FORMAT } from './kernelLogFormat';
import { INTERFACES_FORMAT, ROUTES_FORMAT } from './routesFormat';
import { SS_FORMAT } from './ssFormat';
import { SS_SUMMARY_FORMAT } from './ssSummaryFormat';
import { STATISTICS_FORMAT } from './statisticsFormat';
import { WINDOWS_FORMAT } from './windowsFormat';

/**
 * Every kind of output the dump scan reads, in the order its headings and row shapes are tried:
 * ss first (`tcp ESTAB 0 0 …` starts like a net-tools row but has a state where netstat has Recv-Q),
 * BSD before net-tools (both print `tcp6`; BSD ends addresses with `.port`), the tables that hold no
 * sockets last. Adding a format is adding its module here.
 */
export const DUMP_FORMATS: readonly DumpFormat<any>[] = [
  // First: its command (`ss -tan | awk … | uniq -c`) starts like ss's or netstat's, and its rows have two fields, which no other row has.
  HISTOGRAM_FORMAT,
  SS_FORMAT,
  PROC_NET_FORMAT,
  WINDOWS_FORMAT,
  LSOF_FORMAT,
  BSD_FORMAT,
  NET_TOOLS_FORMAT,
  ROUTES_FORMAT,
  INTERFACES_FORMAT,
  STATISTICS_FORMAT,
  SS_SUMMARY_FORMAT,
  KERNEL_LOG_FORMAT,
];

const BY_ID: ReadonlyMap<SectionFormat, DumpFormat<any>> = new Map(DUMP_FORMATS.map((format) => [format.id, format]));

const UNKNOWN_NAME: Localized = { en: 'unrecognised output', zh: '无法识别的输出' };

/** How the outline, the panel and messages name what a section of a paste holds. */
export function sectionFormatName(id: SectionFormat): Localized {
  return BY_ID.get(id)?.name ?? UNKNOWN_NAME;
}

/** The format a prompt's command prints, as far as its tool and flags tell; undefined when only the output can tell. */
export function formatOfCommand(prompt: PromptLine): DumpFormat<any> | undefined {
  const command = commandView(prompt);
  return DUMP_FORMATS.find((format) => format.announcedBy?.(command));
}

/** The registered format with `id`; undefined for 'unknown'. */
export function dumpFormatOf(id: SectionFormat): DumpFormat<any> | undefined {
  return BY_ID.get(id);
}
