import { deepStrictEqual, ok } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyStatus, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { FIXTURES } from './support/fixtures';
import { diagnose, settingsWith } from './support/service';

function found(text: string) {
  return diagnose('sysctl', text).map((diagnostic) => [diagnostic.range.start.line, diagnostic.code, diagnostic.severity]);
}

describe('sysctl rules', () => {
  it('gives a valid file no diagnostic at all', () => {
    const text = [
      '# /etc/sysctl.d/90-web.conf',
      'net.core.somaxconn = 4096',
      'net.ipv4.tcp_max_syn_backlog = 8192',
      'net.ipv4.ip_local_port_range = 1024 65000',
      'net.ipv4.tcp_tw_reuse = 1',
      'net.ipv4.tcp_keepalive_time = 600',
      'net/ipv4/tcp_keepalive_intvl = 30',
      'net.ipv4.conf.eth0.rp_filter = 2',
      'net.ipv4.conf.eth0/100.rp_filter = 1',
      'net.ipv4.conf.*.rp_filter = 2',
      'net.ipv4.tcp_congestion_control = bbr',
      'kernel.pid_max = 4194304',
      '-net.ipv4.tcp_fastopen = 3',
    ].join('\n');
    deepStrictEqual(found(text), []);
  });

  it('flags an unknown key with a did-you-mean that keeps the interface name and slash style', () => {
    const diagnostics = diagnose('sysctl', 'net.ipv4.conf.eth1.rp_filtr = 1\nnet/ipv4/tcp_fin_timout = 30\n');
    deepStrictEqual(diagnostics.map((d) => d.code), ['sysctl.unknown-key', 'sysctl.unknown-key']);
    ok(diagnostics[0].message.includes('Did you mean net.ipv4.conf.eth1.rp_filter?'), diagnostics[0].message);
    ok(diagnostics[1].message.includes('Did you mean net/ipv4/tcp_fin_timeout?'), diagnostics[1].message);
    ok(diagnostics[1].message.includes('cannot stat /proc/sys/net/ipv4/tcp_fin_timout'));
  });

  it('flags unknown keys in fully catalogued trees even without a suggestion, but not in trees that vary by build', () => {
    deepStrictEqual(found('net.ipv4.made_up_parameter_xyz = 1\nvm.some_vendor_knob = 3\nfs.zzz.vendor = 1'), [[0, 'sysctl.unknown-key', 2]]);
  });

  it('flags removed keys, with the release that removed them', () => {
    const diagnostics = diagnose('sysctl', 'net.ipv4.tcp_tw_recycle = 1\nvm.percpu_pagelist_fraction = 8\n');
    deepStrictEqual(diagnostics.map((d) => d.code), ['sysctl.removed-key', 'sysctl.removed-key']);
    ok(diagnostics[0].message.startsWith('net.ipv4.tcp_tw_recycle was removed in Linux 4.12'), diagnostics[0].message);
    ok(diagnostics[1].message.includes('vm.percpu_pagelist_high_fraction'));
  });

  it('checks values against type, range, allowed values and item count', () => {
    const text = [
      'net.ipv4.tcp_syncookies = 7',
      'net.ipv4.tcp_fin_timeout = soon',
      'net.ipv4.ip_local_port_range = 1024',
      'net.ipv4.tcp_keepalive_time = 600 # ten minutes',
      'net.core.somaxconn = 0x1000',
    ].join('\n');
    const diagnostics = diagnose('sysctl', text);
    deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [
      [0, 'sysctl.invalid-value'],
      [1, 'sysctl.invalid-value'],
      [2, 'sysctl.invalid-value'],
      [3, 'sysctl.invalid-value'],
    ]);
    ok(diagnostics[0].message.includes('accepted values are 0, 1, 2'), diagnostics[0].message);
    ok(diagnostics[1].message.includes('"soon" is not an integer'), diagnostics[1].message);
    ok(diagnostics[2].message.includes('expected 2 numbers'), diagnostics[2].message);
    ok(diagnostics[3].message.includes('no end-of-line comments'), diagnostics[3].message);
  });

  it('marks the overridden line of a duplicate key and points at the winner', () => {
    const diagnostics = diagnose('sysctl', 'net.core.somaxconn = 1024\nnet.core.somaxconn = 4096\nnet/core/somaxconn = 4096\n');
    deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [
      [0, 'sysctl.duplicate-key'],
      [1, 'sysctl.duplicate-key'],
    ]);
    ok(diagnostics[0].message.includes('never takes effect; 4096 does'), diagnostics[0].message);
    ok(diagnostics[1].message.includes('same value'), diagnostics[1].message);
    deepStrictEqual(diagnostics[0].relatedInformation?.[0].location.range.start, { line: 2, character: 0 });
    deepStrictEqual(diagnostics[0].tags, [1]);
  });

  it('reports syntax errors as errors', () => {
    deepStrictEqual(found('net.ipv4.tcp_fin_timeout 30'), [[0, 'sysctl.syntax-error', 1]]);
  });

  it('does not second-guess the keys of sysctl -a output', () => {
    const keys = Array.from({ length: 160 }, (_, i) => `net.ipv4.tcp_old_knob_${i} = 1`);
    const text = [...keys, 'net.ipv4.tcp_tw_recycle = 0', 'dev.cdrom.info = CD-ROM information', 'dev.cdrom.info = drive name:'].join('\n');
    deepStrictEqual(found(text), []);
  });

  it('speaks Chinese when asked', () => {
    const [diagnostic] = diagnose('sysctl', 'net.ipv4.tcp_fin_timout = 30', settingsWith({ language: 'zh-cn' }));
    ok(diagnostic.message.startsWith('未知参数 net.ipv4.tcp_fin_timout：Linux '), diagnostic.message);
    ok(diagnostic.message.includes('是不是想写 net.ipv4.tcp_fin_timeout？'));
  });
});

describe('real sysctl -a output', () => {
  const directory = join(FIXTURES, 'real', 'sysctl');
  const captures = readdirSync(directory).filter((name) => name.startsWith('sysctl-a-'));

  for (const name of captures) {
    it(`${name}: every line is a setting the product knows, and nothing is reported`, () => {
      const text = readFileSync(join(directory, name), 'utf8');
      const file = parseSysctlFile(text);
      deepStrictEqual(file.problems, []);
      ok(file.isSnapshot, 'read as sysctl -a output');
      const lines = text.split('\n').filter((line) => line.length > 0).length;
      deepStrictEqual(file.entries.length + file.toolMessages.length, lines);
      const unknown = file.entries.map((entry) => templateKey(entry.segments)).filter((key) => keyStatus(key).kind === 'unknown');
      deepStrictEqual(unknown, []);
      deepStrictEqual(diagnose('sysctl', text), []);
    });
  }
});
