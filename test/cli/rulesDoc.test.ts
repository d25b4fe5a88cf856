import { deepStrictEqual, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sarifLog } from '../../cli/src/formats/sarif';
import { RULES, rulesDocAnchor, rulesDocBaseUrl } from '../../cli/src/rules';
import { renderRulesDoc } from '../../cli/src/rulesDoc';
import { DUMP_RULES } from '../../server/src/core/rules/dump/index';
import { SYSCTL_RULES } from '../../server/src/core/rules/sysctl/index';
import { ROOT } from './support/runCli';

const rulesDoc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');

describe('docs/rules.md and SARIF help', () => {
  it('lists every diagnostic code the core runs, and is current (npx tsx cli/scripts/writeRulesDoc.ts)', () => {
    const headings = [...rulesDoc.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    deepStrictEqual(headings, [...DUMP_RULES, ...SYSCTL_RULES].map((rule) => rule.code));
    strictEqual(rulesDoc, renderRulesDoc());
  });

  it('links each SARIF rule to its section, by the anchor GitHub gives the heading', () => {
    strictEqual(rulesDocAnchor('state.close-wait-buildup'), 'stateclose-wait-buildup');
    strictEqual(rulesDocAnchor('sysctl.keepalive-exceeds-idle-timeout'), 'sysctlkeepalive-exceeds-idle-timeout');
    strictEqual(rulesDocBaseUrl({ type: 'git', url: 'git+https://github.com/example-org/netstat-sysctl-insight.git' }), 'https://github.com/example-org/netstat-sysctl-insight/blob/HEAD/docs/rules.md');
    strictEqual(rulesDocBaseUrl('github:example-org/netstat-sysctl-insight'), 'https://github.com/example-org/netstat-sysctl-insight/blob/HEAD/docs/rules.md');
    strictEqual(rulesDocBaseUrl(undefined), undefined);
    const docsUrl = 'https://github.com/example-org/netstat-sysctl-insight/blob/HEAD/docs/rules.md';
    const log = sarifLog([], { toolVersion: '0.0.0', rules: RULES, language: 'en', sourceRoot: ROOT, readErrors: [], rulesDocUrl: docsUrl }) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string; help: { markdown: string } }[] } } }[];
    };
    for (const rule of log.runs[0].tool.driver.rules) {
      strictEqual(rule.helpUri, `${docsUrl}#${rulesDocAnchor(rule.id)}`);
      strictEqual(rule.help.markdown.endsWith(`[docs/rules.md](${rule.helpUri})`), true);
    }
  });
});
