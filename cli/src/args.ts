import type { Localized } from '../../server/src/core/i18n/localized';
import { DISTRIBUTIONS } from '../../server/src/core/knowledge/kernels';
import type { CliLanguage } from './language';
import { parseLanguage } from './language';
import { MESSAGES } from './texts';

export type CommandName = 'summary' | 'check' | 'explain' | 'compare' | 'timeline';
export type SummaryFormat = 'text' | 'json' | 'ndjson' | 'markdown';
export type CheckFormat = 'text' | 'json' | 'sarif';
export type CompareFormat = 'text' | 'json';
export type TimelineFormat = 'text' | 'json';
export type FailOn = 'error' | 'warning' | 'information' | 'hint' | 'never';

export const MAX_JOBS = 64;

export type Invocation =
  | { readonly kind: 'version' }
  | { readonly kind: 'help'; readonly command?: CommandName; readonly language?: CliLanguage }
  | { readonly kind: 'summary'; readonly inputs: readonly string[]; readonly format: SummaryFormat; readonly jobs: number; readonly language?: CliLanguage }
  | {
      readonly kind: 'check';
      readonly inputs: readonly string[];
      readonly format: CheckFormat;
      readonly failOn: FailOn;
      readonly kernel?: string;
      readonly sysctlFiles: readonly string[];
      readonly jobs: number;
      readonly language?: CliLanguage;
    }
  | { readonly kind: 'explain'; readonly topics: readonly string[]; readonly language?: CliLanguage }
  | {
      readonly kind: 'compare';
      readonly base: CompareInput;
      readonly other: CompareInput;
      readonly format: CompareFormat;
      readonly language?: CliLanguage;
    }
  | { readonly kind: 'timeline'; readonly input: string; readonly format: TimelineFormat; readonly language?: CliLanguage };

/** One side of `compare`: a file (or `-`) and, in a pasted session, the line (zero-based) its output starts at. */
export interface CompareInput {
  readonly path: string;
  readonly startLine?: number;
}

/** A mistake on the command line: exit code 2, the message and the help of the command it concerns. */
export class UsageError extends Error {
  constructor(
    readonly text: Localized,
    readonly values: Readonly<Record<string, string | number>>,
    readonly command?: CommandName,
    readonly language?: CliLanguage,
  ) {
    super(text.en);
  }
}

const COMMANDS: readonly CommandName[] = ['summary', 'check', 'explain', 'compare', 'timeline'];
const SUMMARY_FORMATS: readonly SummaryFormat[] = ['text', 'json', 'ndjson', 'markdown'];
const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'sarif'];
const COMPARE_FORMATS: readonly CompareFormat[] = ['text', 'json'];
const TIMELINE_FORMATS: readonly TimelineFormat[] = ['text', 'json'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'hint', 'never'];

/** Options that take a value, per command; `--lang` is everyone's. */
const VALUE_OPTIONS: Readonly<Record<CommandName, readonly string[]>> = {
  summary: ['--format', '--jobs', '--lang'],
  check: ['--format', '--fail-on', '--kernel', '--sysctl', '--jobs', '--lang'],
  explain: ['--lang'],
  compare: ['--format', '--base-line', '--other-line', '--lang'],
  timeline: ['--format', '--lang'],
};

