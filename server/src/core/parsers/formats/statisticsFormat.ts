import {
  icmpHistogramHeading,
  isNstatHeader,
  parseKnownStatisticsPhrase,
  parseNstatLine,
  parseSockstatLine,
  parseStatisticsLine,
  parseWindowsStatisticsLine,
  procSnmpNames,
  procSnmpValues,
  statisticsGroupHeading,
  windowsStatisticsHeading,
} from '../netstatStatistics';
import { isBlank } from '../textLines';
import type { DumpFormat, TableState } from './dumpFormat';

interface StatisticsTable extends TableState {
  readonly kind: 'netstat-statistics';
  readonly group: string;
  readonly histogram?: 'In' | 'Out';
  /** The names line of a /proc/net/netstat pair, waiting for its values line. */
  readonly snmpNames?: NonNullable<ReturnType<typeof procSnmpNames>>;
  /** Windows prints `label = value`; its ICMP table's Received/Sent columns are not counters we name. */
  readonly windows?: boolean;
}

/** netstat's -s: its statistics, whatever else the command asks for. */
export const isStatisticsFlag = (flags: ReadonlySet<string>): boolean => flags.has('s') || flags.has('--statistics');

/** A /proc/net/snmp or sockstat line starts with its group's name and a colon. */
const GROUP_PREFIX = /^[A-Za-z][A-Za-z0-9]{1,15}: [A-Za-z]/;

/** Protocol counters: `netstat -s` (Linux, Windows, BSD), `nstat`, /proc/net/netstat, snmp and sockstat. */
export const STATISTICS_FORMAT: DumpFormat = {
  id: 'netstat-statistics',
  name: { en: 'netstat -s protocol statistics', zh: 'netstat -s 协议统计' },
  isOwnHeading: (text) => procSnmpNames(text) !== undefined || isNstatHeader(text),

  readHeading(scan, { text, line }) {
    const open = (table: StatisticsTable) => {
      scan.openTable(table, line);
      return true;
    };
    const group = statisticsGroupHeading(text);
    if (group) {
      return open({ kind: 'netstat-statistics', group });
    }
    const windowsGroup = windowsStatisticsHeading(text);
    if (windowsGroup) {
      return open({ kind: 'netstat-statistics', group: windowsGroup, windows: true });
    }
    if (isNstatHeader(text)) {
      return open({ kind: 'netstat-statistics', group: '' });
    }
    if (GROUP_PREFIX.test(text)) {
      const snmpNames = procSnmpNames(text);
      if (snmpNames) {
        return open({ kind: 'netstat-statistics', group: snmpNames.group, snmpNames });
      }
      const sockstat = parseSockstatLine(text, line);
      if (sockstat) {
        open({ kind: 'netstat-statistics', group: sockstat[0].group });
        scan.counters.push(...sockstat);
        return true;
      }
    }
    return false;
  },

  readInTable(scan, { text, line }, _fields, table) {
    const statistics = table as StatisticsTable;
    if (statistics.snmpNames) {
      const values = procSnmpValues(text, line, statistics.snmpNames);
      scan.table = { kind: 'netstat-statistics', group: statistics.group } satisfies StatisticsTable;
      if (values) {
        scan.counters.push(...values);
        return true;
      }
      return false;
    }
    if (isBlank(text.charCodeAt(0))) {
      if (statistics.windows) {
        const counter = parseWindowsStatisticsLine(text, line, statistics.group);
        if (counter) {
          scan.counters.push(counter);
        }
        return true;
      }
      const histogram = icmpHistogramHeading(text);
      if (histogram) {
        scan.table = { ...statistics, histogram } satisfies StatisticsTable;
        return true;
      }
      const counter = parseStatisticsLine(text, line, statistics.group, statistics.histogram);
      if (counter) {
        scan.counters.push(counter);
      }
      // Indented lines without a number are sub-headings or notes of the same group.
      return true;
    }
    const nstat = parseNstatLine(text, line);
    if (nstat) {
      scan.counters.push(nstat);
      return true;
    }
    return false;
  },

  /** `netstat -s | grep -i listen` pasted without its prompt: counters known by their phrase. */
  readStrayLine(scan, { text, line }) {
    const counter = parseKnownStatisticsPhrase(text, line);
    if (!counter) {
      return false;
    }
    scan.counters.push(counter);
    scan.enterFormat('netstat-statistics', line, scan.table?.kind !== 'netstat-statistics');
    scan.table = { kind: 'netstat-statistics', group: counter.group } satisfies StatisticsTable;
    return true;
  },

  announcedBy: ({ tool, flags, procFile, shell }) =>
    tool === 'nstat' || (tool === 'netstat' && isStatisticsFlag(flags)) || (procFile === 'statistics' && shell !== 'windows'),
  tableOfCommand: () => ({ kind: 'netstat-statistics', group: '' }) satisfies StatisticsTable,
};
