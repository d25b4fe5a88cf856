// A minimal LSP client for the bench: starts the built server over stdio and times what an editor does
// (open, edit, the summary panel's request, hovers) from the client side.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-jsonrpc/node');

/** The Node flags the extension's client starts the server with (server/nodeFlags.json). */
export function serverExecArgv(root) {
  return JSON.parse(readFileSync(join(root, 'server', 'nodeFlags.json'), 'utf8')).execArgv;
}

export class BenchServer {
  /**
   * Starts the server with the Node flags the extension's client gives it (server/nodeFlags.json).
   * SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=DIR`) is added: profile it under the bench's load.
   */
  static async start(root) {
    const execArgv = serverExecArgv(root);
    const extra = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter((flag) => flag !== '');
    const server = new BenchServer(spawn(process.execPath, [...execArgv, ...extra, join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] }));
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: { workspace: { configuration: true } } });
    await server.connection.sendNotification('initialized', {});
    return server;
  }

  constructor(child) {
    this.child = child;
    /** Resolvers waiting for a publication, by uri. */
    this.diagnosticWaiters = new Map();
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const waiters = this.diagnosticWaiters.get(params.uri) ?? [];
      this.diagnosticWaiters.set(
        params.uri,
        waiters.filter((waiter) => !waiter(params)),
      );
    });
    this.connection.listen();
  }

  /** Resolves with the time of the next publication for `uri` that `accept` takes. */
  nextDiagnostics(uri, accept = () => true) {
    return new Promise((resolve) => {
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      waiters.push((params) => {
        if (!accept(params)) {
          return false;
        }
        resolve({ at: performance.now(), params });
        return true;
      });
      this.diagnosticWaiters.set(uri, waiters);
    });
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'netstat', version, text } });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  summary(uri) {
    return this.connection.sendRequest('netstatInsight/summary', { textDocument: { uri } });
  }

  /** A request that reads no document: what the transport alone costs. */
  describeKey() {
    return this.connection.sendRequest('netstatInsight/describeKey', { key: 'net.ipv4.tcp_fin_timeout' });
  }

  async timedHover(uri, line, character) {
    const started = performance.now();
    const hover = await this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    return { ms: performance.now() - started, hover };
  }

  /** Settings changed: the server re-validates every open document (with no edit, so no parse). */
  settingsChanged() {
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }

  /** Resident and peak resident memory of the server process, in bytes (Linux). */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kilobytes = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kilobytes('VmRSS'), peak: kilobytes('VmHWM') };
  }

  async stop() {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
  }
}
