import { deepStrictEqual, strictEqual } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { isSysctlFilePath, WorkspaceSysctlFiles } from '../../server/src/workspaceSysctlFiles';

describe('sysctl files of the workspace (server side)', () => {
  let folder: string;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'insight-workspace-'));
    mkdirSync(join(folder, 'etc', 'sysctl.d'), { recursive: true });
    mkdirSync(join(folder, 'node_modules', 'x', 'sysctl.d'), { recursive: true });
    writeFileSync(join(folder, 'etc', 'sysctl.d', '10-base.conf'), 'net.core.somaxconn = 1024\nnet.ipv4.ip_local_port_range = 32768 60999\n');
    writeFileSync(join(folder, 'etc', 'sysctl.d', '90-proxy.conf'), 'net.core.somaxconn = 8192\n');
    writeFileSync(join(folder, 'etc', 'sysctl.d', 'README.md'), 'net.core.somaxconn = 1\n');
    writeFileSync(join(folder, 'node_modules', 'x', 'sysctl.d', '99-x.conf'), 'net.core.somaxconn = 2\n');
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('recognises sysctl.conf, sysctl.d/*.conf and *.sysctl', () => {
    deepStrictEqual(
      ['/etc/sysctl.conf', '/etc/sysctl.d/90-net.conf', '/srv/tuning.sysctl', '/etc/nginx/nginx.conf', '/etc/sysctl.d/notes.txt'].map(isSysctlFilePath),
      [true, true, true, false, false],
    );
  });

  it('reads the folders, skips node_modules, lets later file names win and open documents replace their disk copy', async () => {
    const files = new WorkspaceSysctlFiles();
    await files.scan([pathToFileURL(folder).toString()]);
    const fromDisk = files.context([]).sysctlValues;
    strictEqual(fromDisk.get('net.core.somaxconn')?.value, '8192');
    strictEqual(fromDisk.get('net.core.somaxconn')?.uri, pathToFileURL(join(folder, 'etc', 'sysctl.d', '90-proxy.conf')).toString());
    const openUri = pathToFileURL(join(folder, 'etc', 'sysctl.d', '90-proxy.conf')).toString();
    const edited = files.context([{ uri: openUri, file: parseSysctlFile('# being edited\nnet.core.somaxconn = 4096\n') }]).sysctlValues;
    deepStrictEqual(edited.get('net.core.somaxconn'), { value: '4096', uri: openUri, line: 1 });

    writeFileSync(join(folder, 'etc', 'sysctl.d', '90-proxy.conf'), 'net.core.somaxconn = 16384\n');
    await files.refresh(openUri);
    strictEqual(files.context([]).sysctlValues.get('net.core.somaxconn')?.value, '16384');
    rmSync(join(folder, 'etc', 'sysctl.d', '90-proxy.conf'));
    await files.refresh(openUri);
    strictEqual(files.context([]).sysctlValues.get('net.core.somaxconn')?.value, '1024');
  });

  it('lets an open document replace its disk copy when the editor spells the URI with percent-escapes', async () => {
    const directory = join(folder, 'escaped', 'sysctl.d');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, '99-k8s+node.conf'), 'net.core.somaxconn = 128\n');
    const files = new WorkspaceSysctlFiles();
    await files.scan([pathToFileURL(join(folder, 'escaped')).toString()]);
    // How VS Code writes this file's URI: `+` escaped, where pathToFileURL leaves it.
    const openUri = pathToFileURL(directory).toString() + '/99-k8s%2Bnode.conf';
    const edited = files.context([{ uri: openUri, file: parseSysctlFile('net.core.somaxconn = 4096\n') }]).sysctlValues;
    deepStrictEqual(edited.get('net.core.somaxconn'), { value: '4096', uri: openUri, line: 0 });
  });

  it('keeps the newest read of a file when an older one finishes last, and forgets a file deleted while it was read', async () => {
    const texts: ((text: string | undefined) => void)[] = [];
    const files = new WorkspaceSysctlFiles(() => new Promise((resolve) => texts.push(resolve)));
    const uri = pathToFileURL('/srv/sysctl.d/90-net.conf').toString();
    const saved = files.refresh(uri);
    const savedAgain = files.refresh(uri);
    texts[1]('net.core.somaxconn = 4096\n');
    texts[0]('net.core.somaxconn = 128\n');
    await Promise.all([saved, savedAgain]);
    strictEqual(files.context([]).sysctlValues.get('net.core.somaxconn')?.value, '4096');

    const reading = files.refresh(uri);
    const deleted = files.refresh(uri);
    texts[3](undefined);
    texts[2]('net.core.somaxconn = 4096\n');
    await Promise.all([reading, deleted]);
    strictEqual(files.context([]).sysctlValues.get('net.core.somaxconn'), undefined);
  });
});
