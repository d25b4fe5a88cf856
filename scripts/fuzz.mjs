// `npm run fuzz`: feeds generated documents (real captures, cut and mutated: test/support/fuzzInputs.ts)
// through every feature of the language service (test/support/fuzzExercise.ts), bundled as the server
// bundles it, on every core. Reports
//   - exceptions and broken LSP invariants, grouped, each with a minimal reproduction saved under --out;
//   - inputs that stay far slower per KB than the median when re-run alone, with how their time grows
//     when the same mutation is made 2× and 4× bigger;
//   - inputs per second and how long a 1M-input run would take here.
// Usage: node scripts/fuzz.mjs [--inputs N (per document language)] [--seed S] [--lang netstat|sysctl|both]
//        [--minutes M] [--workers N] [--out DIR] [--replay INDEX (with --seed and --lang)]
//        [--corpus DIR: other people's outputs as extra seeds, e.g. ../shared/corpus; a replay needs it too]
//        [--slow-factor F (× the median ms/KB, default 20)] [--slow-floor MS (default 20)]
//        [--plant: plants a known bug (a hover that throws on a line holding `constructor`) to check
//         that the run finds it, groups it and shrinks it to that word]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { loadCore } from './lib/bundleCore.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache', 'fuzz');
const require = createRequire(import.meta.url);

/** An input is far too slow when its time per KB is this many times the median (`--slow-factor`)… */
let SLOW_FACTOR = 20;
/** …and it takes at least this long (`--slow-floor`; below it, a GC pause or a cold function is the likelier cause). */
let SLOW_FLOOR_MS = 20;
/** An input that has not finished after this long is a hang. */
const HANG_MS = 60000;
const CHUNK = 200;
const MINIMIZE_MS = 30000;
const SLOW_CHECK_MS = 300000;
const MINIMIZE_TOTAL_MS = 300000;
/** This run's own bundles: other edits to the tree must not change the code a run reproduces with. */
const buildDir = isMainThread ? join(cacheDir, `build-${process.pid}`) : workerData.buildDir;

/** Per-input milliseconds are divided by the size in KB, counting anything under 1 KB as 1 KB. */
const msPerKb = (ms, bytes) => ms / Math.max(bytes / 1024, 1);
const displayLanguageOf = (index) => (index % 2 === 0 ? 'en' : 'zh-cn');

if (isMainThread) {
  await main();
} else {
  runWorker();
}

function options() {
  const value = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
  };
  const lang = value('--lang', 'both');
  if (!['netstat', 'sysctl', 'both'].includes(lang)) {
    throw new Error(`--lang must be netstat, sysctl or both, not ${lang}`);
  }
  return {
    inputs: Number(value('--inputs', 20000)),
    seed: Number(value('--seed', 1)),
    languages: lang === 'both' ? ['netstat', 'sysctl'] : [lang],
    minutes: Number(value('--minutes', 0)),
    workers: Number(value('--workers', availableParallelism())),
    out: value('--out', join(cacheDir, 'out')),
    replay: value('--replay', undefined),
    slowFactor: Number(value('--slow-factor', SLOW_FACTOR)),
    slowFloor: Number(value('--slow-floor', SLOW_FLOOR_MS)),
    plant: process.argv.includes('--plant'),
    corpus: value('--corpus', undefined),
  };
}

/**
 * The core as it ships (minified), the same core readable with source maps for stacks, and the harness.
 */
async function build() {
  mkdirSync(buildDir, { recursive: true });
  await loadCore(root, buildDir);
  await loadCore(root, buildDir, 'settings');
  await loadCore(root, buildDir, 'parsers/detectLanguage');
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' };
  await esbuild.build({
    ...common,
    entryPoints: [join(root, 'server', 'src', 'core', 'languageService.ts')],
    sourcemap: 'inline',
    outfile: join(buildDir, 'languageService.debug.cjs'),
  });
  await esbuild.build({
    ...common,
    stdin: { contents: "export * from './fuzzInputs'; export * from './fuzzExercise';", resolveDir: join(root, 'test', 'support'), loader: 'ts' },
    outfile: join(buildDir, 'harness.cjs'),
  });
}

