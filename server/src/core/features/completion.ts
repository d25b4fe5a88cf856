import { type CompletionItem, CompletionItemKind, type CompletionList, MarkupKind, Range, TextEdit } from 'vscode-languageserver-types';
import { allowedValues, spacedValue } from '../analysis/sysctlValue';
import { type DisplayLanguage, type Localized, localize } from '../i18n/localized';
import { allKeyDocs, findKeyDoc, INTERFACE_PLACEHOLDER, isPerInterfaceKey, REFERENCE_KEYS, templateKey } from '../knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../knowledge/types';
import { TYPE_NAMES, UNIT_NAMES } from '../knowledge/units';
import type { ParsedSysctlFile } from '../model/sysctlFile';
import { isSlashSeparated, keySegments } from '../parsers/sysctlFile';

/**
 * Completion in sysctl files: key names one segment at a time (`net.` → `ipv4`, `core`…), with the
 * interface names a per-interface key can take, and after `=` the values a key accepts and its default.
 */

/** Names the per-interface directories always have, offered before the interfaces the file already uses. */
const STANDARD_INTERFACES: ReadonlySet<string> = new Set(['all', 'default', 'lo']);

/**
 * Interface names taken from the file: a generated file can name tens of thousands. Beyond this
 * many the list is marked incomplete, and the editor asks again as the user types more of the name
 * (names starting with what is typed are collected first).
 */
export const MAX_FILE_INTERFACES = 500;

/** Longer than any directory of the key catalog (net.ipv4 has about 150 entries); beyond it, the list is incomplete. */
export const MAX_COMPLETION_ITEMS = 1000;

const TEXT = {
  directory: { en: 'sysctl directory', zh: 'sysctl 目录' },
  interface: { en: 'interface', zh: '网络接口' },
  allInterfaces: { en: 'every interface (combined with each interface\'s own value)', zh: '所有接口（与各接口自己的值共同生效）' },
  defaultInterface: { en: 'template for interfaces created later', zh: '之后新建接口的初始值' },
  loopback: { en: 'loopback interface', zh: '回环接口' },
  usedInFile: { en: 'interface used in this file', zh: '本文件中出现过的接口' },
  notDescribed: { en: 'known kernel parameter, not described yet', zh: '内核中存在的参数，暂无说明' },
  default: { en: 'default', zh: '默认值' },
  dependsOnMachine: { en: 'default depends on the machine', zh: '默认值取决于机器配置' },
  disabled: { en: 'off', zh: '关闭' },
  enabled: { en: 'on', zh: '开启' },
} satisfies Record<string, Localized>;

/** Every key that exists today, as template segments (`<iface>` where an interface name goes), per kernel key list. */
const knownTemplates = new WeakMap<ReadonlySet<string>, readonly (readonly string[])[]>();

function templates(referenceKeys: ReadonlySet<string>): readonly (readonly string[])[] {
  let sorted = knownTemplates.get(referenceKeys);
  if (!sorted) {
    const keys = new Set<string>(referenceKeys);
    for (const doc of allKeyDocs()) {
      if (!doc.removedIn) {
        keys.add(doc.key);
      }
    }
    sorted = [...keys].sort().map((key) => key.split('.'));
    knownTemplates.set(referenceKeys, sorted);
  }
  return sorted;
}

/** Completions at a position of a sysctl file; `referenceKeys` lists the keys a kernel has (the reference kernel's by default). */
export function sysctlCompletions(
  lineText: string,
  line: number,
  character: number,
  file: ParsedSysctlFile,
  language: DisplayLanguage,
  referenceKeys: ReadonlySet<string> = REFERENCE_KEYS,
): CompletionList {
  const before = lineText.slice(0, character);
  const start = before.length - before.trimStart().length;
  if (before[start] === '#' || before[start] === ';') {
    return { isIncomplete: false, items: [] };
  }
  const equals = before.indexOf('=');
  return equals >= 0
    ? { isIncomplete: false, items: valueCompletions(lineText, line, character, equals, language) }
    : keyCompletions(before, line, start, file, language, referenceKeys);
}

