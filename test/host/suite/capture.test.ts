import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import { Holder, kernelRows, namespaceUnavailableReason, procRows, ssRows, stateCounts, type KernelRow } from './captureNamespace';
import { closeAllEditors, waitFor } from './helpers';

const PORT = 47001;
const TIME_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

function textOf(uri: string): string {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
  assert.ok(document, `the document ${uri} is not open`);
  return document.getText();
}

/** The snapshots of a watched document, each from its time line on. */
function snapshotsOf(text: string): string[] {
  const snapshots: string[] = [];
  for (const line of text.split('\n')) {
    if (TIME_LINE.test(line)) snapshots.push('');
    if (snapshots.length > 0) snapshots[snapshots.length - 1] += `${line}\n`;
  }
  return snapshots;
}

function onPort(rows: readonly KernelRow[], state: string): number {
  return rows.filter((row) => row.state === state && (row.localPort === PORT || row.remotePort === PORT)).length;
}

async function setCapture(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('netstatInsight').update(`capture.${key}`, value, vscode.ConfigurationTarget.Global);
}

async function revertAndClose(uri: string): Promise<void> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
  if (document) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/**
 * Runs a capture command while the namespace's table holds still: the kernel's counts read just
 * before and just after must agree (a TIME_WAIT left by an earlier test may expire meanwhile).
 */
async function captureWhileStill(args: object): Promise<{ uri: string; kernel: string[] }> {
  for (let attempt = 1; ; attempt++) {
    const before = stateCounts(kernelRows());
    const uris = await vscode.commands.executeCommand<string[] | undefined>('netstatInsight.captureSockets', args);
    const after = stateCounts(kernelRows());
    assert.ok(uris && uris.length === 1, `captureSockets opened ${JSON.stringify(uris)}`);
    if (before.join() === after.join() || attempt === 5) {
      assert.deepStrictEqual(after, before, 'the namespace kept changing during five captures');
      return { uri: uris[0], kernel: before };
    }
    await revertAndClose(uris[0]);
  }
}