function loadBuilt({ debug = false } = {}) {
  if (debug) {
    process.setSourceMapsEnabled(true);
  }
  return {
    core: require(join(buildDir, debug ? 'languageService.debug.cjs' : 'languageService.cjs')),
    settings: require(join(buildDir, 'settings.cjs')),
    detect: require(join(buildDir, 'parsers', 'detectLanguage.cjs')),
    harness: require(join(buildDir, 'harness.cjs')),
  };
}

/** One input through every feature; returns the failure (or undefined), the time and the time per feature. */
function runOne(built, service, seeds, seed, language, index, scale = 1, { thorough = false } = {}) {
  const { harness, settings } = built;
  let input;
  try {
    input = harness.generateInput(seeds, language, seed, index, scale);
  } catch (error) {
    return { input: { text: '', recipe: ['(the generator failed)'] }, failure: error, ms: 0, timings: {} };
  }
  const timings = {};
  const started = performance.now();
  let failure;
  try {
    harness.exercise(service, language, input.text, {
      displayLanguage: displayLanguageOf(index),
      defaults: settings.DEFAULT_SETTINGS,
      resolveSettings: resolverOf(settings),
      detectLanguage: built.detect.detectLanguage,
      random: harness.randomFor(seed + 1, language, index),
      thorough,
      timings,
    });
  } catch (error) {
    failure = error;
  }
  return { input, failure, ms: performance.now() - started, timings };
}

function seedsOf(built, corpus) {
  const seeds = built.harness.loadSeeds(join(root, 'test', 'fixtures'));
  return corpus ? [...seeds, ...built.harness.loadCorpusSeeds(corpus)] : seeds;
}

/** The service, or with `--plant` the same service with a bug the run must find. */
function serviceOf(core, plant) {
  const service = core.createLanguageService();
  if (!plant) {
    return service;
  }
  return {
    ...service,
    doHover(lineText, ...rest) {
      if (lineText.includes('constructor')) {
        throw new TypeError('planted: hovered a line holding constructor');
      }
      return service.doHover(lineText, ...rest);
    },
  };
}

/** How the server turns its configuration section and a language's overrides into settings. */
function resolverOf(settings) {
  return (section, overrides, language) => settings.settingsFrom(settings.withLanguageOverrides(section, overrides), language);
}

function describeFailure(error) {
  if (error && error.name === 'FuzzFailure') {
    return { signature: error.signature, message: error.message, feature: error.feature, kind: error.kind };
  }
  // The harness itself failed (a generator bug): reported like any other finding.
  return { signature: `harness: ${String(error?.message ?? error).replace(/\d+/g, '#')}`, message: String(error?.stack ?? error), feature: 'harness', kind: 'exception' };
}

function runWorker() {
  const { seed, progress, plant, corpus } = workerData;
  const built = loadBuilt();
  const seeds = seedsOf(built, corpus);
  const service = serviceOf(built.core, plant);
  const current = new Float64Array(progress);
  parentPort.on('message', ({ language, start, end }) => {
    const count = end - start;
    const ms = new Float64Array(count);
    const bytes = new Float64Array(count);
    const failures = [];
    const featureMs = {};
    for (let index = start; index < end; index++) {
      current[0] = index;
      current[1] = Date.now();
      const result = runOne(built, service, seeds, seed, language, index);
      ms[index - start] = result.ms;
      bytes[index - start] = result.input.text.length;
      for (const [feature, time] of Object.entries(result.timings)) {
        featureMs[feature] = (featureMs[feature] ?? 0) + time;
      }
      if (result.failure) {
        failures.push({ language, index, size: result.input.text.length, recipe: result.input.recipe.join(' '), ...describeFailure(result.failure) });
      }
    }
    current[1] = 0;
    parentPort.postMessage({ language, start, end, ms, bytes, failures, featureMs });
  });
}