function keyCompletions(
  before: string,
  line: number,
  start: number,
  file: ParsedSysctlFile,
  language: DisplayLanguage,
  referenceKeys: ReadonlySet<string>,
): CompletionList {
  const none: CompletionList = { isIncomplete: false, items: [] };
  // The parser accepts blanks between the `-` (ignore failures) and the key: `- net.ipv4…`.
  const keyStart = before[start] === '-' ? before.length - before.slice(start + 1).trimStart().length : start;
  const written = before.slice(keyStart);
  // A blank typed after the key, or indentation before it, is not a request for key names.
  if (/\s/.test(written) || (written === '' && /\s$/.test(before))) {
    return none;
  }
  const separator = isSlashSeparated(written) ? '/' : '.';
  const lastSeparator = written.lastIndexOf(separator);
  const parentText = written.slice(0, Math.max(lastSeparator, 0));
  const partialStart = keyStart + lastSeparator + 1;
  const parent = parentText === '' ? [] : keySegments(parentText);
  if (!parent) {
    return none;
  }
  // Dotted keys write a dot inside an interface name (eth0.100) as `/`.
  const spell = (segment: string) => (separator === '.' ? segment.replace(/\./g, '/') : segment);
  const writtenParent = parent.map(spell);
  const range = Range.create(line, partialStart, line, before.length);
  const items = new Map<string, CompletionItem>();
  let isIncomplete = false;
  let interfacesAdded = false;
  for (const template of templates(referenceKeys)) {
    if (template.length <= parent.length || !matchesParent(template, parent)) {
      continue;
    }
    const next = template[parent.length];
    const isLeaf = template.length === parent.length + 1;
    if (next === INTERFACE_PLACEHOLDER) {
      // Every key below <iface> leads to the same names: they are listed once, not once per key.
      if (!interfacesAdded) {
        interfacesAdded = true;
        const interfaces = interfaceNames(file, parent[2], written.slice(lastSeparator + 1));
        isIncomplete ||= interfaces.truncated;
        for (const [name, description] of interfaces.names) {
          const label = spell(name);
          if (!items.has(label)) {
            items.set(label, directoryItem(label, separator, range, localize(description, language, ' / '), CompletionItemKind.Module));
          }
        }
      }
    } else if (isLeaf) {
      items.set(next, keyItem(next, template, writtenParent, separator, range, language));
    } else if (!items.has(next)) {
      items.set(next, directoryItem(next, separator, range, localize(TEXT.directory, language, ' / '), CompletionItemKind.Folder));
    }
  }
  const list = [...items.values()];
  return list.length > MAX_COMPLETION_ITEMS ? { isIncomplete: true, items: list.slice(0, MAX_COMPLETION_ITEMS) } : { isIncomplete, items: list };
}

function matchesParent(template: readonly string[], parent: readonly string[]): boolean {
  return parent.every((segment, index) => template[index] === INTERFACE_PLACEHOLDER || template[index] === segment.replace(/\./g, '/'));
}

/**
 * all (conf only: neigh has no `all`), default, lo, then the other interfaces the file sets something
 * for, in order of first use: those starting with `typed` first, at most MAX_FILE_INTERFACES of them.
 */
function interfaceNames(file: ParsedSysctlFile, directory: string, typed: string): { names: [string, Localized][]; truncated: boolean } {
  const names: [string, Localized][] = [
    ...(directory === 'conf' ? [['all', TEXT.allInterfaces] as [string, Localized]] : []),
    ['default', TEXT.defaultInterface],
    ['lo', TEXT.loopback],
  ];
  const used = new Set<string>();
  let truncated = false;
  const collect = (wanted: (name: string) => boolean) => {
    for (const entry of file.entries) {
      const name = interfaceOf(entry.segments);
      if (name === undefined || STANDARD_INTERFACES.has(name) || used.has(name) || !wanted(name)) {
        continue;
      }
      if (used.size >= MAX_FILE_INTERFACES) {
        truncated = true;
        return;
      }
      used.add(name);
    }
  };
  if (typed !== '') {
    collect((name) => name.startsWith(typed));
  }
  collect(() => true);
  for (const name of used) {
    names.push([name, TEXT.usedInFile]);
  }
  return { names, truncated };
}

/** The interface name of a per-interface key (net.ipv4.conf.eth0.rp_filter → eth0), else undefined. */
function interfaceOf(segments: readonly string[]): string | undefined {
  return isPerInterfaceKey(segments) ? segments[3] : undefined;
}

/** A directory or interface name: inserting it adds the separator and asks for the next segment. */
function directoryItem(label: string, separator: string, range: Range, detail: string, kind: CompletionItemKind): CompletionItem {
  return {
    label,
    kind,
    detail,
    textEdit: TextEdit.replace(range, `${label}${separator}`),
    command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
  };
}

