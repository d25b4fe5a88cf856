// The bench's in-process timing, in a process of its own: the core parses and summarises a dump here, so
// that neither this work's garbage nor the bench client's (the 6 MB messages it sends the server) is
// collected during the other's timed steps. Started by the bench with fork(); speaks over its IPC channel:
//   { load: { core, settings, dumps: [{ name, text, sockets }] } }  → { loaded: true }
//   { time: name }  → { ms, validation, longestStep, total }
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let core;
let settings;
const texts = new Map();

/** Parse + summary, timed; then the validation, step by step as the server runs it. */
function timeInProcess(name) {
  const text = texts.get(name);
  const service = core.createLanguageService();
  const document = { uri: 'bench://dump', version: 1, languageId: 'netstat', getText: () => text };
  const started = performance.now();
  const parsed = service.parse(document);
  const summary = service.getSummary(document, parsed, settings);
  const ms = performance.now() - started;
  let longestStep = 0;
  let validation = 0;
  const steps = service.validationSteps(document, parsed, settings)[Symbol.iterator]();
  for (let done = false; !done; ) {
    const stepStarted = performance.now();
    done = steps.next().done;
    const stepMs = performance.now() - stepStarted;
    longestStep = Math.max(longestStep, stepMs);
    validation += stepMs;
  }
  return { ms, validation, longestStep, total: summary?.total };
}

process.on('message', (message) => {
  if (message.load) {
    core = require(message.load.core);
    // The server's defaults, as an editor with no settings of ours gets them.
    settings = require(message.load.settings).settingsFrom(undefined, 'en');
    for (const dump of message.load.dumps) {
      texts.set(dump.name, dump.text);
    }
    process.send({ loaded: true });
  } else if (message.time !== undefined) {
    process.send(timeInProcess(message.time));
  }
});
