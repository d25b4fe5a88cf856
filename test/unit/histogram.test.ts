import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregatedCountsOf, histogramLinesOf } from '../../server/src/core/analysis/histogramCounts';
import { countSections } from '../../server/src/core/analysis/sectionCounts';
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { histogramCommand, valueKind } from '../../server/src/core/parsers/histogram';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { captureOf, HISTOGRAM_PIPELINES, type HistogramPipeline, pasteOf, runPipeline } from '../support/histogramPipelines';
import { FIXTURES, readFixture } from './support/fixtures';
import { diagnose, documentOf, service, settingsWith } from './support/service';

function pipeline(name: string): HistogramPipeline {
  return HISTOGRAM_PIPELINES.find((candidate) => candidate.name === name)!;
}

/** The pipeline's output made now by the real tools, or a skip that says which tool the host lacks. */
function outputOf(context: Mocha.Context, name: string): string {
  const result = runPipeline(pipeline(name));
  if ('missing' in result) {
    context.skip();
  }
  return (result as { output: string }).output;
}

/** The one histogram section of a paste and its counts. */
function histogramCounts(text: string) {
  const dump = parseSocketDump(text);
  deepStrictEqual(dump.unrecognized, [], 'no line of a histogram is left not understood');
  const sections = countSections(dump).filter((section) => section.aggregated);
  strictEqual(sections.length, 1);
  return { dump, section: sections[0], counts: sections[0].aggregated! };
}

/** What the table parse of the same capture counts (its top lists, uncapped). */
function tableSummary(name: string) {
  return summarizeDump(parseSocketDump(captureOf(pipeline(name))), 10_000);
}

