import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { markdownOf, ServerConnection } from './support/serverConnection';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');
const ssSample = readFileSync(join(SAMPLES, 'ss-tanpoie-small.txt'), 'utf8');
const netstatSample = readFileSync(join(SAMPLES, 'netstat-antpeo-small.txt'), 'utf8');

/** A CLOSE_WAIT leak: `count` sockets on port 8080 of one process, as ss -tanp prints them. */
function closeWaitLeak(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, index) => `CLOSE-WAIT 1      0          10.0.0.5:8080      10.0.0.9:${40000 + index} users:(("api-server",pid=4242,fd=${10 + index}))`,
  );
  return ['State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process', 'LISTEN     0      4096       0.0.0.0:8080       0.0.0.0:*     users:(("api-server",pid=4242,fd=3))', ...rows].join('\n');
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

describe('language server over stdio (locale en)', () => {
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    const result = await server.initialize('en');
    strictEqual(result.capabilities.hoverProvider, true);
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  it('answers netstatInsight/summary with the true counts of a real ss dump', async () => {
    const uri = 'file:///tmp/real-ss.ss';
    const published = await server.open(uri, 'netstat', ssSample);
    deepStrictEqual(published.diagnostics, []);
    const summary = await server.summary(uri);
    ok(summary);
    strictEqual(summary.total, 3);
    deepStrictEqual(
      Object.fromEntries(Object.entries(summary.states).filter(([, count]) => count > 0)),
      { LISTEN: 1, FIN_WAIT2: 1, CLOSE_WAIT: 1 },
    );
    deepStrictEqual(summary.protocols, { tcp: 3, udp: 0, raw: 0, unix: 0, other: 0 });
    strictEqual(summary.unparsedLines, 0);
    deepStrictEqual(summary.topLocalPorts[0], { port: '8080', listening: true, total: 2, states: { LISTEN: 1, CLOSE_WAIT: 1 } });
  });

  it('hovers a state word in ss and in netstat spelling, in English, briefly with a link to the full text and its count in the document', async () => {
    const ssUri = 'file:///tmp/hover.ss';
    await server.open(ssUri, 'netstat', ssSample);
    const ssHover = markdownOf(await server.hover(ssUri, 5, 3));
    ok(ssHover.startsWith('**CLOSE_WAIT**'), ssHover.slice(0, 80));
    ok(ssHover.includes('close()'), 'mentions close()');
    const link = /\[Full explanation\]\(command:netstatInsight\.explainState\?([^)]+)\)$/.exec(ssHover);
    ok(link, ssHover);
    deepStrictEqual(JSON.parse(decodeURIComponent(link[1])), [{ uri: ssUri, state: 'CLOSE_WAIT', line: 5, character: 0 }]);
    const full = await server.fullHover(ssUri, 5, 3);
    ok(full?.includes('In this document: 1 of 3 TCP sockets (33%) are in CLOSE_WAIT.'), full ?? 'no full hover');
    ok(!full?.includes('command:'));
    strictEqual(await server.fullHover(ssUri, 999, 0), null);

    const netstatUri = 'file:///tmp/hover.netstat';
    await server.open(netstatUri, 'netstat', netstatSample);
    const column = netstatSample.split('\n')[3].indexOf('FIN_WAIT2') + 2;
    ok(markdownOf(await server.hover(netstatUri, 3, column)).startsWith('**FIN_WAIT2**'));
    strictEqual(await server.hover(netstatUri, 3, 0), null, 'no hover on the protocol column');
  });

  it('publishes a CLOSE_WAIT build-up grouped by port and process, with related lines', async () => {
    const uri = 'file:///tmp/leak.ss';
    const published = await server.open(uri, 'netstat', closeWaitLeak(25));
    deepStrictEqual(codes(published.diagnostics), ['state.close-wait-buildup']);
    const [diagnostic] = published.diagnostics;
    strictEqual(diagnostic.source, 'netstat-insight');
    deepStrictEqual(diagnostic.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
    ok(diagnostic.message.startsWith('25 sockets in CLOSE_WAIT on local port 8080, held by api-server (pid 4242) (96% of TCP sockets in this dump).'), diagnostic.message);
    strictEqual(diagnostic.relatedInformation?.length, 20);
    ok(diagnostic.message.includes('Related lines list the first 20; 5 more are not listed.'));
  });

  it('re-validates after an edit and drops the warning when the leak is gone', async () => {
    const uri = 'file:///tmp/edit.ss';
    const first = await server.open(uri, 'netstat', closeWaitLeak(12));
    deepStrictEqual(codes(first.diagnostics), ['state.close-wait-buildup']);
    const second = await server.change(uri, 2, closeWaitLeak(3));
    strictEqual(second.version, 2);
    deepStrictEqual(second.diagnostics, []);
  });

  it('takes thresholds and severities from settings', async () => {
    await server.changeSettings({ thresholds: { closeWait: 2 }, diagnostics: { severity: { 'state.close-wait-buildup': 'error' } } });
    const uri = 'file:///tmp/threshold.ss';
    const published = await server.open(uri, 'netstat', closeWaitLeak(3));
    deepStrictEqual(codes(published.diagnostics), ['state.close-wait-buildup']);
    strictEqual(published.diagnostics[0].severity, 1);
    await server.changeSettings({});
  });

  it('checks sysctl files and offers quick fixes that apply cleanly', async () => {
    const uri = 'file:///etc/sysctl.d/90-test.conf';
    const text = [
      '# tuning',
      'net.ipv4.tcp_fin_timout = 30',
      'net.ipv4.tcp_tw_recycle = 1',
      'net.ipv4.tcp_syncookies = 256',
      'net.core.somaxconn = 1024',
      'net.core.somaxconn = 4096',
      'net.ipv4.tcp_keepalive_time = 600',
    ].join('\n');
    const published = await server.open(uri, 'sysctl', text);
    deepStrictEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.code]),
      [
        [1, 'sysctl.unknown-key'],
        [2, 'sysctl.removed-key'],
        [3, 'sysctl.invalid-value'],
        [4, 'sysctl.duplicate-key'],
        [6, 'sysctl.keepalive-exceeds-idle-timeout'],
      ],
    );
    const unknown = published.diagnostics[0];
    ok(unknown.message.includes('Did you mean net.ipv4.tcp_fin_timeout?'), unknown.message);
    const actions = await server.codeActions(uri, [unknown]);
    strictEqual(actions[0].title, 'Change to net.ipv4.tcp_fin_timeout');
    strictEqual(actions[0].isPreferred, true);
    deepStrictEqual(actions[0].edit?.changes?.[uri], [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 23 } }, newText: 'net.ipv4.tcp_fin_timeout' },
    ]);
    const duplicate = published.diagnostics[3];
    deepStrictEqual(duplicate.relatedInformation?.[0].location.range.start, { line: 5, character: 0 });
    const removeLine = await server.codeActions(uri, [duplicate]);
    deepStrictEqual(removeLine[0].edit?.changes?.[uri], [
      { range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, newText: '' },
    ]);
  });

  it('hovers sysctl keys and values', async () => {
    const uri = 'file:///etc/sysctl.conf';
    await server.open(uri, 'sysctl', 'net.ipv4.tcp_fin_timeout = 60\nnet.ipv4.tcp_tw_reuse = 1\n');
    const key = markdownOf(await server.hover(uri, 0, 12));
    ok(key.startsWith('**net\\.ipv4\\.tcp\\_fin\\_timeout**'), key.slice(0, 60));
    ok(key.includes('| Default | `60` |'), 'shows the default');
    const value = markdownOf(await server.hover(uri, 1, 25));
    ok(value.startsWith('**net\\.ipv4\\.tcp\\_tw\\_reuse = 1**'), value.slice(0, 60));
    ok(value.includes('Default: `2`'), value);
  });

  it('survives bad input: binary, a 10 MB single line, an empty document', async function () {
    // Ten megabytes through the protocol on a busy machine; speed is for `npm run bench`, not for this test.
    this.timeout(120_000);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)).toString('latin1');
    const binaryUri = 'file:///tmp/binary.netstat';
    const binaryDiagnostics = await server.open(binaryUri, 'netstat', binary);
    ok(binaryDiagnostics.diagnostics.length <= 101, 'capped');
    ok(binaryDiagnostics.diagnostics.every((diagnostic) => diagnostic.code === 'parse.unrecognized-line'));

    const hugeUri = 'file:///tmp/huge.netstat';
    const huge = `ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 ${'x'.repeat(10 * 1024 * 1024)}`;
    await server.open(hugeUri, 'netstat', huge);
    const summary = await server.summary(hugeUri);
    strictEqual(summary?.total, 1);
    ok(markdownOf(await server.hover(hugeUri, 0, 2)).startsWith('**ESTABLISHED**'));

    const emptyUri = 'file:///tmp/empty.netstat';
    deepStrictEqual((await server.open(emptyUri, 'netstat', '')).diagnostics, []);
    strictEqual((await server.summary(emptyUri))?.total, 0);
    strictEqual(await server.summary('file:///never/opened'), null);
    strictEqual(server.stderr, '');
  });
});

