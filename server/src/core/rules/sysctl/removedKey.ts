import { format, type Localized } from '../../i18n/localized';
import { CappedFindings } from '../cappedFindings';
import type { SysctlRule } from './sysctlRule';

/** A key that older kernels had: copied tuning guides are full of them, and they now fail to apply. */
export const removedKey: SysctlRule = {
  code: 'sysctl.removed-key',
  check({ file, entries }) {
    if (file.isSnapshot) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'warning');
    for (const { entry, status } of entries) {
      if (status.kind !== 'removed') {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.keySpan);
        continue;
      }
      const removedIn = 'doc' in status ? status.doc.removedIn : status.entry.removedIn;
      const note: Localized = 'doc' in status ? status.doc.summary : status.entry.note;
      const replacement = 'entry' in status ? status.entry.replacement : undefined;
      const when: Localized = removedIn
        ? format({ en: 'was removed in Linux {version}', zh: '已在 Linux {version} 中移除' }, { version: removedIn })
        : { en: 'no longer exists in current kernels', zh: '在当前内核中已不存在' };
      const instead: Localized = replacement
        ? format({ en: ' Consider {replacement} instead.', zh: '可以考虑改用 {replacement}。' }, { replacement })
        : { en: '', zh: '' };
      // A leading "-" tells sysctl and systemd-sysctl to skip a missing key without an error.
      const consequence: Localized = entry.ignoreFailure
        ? { en: 'the leading "-" silences the error, so this line quietly does nothing.', zh: '行首的 “-” 会吞掉报错，这一行只是悄无声息地不起作用。' }
        : { en: 'setting it fails with "cannot stat", and it has no effect.', zh: '设置时会报 “cannot stat” 错误，也不会产生任何效果。' };
      const fixes = [
        {
          title: { en: 'Comment out this line', zh: '注释掉这一行' },
          line: entry.line,
          span: { start: 0, end: 0 },
          newText: '# ',
          isPreferred: true,
        },
        { title: { en: 'Delete this line', zh: '删除这一行' }, line: entry.line, newText: '' },
      ];
      findings.add({
        code: this.code,
        severity: 'warning',
        line: entry.line,
        span: entry.keySpan,
        message: {
          en: `${entry.key} ${when.en}: ${consequence.en} ${note.en}${instead.en}`,
          zh: `${entry.key} ${when.zh}：${consequence.zh}${note.zh}${instead.zh}`,
        },
        fixes,
      });
    }
    return findings.result({
      en: '{hidden} more keys from here on no longer exist in the configured kernel and are not reported one by one. Such a file usually comes from an old tuning guide: review it as a whole.',
      zh: '从这里开始还有 {hidden} 个参数在所配置的内核中已被移除，不再逐个提示。这类文件多半抄自老旧的调优文档，建议整体复查一遍。',
    });
  },
};