describe('histograms made by the real awk, sort, uniq, cut and grep over real captures', () => {
  it('the committed samples are what those pipelines print (awk may list its array in any order)', function () {
    for (const { name } of HISTOGRAM_PIPELINES) {
      const output = outputOf(this, name);
      const committed = readFixture('samples', `histogram-${name}.txt`);
      const sorted = (text: string) => text.split('\n').sort();
      deepStrictEqual(sorted(committed), sorted(pasteOf(pipeline(name), output)), name);
    }
  });

  it("awk's {++S[$NF]} form counts each state as the table parse does, with and without its command", function () {
    const output = outputOf(this, 'states-awk');
    const table = tableSummary('states-awk');
    const expected = Object.fromEntries(Object.entries(table.states).filter(([, count]) => count > 0));
    for (const text of [pasteOf(pipeline('states-awk'), output), output]) {
      const { counts, section } = histogramCounts(text);
      deepStrictEqual(counts.states, expected);
      strictEqual(counts.total, table.total);
      strictEqual(section.total, table.total);
      deepStrictEqual(section.states, expected);
      deepStrictEqual(counts.columns, ['state']);
    }
  });

  it('the uniq -c form (ss spellings, count first, sorted by count) counts the same as the table', function () {
    const output = outputOf(this, 'states-uniq');
    const table = tableSummary('states-uniq');
    const truth = JSON.parse(readFileSync(join(FIXTURES, 'real', 'syn-flood', 'truth.json'), 'utf8')) as { tcp: Record<string, number> };
    for (const text of [pasteOf(pipeline('states-uniq'), output), output]) {
      const { counts } = histogramCounts(text);
      deepStrictEqual(counts.states, Object.fromEntries(Object.entries(truth.tcp).filter(([, count]) => count > 0)));
      strictEqual(counts.total, table.total);
    }
  });

  it('a per-host histogram (netstat and ss) counts each IPv4 peer as the table does; header words and a listener\'s peer are understood, not counted', function () {
    const residues: Record<string, string[]> = { peers: ['', 'Address', 'and', '0.0.0.0'], 'peers-ss': ['0.0.0.0', '['] };
    for (const name of ['peers', 'peers-ss']) {
      const output = outputOf(this, name);
      const { dump, counts } = histogramCounts(pasteOf(pipeline(name), output));
      const table = tableSummary(name);
      const ipv4 = (host: string) => /^\d+\.\d+\.\d+\.\d+$/.test(host);
      const tableHosts = table.topRemoteHosts.filter((entry) => ipv4(entry.host)).map((entry) => [entry.host, entry.total]);
      deepStrictEqual(counts.hosts!.top.filter((entry) => ipv4(entry.key)).map((entry) => [entry.key, entry.count]), tableHosts, name);
      // `cut -d: -f1` leaves only the first group of an IPv6 peer (`fd88`, or ss's `[fd88`): still counted, under that group.
      const ipv6Total = table.topRemoteHosts.filter((entry) => !ipv4(entry.host)).reduce((sum, entry) => sum + entry.total, 0);
      deepStrictEqual(counts.hosts!.top.filter((entry) => !ipv4(entry.key)).map((entry) => [entry.key, entry.count]), [['fd88', ipv6Total]], name);
      deepStrictEqual(dump.histograms.filter((line) => line.residue).map((line) => line.value).sort(), residues[name].sort(), name);
    }
  });

  it('a per-port histogram counts each local port as the table does', function () {
    const output = outputOf(this, 'ports');
    const { counts } = histogramCounts(pasteOf(pipeline('ports'), output));
    const table = tableSummary('ports');
    const byKey = (entries: readonly (readonly [string, number])[]) => [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    deepStrictEqual(byKey(counts.ports!.top.map((entry) => [entry.key, entry.count])), byKey(table.topLocalPorts.map((entry) => [entry.port, entry.total])));
    strictEqual(counts.ports!.total, table.total);
  });

  it('a per-process histogram (netstat -p and ss -p) counts each program as the table does; sockets with no owner are not a program', function () {
    for (const name of ['processes', 'processes-ss']) {
      const output = outputOf(this, name);
      const { dump, counts } = histogramCounts(pasteOf(pipeline(name), output));
      const table = tableSummary(name);
      // awk's field keeps a program's name up to its first space, as both print `my worker`.
      deepStrictEqual(
        counts.processes!.top.map((entry) => [entry.key, entry.count]),
        table.topProcesses.map((entry) => [entry.name.split(' ')[0], entry.total]),
        name,
      );
      ok(dump.histograms.some((line) => line.residue), name);
    }
  });

  it('grep -c STATE after its command is the count of that state', function () {
    const output = outputOf(this, 'grep-count');
    const { counts } = histogramCounts(pasteOf(pipeline('grep-count'), output));
    deepStrictEqual(counts.states, { CLOSE_WAIT: tableSummary('grep-count').states.CLOSE_WAIT });
  });
});

describe('histogram commands and values', () => {
  it('reads what a histogram command counts from its stages and the tool\'s column order', () => {
    deepStrictEqual(histogramCommand("netstat -n | awk '/^tcp/ {++S[$NF]} END {for(a in S) print a, S[a]}'"), { column: 'state', countFirst: false });
    deepStrictEqual(histogramCommand("ss -tan | awk 'NR>1{print $1}' | sort | uniq -c | sort -rn"), { column: 'state', countFirst: true });
    deepStrictEqual(histogramCommand("netstat -ntu | awk '{print $5}' | cut -d: -f1 | sort | uniq -c | sort -n"), { column: 'remote-host', countFirst: true });
    deepStrictEqual(histogramCommand("ss -tun | awk '{print $6}' | cut -d: -f1 | sort | uniq -c"), { column: 'remote-host', countFirst: true });
    deepStrictEqual(histogramCommand("netstat -antp | awk '{print $7}' | sort | uniq -c"), { column: 'process', countFirst: true });
    deepStrictEqual(histogramCommand('netstat -an | grep -c TIME_WAIT'), { column: 'state', counted: 'TIME_WAIT' });
    deepStrictEqual(histogramCommand('ss -tan | grep "CLOSE-WAIT" | wc -l'), { column: 'state', counted: 'CLOSE_WAIT' });
    deepStrictEqual(histogramCommand('netstat -an | find /c "TIME_WAIT"'), { column: 'state', counted: 'TIME_WAIT' });
    strictEqual(histogramCommand('netstat -an | grep -c :80'), undefined);
    strictEqual(histogramCommand('ss -tan | wc -l'), undefined);
    strictEqual(histogramCommand('ss -tan'), undefined);
    strictEqual(histogramCommand("ps aux | awk '{print $1}' | sort | uniq -c"), undefined);
  });

  it("cmd.exe's find /c after its command is the count of that state", () => {
    const { counts } = histogramCounts('C:\\Users\\ops>netstat -an | find /c "TIME_WAIT"\n814\n');
    deepStrictEqual([counts.states, counts.matchCount], [{ TIME_WAIT: 814 }, true]);
  });

  it('tells a value by its shape', () => {
    deepStrictEqual(
      ['TIME-WAIT', 'ESTAB', '10.0.0.5', 'fd88::2', '10.0.0.5:443', '[fd88::1]:6379', '::ffff:10.0.0.2:5432', '8080', '812/nginx', 'users:(("nginx",pid=1,fd=3))', 'State', '', '0.0.0.0:*', 'established)', 'ยย'].map(valueKind),
      ['state', 'state', 'remote-host', 'remote-host', 'remote-endpoint', 'remote-endpoint', 'remote-endpoint', 'local-port', 'process', 'process', 'residue', 'residue', 'residue', 'residue', undefined],
    );
  });

  it('needs a command or a strong shape: two words of prose, or a count and a word outside uniq -c\'s layout, are no histogram', () => {
    const dump = parseSocketDump(['hello 12', '3 nginx', 'see 10.0.0.1', '     12 nginx'].join('\n'));
    deepStrictEqual(dump.unrecognized.map((entry) => entry.line), [0, 1, 2]);
    deepStrictEqual(dump.histograms.map((line) => [line.line, line.column, line.value, line.count]), [[3, 'process', 'nginx', 12]]);
  });

  it('below a histogram pasted without its command, a word and a number is no line of it', () => {
    const dump = parseSocketDump(['TIME_WAIT 814', 'ESTABLISHED 20', 'total 834'].join('\n'));
    deepStrictEqual(dump.histograms.map((line) => line.value), ['TIME_WAIT', 'ESTABLISHED']);
    deepStrictEqual(dump.unrecognized.map((entry) => entry.line), [2]);
  });
});

describe('histogram lines among socket rows', () => {
  it('a state and a zero below ss rows is a row cut short, not a histogram (awk and uniq -c never print a zero count)', () => {
    const dump = parseSocketDump(['State  Recv-Q Send-Q Local Address:Port Peer Address:Port', 'LISTEN 0      511    127.0.0.1:9000     0.0.0.0:*', 'ESTAB 0'].join('\n'));
    deepStrictEqual(dump.histograms, []);
    deepStrictEqual(dump.unrecognized, [{ line: 2, length: 7, reason: 'too-few-columns' }]);
  });
});

describe('histogram sections and the document\'s counts', () => {
  const awk = readFixture('samples', 'histogram-states-awk.txt');
  const uniq = readFixture('samples', 'histogram-states-uniq.txt');

  it('each histogram is a section of its own: after a prompt, after a blank line, or where a state comes again', () => {
    const body = (text: string) => text.split('\n').slice(1).join('\n');
    const dump = parseSocketDump([body(awk).trimEnd(), '', body(uniq).trimEnd(), body(uniq).trimEnd()].join('\n'));
    deepStrictEqual(
      dump.sections.map((section) => [section.format, section.startLine, section.endLine]),
      [
        ['histogram', 0, 2],
        ['histogram', 4, 5],
        ['histogram', 6, 7],
      ],
    );
    deepStrictEqual(dump.unrecognized, []);
  });

  it('a document of histograms only takes its totals from the latest one, marked aggregated, with no rows to jump to', () => {
    const text = `${awk}${uniq}`;
    const document = documentOf('netstat', text);
    const summary = service.getSummary(document, service.parse(document), settingsWith())!;
    const latest = aggregatedCountsOf(histogramLinesOf(parseSocketDump(text), { startLine: 4, endLine: 6 }));
    strictEqual(summary.total, latest.total);
    deepStrictEqual(summary.states.SYN_RECV, latest.states.SYN_RECV);
    strictEqual(summary.states.CLOSE_WAIT, 0);
    deepStrictEqual(summary.aggregated, { states: 4 });
    deepStrictEqual(summary.firstLineByState, {});
    deepStrictEqual(
      summary.sections.map((section) => [section.startLine, section.total, section.aggregated?.columns]),
      [
        [0, 38, ['state']],
        [4, 153, ['state']],
      ],
    );
  });

  it('a histogram pasted below the table it was made from is shown as a section, and its sockets are not counted twice', () => {
    const capture = captureOf(pipeline('states-awk'));
    for (const text of [`$ netstat -ant\n${capture}${awk}`, `${capture}${awk.split('\n').slice(1).join('\n')}`]) {
      const document = documentOf('netstat', text);
      const parsed = service.parse(document);
      const summary = service.getSummary(document, parsed, settingsWith())!;
      const table = summarizeDump(parseSocketDump(capture), 10);
      strictEqual(summary.total, table.total);
      deepStrictEqual(summary.states, table.states);
      strictEqual(summary.aggregated, undefined);
      const histogramSection = summary.sections.find((section) => section.aggregated);
      strictEqual(histogramSection?.total, table.total);
      const codes = service.doValidation(document, parsed, settingsWith()).map((diagnostic) => diagnostic.code);
      // The table's rows are judged; the histogram made from them is not judged again.
      ok(codes.includes('state.close-wait-buildup'));
      ok(!codes.some((code) => String(code).startsWith('histogram.')), String(codes));
      ok(!codes.includes('parse.unrecognized-line'), String(codes));
    }
  });

  it('the per-host, per-port and per-process histograms feed the summary\'s top lists when no table is pasted', () => {
    const files = ['peers', 'ports', 'processes'].map((name) => readFixture('samples', `histogram-${name}.txt`));
    const text = files.join('');
    const startOf = (index: number) => files.slice(0, index).reduce((lines, file) => lines + file.split('\n').length - 1, 0);
    const document = documentOf('netstat', text);
    const summary = service.getSummary(document, service.parse(document), settingsWith({ topCount: 3 }))!;
    deepStrictEqual(summary.topRemoteHosts.map((entry) => [entry.host, entry.total]), [['10.88.0.2', 130], ['fd88', 20]]);
    deepStrictEqual(summary.topProcesses.map((entry) => [entry.name, entry.total]), [['api-server', 15], ['http-client', 13], ['my', 2]]);
    deepStrictEqual(summary.topLocalPorts.map((entry) => [entry.port, entry.total]), [['7000', 4], ['8080', 4], ['5432', 3]]);
    deepStrictEqual(summary.aggregated, { hosts: 0, ports: startOf(1), processes: startOf(2) });
    strictEqual(summary.total, 0);
  });

  it('a grep -c after a histogram zooms in on one state: the totals stay those of the latest histogram of every state', () => {
    const text = `${uniq}${readFixture('samples', 'histogram-grep-count.txt')}`;
    const document = documentOf('netstat', text);
    const summary = service.getSummary(document, service.parse(document), settingsWith())!;
    strictEqual(summary.total, 153);
    deepStrictEqual(summary.aggregated, { states: 0 });
    deepStrictEqual(summary.sections.map((section) => [section.total, section.aggregated?.matchCount]), [[153, undefined], [30, true]]);
  });

  it('the outline names each histogram by its command and says what it counted', () => {
    const text = ['peers', 'states-awk'].map((name) => readFixture('samples', `histogram-${name}.txt`)).join('');
    const symbols = service.findDocumentSymbols(service.parse(documentOf('netstat', text)), settingsWith());
    deepStrictEqual(
      symbols.map((symbol) => symbol.detail),
      ['histogram (awk / uniq -c counts) · 150 connections with 2 peers (aggregated)', 'histogram (awk / uniq -c counts) · 38 TCP sockets: CLOSE_WAIT 30, ESTABLISHED 6, LISTEN 2'],
    );
  });

  it('an untitled editor pasted with a histogram alone is detected as netstat output', () => {
    for (const name of ['states-awk', 'states-uniq', 'peers', 'ports', 'processes']) {
      const output = readFixture('samples', `histogram-${name}.txt`).split('\n').slice(1).join('\n');
      strictEqual(detectLanguage(output), 'netstat', name);
    }
    strictEqual(detectLanguage('apples 12\npears 7\n'), undefined);
  });
});

describe('histogram diagnostics', () => {
  it('CLOSE_WAIT, SYN_RECV and TIME_WAIT counts at the thresholds of the rules over rows, each on its line', () => {
    const closeWait = diagnose('netstat', readFixture('samples', 'histogram-states-awk.txt'));
    deepStrictEqual(closeWait.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['histogram.close-wait-buildup', 1]]);
    ok(closeWait[0].message.includes('ss -tanp state close-wait'), closeWait[0].message);
    deepStrictEqual(diagnose('netstat', readFixture('samples', 'histogram-grep-count.txt')).map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['histogram.close-wait-buildup', 1]]);
    strictEqual(diagnose('netstat', readFixture('samples', 'histogram-states-awk.txt'), settingsWith({ thresholds: { closeWait: 31 } })).length, 0);
    deepStrictEqual(diagnose('netstat', readFixture('samples', 'histogram-states-uniq.txt')).map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['histogram.syn-recv-flood', 1]]);
    deepStrictEqual(diagnose('netstat', 'TIME_WAIT 814\nESTABLISHED 20\n', settingsWith({ thresholds: { timeWait: 800 } })).map((diagnostic) => diagnostic.code), ['histogram.time-wait-buildup']);
    deepStrictEqual(diagnose('netstat', 'TIME_WAIT 814\nESTABLISHED 20\n').map((diagnostic) => diagnostic.code), []);
  });

  it('a paste of hundreds of histograms gets at most a hundred findings per rule, and a summary of the rest', () => {
    const series = Array.from({ length: 150 }, () => 'CLOSE_WAIT 30\nESTABLISHED 6').join('\n\n');
    const diagnostics = diagnose('netstat', series);
    strictEqual(diagnostics.length, 101);
    ok(diagnostics[100].message.includes('50 more histograms'), diagnostics[100].message);
  });

  it('a series of one histogram pasted with its times is judged on its latest snapshot only, as the summary counts it', () => {
    const histogram = readFixture('samples', 'histogram-states-awk.txt').trimEnd();
    const times = ['Mon Dec  7 10:00:00 UTC 2026', 'Mon Dec  7 10:01:00 UTC 2026', 'Mon Dec  7 10:02:00 UTC 2026'];
    const text = times.map((time) => `${time}\n${histogram}\n`).join('\n');
    const lastSnapshot = text.split('\n').lastIndexOf(times[2]);
    const diagnostics = diagnose('netstat', text).filter((diagnostic) => diagnostic.code === 'histogram.close-wait-buildup');
    strictEqual(diagnostics.length, 1);
    ok(diagnostics[0].range.start.line > lastSnapshot, `${diagnostics[0].range.start.line} is in the latest snapshot, from line ${lastSnapshot}`);
  });

  it('one peer with most connections: no blocking advice for a private address, a warning about proxies for a public one', () => {
    const internal = diagnose('netstat', readFixture('samples', 'histogram-peers.txt'));
    deepStrictEqual(internal.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['histogram.peer-share', 6]]);
    ok(internal[0].message.includes('do not block it'), internal[0].message);
    ok(internal[0].message.includes('ss -tan dst 10.88.0.2'), internal[0].message);
    // 203.0.113.0/24 is a documentation range: a public address in shape.
    const publicPeer = diagnose('netstat', '$ netstat -ntu | awk \'{print $5}\' | cut -d: -f1 | sort | uniq -c | sort -n\n     12 10.0.0.8\n    400 203.0.113.7\n');
    deepStrictEqual(publicPeer.map((diagnostic) => diagnostic.code), ['histogram.peer-share']);
    ok(publicPeer[0].message.includes('connlimit') && publicPeer[0].message.includes('NAT gateway'), publicPeer[0].message);
    deepStrictEqual(diagnose('netstat', '     40 10.0.0.8\n     60 203.0.113.7\n').map((diagnostic) => diagnostic.code), []);
  });
});