describe('language server over stdio (locale zh-cn)', () => {
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    await server.initialize('zh-cn');
  });

  after(async () => {
    await server.shutdown();
  });

  it('hovers and diagnoses in Chinese when VS Code is in Chinese', async () => {
    const uri = 'file:///tmp/zh.ss';
    const published = await server.open(uri, 'netstat', closeWaitLeak(10));
    ok(published.diagnostics[0].message.startsWith('10 个 CLOSE_WAIT 连接堆积在本地端口 8080 上，属于进程 api-server (pid 4242)'), published.diagnostics[0].message);
    const hover = markdownOf(await server.hover(uri, 2, 2));
    ok(hover.startsWith('**CLOSE_WAIT**'));
    ok(hover.includes('**哪一端：**'), hover.slice(0, 200));
    ok(hover.includes('[完整说明](command:netstatInsight.explainState?'), hover);
    ok((await server.fullHover(uri, 2, 2))?.includes('本文档中：11 个 TCP 连接里有 10 个（91%）处于 CLOSE_WAIT。'));
  });

  it('follows netstatInsight.docs.language over the locale, including "both"', async () => {
    await server.changeSettings({ docs: { language: 'en' } });
    const uri = 'file:///tmp/lang.ss';
    await server.open(uri, 'netstat', ssSample);
    ok(markdownOf(await server.hover(uri, 1, 1)).includes('**Which side:**'));
    await server.changeSettings({ docs: { language: 'both' } });
    const both = markdownOf(await server.hover(uri, 1, 1));
    ok(both.includes('**Which side:**') && both.includes('**哪一端：**') && both.includes('\n\n---\n\n'));
  });
});

