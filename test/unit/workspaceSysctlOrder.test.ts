import { deepStrictEqual, strictEqual } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolvePrecedence } from '../../server/src/core/analysis/sysctlContext';
import { loadOrder } from '../../server/src/core/analysis/sysctlLoadOrder';
import { segmentsOfDottedKey } from '../../server/src/core/knowledge/sysctlKeys';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { SysctlFileStore } from '../../server/src/sysctlFileStore';
import { DiskSysctlFiles } from '../../server/src/workspaceSysctlFiles';

describe('sysctl files of the workspace: what the server hands the precedence rules', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'sysctl-order-'));
    mkdirSync(join(folder, 'etc', 'sysctl.d'), { recursive: true });
    mkdirSync(join(folder, 'usr', 'lib', 'sysctl.d'), { recursive: true });
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('records a link to /dev/null as a file that hides its name, without reading what it points to', async () => {
    writeFileSync(join(folder, 'usr', 'lib', 'sysctl.d', '50-default.conf'), 'kernel.core_uses_pid = 1\n');
    symlinkSync('/dev/null', join(folder, 'etc', 'sysctl.d', '50-default.conf'));
    const files = new SysctlFileStore(new DiskSysctlFiles());
    await files.scan([pathToFileURL(folder).toString()]);
    const context = files.context([]);
    const link = context.sysctlFiles?.find((entry) => entry.uri.endsWith('/etc/sysctl.d/50-default.conf'));
    deepStrictEqual([link?.linkToDevNull, link?.file.entries.length], [true, 0]);
    const order = loadOrder(context.sysctlFiles ?? [], 'systemd');
    deepStrictEqual(order.files, []);
    strictEqual(order.hidden.get(pathToFileURL(join(folder, 'usr', 'lib', 'sysctl.d', '50-default.conf')).toString())?.uri, link?.uri);
    // The values the dump rules compare with leave the switched-off file out too.
    deepStrictEqual([...context.sysctlValues.keys()], []);
  });

  it('keeps the -key lines read from disk, and lets an open document replace its disk copy', async () => {
    const path = join(folder, 'etc', 'sysctl.d', '20-rp.conf');
    writeFileSync(path, 'net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\n');
    const files = new SysctlFileStore(new DiskSysctlFiles());
    await files.scan([pathToFileURL(folder).toString()]);
    const uri = pathToFileURL(path).toString();
    const fromDisk = files.context([]).sysctlFiles ?? [];
    deepStrictEqual(fromDisk.map((entry) => [entry.uri, entry.file.exclusions]), [[uri, [{ line: 1, key: 'net.ipv4.conf.all.rp_filter', keySpan: { start: 1, end: 28 } }]]]);
    const precedence = resolvePrecedence(fromDisk);
    strictEqual(precedence.winner('net.ipv4.conf.all.rp_filter', segmentsOfDottedKey('net.ipv4.conf.all.rp_filter'), 'systemd'), undefined);
    strictEqual(precedence.winner('net.ipv4.conf.eth0.rp_filter', segmentsOfDottedKey('net.ipv4.conf.eth0.rp_filter'), 'systemd')?.value, '2');

    const edited = parseSysctlFile('net.ipv4.conf.*.rp_filter = 1\n-net.ipv4.conf.all.rp_filter\n');
    const withOpen = files.context([{ uri, file: edited }]).sysctlFiles ?? [];
    deepStrictEqual(withOpen.map((entry) => [entry.uri, entry.file === edited, entry.file.exclusions.length]), [[uri, true, 1]]);
  });
});