async function main() {
  const settings = options();
  SLOW_FACTOR = settings.slowFactor;
  SLOW_FLOOR_MS = settings.slowFloor;
  console.log(`Bundling the core into ${buildDir}…`);
  await build();
  try {
    await fuzz(settings);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

async function fuzz(settings) {
  mkdirSync(settings.out, { recursive: true });
  if (settings.replay !== undefined) {
    replay(settings);
    return;
  }
  const budgetMs = settings.minutes > 0 ? settings.minutes * 60000 : Infinity;
  console.log(
    `Fuzzing ${settings.languages.join(' + ')}: ${settings.inputs} inputs each, seed ${settings.seed}, ${settings.workers} workers` +
      (settings.minutes > 0 ? `, at most ${settings.minutes} min` : ''),
  );

  const queue = [];
  for (let start = 0; start < settings.inputs; start += CHUNK) {
    for (const language of settings.languages) {
      queue.push({ language, start, end: Math.min(settings.inputs, start + CHUNK) });
    }
  }
  const results = Object.fromEntries(settings.languages.map((language) => [language, { ms: [], bytes: [], index: [], done: 0, featureMs: {} }]));
  const failures = [];
  const hangs = [];
  const started = performance.now();
  let lastReport = started;

  const report = (final = false) => {
    const seconds = (performance.now() - started) / 1000;
    const done = settings.languages.map((language) => results[language].done).reduce((a, b) => a + b, 0);
    const line = settings.languages.map((language) => `${language} ${results[language].done}`).join(', ');
    console.log(`${final ? 'done' : '…'} ${seconds.toFixed(0)}s: ${line} (${(done / seconds).toFixed(0)} inputs/s), ${failures.length} failures, ${hangs.length} hangs`);
  };

  await new Promise((resolve) => {
    let active = 0;
    const startWorker = () => {
      const progress = new SharedArrayBuffer(16);
      const current = new Float64Array(progress);
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed: settings.seed, progress, buildDir, plant: settings.plant, corpus: settings.corpus } });
      let chunk;
      const feed = () => {
        chunk = performance.now() - started < budgetMs ? queue.shift() : undefined;
        if (chunk) {
          worker.postMessage(chunk);
        } else {
          clearInterval(watchdog);
          void worker.terminate();
          if (--active === 0) {
            resolve();
          }
        }
      };
      const watchdog = setInterval(() => {
        if (current[1] > 0 && Date.now() - current[1] > HANG_MS) {
          const index = current[0];
          hangs.push({ language: chunk.language, index });
          console.log(`HANG: ${chunk.language} #${index} ran over ${HANG_MS / 1000}s; restarting the worker after it`);
          clearInterval(watchdog);
          void worker.terminate();
          if (index + 1 < chunk.end) {
            queue.unshift({ ...chunk, start: index + 1 });
          }
          active--;
          startWorker();
        }
      }, 1000);
      worker.on('message', (message) => {
        const result = results[message.language];
        for (let at = 0; at < message.ms.length; at++) {
          result.ms.push(message.ms[at]);
          result.bytes.push(message.bytes[at]);
          result.index.push(message.start + at);
        }
        result.done += message.ms.length;
        for (const [feature, time] of Object.entries(message.featureMs)) {
          result.featureMs[feature] = (result.featureMs[feature] ?? 0) + time;
        }
        for (const failure of message.failures) {
          failures.push(failure);
          if (failures.filter((other) => other.signature === failure.signature).length === 1) {
            console.log(`NEW ${failure.kind}: ${failure.language} #${failure.index} (${failure.size} chars) ${failure.message.slice(0, 240)}`);
          }
        }
        if (performance.now() - lastReport > 10000) {
          lastReport = performance.now();
          report();
        }
        feed();
      });
      worker.on('error', (error) => {
        console.log(`worker error: ${error.stack ?? error}`);
        failures.push({ language: chunk?.language, index: -1, size: 0, recipe: '', signature: `worker: ${error.message}`, message: String(error.stack ?? error), feature: 'worker', kind: 'exception' });
        clearInterval(watchdog);
        active--;
        startWorker();
      });
      active++;
      feed();
    };
    for (let worker = 0; worker < settings.workers; worker++) {
      startWorker();
    }
  });
  const wallSeconds = (performance.now() - started) / 1000;
  report(true);

  const built = loadBuilt();
  const seeds = seedsOf(built, settings.corpus);
  const service = serviceOf(built.core, settings.plant);
  const findings = reproduceFailures(settings, built, seeds, service, failures);
  const slow = checkSlowInputs(settings, built, seeds, service, results);
  summarize(settings, results, wallSeconds, failures, findings, hangs, slow);
}