describe('language server over stdio: describeKey and completion', () => {
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    const result = await server.initialize('en');
    deepStrictEqual(result.capabilities.completionProvider?.triggerCharacters, ['.', '/', '=', ' ']);
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  it('answers netstatInsight/describeKey for documented, per-interface and unknown keys', async () => {
    const describe = (key: unknown) => server.connection.sendRequest<Record<string, unknown> | null>('netstatInsight/describeKey', { key });
    const finTimeout = await describe('net/ipv4/tcp_fin_timeout');
    ok(finTimeout);
    strictEqual(finTimeout.key, 'net.ipv4.tcp_fin_timeout');
    strictEqual(finTimeout.default, '60');
    strictEqual(finTimeout.unit, 'seconds');
    strictEqual(finTimeout.perNamespace, true);
    ok((finTimeout.summary as { zh: string }).zh.includes('FIN_WAIT2'));
    strictEqual((await describe('net.ipv4.conf.eth0/100.rp_filter'))?.template, 'net.ipv4.conf.<iface>.rp_filter');
    strictEqual(await describe('net.ipv4.made_up_xyz'), null);
    strictEqual(await describe(42), null);
    strictEqual(server.stderr, '');
  });

  it('completes keys segment by segment and values after =, in the configured language', async () => {
    const uri = 'file:///tmp/complete.conf';
    await server.open(uri, 'sysctl', 'net.ipv4.conf.eth1.rp_filter = 2\nnet.ipv4.conf.\nnet.ipv4.tcp_tw_reuse = \n');
    const complete = (line: number, character: number) =>
      server.connection.sendRequest<{ label: string; labelDetails?: { description?: string } }[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line, character },
      });
    deepStrictEqual((await complete(1, 14)).map((entry) => entry.label), ['all', 'default', 'lo', 'eth1']);
    const values = await complete(2, 24);
    deepStrictEqual(values.map((entry) => entry.label), ['0', '1', '2']);
    strictEqual(values[2].labelDetails?.description, 'default');
    await server.changeSettings({ docs: { language: 'zh-cn' } });
    strictEqual((await complete(2, 24))[2].labelDetails?.description, '默认值');
  });

  it('hovers column headers, ss -i fields and timers, not only states', async () => {
    await server.changeSettings({ docs: { language: 'en' } });
    const uri = 'file:///tmp/columns.ss';
    const text = [
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process',
      'ESTAB  0      0      10.0.0.5:22        10.0.0.9:50000    timer:(keepalive,119min,0)',
      '\t cubic wscale:7,7 rto:204 rtt:0.05/0.025 mss:1448 cwnd:10',
    ].join('\n');
    await server.open(uri, 'netstat', text);
    ok(markdownOf(await server.hover(uri, 0, 16)).startsWith('**Send-Q** — '));
    ok(markdownOf(await server.hover(uri, 1, 60)).startsWith('**`timer:(keepalive,119min,0)`** — fires in 119min; counter 0.'));
    ok(markdownOf(await server.hover(uri, 2, 30)).startsWith('**`rtt:0.05/0.025`** — Smoothed round-trip time'));
    strictEqual(server.stderr, '');
  });
});

