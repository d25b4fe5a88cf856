import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyStatus, REFERENCE_KERNEL, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { FIXTURES } from './support/fixtures';
import { settingsFrom } from '../../server/src/core/settings';
import { diagnose, service, settingsWith } from './support/service';

function found(text: string) {
  return diagnose('sysctl', text).map((diagnostic) => [diagnostic.range.start.line, diagnostic.code, diagnostic.severity]);
}

describe('sysctl rules', () => {
  it('gives a valid file no diagnostic at all', () => {
    const text = [
      '# /etc/sysctl.d/90-web.conf',
      'net.core.somaxconn = 8192',
      'net.ipv4.tcp_max_syn_backlog = 8192',
      'net.ipv4.ip_local_port_range = 1024 65000',
      'net.ipv4.tcp_tw_reuse = 1',
      'net.ipv4.tcp_keepalive_time = 240',
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

  it('flags unknown keys under every root: a warning in fully catalogued trees, information where the build decides', () => {
    deepStrictEqual(found('net.ipv4.made_up_parameter_xyz = 1\nvm.some_vendor_knob = 3\nfs.zzz.vendor = 1'), [
      [0, 'sysctl.unknown-key', 2],
      [1, 'sysctl.unknown-key', 3],
      [2, 'sysctl.unknown-key', 3],
    ]);
  });

  it('flags removed keys, with the release that removed them', () => {
    const diagnostics = diagnose('sysctl', 'net.ipv4.tcp_tw_recycle = 1\nvm.percpu_pagelist_fraction = 8\n');
    deepStrictEqual(diagnostics.map((d) => d.code), ['sysctl.removed-key', 'sysctl.removed-key']);
    ok(diagnostics[0].message.startsWith('net.ipv4.tcp_tw_recycle was removed in Linux 4.12'), diagnostics[0].message);
    ok(diagnostics[1].message.includes('vm.percpu_pagelist_high_fraction'));
  });

  it('checks values against type, range, allowed values and item count', () => {
    const text = [
      'net.ipv4.tcp_syncookies = 256',
      'net.ipv4.tcp_fin_timeout = soon',
      'net.ipv4.ip_local_port_range = 1024',
      'net.ipv4.tcp_congestion_control = bbr # fastest',
      'net.core.somaxconn = 0x2000',
    ].join('\n');
    const diagnostics = diagnose('sysctl', text);
    deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [
      [0, 'sysctl.invalid-value'],
      [1, 'sysctl.invalid-value'],
      [2, 'sysctl.invalid-value'],
      [3, 'sysctl.invalid-value'],
    ]);
    ok(diagnostics[0].message.includes('256 is outside the accepted range 0–255'), diagnostics[0].message);
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

describe('sysctl rules against other values', () => {
  function codes(text: string, settings = settingsWith()) {
    return diagnose('sysctl', text, settings).map((diagnostic) => [diagnostic.range.start.line, diagnostic.code]);
  }

  describe('sysctl.inconsistent-values', () => {
    it('reports an inverted port range as an error and offers the swap', () => {
      const [diagnostic] = diagnose('sysctl', '# ports\nnet.ipv4.ip_local_port_range = 60999\t32768\n');
      deepStrictEqual([diagnostic.code, diagnostic.severity, diagnostic.range.start], ['sysctl.inconsistent-values', 1, { line: 1, character: 31 }]);
      ok(diagnostic.message.startsWith('net.ipv4.ip_local_port_range is inverted: the first number (60999)'), diagnostic.message);
      const [action] = service.getCodeActions('test://x', [diagnostic]);
      deepStrictEqual(action.edit?.changes?.['test://x'][0].newText, '32768\t60999');
      strictEqual(action.title, 'Swap to 32768 60999');
    });

    it('reports a range starting below ip_unprivileged_port_start, citing the other line', () => {
      const diagnostics = diagnose('sysctl', 'net.ipv4.ip_unprivileged_port_start = 2000\nnet.ipv4.ip_local_port_range = 1500 65000\n');
      deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [[1, 'sysctl.inconsistent-values']]);
      ok(diagnostics[0].message.includes('below net.ipv4.ip_unprivileged_port_start = 2000 (set on line 1)'), diagnostics[0].message);
      strictEqual(diagnostics[0].relatedInformation?.[0].location.range.start.line, 0);
      deepStrictEqual(codes('net.ipv4.ip_local_port_range = 1000 65000'), [[0, 'sysctl.inconsistent-values']]);
    });

    it('reports buffer triples out of order and sorts them', () => {
      const diagnostics = diagnose('sysctl', 'net.ipv4.tcp_rmem = 4096 16777216 87380\nnet.ipv4.tcp_wmem = 4096 65536 16777216\nnet.ipv4.tcp_mem = 300000 200000 400000\n');
      deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [[0, 'sysctl.inconsistent-values'], [2, 'sysctl.inconsistent-values']]);
      ok(diagnostics[0].message.startsWith('net.ipv4.tcp_rmem lists the min, default and max receive buffer'), diagnostics[0].message);
      deepStrictEqual(service.getCodeActions('test://x', [diagnostics[0]])[0].edit?.changes?.['test://x'][0].newText, '4096 87380 16777216');
    });

    it('reports a default buffer above its max, using the documented default of the key not set', () => {
      const diagnostics = diagnose('sysctl', 'net.core.rmem_max = 131072\n');
      // Below the default rmem_max of 6.18 (4 MiB), so the limit is lowered too.
      deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code]), [[0, 'sysctl.inconsistent-values'], [0, 'sysctl.lowers-default']]);
      ok(diagnostics[0].message.startsWith('net.core.rmem_default = 212992 (the default) is larger than net.core.rmem_max = 131072 (set on line 1)'), diagnostics[0].message);
    });

    it('compares tcp_max_syn_backlog with somaxconn only when SYN cookies are off', () => {
      deepStrictEqual(codes('net.core.somaxconn = 65535\nnet.ipv4.tcp_max_syn_backlog = 1024\n'), []);
      deepStrictEqual(codes('net.ipv4.tcp_syncookies = 0\nnet.core.somaxconn = 65535\nnet.ipv4.tcp_max_syn_backlog = 1024\n'), [
        [2, 'sysctl.inconsistent-values'],
        [0, 'sysctl.risky-value'],
      ]);
    });
  });

  describe('sysctl.risky-value', () => {
    it('explains why timestamps off also breaks tcp_tw_reuse', () => {
      const diagnostics = diagnose('sysctl', 'net.ipv4.tcp_tw_reuse = 1\nnet.ipv4.tcp_timestamps = 0\n');
      deepStrictEqual(diagnostics.map((d) => [d.range.start.line, d.code, d.severity]), [[1, 'sysctl.risky-value', 2]]);
      ok(diagnostics[0].message.includes('silently disables net.ipv4.tcp_tw_reuse = 1 (line 1)'), diagnostics[0].message);
      strictEqual(diagnostics[0].relatedInformation?.[0].location.range.start.line, 0);
    });

    it('flags abort_on_overflow, tiny TIME_WAIT tables, and tcp_tw_recycle on kernels that still have it', () => {
      const text = 'net.ipv4.tcp_abort_on_overflow = 1\nnet.ipv4.tcp_max_tw_buckets = 5000\nnet.ipv4.tcp_tw_recycle = 1\n';
      deepStrictEqual(codes(text), [[2, 'sysctl.removed-key'], [0, 'sysctl.risky-value'], [1, 'sysctl.risky-value']]);
      deepStrictEqual(codes(text, settingsWith({ kernelVersion: '4.9' })), [[0, 'sysctl.risky-value'], [1, 'sysctl.risky-value'], [2, 'sysctl.risky-value']]);
    });

    it('leaves safe values alone', () => {
      // Three of these are the kernel defaults (sysctl.no-op hints); none is risky.
      const found = codes('net.ipv4.tcp_syncookies = 1\nnet.ipv4.tcp_timestamps = 1\nnet.ipv4.tcp_abort_on_overflow = 0\nnet.ipv4.tcp_max_tw_buckets = 262144\n');
      deepStrictEqual(found, [[0, 'sysctl.no-op'], [1, 'sysctl.no-op'], [2, 'sysctl.no-op']]);
    });
  });

  it('audits the values of real sysctl -a output, where a risky value is what the machine runs with', () => {
    const capture = readFileSync(join(FIXTURES, 'real', 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt'), 'utf8');
    const audited = capture.replace('net.ipv4.tcp_syncookies = 1\n', 'net.ipv4.tcp_syncookies = 0\n').replace(/^net\.ipv4\.tcp_wmem = .*$/m, 'net.ipv4.tcp_wmem = 4096\t4194304\t16384');
    const line = (key: string) => audited.split('\n').findIndex((text) => text.startsWith(`${key} =`));
    // With cookies off, the default tcp_max_syn_backlog (2048) below somaxconn (4096) matters too.
    deepStrictEqual(codes(audited), [
      [line('net.ipv4.tcp_max_syn_backlog'), 'sysctl.inconsistent-values'],
      [line('net.ipv4.tcp_wmem'), 'sysctl.inconsistent-values'],
      [line('net.ipv4.tcp_syncookies'), 'sysctl.risky-value'],
    ]);
  });

  describe('sysctl.keepalive-exceeds-idle-timeout', () => {
    it('is Information on a keepalive time past the load balancers\' idle timeouts, with a fix', () => {
      const [diagnostic] = diagnose('sysctl', 'net.ipv4.tcp_keepalive_time = 600\n');
      deepStrictEqual([diagnostic.code, diagnostic.severity], ['sysctl.keepalive-exceeds-idle-timeout', 3]);
      ok(diagnostic.message.startsWith('tcp_keepalive_time = 600 s: the first keepalive probe leaves only after the idle timeout of F5 BIG-IP (300 s) and AWS Network Load Balancer (350 s) has already expired.'), diagnostic.message);
      deepStrictEqual(service.getCodeActions('test://x', [diagnostic])[0].edit?.changes?.['test://x'][0].newText, '240');
    });

    it('follows the configured list of idle timeouts and stays quiet below them', () => {
      deepStrictEqual(codes('net.ipv4.tcp_keepalive_time = 300\n', settingsWith({ idleTimeouts: [{ name: 'Azure Load Balancer', seconds: 240 }] })), [[0, 'sysctl.keepalive-exceeds-idle-timeout']]);
      deepStrictEqual(codes('net.ipv4.tcp_keepalive_time = 299\n'), []);
      deepStrictEqual(codes('net.ipv4.tcp_keepalive_time = 3600\n', settingsWith({ severity: { 'sysctl.keepalive-exceeds-idle-timeout': 'off' } })), []);
    });
  });

  describe('netstatInsight.kernelVersion', () => {
    it('treats keys added after the configured kernel as missing, and keys removed after it as present', () => {
      const text = 'net.ipv4.ip_unprivileged_port_start = 2000\nnet.ipv4.tcp_tw_recycle = 0\n';
      deepStrictEqual(codes(text), [[1, 'sysctl.removed-key']]);
      const old = diagnose('sysctl', text, settingsWith({ kernelVersion: '4.9' }));
      // On 4.9 tcp_tw_recycle still exists, and 0 is its default there.
      deepStrictEqual(old.map((d) => [d.range.start.line, d.code]), [[0, 'sysctl.unknown-key'], [1, 'sysctl.no-op']]);
      ok(old[0].message.startsWith('net.ipv4.ip_unprivileged_port_start was added in Linux 4.11, so the configured kernel 4.9'), old[0].message);
    });

    it('reads the setting from the client, falling back to the reference kernel', () => {
      strictEqual(settingsFrom({ kernelVersion: '5.15.0-91-generic' }, 'en').kernelVersion, '5.15');
      strictEqual(settingsFrom({ kernelVersion: 'latest' }, 'en').kernelVersion, REFERENCE_KERNEL);
      strictEqual(settingsFrom({ thresholds: { synSentShare: 250 } }, 'en').thresholds.synSentShare, 100);
    });
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
