// `npm run conformance`: parses other people's real outputs (the shared corpus of jc and insights-core
// fixtures, not part of this repository) and compares, per file, the TCP rows per state and the UDP
// rows with jc's expected parse. Prints a table and every disagreement; exits 1 on an unexplained one.
// Usage: node scripts/conformance.mjs [--corpus DIR] [--verbose]
// Cases where jc's expected parse is itself wrong are listed, with the reason, in
// scripts/conformance-known.json (and docs/conformance.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './lib/bundleCore.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusArgument = process.argv.indexOf('--corpus');
const corpus =
  corpusArgument > 0 ? process.argv[corpusArgument + 1] : (process.env.NETSTAT_INSIGHT_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const verbose = process.argv.includes('--verbose');

if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: nothing to compare (pass --corpus DIR or set NETSTAT_INSIGHT_CORPUS).`);
  process.exit(0);
}

const known = JSON.parse(readFileSync(join(root, 'scripts', 'conformance-known.json'), 'utf8'));
const { createLanguageService } = await loadCore(root, join(root, '.cache', 'conformance'));
const service = createLanguageService();

/** Every spelling jc keeps (Linux, ss, Windows, BSD, /proc hex) → the canonical state. */
const CANONICAL = new Map(
  Object.entries({
    LISTEN: ['LISTEN', 'LISTENING', '0A'],
    SYN_SENT: ['SYN_SENT', 'SYN-SENT', '02'],
    SYN_RECV: ['SYN_RECV', 'SYN-RECV', 'SYN_RECEIVED', 'SYN_RCVD', '03', '0C'],
    ESTABLISHED: ['ESTABLISHED', 'ESTAB', '01'],
    FIN_WAIT1: ['FIN_WAIT1', 'FIN_WAIT_1', 'FIN-WAIT-1', '04'],
    FIN_WAIT2: ['FIN_WAIT2', 'FIN_WAIT_2', 'FIN-WAIT-2', '05'],
    TIME_WAIT: ['TIME_WAIT', 'TIME-WAIT', '06'],
    CLOSED: ['CLOSE', 'CLOSED', '07'],
    CLOSE_WAIT: ['CLOSE_WAIT', 'CLOSE-WAIT', '08'],
    LAST_ACK: ['LAST_ACK', 'LAST-ACK', '09'],
    CLOSING: ['CLOSING', '0B'],
  }).flatMap(([state, spellings]) => spellings.map((spelling) => [spelling, state])),
);

function rawFiles() {
  const files = [];
  for (const source of readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const tool of readdirSync(join(corpus, source.name), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const folder = join(corpus, source.name, tool.name);
      for (const name of readdirSync(folder).sort()) {
        if (!name.endsWith('.json')) {
          files.push({ path: join(folder, name), tool: tool.name });
        }
      }
    }
  }
  return files;
}

/** The expected parse next to a raw file: `x.out` → `x.json`, `net_tcp` → `net_tcp.json`. */
function expectedParse(path) {
  const candidates = [path.replace(/\.(out|txt)$/, '.json'), `${path}.json`];
  const found = candidates.find((candidate) => candidate !== path && existsSync(candidate));
  return found ? JSON.parse(readFileSync(found, 'utf8')) : undefined;
}

function expectedCounts(path, rows) {
  const tcp = {};
  let udp = 0;
  const procTable = /proc_net_(tcp|udp)6?$/.exec(basename(path));
  for (const row of rows) {
    const protocol = String(procTable ? procTable[1] : (row.proto ?? row.netid ?? row.transport_protocol ?? '')).toLowerCase();
    if (protocol.startsWith('udp')) {
      udp++;
    } else if (protocol.startsWith('tcp') && row.state) {
      const state = CANONICAL.get(String(row.state).toUpperCase());
      tcp[state ?? `?${row.state}`] = (tcp[state ?? `?${row.state}`] ?? 0) + 1;
    }
  }
  return { tcp, udp };
}

function ourCounts(dump) {
  const tcp = {};
  let udp = 0;
  for (const row of dump.rows) {
    if (row.protocol === 'udp') {
      udp++;
    } else if (row.protocol === 'tcp' && row.state) {
      tcp[row.state] = (tcp[row.state] ?? 0) + 1;
    }
  }
  return { tcp, udp };
}

const describe = (counts) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([state, count]) => `${state} ${count}`)
    .join(', ') || '—';

const table = [];
const disagreements = [];
for (const { path, tool } of rawFiles()) {
  const name = relative(corpus, path);
  const text = readFileSync(path, 'utf8');
  const languageId = tool === 'sysctl' ? 'sysctl' : 'netstat';
  const parsed = service.parse({ uri: `file://${path}`, version: 1, languageId, getText: () => text });
  if (parsed.kind === 'sysctl') {
    const { entries, problems, isSnapshot } = parsed.file;
    table.push({ file: name, format: isSnapshot ? 'sysctl -a' : 'sysctl file', ours: `${entries.length} keys`, expected: '', unparsed: problems.length, verdict: '' });
    continue;
  }
  const dump = parsed.dump;
  const ours = ourCounts(dump);
  const sections = [...new Set(dump.sections.map((section) => section.format))].join('+') || dump.formats.join('+');
  const expectedRows = expectedParse(path);
  let verdict = 'parsed';
  let expectedText = '';
  if (Array.isArray(expectedRows)) {
    const expected = expectedCounts(path, expectedRows);
    expectedText = `${describe(expected.tcp)}; udp ${expected.udp}`;
    const agrees = describe(expected.tcp) === describe(ours.tcp) && expected.udp === ours.udp;
    verdict = agrees ? 'agree' : known[name] ? 'known' : 'DISAGREE';
    if (!agrees) {
      disagreements.push({ name, expected: expectedText, ours: `${describe(ours.tcp)}; udp ${ours.udp}`, reason: known[name] });
    }
  } else if (dump.unrecognized.length > 0) {
    verdict = known[name] ? 'known' : 'UNPARSED';
    disagreements.push({ name, expected: '0 unrecognized lines', ours: `${dump.unrecognized.length} unrecognized`, reason: known[name] });
  }
  table.push({
    file: name,
    format: sections,
    ours: `${describe(ours.tcp)}; udp ${ours.udp}`,
    expected: expectedText,
    unparsed: dump.unrecognized.length,
    verdict,
  });
  if (verbose && dump.unrecognized.length > 0) {
    const lines = text.split(/\r?\n/);
    for (const entry of dump.unrecognized.slice(0, 5)) {
      console.log(`  ${name}:${entry.line + 1} ${entry.reason}: ${lines[entry.line]?.slice(0, 120)}`);
    }
  }
}

console.table(table);
const unexplained = disagreements.filter((entry) => !entry.reason);
for (const entry of disagreements) {
  console.log(`${entry.reason ? 'known' : 'DISAGREE'} ${entry.name}\n  expected: ${entry.expected}\n  ours:     ${entry.ours}${entry.reason ? `\n  why:      ${entry.reason}` : ''}`);
}
const socketTables = table.filter((row) => row.expected !== '').length;
console.log(
  `\n${table.length} files; ${socketTables} with an expected parse; ${table.filter((row) => row.verdict === 'agree').length} agree, ` +
    `${disagreements.length - unexplained.length} known (explained in scripts/conformance-known.json), ${unexplained.length} unexplained.`,
);
process.exit(unexplained.length > 0 ? 1 : 0);