describe('language server over stdio: expert diagnostics, workspace sysctl values and quick fixes', () => {
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    await server.initialize('en');
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  it('swaps an inverted port range with a quick fix whose edit leaves a clean file', async () => {
    const uri = 'file:///etc/sysctl.d/60-ports.conf';
    const text = '# ports for the proxy\nnet.ipv4.ip_local_port_range = 65000 1024\n';
    const published = await server.open(uri, 'sysctl', text);
    deepStrictEqual(published.diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.code, diagnostic.severity]), [[1, 'sysctl.inconsistent-values', 1]]);
    const [swap] = await server.codeActions(uri, published.diagnostics);
    strictEqual(swap.title, 'Swap to 1024 65000');
    const edits = swap.edit?.changes?.[uri] ?? [];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'sysctl', 1, text), edits);
    strictEqual(fixed, '# ports for the proxy\nnet.ipv4.ip_local_port_range = 1024 65000\n');
    deepStrictEqual((await server.change(uri, 2, fixed)).diagnostics, []);
    server.close(uri);
  });

  it('judges a dump against the port range of an open sysctl file, and re-judges when that file changes', async () => {
    const sysctlUri = 'file:///srv/etc/sysctl.d/50-ports.conf';
    await server.open(sysctlUri, 'sysctl', 'net.ipv4.ip_local_port_range = 40000 40099\n');
    const rows = Array.from({ length: 70 }, (_, index) => `TIME-WAIT  0      0          10.0.0.5:${40000 + index}      10.0.0.9:6379`);
    const dumpUri = 'file:///tmp/ephemeral.ss';
    const published = await server.open(dumpUri, 'netstat', ['State      Recv-Q Send-Q Local Address:Port  Peer Address:Port', ...rows].join('\n'));
    deepStrictEqual(codes(published.diagnostics), ['ports.ephemeral-exhaustion']);
    const [diagnostic] = published.diagnostics;
    ok(diagnostic.message.includes('70% of the 100 ephemeral ports 40000–40099 (net.ipv4.ip_local_port_range from sysctl.d/50-ports.conf:1)'), diagnostic.message);

    const actions = await server.codeActions(dumpUri, [diagnostic]);
    deepStrictEqual(actions.map((action) => [action.title, action.command?.command]), [['Show these 70 rows in the summary panel', 'netstatInsight.showRows']]);
    const [showRows] = actions[0].command?.arguments ?? [];
    deepStrictEqual([showRows.uri, showRows.lines.length, showRows.lines[0], showRows.label], [dumpUri, 70, 1, 'Ports from 10.0.0.5 to 10.0.0.9:6379']);

    const rejudged = server.nextDiagnostics(dumpUri, 1);
    await server.change(sysctlUri, 2, 'net.ipv4.ip_local_port_range = 10000 65000\n');
    deepStrictEqual(codes((await rejudged).diagnostics), []);
  });

  it('offers "explain this state" for a state diagnostic, pointing at the state word', async () => {
    const uri = 'file:///tmp/close-wait.ss';
    const published = await server.open(uri, 'netstat', closeWaitLeak(12));
    const actions = await server.codeActions(uri, published.diagnostics);
    const explain = actions.find((action) => action.command?.command === 'netstatInsight.explainState');
    deepStrictEqual(explain?.title, 'Explain the CLOSE_WAIT state');
    // The group's last row (line 13): its hover is the explanation, not preceded by the diagnostic.
    deepStrictEqual(explain?.command?.arguments, [{ uri, state: 'CLOSE_WAIT', line: 13, character: 0 }]);
    const hover = markdownOf(await server.hover(uri, 13, 0));
    ok(hover.startsWith('**CLOSE_WAIT**'), hover.slice(0, 40));
  });
});
