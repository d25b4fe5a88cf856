import { format, type Localized } from '../i18n/localized';
import { type Distribution, DISTRIBUTIONS } from '../knowledge/kernels/index';
import { TYPE_NAMES } from '../knowledge/units';
import type { VendorSysctlKey } from '../knowledge/vendorSysctlKeys';
import { documentText, joinList, type Lang, parenthesized, pick } from './hoverMarkdown';

const LABELS = {
  onlyIn: { en: 'exists only in {kernels}; mainline Linux has no such parameter.', zh: '只存在于{kernels}中，主线 Linux 没有这个参数。' },
  type: { en: 'Type', zh: '类型' },
  default: { en: 'Default', zh: '默认值' },
  dependsOnMachine: { en: 'depends on the machine', zh: '取决于机器' },
  range: { en: 'Range', zh: '取值范围' },
  access: { en: 'Access', zh: '访问权限' },
  distributions: { en: 'Distributions', zh: '所属发行版' },
  setting: {
    en: 'Set `netstatInsight.kernelVersion` to one of these names to check this file against that kernel.',
    zh: '把 `netstatInsight.kernelVersion` 设为其中一个名称，即可按该内核检查本文件。',
  },
} satisfies Record<string, Localized>;

/**
 * The supported distributions whose kernels have a vendor-only key: the ones its entry names, and the
 * ones whose kernel tree the catalogs found it in (DISTRIBUTIONS holds both), in the setting's order.
 */
export function vendorDistributions(key: string): Distribution[] {
  return [...DISTRIBUTIONS.values()].filter((distribution) => distribution.vendorKeys.has(key));
}

/**
 * The hover of a key only patched distribution kernels have: where it exists, what it does there and
 * what to use elsewhere, the facts read from the vendor tree, and the distribution names that know it.
 * `writtenKey` is document text, escaped here.
 */
export function vendorKeyMarkdown(vendor: VendorSysctlKey, writtenKey: string, lang: Lang): string {
  const onlyIn = pick(format(LABELS.onlyIn, { kernels: pick(vendor.kernels, lang) }), lang);
  const parts = [`**${documentText(writtenKey)}** — ${onlyIn}`, pick(vendor.note, lang)];
  const rows: [Localized, string][] = [];
  const facts = vendor.facts;
  if (facts) {
    rows.push([LABELS.type, pick(TYPE_NAMES[facts.type], lang)]);
    rows.push([LABELS.default, facts.default === null ? pick(LABELS.dependsOnMachine, lang) : `\`${facts.default}\``]);
    if (facts.range) {
      rows.push([LABELS.range, `${facts.range.min ?? '…'} – ${facts.range.max ?? '…'}`]);
    }
    rows.push([LABELS.access, pick(accessOfMode(facts.mode), lang)]);
  }
  const distributions = vendorDistributions(vendor.key);
  if (distributions.length > 0) {
    rows.push([LABELS.distributions, joinList(distributions.map((distribution) => `${pick(distribution.label, lang)}${parenthesized(`\`${distribution.name}\``, lang)}`), lang)]);
  }
  if (rows.length > 0) {
    parts.push(['| | |', '|---|---|', ...rows.map(([label, text]) => `| ${pick(label, lang)} | ${text} |`)].join('\n'));
  }
  if (distributions.length > 0) {
    parts.push(pick(LABELS.setting, lang));
  }
  return parts.join('\n\n');
}

/** The /proc/sys file mode in words: who may read and write the key. */
function accessOfMode(mode: string): Localized {
  const bits = Number.parseInt(mode, 8);
  if ((bits & 0o222) === 0) {
    return { en: `read-only (mode ${mode}): writing it fails`, zh: `只读（权限 ${mode}）：写入会失败` };
  }
  if ((bits & 0o044) === 0) {
    return { en: `root only (mode ${mode})`, zh: `仅 root 可读写（权限 ${mode}）` };
  }
  return { en: `read-write (mode ${mode})`, zh: `可读写（权限 ${mode}）` };
}