/** Groups the failures, shrinks one input per group and saves it with a readable stack. */
function reproduceFailures(settings, built, seeds, service, failures) {
  const groups = new Map();
  for (const failure of failures) {
    const group = groups.get(failure.signature);
    if (group) {
      group.count++;
      if (failure.size < group.first.size) {
        group.first = failure;
      }
    } else {
      groups.set(failure.signature, { first: failure, count: 1 });
    }
  }
  const debug = serviceOf(loadBuilt({ debug: true }).core, settings.plant);
  const findings = [];
  let number = 0;
  // Each group is shrunk for up to MINIMIZE_MS; past MINIMIZE_TOTAL_MS the inputs are saved as they are.
  const deadline = performance.now() + MINIMIZE_TOTAL_MS;
  for (const [signature, { first, count }] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
    number++;
    if (first.index < 0) {
      findings.push({ signature, count, first });
      continue;
    }
    const { input } = runOne(built, service, seeds, settings.seed, first.language, first.index);
    const fails = (text, thorough) => failureSignature(built, service, first.language, text, settings.seed, first.index, thorough) === signature;
    const thorough = !fails(input.text, false) && fails(input.text, true);
    const minimal = minimize(input.text, (text) => fails(text, thorough), Math.min(MINIMIZE_MS, Math.max(0, deadline - performance.now())));
    let stack = '';
    try {
      built.harness.exercise(debug, first.language, minimal, exerciseOptions(built, settings.seed, first.language, first.index, thorough));
    } catch (error) {
      stack = String(error.original?.stack ?? error.stack ?? error);
    }
    const base = join(settings.out, `${String(number).padStart(2, '0')}-${first.language}-${first.feature}-${first.index}`);
    writeFileSync(`${base}.txt`, minimal);
    writeFileSync(`${base}.json`, `${JSON.stringify({ signature, count, seed: settings.seed, ...first, thorough, minimalSize: minimal.length, stack }, null, 2)}\n`);
    findings.push({ signature, count, first, minimal, file: `${base}.txt`, stack });
  }
  return findings;
}

function exerciseOptions(built, seed, language, index, thorough) {
  return {
    displayLanguage: displayLanguageOf(index),
    defaults: built.settings.DEFAULT_SETTINGS,
    resolveSettings: resolverOf(built.settings),
    detectLanguage: built.detect.detectLanguage,
    random: built.harness.randomFor(seed + 1, language, index),
    thorough,
  };
}

function failureSignature(built, service, language, text, seed, index, thorough) {
  try {
    built.harness.exercise(service, language, text, exerciseOptions(built, seed, language, index, thorough));
    return undefined;
  } catch (error) {
    return describeFailure(error).signature;
  }
}

/** Removes lines, then runs of characters, while the input still fails the same way (ddmin-style). */
function minimize(text, fails, budgetMs) {
  const deadline = performance.now() + budgetMs;
  const shrink = (units) => {
    for (let size = Math.max(1, Math.floor(units.length / 2)); size >= 1 && performance.now() < deadline; size = Math.floor(size / 2)) {
      for (let at = 0; at < units.length && performance.now() < deadline; ) {
        const candidate = [...units.slice(0, at), ...units.slice(at + size)];
        if (fails(candidate.join(''))) {
          units = candidate;
        } else {
          at += size;
        }
      }
      if (size === 1) {
        break;
      }
    }
    return units;
  };
  const lines = shrink(text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [text]);
  return shrink([...lines.join('')]).join('');
}

