import { deepStrictEqual, ok } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectSysctlValues, type WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { settingsFrom } from '../../server/src/core/settings';
import { FIXTURES } from './support/fixtures';
import { documentOf, service } from './support/service';

/**
 * The samples `npm start` opens (samples/): each shows what the README promises, read the way the
 * server reads it — with the workspace's sysctl.conf as context and the workspace's settings.
 */
const SAMPLES = join(__dirname, '..', '..', 'samples');
const README = join(__dirname, '..', '..', 'README.md');

/** Diagnostic codes each sample must show (parse.unrecognized-line on a ticket's prose aside). */
const PROMISED: Record<string, readonly string[]> = {
  'close-wait-leak.ss': ['state.close-wait-buildup', 'state.close-wait-buildup'],
  'time-wait-storm.ss': ['ports.ephemeral-exhaustion', 'state.time-wait-buildup'],
  'ticket-7000-timeouts.netstat': ['listen.accept-queue-full', 'listen.queue-overflows'],
  'sysctl.conf': ['sysctl.duplicate-key', 'sysctl.inconsistent-values', 'sysctl.invalid-value', 'sysctl.lowers-default', 'sysctl.removed-key', 'sysctl.unknown-key'],
};

function read(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}

/** samples/.vscode/settings.json (JSON with `//` comments) as the `netstatInsight` section the client sends. */
function workspaceSettings() {
  const json = read('.vscode/settings.json').split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
  const section: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, unknown>)) {
    const [prefix, group, name] = key.split('.');
    ok(prefix === 'netstatInsight' && group && name, `a netstatInsight.<group>.<name> setting: ${key}`);
    (section[group] ??= {})[name] = value;
  }
  return settingsFrom(section, 'en');
}

function workspaceContext(): WorkspaceContext {
  return { sysctlValues: collectSysctlValues([{ uri: 'file:///samples/sysctl.conf', file: parseSysctlFile(read('sysctl.conf')) }]) };
}

function codesOf(name: string): string[] {
  const document = documentOf(name.endsWith('.conf') ? 'sysctl' : 'netstat', read(name));
  return service
    .doValidation(document, service.parse(document), workspaceSettings(), workspaceContext())
    .map((diagnostic) => String(diagnostic.code))
    .filter((code) => code !== 'parse.unrecognized-line')
    .sort();
}

/** Every line of every real capture, trailing blanks aside. */
function realCaptureLines(): Set<string> {
  const lines = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) readFileSync(path, 'utf8').split('\n').forEach((line) => lines.add(line.trimEnd()));
    }
  };
  walk(join(FIXTURES, 'real'));
  return lines;
}

describe('the samples npm start opens', () => {
  it('every sample file has its promise, and no promise is left without a file', () => {
    const files = readdirSync(SAMPLES).filter((name) => !name.startsWith('.'));
    deepStrictEqual(files.sort(), Object.keys(PROMISED).sort());
  });

  for (const [name, codes] of Object.entries(PROMISED)) {
    it(`${name} shows ${[...new Set(codes)].join(', ')}`, () => {
      deepStrictEqual(codesOf(name), [...codes].sort());
    });
  }

  it('the socket rows of the samples are cut from real captures, not made up', () => {
    const real = realCaptureLines();
    // A line holding an address:port (IPv4, [IPv6] or lsof's a:p->b:p) is a socket row or part of one.
    const endpoint = /\d{1,3}(?:\.\d{1,3}){3}:(?:\d+|\*)|\]:\d+|\*:\d+/;
    for (const name of Object.keys(PROMISED).filter((file) => !file.endsWith('.conf'))) {
      const invented = read(name).split('\n').filter((line) => endpoint.test(line) && !real.has(line.trimEnd()));
      deepStrictEqual(invented, [], `${name}: rows not found in test/fixtures/real`);
    }
  });

  it('README names each sample and the diagnostics it shows', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf('## Try it');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const [name, codes] of Object.entries(PROMISED)) {
      ok(section.includes(`\`${name}\``), `README's "Try it" section names ${name}`);
      for (const code of codes) ok(section.includes(`\`${code}\``), `README's "Try it" section says ${name} shows ${code}`);
    }
  });
});