describe('capturing this machine, in a private network namespace', function () {
  let holder: Holder | undefined;
  const opened: string[] = [];
  const hasIpv6 = fs.existsSync('/proc/net/tcp6') && fs.existsSync('/proc/sys/net/ipv6/conf/lo/disable_ipv6') && fs.readFileSync('/proc/sys/net/ipv6/conf/lo/disable_ipv6', 'utf8').trim() === '0';

  before(async function () {
    const reason = namespaceUnavailableReason();
    if (reason) {
      console.log(`capture tests skipped: ${reason}`);
      this.skip();
    }
    holder = await Holder.start('nsi-capture', [
      { op: 'listen', name: 'server', host: '127.0.0.1', port: PORT },
      { op: 'connect', name: 'clients', host: '127.0.0.1', port: PORT, count: 3 },
      ...(hasIpv6 ? [{ op: 'listen', name: 'server6', host: '::1', port: PORT + 1, ipv6Only: true }] : []),
    ]);
  });

  after(async () => {
    await vscode.commands.executeCommand('netstatInsight.stopWatching');
    for (const key of ['linuxSocketTool', 'watchInterval', 'watchMaxSnapshots']) await setCapture(key, undefined);
    for (const uri of opened) await revertAndClose(uri);
    await holder?.stop();
    await closeAllEditors();
  });

  it('sees exactly the sockets of the namespace, with their processes, and says where it looked', async () => {
    const { uri, kernel } = await captureWhileStill({ kinds: ['sockets'] });
    opened.push(uri);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri)!;
    assert.strictEqual(document.languageId, 'netstat');
    const text = document.getText();
    const lines = text.split('\n');
    assert.match(lines[0], TIME_LINE);
    assert.strictEqual(lines[1], `# host: ${os.hostname()}  user: root (uid 0)  network namespace: ${fs.readlinkSync('/proc/self/ns/net')}`);
    assert.match(lines[2], /^# tool: \/\S*\/ss \(/);
    assert.strictEqual(lines[3], '$ ss -tanpoie');
    assert.deepStrictEqual(lines.filter((line) => line.startsWith('# note: ')), [], 'as root, nothing to note');
    const rows = ssRows(text);
    assert.deepStrictEqual(stateCounts(rows), kernel, 'the capture lists every socket of the namespace and nothing else');
    assert.strictEqual(onPort(rows, '0A'), 1);
    assert.strictEqual(onPort(rows, '01'), 6, 'three connections, both ends');
    assert.ok(text.includes(`users:(("${holder!.comm}"`), 'ss -p names the holder (the extension host runs as root)');
  });

  it('asks what to capture when given no arguments, the socket table picked already', async () => {
    // The pick opens before its items arrive from the extension host; accepted that early it is empty and
    // the command does nothing. So: accept until the command returns, and run it again if it returned nothing.
    let uris: string[] | undefined;
    for (let attempt = 1; attempt <= 5 && !uris; attempt++) {
      const capture = Promise.resolve(vscode.commands.executeCommand<string[] | undefined>('netstatInsight.captureSockets'));
      let settled = false;
      void capture.finally(() => (settled = true));
      const started = Date.now();
      await waitFor('the pick to be accepted', async () => {
        if (!settled && Date.now() - started >= 300 * attempt) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return settled;
      }, { timeoutMs: 30_000, intervalMs: 200 });
      uris = await capture;
    }
    assert.ok(uris && uris.length === 1, `captureSockets opened ${JSON.stringify(uris)}`);
    opened.push(uris[0]);
    assert.ok(textOf(uris[0]).includes('\n$ ss -tanpoie\n'));
  });

  it('reads /proc/net/tcp and tcp6 when the setting asks for it, and netstat -antp when that is asked', async () => {
    await setCapture('linuxSocketTool', 'proc');
    const proc = await captureWhileStill({ kinds: ['sockets'] });
    opened.push(proc.uri);
    const procText = textOf(proc.uri);
    assert.ok(procText.includes('\n$ cat /proc/net/tcp\n') && procText.includes('\n$ cat /proc/net/tcp6\n'), procText.slice(0, 400));
    assert.ok(procText.includes('# note: '), 'the header says the table names no processes');
    assert.deepStrictEqual(stateCounts(procRows(procText)), proc.kernel);

    await setCapture('linuxSocketTool', 'netstat');
    const netstat = await captureWhileStill({ kinds: ['sockets'] });
    opened.push(netstat.uri);
    const netstatText = textOf(netstat.uri);
    if (netstatText.includes('\n$ netstat -antp\n')) {
      const netstatRows = netstatText.split('\n').filter((line) => /^tcp6?\s/.test(line));
      assert.strictEqual(netstatRows.length, netstat.kernel.reduce((sum, entry) => sum + Number(entry.split('×')[1]), 0));
    } else {
      // net-tools is not installed on this machine: the capture says so and runs ss.
      assert.ok(netstatText.includes('# note: netstat is not installed here: ss was run instead.'), netstatText.slice(0, 400));
    }
    await setCapture('linuxSocketTool', undefined);
  });

  it('watches: snapshots every second show connections opened and closed meanwhile, the oldest are dropped, and stop ends it', async () => {
    await setCapture('watchInterval', 1);
    await setCapture('watchMaxSnapshots', 3);
    const uri = await vscode.commands.executeCommand<string | undefined>('netstatInsight.watchSockets');
    assert.ok(uri, 'watchSockets returned no document');
    opened.push(uri);
    const seen = new Set<string>();
    const latest = () => {
      const snapshots = snapshotsOf(textOf(uri));
      snapshots.forEach((snapshot) => seen.add(snapshot.slice(0, snapshot.indexOf('\n'))));
      return snapshots;
    };
    const changes = { events: [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>], timeoutMs: 60_000 };
    const lastRows = () => ssRows(latest().at(-1) ?? '');

    await waitFor('two snapshots', () => latest().length >= 2, changes);
    assert.strictEqual(onPort(lastRows(), '01'), 6);

    await holder!.run({ op: 'connect', name: 'burst', host: '127.0.0.1', port: PORT, count: 4 });
    await waitFor('a snapshot with four more connections (14 ESTAB rows on the port)', () => onPort(lastRows(), '01') === 14, changes);

    await holder!.run({ op: 'destroy', name: 'burst' });
    await waitFor('a snapshot where the four closed: 6 ESTAB and 4 TIME-WAIT rows on the port', () => {
      const rows = lastRows();
      return onPort(rows, '01') === 6 && onPort(rows, '06') === 4;
    }, changes);

    await waitFor('five snapshots taken in all', () => latest() && seen.size >= 5, changes);
    const snapshots = latest();
    assert.strictEqual(snapshots.length, 3, 'watchMaxSnapshots 3: the oldest were dropped');
    assert.ok(textOf(uri).startsWith(snapshots[0]), 'the document starts with the oldest snapshot kept');
    for (const snapshot of snapshots) assert.match(snapshot, /\n# host: .*\n# tool: .*\n\$ ss -tanpoie\n/);

    await vscode.commands.executeCommand('netstatInsight.stopWatching');
    // Nothing to wait for but time: three intervals without a new snapshot.
    const stoppedAt = textOf(uri);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    assert.strictEqual(textOf(uri), stoppedAt, 'a snapshot was appended after Stop Watching');

    // Stopped, a watch starts afresh in a new document; closing that document ends its watch too.
    const second = await vscode.commands.executeCommand<string | undefined>('netstatInsight.watchSockets');
    assert.ok(second && second !== uri, 'a stopped watch does not hold on to its document');
    await revertAndClose(second);
    await waitFor('the closed watch document to be gone', () => !vscode.workspace.textDocuments.some((document) => document.uri.toString() === second), {
      events: [vscode.workspace.onDidCloseTextDocument as vscode.Event<unknown>],
    });
    // VS Code may give the new untitled document the name of the closed one: a fresh watch shows in its content.
    const third = await vscode.commands.executeCommand<string | undefined>('netstatInsight.watchSockets');
    assert.ok(third, 'watchSockets returned no document');
    opened.push(third);
    assert.strictEqual(snapshotsOf(textOf(third)).length, 1, 'closing the watched document ended the watch: this one is new');
    assert.strictEqual(await vscode.commands.executeCommand<string | undefined>('netstatInsight.watchSockets'), third, 'a running watch is shown, not doubled');
  });
});
