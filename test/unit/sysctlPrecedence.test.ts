import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { kernelDefaultOf } from '../../server/src/core/analysis/kernelDefaults';
import { collectSysctlValues, resolvePrecedence, type WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import { loadOrder, placeOf, type WorkspaceSysctlFile } from '../../server/src/core/analysis/sysctlLoadOrder';
import { segmentsOfDottedKey } from '../../server/src/core/knowledge/sysctlKeys';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { service, settingsWith } from './support/service';

/** A workspace file at a virtual path, its `-key` lines read as the server reads them from disk. */
function fileAt(path: string, ...lines: string[]): WorkspaceSysctlFile {
  const text = lines.join('\n');
  return { uri: `file:///ws${path}`, file: parseSysctlFile(text) };
}

function workspaceOf(...files: WorkspaceSysctlFile[]): WorkspaceContext {
  return { sysctlValues: collectSysctlValues(files), sysctlFiles: files };
}

function order(files: readonly WorkspaceSysctlFile[], tool: 'procps' | 'systemd'): string[] {
  return loadOrder(files, tool).files.map((entry) => entry.uri.slice('file:///ws'.length));
}

function winner(files: readonly WorkspaceSysctlFile[], key: string, tool: 'procps' | 'systemd'): string | undefined {
  const found = resolvePrecedence(files).winner(key, segmentsOfDottedKey(key), tool);
  return found ? `${found.uri.slice('file:///ws'.length)}:${found.line + 1}=${found.value}` : undefined;
}

/** Diagnostics of one of the workspace's files, validated with the others as context. */
function diagnoseIn(workspace: WorkspaceContext, path: string, settings = settingsWith()) {
  const own = workspace.sysctlFiles?.find((entry) => entry.uri === `file:///ws${path}`);
  const text = own ? textOf(own) : '';
  const document = TextDocument.create(`file:///ws${path}`, 'sysctl', 1, text);
  return service.doValidation(document, service.parse(document), settings, workspace);
}

const TEXTS = new WeakMap<WorkspaceSysctlFile, string>();
function textOf(file: WorkspaceSysctlFile): string {
  return TEXTS.get(file) ?? '';
}
function textFile(path: string, ...lines: string[]): WorkspaceSysctlFile {
  const file = fileAt(path, ...lines);
  TEXTS.set(file, lines.join('\n'));
  return file;
}

describe('which sysctl value wins: the order the tools read files in', () => {
  it('places workspace files by the end of their path, and anything else in /etc/sysctl.d by name', () => {
    deepStrictEqual(placeOf('file:///repo/hosts/a/etc/sysctl.d/90-net.conf'), { systemPath: '/etc/sysctl.d/90-net.conf', directory: 0, name: '90-net.conf', assumed: false });
    strictEqual(placeOf('file:///x/run/sysctl.d/a.conf').systemPath, '/run/sysctl.d/a.conf');
    strictEqual(placeOf('file:///x/usr/local/lib/sysctl.d/a.conf').systemPath, '/usr/local/lib/sysctl.d/a.conf');
    strictEqual(placeOf('file:///x/usr/lib/sysctl.d/a.conf').systemPath, '/usr/lib/sysctl.d/a.conf');
    strictEqual(placeOf('file:///x/lib/sysctl.d/a.conf').systemPath, '/lib/sysctl.d/a.conf');
    deepStrictEqual(placeOf('file:///x/etc/sysctl.conf'), { systemPath: '/etc/sysctl.conf', directory: -1, name: 'sysctl.conf', assumed: false });
    deepStrictEqual(placeOf('file:///repo/ansible/sysctl.d/k8s.conf'), { systemPath: '/etc/sysctl.d/k8s.conf', directory: 0, name: 'k8s.conf', assumed: true });
    deepStrictEqual(placeOf('file:///repo/tuning%20v2.sysctl'), { systemPath: '/etc/sysctl.d/tuning v2.sysctl', directory: 0, name: 'tuning v2.sysctl', assumed: true });
  });

  it('sysctl --system orders sysctl.d files by name whatever their directory, and applies /etc/sysctl.conf last', () => {
    const files = [
      fileAt('/etc/sysctl.conf', 'vm.swappiness = 10'),
      fileAt('/usr/lib/sysctl.d/99-vendor.conf', 'vm.swappiness = 20'),
      fileAt('/etc/sysctl.d/10-local.conf', 'vm.swappiness = 30'),
      fileAt('/run/sysctl.d/50-runtime.conf', 'vm.swappiness = 40'),
    ];
    deepStrictEqual(order(files, 'procps'), ['/etc/sysctl.d/10-local.conf', '/run/sysctl.d/50-runtime.conf', '/usr/lib/sysctl.d/99-vendor.conf', '/etc/sysctl.conf']);
    strictEqual(winner(files, 'vm.swappiness', 'procps'), '/etc/sysctl.conf:1=10');
  });

  it('systemd-sysctl reads /etc/sysctl.conf as the 99-sysctl.conf link, so a later name beats it', () => {
    const files = [fileAt('/etc/sysctl.conf', 'vm.swappiness = 10'), fileAt('/etc/sysctl.d/99-zz-tuning.conf', 'vm.swappiness = 60')];
    deepStrictEqual(order(files, 'systemd'), ['/etc/sysctl.conf', '/etc/sysctl.d/99-zz-tuning.conf']);
    strictEqual(loadOrder(files, 'systemd').files[0].place.name, '99-sysctl.conf');
    strictEqual(winner(files, 'vm.swappiness', 'systemd'), '/etc/sysctl.d/99-zz-tuning.conf:1=60');
    strictEqual(winner(files, 'vm.swappiness', 'procps'), '/etc/sysctl.conf:1=10');
    // With the link's own copy in the workspace, systemd-sysctl reads that one and not sysctl.conf.
    const linked = [...files, fileAt('/etc/sysctl.d/99-sysctl.conf', 'vm.swappiness = 99')];
    deepStrictEqual(order(linked, 'systemd'), ['/etc/sysctl.d/99-sysctl.conf', '/etc/sysctl.d/99-zz-tuning.conf']);
  });

  it('a file in /etc hides the same name in /run, which hides it in /usr/local/lib and /usr/lib; a link to /dev/null switches it off', () => {
    const files = [
      fileAt('/usr/lib/sysctl.d/50-default.conf', 'kernel.core_uses_pid = 1'),
      fileAt('/run/sysctl.d/50-default.conf', 'kernel.core_uses_pid = 2'),
      fileAt('/usr/local/lib/sysctl.d/60-site.conf', 'vm.swappiness = 1'),
      fileAt('/usr/lib/sysctl.d/60-site.conf', 'vm.swappiness = 2'),
      { uri: 'file:///ws/etc/sysctl.d/70-vendor.conf', file: parseSysctlFile(''), linkToDevNull: true },
      fileAt('/usr/lib/sysctl.d/70-vendor.conf', 'fs.protected_fifos = 2'),
    ];
    for (const tool of ['procps', 'systemd'] as const) {
      deepStrictEqual(order(files, tool), ['/run/sysctl.d/50-default.conf', '/usr/local/lib/sysctl.d/60-site.conf']);
      const hidden = loadOrder(files, tool).hidden;
      strictEqual(hidden.get('file:///ws/usr/lib/sysctl.d/50-default.conf')?.uri, 'file:///ws/run/sysctl.d/50-default.conf');
      strictEqual(hidden.get('file:///ws/usr/lib/sysctl.d/60-site.conf')?.uri, 'file:///ws/usr/local/lib/sysctl.d/60-site.conf');
      strictEqual(hidden.get('file:///ws/usr/lib/sysctl.d/70-vendor.conf')?.uri, 'file:///ws/etc/sysctl.d/70-vendor.conf');
      strictEqual(winner(files, 'fs.protected_fifos', tool), undefined);
    }
  });

  it('an explicit key beats a glob even from an earlier file, and a -key line keeps every glob off that key', () => {
    const files = [
      fileAt('/etc/sysctl.d/10-explicit.conf', 'net.ipv4.conf.eth0.rp_filter = 1'),
      fileAt('/etc/sysctl.d/20-glob.conf', 'net.ipv4.conf.default.rp_filter = 2', 'net.ipv4.conf.*.rp_filter = 2', '-net.ipv4.conf.all.rp_filter'),
    ];
    for (const tool of ['procps', 'systemd'] as const) {
      strictEqual(winner(files, 'net.ipv4.conf.eth0.rp_filter', tool), '/etc/sysctl.d/10-explicit.conf:1=1');
      strictEqual(winner(files, 'net.ipv4.conf.eth1.rp_filter', tool), '/etc/sysctl.d/20-glob.conf:2=2');
      strictEqual(winner(files, 'net.ipv4.conf.all.rp_filter', tool), undefined);
      strictEqual(winner(files, 'net.ipv4.conf.default.rp_filter', tool), '/etc/sysctl.d/20-glob.conf:1=2');
      // `*` stays within one segment, as glob(3) matches a path.
      strictEqual(winner(files, 'net.ipv4.conf.eth0/100.rp_filter', tool), '/etc/sysctl.d/20-glob.conf:2=2');
    }
    const withExclusions = parseSysctlFile('# x\n-net/ipv4/conf/eth0.100/rp_filter\n-key = value\n  -kernel.sysrq  \n-\n');
    deepStrictEqual(withExclusions.exclusions, [
      { line: 1, key: 'net.ipv4.conf.eth0/100.rp_filter', keySpan: { start: 1, end: 33 } },
      { line: 3, key: 'kernel.sysrq', keySpan: { start: 3, end: 15 } },
    ]);
    // An exclusion is not a syntax error; a lone `-` still is.
    deepStrictEqual(withExclusions.problems.map((problem) => [problem.line, problem.kind]), [[4, 'missing-equals']]);
  });

  it('leaves sysctl -a snapshots out of the order: no tool applies them', () => {
    const snapshot = fileAt('/captures/host.sysctl', ...Array.from({ length: 200 }, (_, index) => `net.ipv4.knob_${index} = 1`));
    ok(snapshot.file.isSnapshot);
    deepStrictEqual(order([snapshot, fileAt('/etc/sysctl.conf', 'vm.swappiness = 1')], 'procps'), ['/etc/sysctl.conf']);
  });
});

describe('sysctl.overridden-by-other-file', () => {
  it('is Information on the line another file overrides, with related information on the winning line of that file', () => {
    const workspace = workspaceOf(
      textFile('/etc/sysctl.d/10-base.conf', '# base', 'net.core.somaxconn = 8192', 'vm.swappiness = 10'),
      textFile('/etc/sysctl.d/90-web.conf', 'net.core.somaxconn = 16384'),
    );
    const diagnostics = diagnoseIn(workspace, '/etc/sysctl.d/10-base.conf').filter((d) => d.code === 'sysctl.overridden-by-other-file');
    deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.severity]), [[1, 3]]);
    ok(diagnostics[0].message.startsWith('net.core.somaxconn is set again in sysctl.d/90-web.conf:1, which both `sysctl --system` and systemd-sysctl read after this file'), diagnostics[0].message);
    deepStrictEqual(diagnostics[0].relatedInformation?.map((info) => [info.location.uri, info.location.range.start.line]), [['file:///ws/etc/sysctl.d/90-web.conf', 0]]);
    deepStrictEqual(diagnoseIn(workspace, '/etc/sysctl.d/90-web.conf').filter((d) => d.code === 'sysctl.overridden-by-other-file'), []);
  });

  it('names the tool whose order overrides the line when procps and systemd disagree', () => {
    const workspace = workspaceOf(textFile('/etc/sysctl.conf', 'net.core.somaxconn = 8192'), textFile('/etc/sysctl.d/99-zz.conf', 'net.core.somaxconn = 16384'));
    const [inConf] = diagnoseIn(workspace, '/etc/sysctl.conf').filter((d) => d.code === 'sysctl.overridden-by-other-file');
    ok(inConf.message.includes('with systemd-sysctl (at boot), which reads that file after this one, its value (16384) replaces this one (8192); with `sysctl --system` this line wins'), inConf.message);
    const [inDropIn] = diagnoseIn(workspace, '/etc/sysctl.d/99-zz.conf').filter((d) => d.code === 'sysctl.overridden-by-other-file');
    ok(inDropIn.message.includes('with `sysctl --system`, which reads that file after this one, its value (8192) replaces this one (16384); with systemd-sysctl (at boot) this line wins'), inDropIn.message);
    const [zh] = diagnoseIn(workspace, '/etc/sysctl.conf', settingsWith({ language: 'zh-cn' })).filter((d) => d.code === 'sysctl.overridden-by-other-file');
    ok(zh.message.includes('按 systemd-sysctl（开机时）的顺序，那个文件在本文件之后读取，它的值（16384）会覆盖这里的值（8192）；按 `sysctl --system` 的顺序则是这一行生效'), zh.message);
  });

  it('says once that a file hidden by a same-named file is not read at all', () => {
    const workspace = workspaceOf(
      textFile('/usr/lib/sysctl.d/50-default.conf', 'kernel.core_uses_pid = 1', 'fs.protected_fifos = 1'),
      textFile('/etc/sysctl.d/50-default.conf', '# local copy', 'kernel.core_uses_pid = 1'),
    );
    const diagnostics = diagnoseIn(workspace, '/usr/lib/sysctl.d/50-default.conf').filter((d) => d.code === 'sysctl.overridden-by-other-file');
    deepStrictEqual(diagnostics.map((d) => d.range.start.line), [0]);
    ok(diagnostics[0].message.startsWith('This file is not read at all: sysctl.d/50-default.conf has the same name in a directory read first (/etc/sysctl.d/50-default.conf)'), diagnostics[0].message);
    strictEqual(diagnostics[0].relatedInformation?.[0].location.uri, 'file:///ws/etc/sysctl.d/50-default.conf');

    const switchedOff = workspaceOf(textFile('/usr/lib/sysctl.d/50-default.conf', 'kernel.core_uses_pid = 1'), { uri: 'file:///ws/etc/sysctl.d/50-default.conf', file: parseSysctlFile(''), linkToDevNull: true });
    const [off] = diagnoseIn(switchedOff, '/usr/lib/sysctl.d/50-default.conf').filter((d) => d.code === 'sysctl.overridden-by-other-file');
    ok(off.message.startsWith('This file is not read at all: sysctl.d/50-default.conf is a link to /dev/null at /etc/sysctl.d/50-default.conf, which switches it off.'), off.message);
  });

  it('leaves an untitled paste out: it is no file of the machine', () => {
    const workspace = workspaceOf(textFile('/etc/sysctl.d/90-web.conf', 'net.core.somaxconn = 16384'));
    const paste = TextDocument.create('untitled:Untitled-1', 'sysctl', 1, 'net.core.somaxconn = 8192\n');
    const withPaste = { ...workspace, sysctlFiles: [...(workspace.sysctlFiles ?? []), { uri: paste.uri, file: parseSysctlFile(paste.getText()) }] };
    deepStrictEqual(service.doValidation(paste, service.parse(paste), settingsWith(), withPaste).map((d) => d.code), []);
    deepStrictEqual(diagnoseIn(withPaste, '/etc/sysctl.d/90-web.conf').map((d) => d.code), []);
  });

  it('is silent without other files', () => {
    const document = TextDocument.create('file:///ws/etc/sysctl.conf', 'sysctl', 1, 'net.core.somaxconn = 8192\n');
    deepStrictEqual(service.doValidation(document, service.parse(document), settingsWith()), []);
  });
});