/** A key's last segment; `writtenParent` holds the segments before it as the file spells them. */
function keyItem(
  leaf: string,
  template: readonly string[],
  writtenParent: readonly string[],
  separator: string,
  range: Range,
  language: DisplayLanguage,
): CompletionItem {
  const doc = findKeyDoc(template.join('.'));
  const fullKey = [...writtenParent, leaf].join(separator);
  const item: CompletionItem = { label: leaf, kind: CompletionItemKind.Property, textEdit: TextEdit.replace(range, leaf) };
  if (!doc) {
    return { ...item, detail: `${fullKey} — ${localize(TEXT.notDescribed, language, ' / ')}`, sortText: `1${leaf}` };
  }
  return {
    ...item,
    detail: `${fullKey} — ${defaultLine(doc, language)}`,
    documentation: { kind: MarkupKind.Markdown, value: localize(doc.summary, language) },
    sortText: `0${leaf}`,
  };
}

function defaultLine(doc: SysctlKeyDoc, language: DisplayLanguage): string {
  const unit = doc.unit ? ` ${localize(UNIT_NAMES[doc.unit], language, ' / ')}` : '';
  if (doc.default === null) {
    return localize(TEXT.dependsOnMachine, language, ' / ');
  }
  return `${localize(TEXT.default, language, ' / ')} ${spacedValue(doc.default)}${unit}`;
}

function valueCompletions(lineText: string, line: number, character: number, equals: number, language: DisplayLanguage): CompletionItem[] {
  const keyText = lineText.slice(0, equals).trim().replace(/^-\s*/, '');
  const segments = keySegments(keyText);
  const doc = segments ? findKeyDoc(templateKey(segments)) : undefined;
  if (!doc || doc.removedIn) {
    return [];
  }
  let valueStart = equals + 1;
  while (valueStart < character && (lineText[valueStart] === ' ' || lineText[valueStart] === '\t')) {
    valueStart++;
  }
  const valueEnd = Math.max(character, lineText.trimEnd().length);
  const range = Range.create(line, valueStart, line, valueEnd);
  const defaultValue = doc.default === null ? undefined : spacedValue(doc.default);
  const defaultLabel = { description: localize(TEXT.default, language, ' / ') };
  const items: CompletionItem[] = [];
  const values = [...(allowedValues(doc) ?? [])];
  values.forEach((value, index) => {
    const meaning = doc.values?.find((entry) => entry.value === value)?.meaning ?? (value === '0' ? TEXT.disabled : TEXT.enabled);
    const isDefault = value === defaultValue;
    items.push({
      label: value,
      kind: CompletionItemKind.EnumMember,
      labelDetails: isDefault ? defaultLabel : undefined,
      detail: firstLine(localize(meaning, language, ' / ')),
      documentation: { kind: MarkupKind.Markdown, value: localize(meaning, language) },
      textEdit: TextEdit.replace(range, value),
      sortText: `${isDefault ? 0 : 1}${String(index).padStart(3, '0')}`,
    });
  });
  (doc.suggestions ?? []).forEach((suggestion, index) => {
    if (values.includes(suggestion.value)) {
      return;
    }
    const isDefault = suggestion.value === defaultValue;
    values.push(suggestion.value);
    items.push({
      label: suggestion.value,
      kind: CompletionItemKind.Value,
      labelDetails: isDefault ? defaultLabel : undefined,
      detail: firstLine(localize(suggestion.meaning, language, ' / ')),
      documentation: { kind: MarkupKind.Markdown, value: localize(suggestion.meaning, language) },
      textEdit: TextEdit.replace(range, suggestion.value),
      sortText: `${isDefault ? 0 : 2}${String(index).padStart(3, '0')}`,
    });
  });
  if (defaultValue !== undefined && !values.includes(defaultValue)) {
    items.push({
      label: defaultValue,
      kind: CompletionItemKind.Value,
      labelDetails: defaultLabel,
      detail: `${localize(TYPE_NAMES[doc.type], language, ' / ')}${doc.unit ? ` · ${localize(UNIT_NAMES[doc.unit], language, ' / ')}` : ''}`,
      textEdit: TextEdit.replace(range, defaultValue),
      sortText: '0',
    });
  }
  return items;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