/** Reads `argv` (without node and the script): `--name value`, `--name=value`, `--` ends the options. */
export function parseArguments(argv: readonly string[]): Invocation {
  const language = languageOption(argv);
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new UsageError(MESSAGES.missingCommand, {}, undefined, language);
  }
  if (first === '--version' || first === '-V') {
    return { kind: 'version' };
  }
  if (first === '--help' || first === '-h') {
    return { kind: 'help', language };
  }
  if (first === 'help') {
    const topic = rest.find((word) => !word.startsWith('-'));
    return { kind: 'help', command: topic !== undefined ? commandNamed(topic, language) : undefined, language };
  }
  if (first.startsWith('-') && first !== '-') {
    // Only --lang may come before the command (`netstat-insight --lang zh-cn --help`).
    if (first === '--lang' || first.startsWith('--lang=')) {
      return parseArguments(argv.slice(first === '--lang' ? 2 : 1));
    }
    throw new UsageError(MESSAGES.unknownOption, { option: first, command: 'netstat-insight' }, undefined, language);
  }
  const command = commandNamed(first, language);
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  let help = false;
  for (let index = 0; index < rest.length; index++) {
    const word = rest[index];
    if (word === '--') {
      positional.push(...rest.slice(index + 1));
      break;
    }
    if (word === '--help' || word === '-h') {
      help = true;
      continue;
    }
    if (!word.startsWith('-') || word === '-') {
      positional.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = equals > 0 ? word.slice(0, equals) : word;
    if (!VALUE_OPTIONS[command].includes(name)) {
      throw new UsageError(MESSAGES.unknownOption, { option: name, command }, command, language);
    }
    let value: string | undefined;
    if (equals > 0) {
      value = word.slice(equals + 1);
    } else {
      value = rest[++index];
    }
    if (value === undefined) {
      throw new UsageError(MESSAGES.missingValue, { option: name }, command, language);
    }
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  if (help) {
    return { kind: 'help', command, language };
  }
  const last = (name: string): string | undefined => options.get(name)?.at(-1);
  switch (command) {
    case 'summary':
      return {
        kind: 'summary',
        inputs: positional,
        format: choice(last('--format') ?? 'text', SUMMARY_FORMATS, '--format', command, language),
        jobs: jobsOf(last('--jobs'), command, language),
        language,
      };
    case 'check':
      return {
        kind: 'check',
        inputs: positional,
        format: choice(last('--format') ?? 'text', CHECK_FORMATS, '--format', command, language),
        failOn: choice(last('--fail-on') ?? 'error', FAIL_ON, '--fail-on', command, language),
        kernel: kernelOf(last('--kernel'), command, language),
        sysctlFiles: options.get('--sysctl') ?? [],
        jobs: jobsOf(last('--jobs'), command, language),
        language,
      };
    case 'explain':
      if (positional.length !== 1) {
        throw new UsageError(MESSAGES.explainOneTopic, {}, command, language);
      }
      return { kind: 'explain', topics: positional, language };
    case 'compare': {
      if (positional.length !== 2 || positional.every((input) => input === '-')) {
        throw new UsageError(MESSAGES.compareTwoInputs, {}, command, language);
      }
      const side = (path: string, option: string): CompareInput => {
        const line = lineOf(last(option), option, command, language);
        return line === undefined ? { path } : { path, startLine: line };
      };
      return {
        kind: 'compare',
        base: side(positional[0], '--base-line'),
        other: side(positional[1], '--other-line'),
        format: choice(last('--format') ?? 'text', COMPARE_FORMATS, '--format', command, language),
        language,
      };
    }
    case 'timeline':
      if (positional.length !== 1) {
        throw new UsageError(MESSAGES.timelineOneInput, {}, command, language);
      }
      return { kind: 'timeline', input: positional[0], format: choice(last('--format') ?? 'text', TIMELINE_FORMATS, '--format', command, language), language };
  }
}

/** `--base-line N`: the line (counted from 1, as editors show it) where a pasted session's output starts; zero-based inside. */
function lineOf(value: string | undefined, option: string, command: CommandName, language: CliLanguage | undefined): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new UsageError(MESSAGES.badLine, { option, value }, command, language);
  }
  return Number(value) - 1;
}

/** `--lang` is read first, wherever it stands, so that every later message speaks it. */
function languageOption(argv: readonly string[]): CliLanguage | undefined {
  let language: CliLanguage | undefined;
  for (let index = 0; index < argv.length && argv[index] !== '--'; index++) {
    const word = argv[index];
    const value = word === '--lang' ? argv[index + 1] : word.startsWith('--lang=') ? word.slice('--lang='.length) : undefined;
    if (value !== undefined) {
      const parsed = parseLanguage(value);
      if (parsed === undefined) {
        throw new UsageError(MESSAGES.badValue, { option: '--lang', value, choices: 'en, zh-cn' });
      }
      language = parsed;
    }
  }
  return language;
}

function commandNamed(word: string, language: CliLanguage | undefined): CommandName {
  const command = COMMANDS.find((name) => name === word);
  if (command === undefined) {
    throw new UsageError(MESSAGES.unknownCommand, { command: word }, undefined, language);
  }
  return command;
}

function choice<T extends string>(value: string, choices: readonly T[], option: string, command: CommandName, language: CliLanguage | undefined): T {
  const found = choices.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new UsageError(MESSAGES.badValue, { option, value, choices: choices.join(', ') }, command, language);
  }
  return found;
}

function jobsOf(value: string | undefined, command: CommandName, language: CliLanguage | undefined): number {
  if (value === undefined) {
    return 1;
  }
  const jobs = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    throw new UsageError(MESSAGES.badJobs, { value, max: MAX_JOBS }, command, language);
  }
  return jobs;
}

/**
 * A distribution name (`rhel8`, `debian-12`) or a version: the core reads `major.minor` from its
 * start; anything else is a typo worth stopping for.
 */
function kernelOf(value: string | undefined, command: CommandName, language: CliLanguage | undefined): string | undefined {
  if (value !== undefined && !DISTRIBUTIONS.has(value.toLowerCase()) && !/^\d+\.\d+(?:[.\-+~][0-9A-Za-z.\-+~_]*)?$/.test(value)) {
    throw new UsageError(MESSAGES.badKernel, { value }, command, language);
  }
  return value;
}