describe('histogram hovers', () => {
  const hover = (text: string, line: number, character: number, language: 'en' | 'zh-cn' = 'en') => {
    const document = documentOf('netstat', text);
    const result = service.doHover(document, { line, character }, service.parse(document), settingsWith({ language }));
    return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
  };

  it('the count says what it counts and that it is aggregated, in English and Chinese', () => {
    const text = '$ netstat -n | awk \'/^tcp/ {++S[$NF]} END {for(a in S) print a, S[a]}\'\nTIME_WAIT 814\n';
    ok(hover(text, 1, 11).startsWith('**814** sockets in TIME_WAIT, counted by the command above (aggregated).'), hover(text, 1, 11));
    ok(hover(text, 1, 11, 'zh-cn').startsWith('**814** 个 TIME_WAIT 状态的 socket，由上面的命令统计（汇总计数）。'), hover(text, 1, 11, 'zh-cn'));
    // The state word keeps the state's own hover.
    ok(hover(text, 1, 2).startsWith('**TIME_WAIT** —'), hover(text, 1, 2));
  });

  it('a host, a port and a process say what they are', () => {
    const peers = readFixture('samples', 'histogram-peers.txt');
    ok(hover(peers, 6, 10).includes('a peer host') && hover(peers, 6, 10).includes('load balancer'), hover(peers, 6, 10));
    ok(hover(peers, 2, 9).includes('title or header line'), hover(peers, 2, 9));
    ok(hover(peers, 5, 9).includes('first group of an IPv6 address'), hover(peers, 5, 9));
    ok(hover(readFixture('samples', 'histogram-ports.txt'), 1, 9).includes('a local port'));
    ok(hover(readFixture('samples', 'histogram-processes.txt'), 1, 12).includes('the program that owns these sockets'));
  });
});
