import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectSysctlValues } from '../../server/src/core/analysis/sysctlContext';
import { nonDefaultValues } from '../../server/src/core/features/nonDefaultValues';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { readFixture } from './support/fixtures';
import { service, settingsWith } from './support/service';

const HOST = readFixture('real', 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt');
const NETNS = readFixture('real', 'sysctl', 'sysctl-a-netns-6.18.44-fc-v657.txt');

function lineOf(text: string, key: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(`${key} =`));
}

describe('what was changed on a host (netstatInsight/nonDefaultValues)', () => {
  it('finds nothing changed in the captures of a machine whose sysctl files set nothing', () => {
    // The README of the captures: no init system applied any file, so every value is the kernel's own.
    for (const capture of [HOST, NETNS]) {
      const result = nonDefaultValues(parseSysctlFile(capture), '5.15');
      deepStrictEqual([result?.kernel, result?.kernelFromCapture, result?.values, result?.more], ['6.18', true, [], 0]);
    }
  });

  it('lists a value set on the host, with its line and the default it differs from', () => {
    const changed = HOST.replace('net.core.somaxconn = 4096\n', 'net.core.somaxconn = 1024\n').replace('vm.swappiness = 60\n', 'vm.swappiness = 10\n');
    const result = nonDefaultValues(parseSysctlFile(changed), '6.18');
    deepStrictEqual(result?.values, [
      { key: 'net.core.somaxconn', value: '1024', default: '4096', line: lineOf(changed, 'net.core.somaxconn') },
      { key: 'vm.swappiness', value: '10', default: '60', line: lineOf(changed, 'vm.swappiness') },
    ]);
  });

  it('judges against the kernel the capture names: the same values are changes on 4.19', () => {
    const old = HOST.replace(/^kernel\.osrelease = .*$/m, 'kernel.osrelease = 4.19.0-26-amd64');
    const result = nonDefaultValues(parseSysctlFile(old), '6.18');
    strictEqual(result?.kernel, '4.19');
    const byKey = new Map(result?.values.map((entry) => [entry.key, entry]));
    deepStrictEqual(byKey.get('net.core.somaxconn'), { key: 'net.core.somaxconn', value: '4096', default: '128', line: lineOf(old, 'net.core.somaxconn') });
    deepStrictEqual(byKey.get('net.core.rmem_max'), { key: 'net.core.rmem_max', value: '4194304', default: '212992', line: lineOf(old, 'net.core.rmem_max') });
    deepStrictEqual(byKey.get('net.ipv4.tcp_rmem'), { key: 'net.ipv4.tcp_rmem', value: '4096\t131072\t33554432', default: '4096\t131072\t6291456', line: lineOf(old, 'net.ipv4.tcp_rmem') });
  });

  it('uses the configured kernel without a kernel.osrelease line, and leaves out machine-dependent keys and single interfaces', () => {
    const withoutRelease = HOST.replace(/^kernel\.osrelease = .*\n/m, '')
      .replace(/^net\.ipv4\.tcp_max_syn_backlog = .*$/m, 'net.ipv4.tcp_max_syn_backlog = 1')
      .replace('net.ipv4.conf.lo.rp_filter = 0\n', 'net.ipv4.conf.lo.rp_filter = 2\n')
      .replace('net.ipv4.conf.all.rp_filter = 0\n', 'net.ipv4.conf.all.rp_filter = 2\n');
    const result = nonDefaultValues(parseSysctlFile(withoutRelease), '6.18');
    deepStrictEqual([result?.kernel, result?.kernelFromCapture], ['6.18', false]);
    deepStrictEqual(result?.values.map((entry) => entry.key), ['net.ipv4.conf.all.rp_filter']);
  });

  it('gives null for a configuration file: it says what someone wants, not what a machine has', () => {
    strictEqual(nonDefaultValues(parseSysctlFile('net.core.somaxconn = 1024\n'), '6.18'), null);
  });
});

describe('sysctl key hover: the workspace\'s value in effect, and containers', () => {
  const text = 'net.core.somaxconn = 8192\nnet.ipv4.tcp_rmem = 4096 87380 16777216\nnet.core.netdev_max_backlog = 5000\nnet.ipv4.conf.all.rp_filter = 1\nnet.ipv4.tcp_keepalive_time = 300\nkernel.shm_rmid_forced = 1\n';
  const document = TextDocument.create('file:///ws/etc/sysctl.d/10-web.conf', 'sysctl', 1, text);
  const parsed = service.parse(document);
  const own = { uri: document.uri, file: parsed.kind === 'sysctl' ? parsed.file : parseSysctlFile('') };
  const other = { uri: 'file:///ws/etc/sysctl.conf', file: parseSysctlFile('net.core.somaxconn = 16384\n') };
  const workspace = { sysctlValues: collectSysctlValues([own, other]), sysctlFiles: [own, other] };

  function hoverText(line: number, detail: 'brief' | 'full', language: 'en' | 'zh-cn' = 'en'): string {
    const hover = service.doHover(document, { line, character: 2 }, parsed, settingsWith({ hoverDetail: detail, language }), { uri: document.uri, workspace });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  }

  it('shows the value in effect and its file when another file of the workspace wins', () => {
    ok(hoverText(0, 'brief').includes('**In effect:** `16384` — etc/sysctl\\.conf:1, with `sysctl --system` and systemd-sysctl alike'), hoverText(0, 'brief'));
    ok(hoverText(0, 'brief', 'zh-cn').includes('**最终生效：** `16384` — etc/sysctl\\.conf:1，`sysctl --system` 与 systemd-sysctl 结果相同'), hoverText(0, 'brief', 'zh-cn'));
    // Set in this file only: nothing to add.
    ok(!hoverText(1, 'full').includes('In effect'), hoverText(1, 'full'));
  });

  it('says whether a container starts from the kernel default or from a copy of the host\'s value, and how to set it', () => {
    const copied = hoverText(1, 'full');
    ok(copied.includes("starts with a copy of the host's value at the time it is created, not the kernel default (Linux 4.15 and later)"), copied);
    ok(copied.includes('`docker run --sysctl net.ipv4.tcp_rmem=…`') && copied.includes('In Kubernetes 1.32 it is a safe sysctl: any pod may set it in `securityContext.sysctls`, on nodes with Linux 4.15 or later.'), copied);
    ok(hoverText(0, 'full').includes('A new container starts from the kernel default, whatever the host sets.'));
    ok(hoverText(0, 'full').includes('Kubernetes (1.32) counts it as unsafe'));
    ok(hoverText(2, 'full').includes('One value for the whole machine, set on the host and shared by every container'));
    ok(hoverText(3, 'full').includes("copies the host's IPv4 `conf.all`/`conf.default` values; since Linux 5.1, `net.core.devconf_inherit_init_net` can change that"));
    ok(hoverText(4, 'full').includes('on nodes with Linux 4.5 or later'));
    ok(hoverText(4, 'full', 'zh-cn').includes('新建的容器从内核默认值开始，与宿主机的设置无关。'));
    ok(hoverText(5, 'full').includes('Each container has its own IPC namespace, which starts from the kernel default. Set it per container with `docker run --sysctl kernel.shm_rmid_forced=…`. In Kubernetes 1.32 it is a safe sysctl: any pod may set it in `securityContext.sysctls`.'), hoverText(5, 'full'));
    // The brief hover keeps to the point.
    ok(!hoverText(1, 'brief').includes('In containers'));
  });
});
