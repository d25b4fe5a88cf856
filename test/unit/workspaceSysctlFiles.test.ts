import { deepStrictEqual, strictEqual } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, promises as fsPromises, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { SysctlFileStore } from '../../server/src/sysctlFileStore';
import { DiskSysctlFiles, isSysctlFilePath, readWorkspaceFile } from '../../server/src/workspaceSysctlFiles';

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
    const files = new SysctlFileStore(new DiskSysctlFiles());
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
    const files = new SysctlFileStore(new DiskSysctlFiles());
    await files.scan([pathToFileURL(join(folder, 'escaped')).toString()]);
    // How VS Code writes this file's URI: `+` escaped, where pathToFileURL leaves it.
    const openUri = pathToFileURL(directory).toString() + '/99-k8s%2Bnode.conf';
    const edited = files.context([{ uri: openUri, file: parseSysctlFile('net.core.somaxconn = 4096\n') }]).sysctlValues;
    deepStrictEqual(edited.get('net.core.somaxconn'), { value: '4096', uri: openUri, line: 0 });
  });

  it('keeps the newest read of a file when an older one finishes last, and forgets a file deleted while it was read', async () => {
    const texts: ((text: string | undefined) => void)[] = [];
    const files = new SysctlFileStore(new DiskSysctlFiles(() => new Promise((resolve) => texts.push(resolve))));
    const root = mkdtempSync(join(tmpdir(), 'insight-races-'));
    await files.scan([pathToFileURL(root).toString()]);
    const uri = pathToFileURL(join(root, 'sysctl.d', '90-net.conf')).toString();
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
    rmSync(root, { recursive: true, force: true });
  });
});

describe('sysctl files of the workspace: what may be read', function () {
  // A FIFO opened for reading would block without a writer: a generous limit turns a hang into a failure.
  this.timeout(20000);
  let folder: string;
  let outside: string;
  const uriOf = (...names: string[]) => pathToFileURL(join(folder, ...names)).toString();

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'insight-hostile-'));
    outside = mkdtempSync(join(tmpdir(), 'insight-outside-'));
    writeFileSync(join(folder, 'good.sysctl'), 'net.core.somaxconn = 1111\n');
    writeFileSync(join(outside, 'secret.sysctl'), 'net.core.rmem_max = 4242\n');
    mkdirSync(join(outside, 'sysctl.d'));
    writeFileSync(join(outside, 'sysctl.d', '50-out.conf'), 'net.core.wmem_max = 4343\n');
  });

  after(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  /** Every path readWorkspaceFile is asked for, and what it answered. */
  function recordingFiles(): { files: SysctlFileStore; answers: Map<string, string | undefined> } {
    const answers = new Map<string, string | undefined>();
    const files = new SysctlFileStore(
      new DiskSysctlFiles(async (filePath, scanned) => {
        const text = await readWorkspaceFile(filePath, scanned);
        answers.set(filePath, text);
        return text;
      }),
    );
    return { files, answers };
  }

  // FIFOs and symlinks need a POSIX system with coreutils' mkfifo; elsewhere the test is reported as skipped.
  const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;
  const hostile = canMakeFifo ? it : it.skip;

  hostile('reads neither a FIFO, nor symlinks (to /dev/zero, /etc/passwd, a file or a folder outside), nor an oversized file — on the scan and on a refresh', async () => {
    execFileSync('mkfifo', [join(folder, 'x.sysctl')]);
    symlinkSync('/dev/zero', join(folder, 'zero.sysctl'));
    symlinkSync('/etc/passwd', join(folder, 'passwd.sysctl'));
    symlinkSync(join(outside, 'secret.sysctl'), join(folder, 'secret.sysctl'));
    symlinkSync(join(outside, 'sysctl.d'), join(folder, 'sysctl.d'));
    // One byte over the limit: MAX_FILE_BYTES is 1 MiB.
    writeFileSync(join(folder, 'big.sysctl'), `net.core.netdev_max_backlog = 7\n${'#'.repeat(1024 * 1024 - 32)}\n`);
    strictEqual(statSync(join(folder, 'big.sysctl')).size, 1024 * 1024 + 1);

    const { files, answers } = recordingFiles();
    await files.scan([pathToFileURL(folder).toString()]);
    deepStrictEqual([...files.context([]).sysctlValues.keys()], ['net.core.somaxconn']);
    deepStrictEqual([...answers.keys()].map((filePath) => basename(filePath)).sort(), ['big.sysctl', 'good.sysctl']);
    strictEqual(answers.get(join(folder, 'big.sysctl')), undefined);

    answers.clear();
    const refreshed = ['x.sysctl', 'zero.sysctl', 'passwd.sysctl', 'secret.sysctl', 'big.sysctl'].map((name) => uriOf(name));
    refreshed.push(uriOf('sysctl.d', '50-out.conf'), pathToFileURL(join(outside, 'secret.sysctl')).toString());
    await Promise.all(refreshed.map((uri) => files.refresh(uri)));
    deepStrictEqual([...files.context([]).sysctlValues.keys()], ['net.core.somaxconn']);
    // Each file in the folder is looked at and refused; the one outside every folder is not even looked at.
    deepStrictEqual(
      [...answers].map(([filePath, text]) => [filePath.startsWith(folder) ? basename(filePath) : filePath, text]).sort(),
      [['50-out.conf', undefined], ['big.sysctl', undefined], ['passwd.sysctl', undefined], ['secret.sysctl', undefined], ['x.sysctl', undefined], ['zero.sysctl', undefined]],
    );
  });

  it('refreshes a regular file inside the folder, and not one in a skipped directory or deeper than the walk goes', async () => {
    const { files } = recordingFiles();
    await files.scan([pathToFileURL(folder).toString()]);
    writeFileSync(join(folder, 'good.sysctl'), 'net.core.somaxconn = 2222\n');
    mkdirSync(join(folder, 'node_modules'), { recursive: true });
    writeFileSync(join(folder, 'node_modules', 'dep.sysctl'), 'net.core.optmem_max = 1\n');
    const deep = join(folder, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.sysctl'), 'net.core.optmem_max = 2\n');
    await files.refresh(uriOf('good.sysctl'));
    await files.refresh(uriOf('node_modules', 'dep.sysctl'));
    await files.refresh(pathToFileURL(join(deep, 'deep.sysctl')).toString());
    deepStrictEqual([...files.context([]).sysctlValues].map(([key, source]) => [key, source.value]), [['net.core.somaxconn', '2222']]);
  });

  it('stops reading at the size limit when the file grows after its size was checked', async () => {
    const growing = join(folder, 'growing.sysctl');
    writeFileSync(growing, 'net.core.somaxconn = 3333\n');
    const scanned = { path: folder, realPath: realpathSync(folder) };
    strictEqual(await readWorkspaceFile(growing, scanned), 'net.core.somaxconn = 3333\n');
    // The file grows to 2 MiB right after readWorkspaceFile has looked at its size.
    const lstat = fsPromises.lstat;
    fsPromises.lstat = (async (...args: Parameters<typeof lstat>) => {
      const stat = await lstat(...args);
      appendFileSync(growing, '#'.repeat(2 * 1024 * 1024));
      return stat;
    }) as typeof lstat;
    try {
      strictEqual(await readWorkspaceFile(growing, scanned), undefined);
    } finally {
      fsPromises.lstat = lstat;
    }
    strictEqual(statSync(growing).size, 26 + 2 * 1024 * 1024);
    rmSync(growing);
  });
});
