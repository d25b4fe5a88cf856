import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The histograms people paste, made the way they make them: the real awk, sort, uniq, cut and grep
 * run over a real capture (test/fixtures/real). Each stage runs with a fixed argv (no shell), its input
 * the previous stage's output, in the C locale so that sort orders bytes as on any server.
 */
export interface HistogramPipeline {
  /** The sample file it is committed as (test/fixtures/samples/histogram-<name>.txt). */
  readonly name: string;
  /** The real capture it reads: scenario and file under test/fixtures/real. */
  readonly capture: readonly [string, string];
  /** The command as a user pastes it above the output: the tool that printed the capture, then the stages. */
  readonly command: string;
  readonly stages: readonly (readonly string[])[];
}

const REAL = join(__dirname, '..', 'fixtures', 'real');

export const HISTOGRAM_PIPELINES: readonly HistogramPipeline[] = [
  {
    name: 'states-awk',
    capture: ['close-wait-leak', 'netstat-ant.txt'],
    command: "netstat -ant | awk '/^tcp/ {++S[$NF]} END {for(a in S) print a, S[a]}'",
    stages: [['awk', '/^tcp/ {++S[$NF]} END {for(a in S) print a, S[a]}']],
  },
  {
    name: 'states-uniq',
    capture: ['syn-flood', 'ss-tan.txt'],
    command: "ss -tan | awk 'NR>1{print $1}' | sort | uniq -c | sort -rn",
    stages: [['awk', 'NR>1{print $1}'], ['sort'], ['uniq', '-c'], ['sort', '-rn']],
  },
  {
    name: 'peers',
    capture: ['syn-flood', 'netstat-ant.txt'],
    command: "netstat -ant | awk '{print $5}' | cut -d: -f1 | sort | uniq -c | sort -n",
    stages: [['awk', '{print $5}'], ['cut', '-d:', '-f1'], ['sort'], ['uniq', '-c'], ['sort', '-n']],
  },
  {
    name: 'peers-ss',
    capture: ['syn-flood', 'ss-tan.txt'],
    command: "ss -tan | awk 'NR>1 {print $5}' | cut -d: -f1 | sort | uniq -c | sort -rn",
    stages: [['awk', 'NR>1 {print $5}'], ['cut', '-d:', '-f1'], ['sort'], ['uniq', '-c'], ['sort', '-rn']],
  },
  {
    name: 'ports',
    capture: ['mixed', 'ss-tan.txt'],
    command: "ss -tan | awk 'NR>1 {print $4}' | awk -F: '{print $NF}' | sort | uniq -c | sort -rn",
    stages: [['awk', 'NR>1 {print $4}'], ['awk', '-F:', '{print $NF}'], ['sort'], ['uniq', '-c'], ['sort', '-rn']],
  },
  {
    name: 'processes',
    capture: ['mixed', 'netstat-antp.txt'],
    command: "netstat -antp | awk '{print $7}' | sort | uniq -c | sort -rn",
    stages: [['awk', '{print $7}'], ['sort'], ['uniq', '-c'], ['sort', '-rn']],
  },
  {
    name: 'processes-ss',
    capture: ['mixed', 'ss-tanp.txt'],
    command: "ss -tanp | awk 'NR>1 {print $6}' | sort | uniq -c | sort -rn",
    stages: [['awk', 'NR>1 {print $6}'], ['sort'], ['uniq', '-c'], ['sort', '-rn']],
  },
  {
    name: 'grep-count',
    capture: ['close-wait-leak', 'netstat-ant.txt'],
    command: 'netstat -ant | grep -c CLOSE_WAIT',
    stages: [['grep', '-c', 'CLOSE_WAIT']],
  },
];

export function captureOf(pipeline: HistogramPipeline): string {
  return readFileSync(join(REAL, ...pipeline.capture), 'utf8');
}

/** The pipeline's output over its capture, or why it could not run (a tool the host lacks). */
export function runPipeline(pipeline: HistogramPipeline): { output: string } | { missing: string } {
  let text = captureOf(pipeline);
  for (const [tool, ...args] of pipeline.stages) {
    const result = spawnSync(tool, args, { input: text, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, timeout: 60_000 });
    if (result.error) {
      if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { missing: `${tool} is not installed on this host` };
      }
      throw result.error;
    }
    // grep -c exits 1 when it counted nothing, and still prints the 0.
    if (result.status !== 0 && !(tool === 'grep' && result.status === 1)) {
      throw new Error(`${tool} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
    }
    text = result.stdout;
  }
  return { output: text };
}

/** The paste a user makes of it: the prompt with the command, then the output. */
export function pasteOf(pipeline: HistogramPipeline, output: string): string {
  return `$ ${pipeline.command}\n${output}`;
}