/** Re-runs the inputs far above the median time per KB alone, then grows them to see how time scales. */
function checkSlowInputs(settings, built, seeds, service, results) {
  const slow = [];
  // A run of quadratic inputs could keep the re-runs busy for hours: they stop after SLOW_CHECK_MS.
  const slowDeadline = performance.now() + SLOW_CHECK_MS;
  for (const language of settings.languages) {
    const { ms, bytes, index: inputIndex } = results[language];
    const perKb = ms.map((time, at) => msPerKb(time, bytes[at]));
    const median = [...perKb].sort((a, b) => a - b)[Math.floor(perKb.length / 2)] ?? 0;
    results[language].medianMsPerKb = median;
    const candidates = perKb
      .map((value, at) => ({ index: inputIndex[at], value, ms: ms[at], excess: ms[at] - median * Math.max(bytes[at] / 1024, 1) }))
      .filter((candidate) => candidate.value > SLOW_FACTOR * median && candidate.ms >= SLOW_FLOOR_MS)
      // The most time lost first: a GC pause on a tiny input has a high ratio but loses little.
      .sort((a, b) => b.excess - a.excess);
    results[language].slowCandidates = candidates.length;
    candidates.length = Math.min(candidates.length, 200);
    for (const candidate of candidates) {
      if (performance.now() > slowDeadline) {
        results[language].slowUnchecked = (results[language].slowUnchecked ?? 0) + 1;
        continue;
      }
      const alone = fastestOf(5, () => runOne(built, service, seeds, settings.seed, language, candidate.index));
      if (msPerKb(alone.ms, alone.input.text.length) <= SLOW_FACTOR * median || alone.ms < SLOW_FLOOR_MS) {
        continue;
      }
      const double = fastestOf(3, () => runOne(built, service, seeds, settings.seed, language, candidate.index, 2));
      // Past 20 s at 2×, a quadratic input would take minutes at 4×: two points give the exponent.
      const quadruple = double.ms > 20000 ? double : fastestOf(3, () => runOne(built, service, seeds, settings.seed, language, candidate.index, 4));
      const feature = Object.entries(alone.timings).sort((a, b) => b[1] - a[1])[0]?.[0];
      slow.push({
        language,
        index: candidate.index,
        recipe: alone.input.recipe.join(' '),
        size: alone.input.text.length,
        ms: alone.ms,
        msPerKb: msPerKb(alone.ms, alone.input.text.length),
        median,
        feature,
        featureMs: alone.timings[feature],
        growth: [alone, double, quadruple].filter((run, at, all) => all.indexOf(run) === at).map((run) => ({ size: run.input.text.length, ms: run.ms })),
      });
      const base = join(settings.out, `slow-${language}-${candidate.index}`);
      writeFileSync(`${base}.txt`, alone.input.text);
      writeFileSync(`${base}.json`, `${JSON.stringify(slow[slow.length - 1], null, 2)}\n`);
    }
  }
  return slow;
}

/** The fastest of a few runs; one run is enough once it takes seconds (that is no GC pause). */
function fastestOf(runs, run) {
  let best;
  for (let attempt = 0; attempt < runs && !(best?.ms > 2000); attempt++) {
    globalThis.gc?.();
    const result = run();
    if (!best || result.ms < best.ms) {
      best = result;
    }
  }
  return best;
}

/** How time grows from 1× to 4× the size: 1 is linear, 2 quadratic. */
function growthExponent(growth) {
  const first = growth[0];
  const last = growth[growth.length - 1];
  const sizeRatio = last.size / first.size;
  return sizeRatio > 1.2 ? Math.log(last.ms / first.ms) / Math.log(sizeRatio) : NaN;
}

