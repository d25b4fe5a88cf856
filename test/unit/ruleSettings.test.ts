import { deepStrictEqual, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUMP_RULES } from '../../server/src/core/rules/dump/index';
import { SYSCTL_RULES } from '../../server/src/core/rules/sysctl/index';
import { DEFAULT_THRESHOLDS, settingsFrom, withLanguageOverrides } from '../../server/src/core/settings';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; scope?: string; markdownDescription?: string; properties?: Record<string, { default?: string }> }> =
  manifest.contributes.configuration.properties;

describe('rule settings in package.json', () => {
  it('lists every rule code in the severity map, with a stable <area>.<kebab-name> code', () => {
    const codes = [...DUMP_RULES, ...SYSCTL_RULES].map((rule) => rule.code).sort();
    deepStrictEqual(Object.keys(properties['netstatInsight.diagnostics.severity'].properties ?? {}).sort(), codes);
    for (const code of codes) {
      strictEqual(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/.test(code), true, code);
    }
  });

  it('declares every threshold with the core default, overridable per language', () => {
    for (const [name, value] of Object.entries(DEFAULT_THRESHOLDS)) {
      const property = properties[`netstatInsight.thresholds.${name}`];
      strictEqual(property?.default, value, name);
      strictEqual(property.scope, 'language-overridable', name);
      strictEqual(property.markdownDescription, `%config.thresholds.${name}%`, name);
    }
    strictEqual(properties['netstatInsight.diagnostics.severity'].scope, 'language-overridable');
  });

  it('applies [language] overrides on top of the section, merging the severity map entry by entry', () => {
    const section = { thresholds: { closeWait: 10, timeWait: 500 }, diagnostics: { severity: { 'state.time-wait-buildup': 'hint' } } };
    const overrides = {
      'netstatInsight.thresholds.closeWait': 3,
      'netstatInsight.diagnostics.severity': { 'parse.unrecognized-line': 'off' },
      'editor.wordWrap': 'on',
    };
    const settings = settingsFrom(withLanguageOverrides(section, overrides), 'en');
    deepStrictEqual([settings.thresholds.closeWait, settings.thresholds.timeWait], [3, 500]);
    deepStrictEqual(settings.severity, { 'state.time-wait-buildup': 'hint', 'parse.unrecognized-line': 'off' });
    deepStrictEqual(section.thresholds.closeWait, 10, 'the section itself is left alone');
    deepStrictEqual(withLanguageOverrides(section, undefined), section);
  });
});
