import { deepStrictEqual } from 'node:assert';
import { processLabel } from '../../server/src/core/analysis/connectionSide';
import { collectSysctlValues } from '../../server/src/core/analysis/sysctlContext';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { documentOf, service, settingsWith } from './support/service';

/** `ss -tn` (no LISTEN rows): `count` CLOSE_WAIT sockets from local ports 20000… towards one upstream. */
function dumpOf(count: number): string {
  return [
    'State      Recv-Q Send-Q Local Address:Port  Peer Address:Port',
    ...Array.from({ length: count }, (_, index) => `CLOSE-WAIT 1      0           10.0.0.5:${20000 + index}     10.0.0.9:3306`),
  ].join('\n');
}

function closeWaitMessage(count: number, portRange?: string): string {
  const workspace = portRange
    ? { sysctlValues: collectSysctlValues([{ uri: 'file:///etc/sysctl.d/10-ports.conf', file: parseSysctlFile(`net.ipv4.ip_local_port_range = ${portRange}`) }]) }
    : undefined;
  const document = documentOf('netstat', dumpOf(count));
  const diagnostics = service.doValidation(document, service.parse(document), settingsWith({ thresholds: { closeWait: 4 } }), workspace);
  return diagnostics.find((diagnostic) => diagnostic.code === 'state.close-wait-buildup')?.message ?? '';
}

describe('which side opened a connection, in a dump without LISTEN rows', () => {
  // Four sockets towards one upstream are too few for the rows to tell their direction (rules/dump/directionFromData.ts).
  it('takes local ports below the default ephemeral range for service ports, one per socket here', () => {
    deepStrictEqual(closeWaitMessage(4), '');
  });

  it('uses the ephemeral range the workspace sets: ports inside it were opened by this host', () => {
    const message = closeWaitMessage(4, '10000 65000');
    deepStrictEqual(message.startsWith('4 sockets in CLOSE_WAIT towards 10.0.0.9:3306'), true, message);
  });

  it('reads twelve local ports towards one upstream as a client of it, whatever the ephemeral range', () => {
    const message = closeWaitMessage(12);
    deepStrictEqual(message.startsWith('12 sockets in CLOSE_WAIT towards 10.0.0.9:3306'), true, message);
  });
});

describe('how a row names its owner in messages', () => {
  const owner = (processes: { name: string; pid?: number; service?: string }[]) =>
    processLabel({ line: 0, format: 'netstat-windows', protocol: 'tcp', processes });

  it('adds the pid and, from Windows netstat -b, the service', () => {
    deepStrictEqual(
      [owner([]), owner([{ name: 'nginx' }]), owner([{ name: 'nginx', pid: 812 }]), owner([{ name: 'svchost.exe', pid: 1020, service: 'RpcSs' }])],
      ['', 'nginx', 'nginx (pid 812)', 'svchost.exe (pid 1020, RpcSs)'],
    );
  });
});
