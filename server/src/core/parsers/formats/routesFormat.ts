import { isBsdRouteFamilyHeading, routeInterfaceHeading } from '../routeInterfaceTables';
import type { CommandView } from '../shellCommand';
import type { DumpFormat } from './dumpFormat';
import { isStatisticsFlag } from './statisticsFormat';

/** netstat -r (routes) wins over -i (interfaces); -s (statistics) over both. */
const isRouteCommand = ({ tool, flags }: CommandView): boolean =>
  tool === 'route' || (tool === 'netstat' && !isStatisticsFlag(flags) && (flags.has('r') || flags.has('--route')));
const isInterfaceCommand = (command: CommandView): boolean =>
  command.tool === 'netstat' && !isStatisticsFlag(command.flags) && !isRouteCommand(command) && (command.flags.has('i') || command.flags.has('--interfaces'));

/** Route and interface rows are not sockets: read as their table's lines, unless shaped like a socket row. */
const readTableLine: DumpFormat['readInTable'] = (scan, { text }, fields) => !scan.blankSinceHeading && scan.rowShapeOf(fields, text) === undefined;

/** `netstat -r` / `route -n`: recognised so they are labelled rather than reported as unknown lines. */
export const ROUTES_FORMAT: DumpFormat = {
  id: 'routes',
  name: { en: 'routing table', zh: '路由表' },
  isOwnHeading: (text) => routeInterfaceHeading(text) === 'routes',

  readHeading(scan, { text, line }) {
    // BSD prints a heading per address family inside its routing table.
    if (scan.table?.kind === 'routes' && isBsdRouteFamilyHeading(text)) {
      return true;
    }
    if (routeInterfaceHeading(text) !== 'routes') {
      return false;
    }
    scan.openTable({ kind: 'routes' }, line);
    return true;
  },
  readInTable: readTableLine,
  announcedBy: isRouteCommand,
  tableOfCommand: () => ({ kind: 'routes' }),
};

/** `netstat -i` / `netstat -g`: recognised and labelled, not counted. */
export const INTERFACES_FORMAT: DumpFormat = {
  id: 'interfaces',
  name: { en: 'interface table', zh: '接口统计表' },
  isOwnHeading: (text) => routeInterfaceHeading(text) === 'interfaces',

  readHeading(scan, { text, line }) {
    if (routeInterfaceHeading(text) !== 'interfaces') {
      return false;
    }
    scan.openTable({ kind: 'interfaces' }, line);
    return true;
  },
  readInTable: readTableLine,
  announcedBy: isInterfaceCommand,
  tableOfCommand: () => ({ kind: 'interfaces' }),
};
