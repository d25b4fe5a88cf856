import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import type { SummaryResult } from '../../../server/src/protocol';

const SERVER = join(__dirname, '..', '..', '..', 'server', 'out', 'server.js');

/**
 * The built server started over stdio and driven as an editor would: initialize with a locale,
 * answer its workspace/configuration requests from `settings`, and collect published diagnostics.
 */
export class ServerConnection {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  /** The `netstatInsight` settings section handed to the server when it asks. */
  settings: Record<string, unknown> = {};
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; version: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && (params.version === undefined || params.version >= waiter.version)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.listen();
  }

  async initialize(locale: string): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, languageId: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return published;
  }

  /** Replaces the whole text and resolves with the diagnostics of the new version. */
  change(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return published;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The full hover text at a position, as the explain command asks for it. */
  async fullHover(uri: string, line: number, character: number): Promise<string | null> {
    return this.connection.sendRequest('netstatInsight/fullHover', { textDocument: { uri }, position: { line, character } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  summary(uri: string): Promise<SummaryResult | null> {
    return this.connection.sendRequest('netstatInsight/summary', { textDocument: { uri } });
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

export function markdownOf(hover: Hover | null): string {
  if (!hover) {
    return '';
  }
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
}

/**
 * A server started before the suite's tests and shut down (cleanly) after them; the suite reads it
 * through the returned function once its tests run.
 */
export function serverForSuite(locale: string): () => ServerConnection {
  let server: ServerConnection | undefined;
  before(async () => {
    server = new ServerConnection();
    await server.initialize(locale);
  });
  after(async () => {
    if (server && (await server.shutdown()) !== 0) {
      throw new Error(`the server exited with an error: ${server.stderr}`);
    }
  });
  return () => server!;
}
