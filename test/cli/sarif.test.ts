import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { ROOT, runCli } from './support/runCli';
import { RULES } from '../../cli/src/rules';

const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));

/**
 * The official schema (draft-04). Its `format: uri` checks are left to GitHub, the structure is
 * checked here; `unicodeRegExp: false` because the schema's pattern for `language` is no valid
 * Unicode-mode regular expression (a stray `]`), which JSON Schema's ECMA-262 dialect tolerates.
 */
function validate(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const check = ajv.compile(schema);
  return check(log) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('netstat-insight check --format sarif', () => {
  it('writes SARIF 2.1.0 that the official schema accepts, for sysctl files and dumps', () => {
    const result = runCli(['check', '--format', 'sarif', 'test/cli/fixtures/sysctl.d', 'test/fixtures/real/close-wait-leak/ss-tanp.txt', 'test/fixtures/real/syn-flood/ss-tan.txt']);
    strictEqual(result.status, 1);
    const log = JSON.parse(result.stdout);
    deepStrictEqual(validate(log), []);
    strictEqual(log.version, '2.1.0');
    const run = log.runs[0];
    deepStrictEqual(
      run.tool.driver.rules.map((rule: { id: string }) => rule.id),
      RULES.map((rule) => rule.code),
    );
    deepStrictEqual(
      run.results.map((result: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[] }) => [
        result.ruleId,
        result.level,
        result.locations[0].physicalLocation.artifactLocation.uri,
        result.locations[0].physicalLocation.artifactLocation.uriBaseId,
        result.locations[0].physicalLocation.region,
      ]),
      [
        ['sysctl.unknown-key', 'warning', 'test/cli/fixtures/sysctl.d/90-bad.conf', '%SRCROOT%', { startLine: 2, startColumn: 1, endLine: 2, endColumn: 24 }],
        ['sysctl.removed-key', 'warning', 'test/cli/fixtures/sysctl.d/90-bad.conf', '%SRCROOT%', { startLine: 3, startColumn: 1, endLine: 3, endColumn: 24 }],
        ['sysctl.invalid-value', 'error', 'test/cli/fixtures/sysctl.d/90-bad.conf', '%SRCROOT%', { startLine: 4, startColumn: 31, endLine: 4, endColumn: 42 }],
        ['state.close-wait-buildup', 'warning', 'test/fixtures/real/close-wait-leak/ss-tanp.txt', '%SRCROOT%', { startLine: 4, startColumn: 1, endLine: 4, endColumn: 11 }],
        ['state.syn-recv-flood', 'warning', 'test/fixtures/real/syn-flood/ss-tan.txt', '%SRCROOT%', { startLine: 4, startColumn: 1, endLine: 4, endColumn: 9 }],
      ],
    );
    for (const result of run.results) {
      strictEqual(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    }
    strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${ROOT}/`);
    strictEqual(run.invocations[0].executionSuccessful, true);
  });

  it('maps information and hint to note, and describes rules in the run language', () => {
    const result = runCli(['check', '--format', 'sarif', '--lang', 'zh-cn', 'test/fixtures/real/send-q-buildup/ss-tanp.txt']);
    const log = JSON.parse(result.stdout);
    deepStrictEqual(validate(log), []);
    const levels = log.runs[0].results.map((entry: { ruleId: string; level: string }) => `${entry.ruleId} ${entry.level}`);
    deepStrictEqual(levels, ['queue.send-q-buildup note']);
    const rule = log.runs[0].tool.driver.rules.find((entry: { id: string }) => entry.id === 'queue.send-q-buildup');
    const chinese = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    strictEqual(rule.shortDescription.text, chinese['diagnostic.queue.send-q-buildup']);
    strictEqual(rule.defaultConfiguration.level, 'note');
  });

  it('reports unreadable inputs as tool notifications, and stays valid', () => {
    const result = runCli(['check', '--format', 'sarif', 'missing.conf', 'test/cli/fixtures/sysctl.d/10-clean.conf']);
    strictEqual(result.status, 2);
    const log = JSON.parse(result.stdout);
    deepStrictEqual(validate(log), []);
    strictEqual(log.runs[0].invocations[0].executionSuccessful, false);
    deepStrictEqual(log.runs[0].invocations[0].toolExecutionNotifications, [{ level: 'error', message: { text: 'missing.conf: no such file or directory' } }]);
    deepStrictEqual(log.runs[0].results, []);
  });

  it('the schema check itself rejects a broken log', () => {
    ok(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }).length > 0);
    ok(validate({ version: '2.0.0', runs: [] }).length > 0);
  });
});
