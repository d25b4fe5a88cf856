import { deepStrictEqual, strictEqual } from 'node:assert';
import { describeKey } from '../../server/src/core/features/describeKey';
import catalogs from '../../server/src/core/knowledge/kernels/catalogs.json';
import { DISTRIBUTIONS } from '../../server/src/core/knowledge/kernels/index';
import { VENDOR_SYSCTL_KEYS, vendorKeyOf } from '../../server/src/core/knowledge/vendorSysctlKeys';
import { settingsFrom } from '../../server/src/core/settings';
import { diagnose, documentOf, service, settingsWith } from './support/service';

/** Keys only a vendor kernel has: the hover and `netstatInsight/describeKey` say where they exist and what they do. */

function keyHover(text: string, language: 'en' | 'zh-cn', hoverDetail: 'brief' | 'full' = 'brief') {
  const document = documentOf('sysctl', text);
  const hover = service.doHover(document, { line: 0, character: 3 }, service.parse(document), settingsWith({ language, hoverDetail }));
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
  return { value, range: hover?.range };
}

describe('vendor-only sysctl keys: hover and describeKey', () => {
  it('hovers a RHEL 7 key with what it does, the facts of the vendor tree and the distribution to configure (English)', () => {
    const { value, range } = keyHover('fs.negative-dentry-limit = 10', 'en');
    deepStrictEqual(range, { start: { line: 0, character: 0 }, end: { line: 0, character: 24 } });
    strictEqual(
      value,
      [
        '**fs\\.negative\\-dentry\\-limit** — exists only in Red Hat Enterprise Linux 7 kernels; mainline Linux has no such parameter.',
        vendorKeyOf('fs.negative-dentry-limit')!.note.en,
        [
          '| | |',
          '|---|---|',
          '| Type | integer |',
          '| Default | `0` |',
          '| Range | 0 – 100 |',
          '| Access | read-write (mode 0644) |',
          '| Distributions | RHEL 7 (`rhel7`) |',
        ].join('\n'),
        'Set `netstatInsight.kernelVersion` to one of these names to check this file against that kernel.',
      ].join('\n\n'),
    );
  });

  it('hovers an Ubuntu 24.04 AppArmor key in Chinese, root-only mode included', () => {
    const { value } = keyHover('kernel.apparmor_restrict_unprivileged_io_uring = 1', 'zh-cn');
    strictEqual(
      value,
      [
        '**kernel\\.apparmor\\_restrict\\_unprivileged\\_io\\_uring** — 只存在于Ubuntu 24.04 的内核中，主线 Linux 没有这个参数。',
        vendorKeyOf('kernel.apparmor_restrict_unprivileged_io_uring')!.note.zh,
        ['| | |', '|---|---|', '| 类型 | 整数 |', '| 默认值 | `0` |', '| 访问权限 | 仅 root 可读写（权限 0600） |', '| 所属发行版 | Ubuntu 24.04（`ubuntu-24.04`） |'].join('\n'),
        '把 `netstatInsight.kernelVersion` 设为其中一个名称，即可按该内核检查本文件。',
      ].join('\n\n'),
    );
  });

  it('lists every distribution that has the key, and leaves out the table when the vendor tree was never read', () => {
    strictEqual(
      keyHover('kernel.unprivileged_userns_clone = 0', 'en', 'full').value?.split('\n').find((line) => line.startsWith('| Distributions |')),
      '| Distributions | Ubuntu 20.04 (`ubuntu-20.04`), Ubuntu 22.04 (`ubuntu-22.04`), Ubuntu 24.04 (`ubuntu-24.04`), Debian 11 (`debian-11`), Debian 12 (`debian-12`), Debian 13 (`debian-13`) |',
    );
    strictEqual(
      keyHover('kernel.exec-shield = 1', 'en').value,
      `**kernel\\.exec\\-shield** — exists only in Red Hat Enterprise Linux 3 to 6 (and Fedora kernels of that time); mainline Linux has no such parameter.\n\n${vendorKeyOf('kernel.exec-shield')!.note.en}`,
    );
    strictEqual(keyHover('fs.may_detach_mounts = 1', 'en').value?.includes('| Access | read-write (mode 0644) |'), true);
    strictEqual(keyHover('kernel.rh_features = x', 'en').value?.includes('| Default | depends on the machine |\n| Access | read-only (mode 0444): writing it fails |'), true);
  });

  it('answers netstatInsight/describeKey for a vendor key with the vendor facts and the distributions', () => {
    deepStrictEqual(service.describeKey('fs/may_detach_mounts'), {
      key: 'fs.may_detach_mounts',
      template: 'fs.may_detach_mounts',
      documented: true,
      type: 'bool',
      unit: null,
      default: '0',
      range: { min: 0, max: 1 },
      since: null,
      removedIn: null,
      perNamespace: false,
      related: [],
      summary: vendorKeyOf('fs.may_detach_mounts')!.note,
      vendor: { kernels: { en: 'Red Hat Enterprise Linux 7 kernels', zh: 'Red Hat Enterprise Linux 7 的内核' }, distributions: ['rhel7'] },
    });
    deepStrictEqual(describeKey('net.fan.version')?.vendor?.distributions, ['ubuntu-20.04', 'ubuntu-22.04']);
    deepStrictEqual(describeKey('kernel.exec-shield')?.vendor?.distributions, []);
    strictEqual(describeKey('kernel.exec-shield')?.type, null);
    strictEqual(describeKey('net.ipv4.tcp_fin_timeout')?.vendor, null);
  });

  it('names, for each vendor key, every distribution whose kernel tree the catalogs found it in', () => {
    const vendorKeys = catalogs.vendorKeys as Record<string, string[]>;
    for (const entry of VENDOR_SYSCTL_KEYS) {
      const found = Object.keys(vendorKeys).filter((distribution) => vendorKeys[distribution].includes(entry.key));
      deepStrictEqual(found.filter((distribution) => !entry.distributions.includes(distribution)), [], entry.key);
      deepStrictEqual(entry.distributions.filter((distribution) => !DISTRIBUTIONS.has(distribution)), [], entry.key);
    }
  });

  it('treats kernel.numa_balancing_settle_count as a mainline key of 3.13 that RHEL 7 kept', () => {
    const description = describeKey('kernel.numa_balancing_settle_count');
    deepStrictEqual([description?.documented, description?.since, description?.removedIn, description?.default, description?.vendor], [true, '3.13', '3.14', '4', null]);
    strictEqual(vendorKeyOf('kernel.numa_balancing_settle_count'), undefined);
    const codes = (kernelVersion: string) => diagnose('sysctl', 'kernel.numa_balancing_settle_count = 4', settingsWith(settingsFrom({ kernelVersion }, 'en'))).map((diagnostic) => diagnostic.code);
    deepStrictEqual(codes('6.18'), ['sysctl.removed-key']);
    deepStrictEqual(codes('5.4'), ['sysctl.removed-key']);
    deepStrictEqual(codes('rhel7'), []);
    // Mainline 3.10 never had it: the key is newer than that kernel.
    deepStrictEqual(codes('3.10'), ['sysctl.unknown-key']);
  });
});
