import { checkSysctlValue, shortenedValue } from '../../analysis/sysctlValue';
import { format } from '../../i18n/localized';
import type { SysctlEntry } from '../../model/sysctlFile';
import { CappedFindings } from '../cappedFindings';
import type { SysctlRule } from './sysctlRule';

/**
 * The same key set twice in one file: both sysctl -p and systemd-sysctl apply lines in order, so
 * the later line wins and the earlier one is dead. The diagnostic sits on the dead line.
 */
export const duplicateKey: SysctlRule = {
  code: 'sysctl.duplicate-key',
  check({ file, entries, settings }) {
    // sysctl -a repeats the key on every line of a multi-line value (dev.cdrom.info): not a duplicate.
    if (file.isSnapshot) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'warning');
    // A later line the kernel rejects (or one still being typed) leaves the earlier value in effect.
    const lastByKey = new Map<string, SysctlEntry>();
    for (const { entry, status } of entries) {
      const rejected = entry.value.trim() === '' || (status.kind === 'documented' && checkSysctlValue(status.doc, entry.value, settings.kernelVersion) !== undefined);
      if (!entry.isGlob && !rejected) {
        lastByKey.set(entry.key, entry);
      }
    }
    for (const { entry } of entries) {
      const winner = lastByKey.get(entry.key);
      if (!winner || winner.line <= entry.line) {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.keySpan);
        continue;
      }
      const values = { key: entry.key, line: winner.line + 1, value: shortenedValue(entry.value), winner: shortenedValue(winner.value) };
      const same = entry.value.split(/\s+/).join(' ') === winner.value.split(/\s+/).join(' ');
      findings.add({
        code: this.code,
        severity: 'warning',
        line: entry.line,
        span: entry.keySpan,
        unnecessary: true,
        message: same
          ? format(
              { en: '{key} is set again on line {line} to the same value; this line is redundant.', zh: '{key} 在第 {line} 行又设置了一次，值相同，这一行可以删掉。' },
              values,
            )
          : format(
              {
                en: '{key} is set again on line {line}: the later line wins, so this value ({value}) never takes effect; {winner} does.',
                zh: '{key} 在第 {line} 行又被设置了一次，以后面的为准：这里的值（{value}）不会生效，最终取值为 {winner}。',
              },
              values,
            ),
        related: [
          { line: winner.line, span: winner.keySpan, message: { en: 'The setting that wins', zh: '最终生效的设置' } },
        ],
        fixes: [{ title: { en: 'Remove the overridden line', zh: '删除被覆盖的这一行' }, line: entry.line, newText: '', isPreferred: true }],
      });
    }
    return findings.result({
      en: '{hidden} more lines from here on are overridden by a later line for the same key and are not reported one by one. Keep one line per key.',
      zh: '从这里开始还有 {hidden} 行被后面同名参数的设置覆盖，不再逐行提示。每个参数只保留一行即可。',
    });
  },
};