function summarize(settings, results, wallSeconds, failures, findings, hangs, slow) {
  const total = settings.languages.reduce((sum, language) => sum + results[language].done, 0);
  const rate = total / wallSeconds;
  console.log('\n=== fuzz summary ===');
  console.log(`seed ${settings.seed}, ${settings.workers} workers, ${wallSeconds.toFixed(1)}s wall`);
  for (const language of settings.languages) {
    const result = results[language];
    const bytes = result.bytes.reduce((a, b) => a + b, 0);
    const featureTotal = Object.values(result.featureMs).reduce((a, b) => a + b, 0) || 1;
    const shares = Object.entries(result.featureMs)
      .sort((a, b) => b[1] - a[1])
      .map(([feature, time]) => `${feature} ${((100 * time) / featureTotal).toFixed(0)}%`)
      .join(', ');
    console.log(
      `${language}: ${result.done} inputs, ${(bytes / 1048576).toFixed(1)} MB, median ${result.medianMsPerKb?.toFixed(3)} ms/KB, ` +
        `${result.slowCandidates} slow candidates (the ${Math.min(result.slowCandidates, 200) - (result.slowUnchecked ?? 0)} losing most time re-run alone` +
        `${result.slowUnchecked ? `, ${result.slowUnchecked} left for lack of time` : ''}); time by feature: ${shares}`,
    );
  }
  console.log(`rate: ${rate.toFixed(0)} inputs/s; 1M inputs per document language (${settings.languages.length * 1e6} inputs) ≈ ${((settings.languages.length * 1e6) / rate / 60).toFixed(0)} min on this machine`);
  console.log(`\nfailures: ${failures.length} in ${findings.length} groups`);
  for (const finding of findings) {
    console.log(`- ${finding.signature} ×${finding.count}\n  first: ${finding.first.language} #${finding.first.index} [${finding.first.recipe.slice(0, 200)}]`);
    if (finding.file) {
      console.log(`  minimal (${finding.minimal.length} chars): ${finding.file}: ${JSON.stringify(finding.minimal.slice(0, 160))}`);
      const frame = finding.stack.split('\n').find((line) => /server\/src\/core/.test(line));
      if (frame) {
        console.log(`  at ${frame.trim()}`);
      }
    }
  }
  console.log(`\nhangs: ${hangs.length}`);
  for (const hang of hangs) {
    console.log(`- ${hang.language} #${hang.index} (replay: npm run fuzz -- --seed ${settings.seed} --lang ${hang.language} --replay ${hang.index})`);
  }
  console.log(`\nslow inputs (still > ${SLOW_FACTOR}× the median ms/KB and ≥ ${SLOW_FLOOR_MS} ms when re-run alone): ${slow.length}`);
  for (const entry of slow) {
    const exponent = growthExponent(entry.growth);
    console.log(
      `- ${entry.language} #${entry.index}: ${entry.ms.toFixed(1)} ms for ${entry.size} chars (${(entry.msPerKb / entry.median).toFixed(0)}× median), mostly ${entry.feature} (${entry.featureMs.toFixed(1)} ms); ` +
        `1×/2×/4×: ${entry.growth.map((run) => `${run.size}→${run.ms.toFixed(1)}ms`).join(', ')}; exponent ${Number.isNaN(exponent) ? 'n/a (size does not scale)' : exponent.toFixed(2)}` +
        `\n  [${entry.recipe.slice(0, 200)}]`,
    );
  }
  console.log(`\nreproductions in ${settings.out}`);
  process.exitCode = failures.length > 0 || hangs.length > 0 ? 1 : 0;
}

/** One input, alone, on the readable core: its recipe, size, time per feature and stack. */
function replay(settings) {
  const built = loadBuilt({ debug: true });
  const seeds = seedsOf(built, settings.corpus);
  const service = serviceOf(built.core, settings.plant);
  for (const language of settings.languages) {
    const index = Number(settings.replay);
    const result = fastestOf(3, () => runOne(built, service, seeds, settings.seed, language, index));
    const file = join(settings.out, `replay-${language}-${settings.seed}-${index}.txt`);
    writeFileSync(file, result.input.text);
    console.log(`${language} #${index}: ${result.input.text.length} chars, ${result.ms.toFixed(1)} ms, saved to ${file}`);
    console.log(`recipe: ${result.input.recipe.join(' ')}`);
    console.log(`time by feature: ${JSON.stringify(Object.fromEntries(Object.entries(result.timings).map(([feature, ms]) => [feature, Number(ms.toFixed(2))])))}`);
    if (result.failure) {
      console.log(String(result.failure.original?.stack ?? result.failure.stack ?? result.failure));
      process.exitCode = 1;
    }
  }
}
