import type { Localized } from '../../server/src/core/i18n/localized';
import { DUMP_RULES } from '../../server/src/core/rules/dump/index';
import { SYSCTL_RULES } from '../../server/src/core/rules/sysctl/index';
import packageJson from '../../package.json';
import nlsEnglish from '../../package.nls.json';
import nlsChinese from '../../package.nls.zh-cn.json';

/** A diagnostic rule as documentation and SARIF describe it. */
export interface RuleDescription {
  /** The diagnostic code: SARIF's stable `ruleId`. */
  readonly code: string;
  readonly appliesTo: 'socket-dump' | 'sysctl';
  /** The sentence the editor's settings show for the rule's severity (package.nls*.json). */
  readonly description: Localized;
  /** The severity the manifest gives it; undefined when each finding picks its own. */
  readonly defaultSeverity?: string;
}

const english: Readonly<Record<string, string>> = nlsEnglish;
const chinese: Readonly<Record<string, string>> = nlsChinese;

/** Every rule the core runs, dump rules first, in the order the core lists them. */
export const RULES: readonly RuleDescription[] = [
  ...DUMP_RULES.map((rule) => describe(rule.code, 'socket-dump')),
  ...SYSCTL_RULES.map((rule) => describe(rule.code, 'sysctl')),
];

function describe(code: string, appliesTo: RuleDescription['appliesTo']): RuleDescription {
  const key = `diagnostic.${code}`;
  const severities = packageJson.contributes.configuration.properties['netstatInsight.diagnostics.severity'].properties as Record<string, { default?: string }>;
  return {
    code,
    appliesTo,
    description: { en: english[key] ?? code, zh: chinese[key] ?? english[key] ?? code },
    defaultSeverity: Object.hasOwn(severities, code) ? severities[code].default : undefined,
  };
}

/** The heading anchor GitHub gives `## <code>` in docs/rules.md: lower case, punctuation but `-` and `_` dropped. */
export function rulesDocAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/**
 * Where docs/rules.md is published: the package's repository (package.json `repository`, GitHub
 * form), so a SARIF viewer links each rule to its section; undefined while the package names none.
 */
export function rulesDocBaseUrl(repository: unknown = (packageJson as { repository?: unknown }).repository): string | undefined {
  const url = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') {
    return undefined;
  }
  const match = /^(?:git\+)?(https:\/\/github\.com\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url) ?? /^github:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)$/.exec(url);
  if (!match) {
    return undefined;
  }
  const base = match[1].startsWith('https://') ? match[1] : `https://github.com/${match[1]}`;
  return `${base}/blob/HEAD/docs/rules.md`;
}