describe('sysctl.no-op and sysctl.lowers-default', () => {
  it('fades a line that writes the kernel default when nothing read before sets the key, with a fix that removes it', () => {
    const document = TextDocument.create('file:///ws/etc/sysctl.d/90-web.conf', 'sysctl', 1, '# web\nnet.ipv4.tcp_syncookies = 1\nnet.core.somaxconn = 0x1000\nnet.ipv4.tcp_fin_timeout = 30\n');
    const diagnostics = service.doValidation(document, service.parse(document), settingsWith());
    deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.severity, d.tags]), [
      ['sysctl.no-op', 1, 4, [1]],
      ['sysctl.no-op', 2, 4, [1]],
    ]);
    ok(diagnostics[0].message.startsWith('net.ipv4.tcp_syncookies = 1 is already the kernel default (Linux 6.18)'), diagnostics[0].message);
    const [removal] = service.getCodeActions(document.uri, [diagnostics[0]]);
    deepStrictEqual([removal.title, removal.edit?.changes?.[document.uri]], ['Remove this line', [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]]);
  });

  it('judges against the chosen kernel: somaxconn 4096 is the default from 5.4 on, and 128 before', () => {
    strictEqual(kernelDefaultOf('net.core.somaxconn', '5.4'), '4096');
    strictEqual(kernelDefaultOf('net.core.somaxconn', '4.19.0-26-amd64'), '128');
    strictEqual(kernelDefaultOf('net.core.somaxconn'), '4096');
    strictEqual(kernelDefaultOf('net.ipv4.tcp_rmem', '6.12'), '4096\t131072\t6291456');
    strictEqual(kernelDefaultOf('net.ipv4.tcp_max_syn_backlog'), undefined, 'depends on the machine');
    strictEqual(kernelDefaultOf('net.core.somaxconn', 'rhel8'), undefined, 'not a version: a key whose default changed is not judged');
    strictEqual(kernelDefaultOf('net.ipv4.conf.eth0.rp_filter', 'rhel8'), '0');
  });

  it('says "restores the kernel default over" an earlier workspace file, and offers no removal', () => {
    const workspace = workspaceOf(
      textFile('/etc/sysctl.d/10-base.conf', 'net.ipv4.tcp_fin_timeout = 15'),
      textFile('/etc/sysctl.d/90-app.conf', 'net.ipv4.tcp_fin_timeout = 60'),
    );
    const [diagnostic] = diagnoseIn(workspace, '/etc/sysctl.d/90-app.conf').filter((d) => d.code === 'sysctl.no-op');
    ok(diagnostic.message.includes('restores the kernel default over sysctl.d/10-base.conf:1, which sets 15 before this file is read'), diagnostic.message);
    deepStrictEqual([diagnostic.tags, diagnostic.data, diagnostic.relatedInformation?.[0].location.uri], [undefined, undefined, 'file:///ws/etc/sysctl.d/10-base.conf']);
  });

  it('knows what systemd\'s 50-default.conf sets first, including through its globs', () => {
    const late = TextDocument.create('file:///ws/etc/sysctl.d/99-local.conf', 'sysctl', 1, 'fs.protected_regular = 0\nnet.ipv4.conf.eth0.promote_secondaries = 0\nnet.ipv4.conf.all.promote_secondaries = 0\n');
    const diagnostics = service.doValidation(late, service.parse(late), settingsWith());
    deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.tags, d.data]), [
      ['sysctl.no-op', 0, undefined, undefined],
      ['sysctl.no-op', 1, undefined, undefined],
      // 50-default.conf keeps its glob off conf.all: there the line is a plain no-op.
      ['sysctl.no-op', 2, [1], diagnostics[2].data],
    ]);
    ok(diagnostics[0].message.includes('restores the kernel default over /usr/lib/sysctl.d/50-default.conf, which sets 1 first (shipped with systemd and installed by Fedora, RHEL, Arch, Ubuntu and most systemd distributions)'), diagnostics[0].message);
    // A file named before 50-default.conf is read first: the vendor file comes after it.
    const early = TextDocument.create('file:///ws/etc/sysctl.d/10-local.conf', 'sysctl', 1, 'fs.protected_regular = 0\n');
    deepStrictEqual(service.doValidation(early, service.parse(early), settingsWith()).map((d) => d.tags), [[1]]);
  });

  it('notes a limit lowered below the chosen kernel\'s default, on the value', () => {
    const text = 'net.core.somaxconn = 1024\nnet.ipv4.tcp_rmem = 4096 87380 16777216\nvm.max_map_count = 262144\n';
    const document = TextDocument.create('file:///ws/etc/sysctl.d/90-web.conf', 'sysctl', 1, text);
    const diagnostics = service.doValidation(document, service.parse(document), settingsWith());
    deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start, d.severity]), [
      ['sysctl.lowers-default', { line: 0, character: 21 }, 3],
      ['sysctl.lowers-default', { line: 1, character: 20 }, 3],
    ]);
    ok(diagnostics[0].message.startsWith('This lowers net.core.somaxconn from the kernel default 4096 (Linux 6.18) to 1024: every listen() backlog is cut to this'), diagnostics[0].message);
    // On 4.19 the default was 128 and the 6 MiB tcp_rmem max: 1024 and 16 MiB raise them.
    const old = service.doValidation(document, service.parse(document), settingsWith({ kernelVersion: '4.19' }));
    deepStrictEqual(old.map((d) => d.code), []);
    const zh = service.doValidation(document, service.parse(document), settingsWith({ language: 'zh-cn' }));
    ok(zh[0].message.startsWith('这一行把 net.core.somaxconn 从内核默认值 4096（Linux 6.18）调低到 1024：所有 listen() 的 backlog'), zh[0].message);
  });
});
