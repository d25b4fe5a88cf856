import { kernelDefaultOf, kernelLabel, sameSysctlValue } from '../../analysis/kernelDefaults';
import { describeSource, precedenceWith, SYSCTL_TOOLS, vendorSettingBefore, type SysctlPrecedence } from '../../analysis/sysctlContext';
import { placeOf } from '../../analysis/sysctlLoadOrder';
import { shortenedValue } from '../../analysis/sysctlValue';
import { format } from '../../i18n/localized';
import type { SysctlEntry } from '../../model/sysctlFile';
import { CappedFindings } from '../cappedFindings';
import type { SysctlRule } from './sysctlRule';

/**
 * A line that writes the kernel's own default: on a fresh boot it changes nothing. Unless something
 * read before it sets the key — an earlier file of the workspace, or a vendor file such as
 * systemd's 50-default.conf — in which case the line is deliberate: it puts the default back.
 * Only the first kind is faded and offered for removal.
 */
export const noOp: SysctlRule = {
  code: 'sysctl.no-op',
  check({ file, entries, settings, workspace, uri }) {
    if (file.isSnapshot) {
      return [];
    }
    const findings = new CappedFindings(this.code, 'hint');
    const precedence = workspace?.sysctlFiles?.length && uri !== undefined ? precedenceWith(workspace, uri, file) : undefined;
    const place = placeOf(uri ?? 'untitled:sysctl.conf');
    const workspacePlaces = (workspace?.sysctlFiles ?? []).map((other) => placeOf(other.uri));
    // A key set more than once in the file is the duplicate rule's business; a glob has no single default.
    const counts = new Map<string, number>();
    for (const { entry } of entries) {
      counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
    }
    for (const { entry, status } of entries) {
      if (entry.isGlob || counts.get(entry.key) !== 1 || status.kind !== 'documented') {
        continue;
      }
      const kernelDefault = kernelDefaultOf(entry.key, settings.kernelVersion);
      if (kernelDefault === undefined || !sameSysctlValue(entry.value, kernelDefault)) {
        continue;
      }
      if (!findings.hasRoom) {
        findings.skip(entry.line, entry.keySpan);
        continue;
      }
      const earlier = earlierSetting(precedence, entry, uri);
      const values = { key: entry.key, value: shortenedValue(entry.value), kernel: kernelLabel(settings.kernelVersion) };
      if (earlier) {
        findings.add({
          code: this.code,
          severity: 'hint',
          line: entry.line,
          span: entry.keySpan,
          message: format(
            {
              en: '{key} = {value} is the kernel default ({kernel}), and here it restores the kernel default over {file}, which sets {earlier} before this file is read. Keep the line if that is the intent.',
              zh: '{key} = {value} 是内核默认值（{kernel}）。这里是把 {file} 中先设置的 {earlier} 改回内核默认值；如果这正是用意，请保留这一行。',
            },
            { ...values, file: describeSource(earlier), earlier: shortenedValue(earlier.value) },
          ),
          related: [{ uri: earlier.uri, line: earlier.line, span: earlier.keySpan, message: { en: 'The earlier setting this line undoes', zh: '这一行所撤销的先前设置' } }],
        });
        continue;
      }
      const vendor = vendorSettingBefore(entry.key, entry.segments, place, workspacePlaces);
      if (vendor) {
        const text = {
          en: '{key} = {value} is the kernel default ({kernel}); here it restores the kernel default over {path}, which sets {earlier} first ({vendor}). Keep the line if that is the intent.',
          zh: '{key} = {value} 是内核默认值（{kernel}）。这里是把 {path} 先设置的 {earlier} 改回内核默认值（{vendor}）；如果这正是用意，请保留这一行。',
        };
        const vendorValues = { ...values, path: vendor.vendor.systemPath, earlier: shortenedValue(vendor.value) };
        findings.add({
          code: this.code,
          severity: 'hint',
          line: entry.line,
          span: entry.keySpan,
          // The vendor's description is worded per language.
          message: {
            en: format(text, { ...vendorValues, vendor: vendor.vendor.shippedBy.en }).en,
            zh: format(text, { ...vendorValues, vendor: vendor.vendor.shippedBy.zh }).zh,
          },
        });
        continue;
      }
      findings.add({
        code: this.code,
        severity: 'hint',
        line: entry.line,
        span: entry.keySpan,
        unnecessary: true,
        message: format(
          {
            en: '{key} = {value} is already the kernel default ({kernel}) and nothing read before this line sets {key}: the line changes nothing. Remove it, or keep it to pin the value against a future change of default.',
            zh: '{key} = {value} 本来就是内核默认值（{kernel}），在这一行之前也没有别的文件设置 {key}：这一行不起作用。可以删掉；若想防止以后内核改默认值，也可以保留。',
          },
          values,
        ),
        fixes: [{ title: { en: 'Remove this line', zh: '删除这一行' }, line: entry.line, newText: '' }],
      });
    }
    return findings.result({
      en: '{hidden} more lines from here on write the kernel default and are not reported one by one.',
      zh: '从这里开始还有 {hidden} 行写的是内核默认值，不再逐行提示。',
    });
  },
};

/** The latest setting of the key read before this file, with either tool. */
function earlierSetting(precedence: SysctlPrecedence | undefined, entry: SysctlEntry, uri: string | undefined) {
  if (!precedence || uri === undefined) {
    return undefined;
  }
  for (const tool of SYSCTL_TOOLS) {
    const before = precedence.setBefore(entry.key, entry.segments, uri, tool);
    if (before) {
      return before;
    }
  }
  return undefined;
}
