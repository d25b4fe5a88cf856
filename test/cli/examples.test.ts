import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { offlineGlobalNpm, packedTarball } from './support/packedTarball';
import { BIN, ROOT, temporaryDirectory } from './support/runCli';

const BAD = readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'sysctl.d', '90-bad.conf'), 'utf8');
const CLEAN = readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'sysctl.d', '10-clean.conf'), 'utf8');

interface WorkflowStep {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with: Record<string, string>;
}

/**
 * The steps of the example workflow's only job: name, uses, run (inline or `|` block) and `with`.
 * Enough YAML for this file; the test fails if the file grows a shape it does not read.
 */
function workflowSteps(text: string): { env: Record<string, string>; steps: WorkflowStep[] } {
  const lines = text.split('\n');
  const env: Record<string, string> = {};
  const steps: { name?: string; uses?: string; run?: string; with: Record<string, string> }[] = [];
  let section = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (/^\S/.test(line)) {
      section = line.replace(/:.*$/, '');
      continue;
    }
    const topEnv = /^ {2}(\w+): '?([^'#]*?)'?\s*(?:#.*)?$/.exec(line);
    if (section === 'env' && topEnv) {
      env[topEnv[1]] = topEnv[2];
      continue;
    }
    const item = /^ {6}(- )? {0,2}(name|uses|run|with|if): ?(.*)$/.exec(line);
    if (section !== 'jobs' || !item) {
      continue;
    }
    if (item[1]) {
      steps.push({ with: {} });
    }
    const step = steps[steps.length - 1];
    const [, , key, value] = item;
    if (key === 'run' && value === '|') {
      const block: string[] = [];
      while (index + 1 < lines.length && /^ {10}/.test(lines[index + 1])) {
        block.push(lines[++index].slice(10));
      }
      step.run = block.join('\n');
    } else if (key === 'with') {
      while (index + 1 < lines.length && /^ {10}\w+:/.test(lines[index + 1])) {
        const [name, ...rest] = lines[++index].trim().split(':');
        step.with[name] = rest.join(':').trim();
      }
    } else if (key === 'name' || key === 'uses' || key === 'run') {
      step[key] = value;
    }
  }
  return { env, steps };
}

function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.invalid', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.invalid', ...env } });
}

