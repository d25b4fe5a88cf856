import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { MAX_SYNTAX_ERRORS_REPORTED } from '../../server/src/core/rules/sysctl/syntaxError';
import { readFixture } from './support/fixtures';
import { diagnose, documentOf, service, settingsWith } from './support/service';

/**
 * Diagnostics a new user met while trying the product: Chinese layout of the messages, VLAN
 * interface names, `-`-prefixed lines, and values or files far larger than anyone meant to paste.
 */

function zh() {
  return settingsWith({ language: 'zh-cn' });
}

/** Applies the preferred quick fix of `diagnostic` and returns the new text. */
function applyPreferredFix(document: TextDocument, diagnostic: Diagnostic): string {
  const action = service.getCodeActions(document.uri, [diagnostic]).find((candidate) => candidate.isPreferred);
  ok(action, `a preferred fix for ${String(diagnostic.code)}`);
  const edits: TextEdit[] = action.edit?.changes?.[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

describe('diagnostic edge cases', () => {
  describe('Chinese messages', () => {
    it('put no blank after a full stop when a note is appended (close-wait leak, "only the first 20 listed")', () => {
      const [diagnostic] = diagnose('netstat', readFixture('real', 'close-wait-leak', 'ss-tanp.txt'), zh());
      strictEqual(diagnostic.code, 'state.close-wait-buildup');
      ok(diagnostic.message.includes('（占本次输出 TCP 连接的 79%）。客户端已经关闭连接'), diagnostic.message);
      ok(diagnostic.message.endsWith('。相关行只列出前 20 条，其余 10 条未列出。'), diagnostic.message);
      ok(!/[。，：；）] /.test(diagnostic.message), diagnostic.message);
    });

    it('separate the port number from the next word, but not a closing bracket (accept queue)', () => {
      const [withoutProcess] = diagnose('netstat', readFixture('real', 'accept-queue-full', 'ss-tan.txt'), zh());
      ok(withoutProcess.message.startsWith('端口 3000 的全连接队列（accept 队列）已到上限：9 个'), withoutProcess.message);
      const [withProcess] = diagnose('netstat', readFixture('real', 'mixed', 'ss-tanp.txt'), zh());
      ok(/^端口 7000（属于 slow-acceptor \(pid \d+\)）的全连接队列/.test(withProcess.message), withProcess.message);
    });

    it('list accepted values with 、 and give the example in Chinese brackets', () => {
      const messages = diagnose('sysctl', 'net.ipv4.tcp_syncookies = yes\nnet.ipv4.tcp_wmem = 4096 65536\n', zh()).map((d) => d.message);
      deepStrictEqual(messages, [
        'net.ipv4.tcp_syncookies 的取值无效：允许的取值为 0、1、2。',
        'net.ipv4.tcp_wmem 的取值无效：应为 3 个用空格或 Tab 分隔的数字，实际有 2 个（例如 “4096 16384 4194304”）。',
      ]);
    });

    it('name the idle timeouts without a blank before 的', () => {
      const [diagnostic] = diagnose('sysctl', 'net.ipv4.tcp_keepalive_time = 7200\n', zh());
      ok(diagnostic.message.includes('要等到 F5 BIG-IP（300 秒）、AWS Network Load Balancer（350 秒）的空闲超时过后才发出'), diagnostic.message);
    });
  });

  describe('numbers', () => {
    it('write a tiny share as <1%, not as 1%', () => {
      const diagnostics = diagnose('netstat', readFixture('real', 'time-wait-storm', 'ss-tan.txt'), settingsWith({ thresholds: { timeWait: 10 } }));
      const towardsRedis = diagnostics.find((d) => d.message.startsWith('12 sockets in TIME_WAIT towards [fd88::1]:6379'));
      ok(towardsRedis?.message.includes('That is <1% of the 28232 ports in the default ephemeral range 32768–60999'), towardsRedis?.message);
      const towardsPostgres = diagnostics.find((d) => d.message.startsWith('280 sockets in TIME_WAIT towards 10.88.0.1:5432'));
      ok(towardsPostgres?.message.includes('That is 1% of the 28232 ports'), towardsPostgres?.message);
    });
  });

  describe('sysctl keys', () => {
    it('spot a VLAN interface written with a dot and offer the spelling sysctl understands', () => {
      const text = 'net.ipv4.conf.eth0.100.rp_filter = 2\nnet/ipv4/conf/eth0/100/rp_filter = 2\n';
      const document = documentOf('sysctl', text);
      const diagnostics = service.doValidation(document, service.parse(document), settingsWith());
      deepStrictEqual(
        diagnostics.map((d) => d.message),
        [
          'Unknown key net.ipv4.conf.eth0.100.rp_filter: Linux 6.18 has no such parameter. In a dotted key, a dot inside an interface name is written "/", so interface eth0.100 is spelled like this: net.ipv4.conf.eth0/100.rp_filter. Applying it fails with "cannot stat /proc/sys/net/ipv4/conf/eth0/100/rp_filter: No such file or directory".',
          'Unknown key net.ipv4.conf.eth0.100.rp_filter: Linux 6.18 has no such parameter. In the "/" form, the dot of interface eth0.100 stays a dot: write net/ipv4/conf/eth0.100/rp_filter. Applying it fails with "cannot stat /proc/sys/net/ipv4/conf/eth0/100/rp_filter: No such file or directory".',
          'net.ipv4.conf.eth0.100.rp_filter is set again on line 2 to the same value; this line is redundant.',
        ],
      );
      const fixed = applyPreferredFix(document, diagnostics[0]);
      strictEqual(fixed, 'net.ipv4.conf.eth0/100.rp_filter = 2\nnet/ipv4/conf/eth0/100/rp_filter = 2\n');
      const again = applyPreferredFix(TextDocument.create(document.uri, 'sysctl', 2, fixed), diagnostics[1]);
      strictEqual(again, 'net.ipv4.conf.eth0/100.rp_filter = 2\nnet/ipv4/conf/eth0.100/rp_filter = 2\n');
      deepStrictEqual(diagnose('sysctl', again).map((d) => d.code), ['sysctl.duplicate-key'], 'both lines now name the same real key');
    });

    it('catch the CFS scheduler knobs that tuned profiles still set, which 5.13 moved to debugfs', () => {
      const text = 'kernel.sched_migration_cost_ns = 5000000\nkernel.sched_min_granularity_ns = 10000000\nkernel.sched_autogroup_enabled = 0\n';
      const diagnostics = diagnose('sysctl', text);
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['sysctl.removed-key', 0], ['sysctl.removed-key', 1]]);
      strictEqual(
        diagnostics[0].message,
        'kernel.sched_migration_cost_ns was removed in Linux 5.13: setting it fails with "cannot stat", and it has no effect. The scheduler tunable moved to debugfs: `/sys/kernel/debug/sched/migration_cost_ns` (needs debugfs mounted), which sysctl cannot write. With the EEVDF scheduler of 6.6 and later, several of these CFS knobs are gone altogether: measure before carrying old values over.',
      );
      deepStrictEqual(diagnose('sysctl', text, settingsWith({ kernelVersion: '5.10' })), [], 'still sysctl keys on 5.10');
    });

    it('do not claim a "-" line fails: sysctl skips a missing key there silently', () => {
      const [diagnostic] = diagnose('sysctl', '-net.ipv4.tcp_tw_recycle = 0\n');
      strictEqual(diagnostic.code, 'sysctl.removed-key');
      ok(diagnostic.message.startsWith('net.ipv4.tcp_tw_recycle was removed in Linux 4.12: the leading "-" silences the error, so this line quietly does nothing.'), diagnostic.message);
      ok(!diagnostic.message.includes('fails'), diagnostic.message);
      const [zhDiagnostic] = diagnose('sysctl', '-net.ipv4.tcp_tw_recycle = 0\n', zh());
      ok(zhDiagnostic.message.startsWith('net.ipv4.tcp_tw_recycle 已在 Linux 4.12 中移除：行首的 “-” 会吞掉报错，这一行只是悄无声息地不起作用。'), zhDiagnostic.message);
    });
  });

  describe('quick fixes', () => {
    it('repair every mistake of a bad tuning file one preferred fix at a time, leaving only the line no fix can guess', () => {
      let document = TextDocument.create(
        'test://unit/bad-tuning.conf',
        'sysctl',
        1,
        [
          'net.core.somaxcon = 4096',
          'net.ipv4.tcp_tw_recycle = 1',
          'net.ipv4.tcp_syncookies = yes',
          'net.ipv4.tcp_fin_timeout = 30',
          'net.ipv4.tcp_fin_timeout = 15',
          'net.ipv4.ip_local_port_range = 60000 30000',
          'net.ipv4.tcp_rmem = 16777216 87380 4096',
          'net.ipv4.tcp_timestamps = 0',
          'net.ipv4.tcp_tw_reuse = 1',
          'net.ipv4.tcp_keepalive_time = 7200',
          'this is not a sysctl line',
          'net.ipv4.conf.eth0.100.rp_filter = 1',
          '',
        ].join('\n'),
      );
      const applied: string[] = [];
      for (;;) {
        const diagnostics = service.doValidation(document, service.parse(document), settingsWith());
        const action = service.getCodeActions(document.uri, diagnostics).find((candidate) => candidate.isPreferred && candidate.edit);
        if (!action) {
          // Besides that line: values the fixes wrote that equal the kernel default, and the sorted tcp_rmem whose max is below 6.18's.
          deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [
            ['sysctl.syntax-error', 9],
            ['sysctl.lowers-default', 5],
            ['sysctl.no-op', 0],
            ['sysctl.no-op', 2],
            ['sysctl.no-op', 6],
          ]);
          break;
        }
        applied.push(action.title);
        ok(applied.length < 20, applied.join(', '));
        document = TextDocument.create(document.uri, 'sysctl', document.version + 1, TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []));
      }
      deepStrictEqual(applied, [
        'Change to net.core.somaxconn',
        'Change to net.ipv4.conf.eth0/100.rp_filter',
        'Comment out this line',
        'Set to the default (1)',
        'Remove the overridden line',
        'Swap to 30000 60000',
        'Sort the three numbers',
        'Set to 1',
        'Set to 240 s',
      ]);
      strictEqual(
        document.getText(),
        [
          'net.core.somaxconn = 4096',
          '# net.ipv4.tcp_tw_recycle = 1',
          'net.ipv4.tcp_syncookies = 1',
          'net.ipv4.tcp_fin_timeout = 15',
          'net.ipv4.ip_local_port_range = 30000 60000',
          'net.ipv4.tcp_rmem = 4096 87380 16777216',
          'net.ipv4.tcp_timestamps = 1',
          'net.ipv4.tcp_tw_reuse = 1',
          'net.ipv4.tcp_keepalive_time = 240',
          'this is not a sysctl line',
          'net.ipv4.conf.eth0/100.rp_filter = 1',
          '',
        ].join('\n'),
      );
    });

    it('offer the safe value for a risky setting, in both languages', () => {
      const document = documentOf('sysctl', 'net.ipv4.tcp_syncookies = 0\n');
      const diagnostics = service.doValidation(document, service.parse(document), zh());
      deepStrictEqual(service.getCodeActions(document.uri, diagnostics, 'zh-cn').map((action) => action.title), ['改为 1']);
      strictEqual(applyPreferredFix(document, diagnostics[0]), 'net.ipv4.tcp_syncookies = 1\n');
    });
  });

  describe('oversized input', () => {
    it('quote only the start of a huge value, in the invalid-value and duplicate-key messages', () => {
      const huge = '1'.repeat(1_000_000);
      const messages = diagnose('sysctl', `net.core.somaxconn = ${huge}x\nnet.core.somaxconn = 4096\n`).map((d) => d.message);
      deepStrictEqual(messages, [
        `Invalid value for net.core.somaxconn: "${'1'.repeat(40)}…" is not an integer.`,
        `net.core.somaxconn is set again on line 2: the later line wins, so this value (${'1'.repeat(40)}…) never takes effect; 4096 does.`,
      ]);
    });

    it('report at most 100 syntax errors one by one, then one line for the rest', () => {
      const text = Array.from({ length: 5000 }, (_, index) => `not a setting ${index}`).join('\n');
      const diagnostics = diagnose('sysctl', text);
      strictEqual(diagnostics.length, MAX_SYNTAX_ERRORS_REPORTED + 1);
      const last = diagnostics[diagnostics.length - 1];
      strictEqual(last.range.start.line, MAX_SYNTAX_ERRORS_REPORTED);
      strictEqual(last.message, '4900 more lines from here on are not sysctl settings either and are not reported one by one. Is this really a sysctl file?');
    });

    it('set a list value back to its default with spaces, as it was written', () => {
      const document = documentOf('sysctl', 'net.ipv4.tcp_wmem = 4096 65536\n');
      const [diagnostic] = service.doValidation(document, service.parse(document), settingsWith());
      strictEqual(applyPreferredFix(document, diagnostic), 'net.ipv4.tcp_wmem = 4096 16384 4194304\n');
    });
  });
});