describe('examples', function () {
  this.timeout(180_000);

  it('GitHub Actions: the run steps of sysctl-lint.yml fail on a bad sysctl.d file, pass a clean one, and write SARIF', () => {
    const workflow = workflowSteps(readFileSync(join(ROOT, 'examples', 'github-actions', 'sysctl-lint.yml'), 'utf8'));
    deepStrictEqual(
      workflow.steps.map((step) => step.uses ?? step.name),
      ['actions/checkout@v4', 'actions/setup-node@v4', 'Install netstat-insight', 'Show findings', 'Lint sysctl.d', 'github/codeql-action/upload-sarif@v3'],
    );
    const upload = workflow.steps[workflow.steps.length - 1];
    const tarball = packedTarball();
    for (const [content, expectedExit] of [
      [BAD, 1],
      [CLEAN, 0],
    ] as const) {
      const repository = temporaryDirectory('actions');
      const prefix = temporaryDirectory('actions-prefix');
      try {
        mkdirSync(join(repository.path, 'sysctl.d'));
        writeFileSync(join(repository.path, 'sysctl.d', '90-net.conf'), content);
        // The tarball where the workflow expects it in the user's repository.
        mkdirSync(join(repository.path, 'tools'));
        copyFileSync(tarball, join(repository.path, workflow.env.NETSTAT_INSIGHT_PACKAGE));
        const env = { ...offlineGlobalNpm(prefix.path, join(prefix.path, 'cache')), ...workflow.env, GITHUB_WORKSPACE: repository.path };
        let exitCode = 0;
        let lastOutput = '';
        for (const step of workflow.steps.filter((candidate) => candidate.run !== undefined)) {
          // As GitHub runs a `run:` step: bash -e, in the workspace.
          const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: repository.path, encoding: 'utf8', env });
          exitCode = result.status ?? -1;
          lastOutput = `${step.name}: ${result.stdout}${result.stderr}`;
          if (step.name === 'Show findings') {
            strictEqual(exitCode, 0, result.stderr);
            strictEqual(result.stdout.includes('[sysctl.invalid-value]'), content === BAD);
          }
          if (exitCode !== 0) {
            break;
          }
        }
        strictEqual(exitCode, expectedExit, lastOutput);
        // The upload step runs unless cancelled, and finds its file.
        strictEqual(upload.with.sarif_file, 'sysctl.sarif');
        const sarif = JSON.parse(readFileSync(join(repository.path, upload.with.sarif_file), 'utf8'));
        const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
        const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
        const valid: boolean = validate(sarif);
        ok(valid, JSON.stringify(validate.errors));
        deepStrictEqual(
          sarif.runs[0].results.map((result: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => `${result.ruleId} ${result.locations[0].physicalLocation.artifactLocation.uri}`),
          content === BAD ? ['sysctl.unknown-key sysctl.d/90-net.conf', 'sysctl.removed-key sysctl.d/90-net.conf', 'sysctl.invalid-value sysctl.d/90-net.conf'] : [],
        );
      } finally {
        repository.remove();
        prefix.remove();
      }
    }
  });

  it('git hook: refuses a commit of a bad sysctl file and accepts a good one', () => {
    const repository = temporaryDirectory('hook');
    try {
      strictEqual(git(repository.path, ['init', '-q']).status, 0);
      const hook = join(repository.path, '.git', 'hooks', 'pre-commit');
      copyFileSync(join(ROOT, 'examples', 'pre-commit', 'pre-commit'), hook);
      chmodSync(hook, 0o755);
      const env = { NETSTAT_INSIGHT: `${process.execPath} ${BIN}`, LANG: 'C' };
      mkdirSync(join(repository.path, 'etc', 'sysctl.d'), { recursive: true });
      writeFileSync(join(repository.path, 'README.md'), 'hosts\n');
      git(repository.path, ['add', 'README.md']);
      strictEqual(git(repository.path, ['commit', '-q', '-m', 'no sysctl file: nothing to check'], env).status, 0);

      writeFileSync(join(repository.path, 'etc', 'sysctl.d', '90-net.conf'), BAD);
      git(repository.path, ['add', '.']);
      const refused = git(repository.path, ['commit', '-q', '-m', 'bad'], env);
      strictEqual(refused.status, 1, refused.stderr);
      // Git hands a hook's output to stderr.
      ok(refused.stderr.includes('etc/sysctl.d/90-net.conf:4:31: error'), refused.stderr);

      // The staged copy is checked, not the working tree: fixing the file without staging it is not enough.
      writeFileSync(join(repository.path, 'etc', 'sysctl.d', '90-net.conf'), CLEAN);
      strictEqual(git(repository.path, ['commit', '-q', '-m', 'still bad'], env).status, 1);
      git(repository.path, ['add', '.']);
      const accepted = git(repository.path, ['commit', '-q', '-m', 'good'], env);
      strictEqual(accepted.status, 0, accepted.stdout + accepted.stderr);
      strictEqual(git(repository.path, ['log', '--format=%s']).stdout, 'good\nno sysctl file: nothing to check\n');
    } finally {
      repository.remove();
    }
  });

  it('pre-commit framework: the hook entry checks the files its pattern selects', () => {
    const hooks = readFileSync(join(ROOT, 'examples', 'pre-commit', '.pre-commit-hooks.yaml'), 'utf8');
    const entry = /^ {2}entry: (.+)$/m.exec(hooks)![1];
    const files = new RegExp(/^ {2}files: '(.+)'$/m.exec(hooks)![1]);
    deepStrictEqual(
      ['sysctl.conf', 'etc/sysctl.d/90-net.conf', 'hosts/web.sysctl', 'etc/sysctl.d/README', 'docs/sysctl.conf.md', 'etc/modprobe.d/x.conf'].filter((path) => files.test(path)),
      ['sysctl.conf', 'etc/sysctl.d/90-net.conf', 'hosts/web.sysctl'],
    );
    const [command, ...args] = entry.split(' ');
    strictEqual(command, 'netstat-insight');
    const run = (file: string) => spawnSync(process.execPath, [BIN, ...args, file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    strictEqual(run('test/cli/fixtures/sysctl.d/90-bad.conf').status, 1);
    strictEqual(run('test/cli/fixtures/sysctl.d/10-clean.conf').status, 0);
  });
});
